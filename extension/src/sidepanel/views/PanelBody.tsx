/**
 * What the panel shows for the active tab: its report in tabs; the way to turn Utkastkoll
 * on when no content script runs there (with the site's saved drafts, which need none);
 * or why the page could not be read.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { EmptyState } from '../../../../ui/index';
import type { PanelController, PanelState } from '../controller';
import { panelWords } from '../words';
import { DraftsView } from './DraftsView';
import { NotActive } from './NotActive';
import { PanelTabs, type PanelTab } from './PanelTabs';

const useStyles = makeStyles({
  block: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  stretch: { alignSelf: 'stretch' },
});

export interface PanelBodyProps {
  state: PanelState;
  controller: PanelController;
  tab: PanelTab;
  onTab(tab: PanelTab): void;
}

export function PanelBody({ state, controller, tab, onTab }: PanelBodyProps) {
  const styles = useStyles();
  switch (state.status) {
    case 'ready':
      return <PanelTabs state={state} controller={controller} tab={tab} onTab={onTab} />;
    case 'loading':
      return (
        <div className={styles.block}>
          <Spinner size="small" label={panelWords.loading} />
        </div>
      );
    case 'no-tab':
      return (
        <div className={styles.block}>
          <div className={styles.stretch}>
            <EmptyState title={panelWords.noTabTitle} text={panelWords.noTabText} />
          </div>
        </div>
      );
    case 'inactive':
      return (
        <div className={styles.block}>
          <NotActive state={state} controller={controller} />
          <div className={styles.stretch}>
            <DraftsView state={state} controller={controller} headingLevel={2} />
          </div>
        </div>
      );
    case 'error':
      return (
        <div className={styles.block}>
          <MessageBar intent="error" layout="multiline" role="alert" data-notice="page-error" className={styles.stretch}>
            <MessageBarBody>
              <MessageBarTitle>{panelWords.errorTitle}</MessageBarTitle>
              {state.error}
            </MessageBarBody>
          </MessageBar>
          <Button data-action="retry" onClick={() => void controller.reload()}>
            {panelWords.retry}
          </Button>
          <div className={styles.stretch}>
            <DraftsView state={state} controller={controller} headingLevel={2} />
          </div>
        </div>
      );
  }
}
