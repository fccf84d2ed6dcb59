/**
 * The findings the writer ignored, each with "Återställ" to bring it back into the list.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Diagnostic } from '../../shared/index';
import { SeverityBadge } from './SeverityBadge';
import { findingName, quoteFlagged } from './text';
import { words } from './words';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
  message: { margin: 0 },
  quote: { margin: 0, fontStyle: 'italic', overflowWrap: 'anywhere' },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface DismissedListProps {
  dismissed: readonly Diagnostic[];
  onRestore(key: string): void;
  /** The list's name for screen readers; "Ignorerade" unless given. */
  label?: string;
}

export function DismissedList({ dismissed, onRestore, label = words.dismissed }: DismissedListProps) {
  const styles = useStyles();
  if (dismissed.length === 0) return <p className={styles.empty}>{words.noDismissed}</p>;
  return (
    <ul className={styles.list} aria-label={label} data-dismissed="">
      {dismissed.map((diagnostic) => {
        const quote = quoteFlagged(diagnostic.text);
        return (
          <li key={diagnostic.key} className={styles.item} data-rule-id={diagnostic.ruleId} data-key={diagnostic.key}>
            <SeverityBadge severity={diagnostic.severity} />
            <p className={styles.message}>{diagnostic.message}</p>
            {quote ? <p className={styles.quote}>{quote}</p> : null}
            <Button size="small" data-action="restore" aria-label={`${words.restore}: ${findingName(diagnostic)}`} onClick={() => onRestore(diagnostic.key)}>
              {words.restore}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
