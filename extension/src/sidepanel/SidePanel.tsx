/**
 * The side panel "Utkastkoll": the active page's findings grouped by form field, the
 * review summary, standard text to insert and the saved drafts, in the Word pane's look
 * (Fluent UI v9, the shared components). The logic is the controller's (controller.ts);
 * the views only render its state and call its methods.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { PanelApi } from '../background/panel-api';
import type { PanelController, PanelState } from './controller';
import { usePanel } from './usePanel';
import { PanelBody } from './views/PanelBody';
import { PanelHeader } from './views/PanelHeader';
import type { PanelTab } from './views/PanelTabs';

const useStyles = makeStyles({
  root: { minHeight: '100vh', minWidth: '280px', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  main: { backgroundColor: tokens.colorNeutralBackground1 },
});

export function SidePanel({ api }: { api: PanelApi }) {
  const { state, controller } = usePanel(api);
  return (
    <FluentProvider theme={webLightTheme} lang="sv" dir="ltr">
      <PanelRoot state={state} controller={controller} />
    </FluentProvider>
  );
}

/** Inside the provider, so its styles resolve against the theme. */
function PanelRoot({ state, controller }: { state: PanelState; controller: PanelController }) {
  const styles = useStyles();
  const [tab, setTab] = useState<PanelTab>('findings');
  const root = useRef<HTMLDivElement>(null);
  const previous = useRef(state.status);
  // The page was turned on (or read at last) from a button that is gone now: keyboard users go on from the tabs, not from the top.
  useEffect(() => {
    const was = previous.current;
    previous.current = state.status;
    const active = root.current?.ownerDocument.activeElement;
    if (state.status !== 'ready' || (was !== 'inactive' && was !== 'error') || (active && active !== active.ownerDocument.body)) return;
    root.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [state.status]);
  return (
    <div ref={root} className={styles.root} data-panel-status={state.status}>
      <PanelHeader state={state} controller={controller} />
      <main className={styles.main} aria-busy={state.status === 'loading' || undefined}>
        <PanelBody state={state} controller={controller} tab={tab} onTab={setTab} />
      </main>
    </div>
  );
}
