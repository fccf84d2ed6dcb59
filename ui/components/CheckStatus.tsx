/**
 * "Kontrollerar …" while a check runs, else when the last one finished. Not a live
 * region: Word re-checks whenever the writer pauses, and announcing each check would
 * drown what the writer is doing; the notices after actions are announced instead.
 */
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { checkedAtPhrase, words } from './words';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '20px',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface CheckStatusProps {
  checking: boolean;
  /** Milliseconds since the epoch of the last finished check. */
  checkedAt?: number;
}

/** "14:32", in Swedish time notation. */
export function formatTime(at: number): string {
  return new Date(at).toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });
}

export function CheckStatus({ checking, checkedAt }: CheckStatusProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-status={checking ? 'checking' : 'idle'}>
      {checking ? (
        <>
          <Spinner size="extra-tiny" aria-hidden="true" />
          <span>{words.checking}</span>
        </>
      ) : checkedAt !== undefined ? (
        <span>{checkedAtPhrase(formatTime(checkedAt))}</span>
      ) : null}
    </div>
  );
}
