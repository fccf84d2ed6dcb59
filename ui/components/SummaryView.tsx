/**
 * The manager's view of a check, from the core's summary: the readiness verdict, findings
 * per severity and rule family, LIX per section, and how many findings were dismissed or
 * hidden (they are not in the counts, so the reader should know they exist).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Summary } from '../../shared/index';
import { FamilyCountsTable } from './FamilyCountsTable';
import { LixTable } from './LixTable';
import { ReadinessBanner } from './ReadinessBanner';
import { dismissedPhrase, hiddenPhrase, words } from './words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface SummaryViewProps {
  summary: Summary;
}

export function SummaryView({ summary }: SummaryViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-summary="">
      <ReadinessBanner readiness={summary.readiness} />
      <FamilyCountsTable families={summary.families} counts={summary.counts} caption={words.perFamily} />
      <LixTable sections={summary.sections} lix={summary.lix} caption={words.lixTitle} />
      {summary.dismissed > 0 ? (
        <p className={styles.note} data-count="dismissed">
          {dismissedPhrase(summary.dismissed)}
        </p>
      ) : null}
      {summary.hidden > 0 ? (
        <p className={styles.note} data-count="hidden">
          {hiddenPhrase(summary.hidden)}
        </p>
      ) : null}
    </div>
  );
}
