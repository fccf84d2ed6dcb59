/**
 * The findings of a check, grouped by rule family (registry order) and inside a family by
 * section (or whatever `groupBy` says: the side panel groups by form field), with counts
 * per group and in total. Renders only; what a click does is the caller's.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { countsPhrase, type Diagnostic, type Fix, type SeverityCounts } from '../../shared/index';
import { EmptyState } from './EmptyState';
import { FindingItem } from './FindingItem';
import { groupFindings, type GroupBy } from './grouping';
import { useKeepFocus } from './useKeepFocus';
import { findingsPhrase, words } from './words';

const useStyles = makeStyles({
  total: { margin: `0 0 ${tokens.spacingVerticalS}`, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyle: 'none' },
  family: { marginBottom: tokens.spacingVerticalM },
  familyHeading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  sectionHeading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  count: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
});

export interface FindingsListProps {
  diagnostics: readonly Diagnostic[];
  /** Select the finding's words in the document. */
  onSelect(diagnostic: Diagnostic): void;
  /** Apply a fix: the first safe one from its button, a suggestion only from its own button. */
  onFix(diagnostic: Diagnostic, fix: Fix): void;
  onIgnore(diagnostic: Diagnostic): void;
  /** The groups inside a family; by the finding's section unless given. */
  groupBy?: GroupBy;
  /** The list's name for screen readers; "Anmärkningar" unless given. */
  label?: string;
  /** Heading level of the families (the groups inside get the next one), to fit the page's outline; 3 unless given. */
  headingLevel?: 2 | 3 | 4 | 5;
}

function GroupCount({ counts }: { counts: SeverityCounts }) {
  const styles = useStyles();
  return <span className={styles.count}>{countsPhrase(counts, { omitZero: true })}</span>;
}

export function FindingsList({ diagnostics, onSelect, onFix, onIgnore, groupBy, label = words.findings, headingLevel = 3 }: FindingsListProps) {
  const styles = useStyles();
  const FamilyHeading = `h${headingLevel}` as const;
  const GroupHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5' | 'h6';
  // Which card was selected last, so the writer sees where they are; local, as it is only a highlight.
  const [activeKey, setActiveKey] = useState<string | undefined>();
  const root = useRef<HTMLDivElement>(null);
  const rememberFocus = useKeepFocus(
    root,
    diagnostics.map((diagnostic) => diagnostic.key),
  );
  if (diagnostics.length === 0)
    return (
      <div ref={root} data-findings="">
        <EmptyState title={words.noFindings} text={words.noFindingsText} />
      </div>
    );

  const families = groupFindings(diagnostics, groupBy);
  const total: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) total[diagnostic.severity]++;
  const select = (diagnostic: Diagnostic) => {
    setActiveKey(diagnostic.key);
    onSelect(diagnostic);
  };
  const fix = (diagnostic: Diagnostic, chosen: Fix) => {
    rememberFocus(diagnostic.key);
    onFix(diagnostic, chosen);
  };
  const ignore = (diagnostic: Diagnostic) => {
    rememberFocus(diagnostic.key);
    onIgnore(diagnostic);
  };

  return (
    <div ref={root} data-findings="">
      <p className={styles.total} data-total={diagnostics.length}>
        {findingsPhrase(diagnostics.length)} ({countsPhrase(total, { omitZero: true })})
      </p>
      <ul className={styles.list} aria-label={`${label}, ${findingsPhrase(diagnostics.length)}`}>
        {families.map((family) => (
          <li key={family.group.key} className={styles.family} data-family={family.group.key} data-count={family.diagnostics.length}>
            <FamilyHeading className={styles.familyHeading}>
              <span data-label="">{family.group.label}</span> <GroupCount counts={family.counts} />
            </FamilyHeading>
            {family.subgroups.map((group) => (
              <div key={group.group.key} data-group={group.group.key} data-count={group.diagnostics.length}>
                <GroupHeading className={styles.sectionHeading}>
                  <span data-label="">{group.group.label}</span> <GroupCount counts={group.counts} />
                </GroupHeading>
                <ul className={styles.list} aria-label={`${family.group.label}: ${group.group.label}, ${findingsPhrase(group.diagnostics.length)}`}>
                  {group.diagnostics.map((diagnostic) => (
                    <FindingItem
                      key={diagnostic.key}
                      diagnostic={diagnostic}
                      active={diagnostic.key === activeKey}
                      onSelect={select}
                      onFix={fix}
                      onIgnore={ignore}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
