import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createPanelApi } from '../../src/background/panel-api';
import { SidePanel } from '../../src/sidepanel/SidePanel';

createRoot(document.getElementById('root')!).render(<SidePanel api={createPanelApi(browser)} />);
