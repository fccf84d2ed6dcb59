/**
 * "Granskning": the manager's review of the draft (the core's summary), the findings as
 * Word comments where Word can add them, and the printable report to save.
 */
import { Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import { SummaryView } from '../../../../ui/index';
import type { PaneActions, PaneState } from '../state';
import { downloadText } from './download';
import { fire } from './fire';
import { paneWords } from './words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  action: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface ReviewPanelProps {
  state: PaneState;
  actions: PaneActions;
}

/** Why the comments button is off, if it is. */
function commentsBlocked(state: PaneState): string | undefined {
  if (!state.capabilities.comments) return paneWords.commentsUnsupported;
  if (!state.result || state.result.diagnostics.length === 0) return paneWords.commentsNothing;
  return undefined;
}

export function ReviewPanel({ state, actions }: ReviewPanelProps) {
  const styles = useStyles();
  const commentsHintId = useId('comments-hint');
  const reportHintId = useId('report-hint');
  const blocked = commentsBlocked(state);
  const saveReport = () => fire(() => downloadText(actions.reportHtml(), paneWords.reportFile));
  return (
    <div className={styles.root}>
      {state.summary ? <SummaryView summary={state.summary} /> : <p className={styles.hint}>{paneWords.noReview}</p>}
      <div className={styles.action}>
        <Button data-action="comments" disabled={blocked !== undefined} aria-describedby={commentsHintId} onClick={() => fire(() => actions.addComments())}>
          {paneWords.comments}
        </Button>
        <p id={commentsHintId} className={styles.hint}>
          {blocked ?? paneWords.commentsHint}
        </p>
      </div>
      <div className={styles.action}>
        <Button data-action="report" disabled={!state.result} aria-describedby={reportHintId} onClick={saveReport}>
          {paneWords.report}
        </Button>
        <p id={reportHintId} className={styles.hint}>
          {paneWords.reportHint}
        </p>
      </div>
    </div>
  );
}
