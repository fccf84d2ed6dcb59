/**
 * The readiness verdict of a summary (its title and sentence from ui.json), coloured by
 * verdict so a manager sees at once whether the draft can be sent.
 */
import { Badge, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import type { Readiness, ReadinessVerdict } from '../../shared/index';

const BADGE: Record<ReadinessVerdict, BadgeProps['color']> = { 'not-ready': 'danger', 'almost-ready': 'warning', ready: 'success' };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid`,
  },
  'not-ready': { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorderActive },
  'almost-ready': { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  ready: { backgroundColor: tokens.colorPaletteGreenBackground1, borderLeftColor: tokens.colorPaletteGreenBorderActive },
  sentence: { margin: 0 },
});

export interface ReadinessBannerProps {
  readiness: Readiness;
}

/** The badge says the title; the sentence goes on from there without it ("<titel>: 2 fel …" → "2 fel …"). */
function withoutTitle({ title, sentence }: Readiness): string {
  const prefix = `${title}: `;
  if (!sentence.startsWith(prefix)) return sentence;
  const rest = sentence.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function ReadinessBanner({ readiness }: ReadinessBannerProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, styles[readiness.verdict])} data-verdict={readiness.verdict}>
      <Badge appearance="filled" color={BADGE[readiness.verdict]} size="large">
        {readiness.title}
      </Badge>
      <p className={styles.sentence}>{withoutTitle(readiness)}</p>
    </div>
  );
}
