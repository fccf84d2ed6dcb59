/**
 * "Anmärkningar": the findings beside the draft, the underline switch where Word has
 * annotations, and the ignored findings below, to restore.
 */
import { makeStyles, Spinner, Switch, tokens, useId } from '@fluentui/react-components';
import { DismissedList, FindingsList, words } from '../../../../ui/index';
import type { PaneActions, PaneState } from '../state';
import { fire } from './fire';
import { paneWords } from './words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface FindingsPanelProps {
  state: PaneState;
  actions: PaneActions;
}

export function FindingsPanel({ state, actions }: FindingsPanelProps) {
  const styles = useStyles();
  const dismissedHeadingId = useId('dismissed-heading');
  const { result } = state;
  if (!result) return state.status === 'error' ? null : <Spinner size="small" label={paneWords.loading} />;
  return (
    <div className={styles.root}>
      {state.capabilities.annotations ? (
        <Switch
          label={paneWords.squiggles}
          checked={state.squiggles}
          data-action="squiggles"
          onChange={(_event, data) => fire(() => actions.setSquiggles(data.checked))}
        />
      ) : null}
      {state.documentEmpty ? <p className={styles.hint}>{paneWords.emptyDocument}</p> : null}
      <FindingsList
        diagnostics={result.diagnostics}
        onSelect={(diagnostic) => fire(() => actions.select(diagnostic))}
        onFix={(diagnostic, fix) => fire(() => actions.applyFix(diagnostic, fix))}
        onIgnore={(diagnostic) => fire(() => actions.dismiss(diagnostic))}
        headingLevel={2}
      />
      {result.dismissed.length > 0 ? (
        <section aria-labelledby={dismissedHeadingId}>
          <h2 id={dismissedHeadingId} className={styles.heading}>
            {words.dismissed} ({result.dismissed.length})
          </h2>
          <DismissedList dismissed={result.dismissed} onRestore={(key) => fire(() => actions.restore(key))} />
        </section>
      ) : null}
    </div>
  );
}
