/**
 * One finding in the list, like a card in Grammarly's or LanguageTool's panel: severity,
 * the Swedish message and the flagged words. Clicking the card (or Enter/Space on it)
 * selects the words in the document; its buttons apply the first safe fix, offer the
 * suggestions (never applied without their own click) and ignore the finding.
 *
 * The card's focusable part is a role="button" beside the action buttons, not around
 * them, so no interactive element is nested in another; the list item handles the clicks
 * and keys of both, and the buttons stop theirs from reaching it.
 */
import { Button, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { Diagnostic, Fix } from '../../shared/index';
import { SeverityBadge } from './SeverityBadge';
import { findingName, quoteFlagged } from './text';
import { words } from './words';

const useStyles = makeStyles({
  item: {
    listStyle: 'none',
    margin: `0 0 ${tokens.spacingVerticalS}`,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  error: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorderActive}` },
  warning: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorderActive}` },
  info: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}` },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  body: {
    // Relative: Fluent's focus outline is drawn by a pseudo-element positioned against it.
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusSmall,
    ...createFocusOutlineStyle(),
  },
  message: { margin: 0, lineHeight: tokens.lineHeightBase300 },
  quote: { margin: 0, color: tokens.colorNeutralForeground2, fontStyle: 'italic', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalS },
  suggestionsLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FindingItemProps {
  diagnostic: Diagnostic;
  /** The finding last selected: highlighted. */
  active?: boolean;
  onSelect(diagnostic: Diagnostic): void;
  onFix(diagnostic: Diagnostic, fix: Fix): void;
  onIgnore(diagnostic: Diagnostic): void;
}

/** A click or key on one of the card's buttons: handled by the button, not as "select". */
function fromAction(target: EventTarget): boolean {
  return target instanceof Element && target.closest('[data-action]') !== null;
}

export function FindingItem({ diagnostic, active = false, onSelect, onFix, onIgnore }: FindingItemProps) {
  const styles = useStyles();
  const safeFix = diagnostic.fixes?.find((fix) => fix.safe);
  const suggestions = diagnostic.fixes?.filter((fix) => !fix.safe) ?? [];
  const quote = quoteFlagged(diagnostic.text);
  const name = findingName(diagnostic);

  const select = (event: MouseEvent) => {
    if (!fromAction(event.target)) onSelect(diagnostic);
  };
  const selectByKey = (event: KeyboardEvent) => {
    if ((event.key !== 'Enter' && event.key !== ' ') || fromAction(event.target)) return;
    event.preventDefault(); // Space would scroll the pane
    onSelect(diagnostic);
  };
  const act = (handler: () => void) => (event: MouseEvent) => {
    event.stopPropagation();
    handler();
  };

  return (
    <li
      className={mergeClasses(styles.item, styles[diagnostic.severity], active && styles.active)}
      data-rule-id={diagnostic.ruleId}
      data-key={diagnostic.key}
      data-severity={diagnostic.severity}
      aria-current={active ? 'true' : undefined}
      onClick={select}
      onKeyDown={selectByKey}
    >
      <div className={styles.body} role="button" tabIndex={0}>
        <div>
          <SeverityBadge severity={diagnostic.severity} />
        </div>
        <p className={styles.message}>{diagnostic.message}</p>
        {quote ? <p className={styles.quote}>{quote}</p> : null}
      </div>
      <div className={styles.actions}>
        {safeFix ? (
          <Button size="small" appearance="primary" data-action="fix" aria-label={`${safeFix.title}: ${name}`} onClick={act(() => onFix(diagnostic, safeFix))}>
            {safeFix.title}
          </Button>
        ) : null}
        {suggestions.length > 0 ? <span className={styles.suggestionsLabel}>{words.suggestions}</span> : null}
        {suggestions.map((fix, index) => (
          <Button
            key={index}
            size="small"
            appearance="outline"
            data-action="suggestion"
            aria-label={`${fix.title} (${words.suggestion}): ${name}`}
            onClick={act(() => onFix(diagnostic, fix))}
          >
            {fix.title}
          </Button>
        ))}
        <Button size="small" appearance="subtle" data-action="ignore" aria-label={`${words.ignore}: ${name}`} onClick={act(() => onIgnore(diagnostic))}>
          {words.ignore}
        </Button>
      </div>
    </li>
  );
}
