import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../src/options/OptionsPage';
import { createBrowserOptionsApi } from '../../src/options/browser-api';
import { createStore } from '../../src/storage/index';

createRoot(document.getElementById('root')!).render(<OptionsPage api={createBrowserOptionsApi(browser, createStore())} />);
