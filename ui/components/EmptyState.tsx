/**
 * What a list shows when it has nothing: a short title and a sentence.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalS}`, textAlign: 'center', color: tokens.colorNeutralForeground2 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  text: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

export interface EmptyStateProps {
  title: string;
  text?: string;
}

export function EmptyState({ title, text }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-empty="">
      <p className={styles.title}>{title}</p>
      {text ? <p className={styles.text}>{text}</p> : null}
    </div>
  );
}
