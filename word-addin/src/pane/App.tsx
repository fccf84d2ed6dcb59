/**
 * The Word task pane "Utkastkoll": renders the controller's state and calls its actions;
 * it never touches Word, the gateway or the core's session itself.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useSyncExternalStore } from 'react';
import type { PaneActions, PaneState } from './state';
import { PaneHeader } from './views/PaneHeader';
import { PaneTabs } from './views/PaneTabs';

/** What the pane needs of the controller (PaneController has it; tests pass a plain object). */
export interface PaneStore {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  actions: PaneActions;
}

const useStyles = makeStyles({
  root: { minHeight: '100vh', minWidth: '280px', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  main: { backgroundColor: tokens.colorNeutralBackground1 },
});

export function App(props: { controller: PaneStore }) {
  const { controller } = props;
  // Bound here: the controller's methods may rely on `this`, and React wants stable functions.
  const subscribe = useCallback((listener: () => void) => controller.subscribe(listener), [controller]);
  const getState = useCallback(() => controller.getState(), [controller]);
  const state = useSyncExternalStore(subscribe, getState, getState);
  return (
    <FluentProvider theme={webLightTheme} lang="sv" dir="ltr">
      <PaneRoot state={state} actions={controller.actions} />
    </FluentProvider>
  );
}

/** Inside the provider, so its styles (makeStyles) resolve against the theme. */
function PaneRoot({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-pane-status={state.status}>
      <PaneHeader state={state} actions={actions} />
      <main className={styles.main}>
        <PaneTabs state={state} actions={actions} />
      </main>
    </div>
  );
}
