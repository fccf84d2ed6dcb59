/**
 * Findings per rule family and severity, with a total row: the small table of a summary.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SEVERITIES, uiWords, type FamilySummary, type SeverityCounts } from '../../shared/index';
import { words } from './words';

const useStyles = makeStyles({
  caption: { textAlign: 'left', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export interface FamilyCountsTableProps {
  families: readonly FamilySummary[];
  counts: SeverityCounts;
  caption: string;
}

export function FamilyCountsTable({ families, counts, caption }: FamilyCountsTableProps) {
  const styles = useStyles();
  const numbers = (row: SeverityCounts) =>
    SEVERITIES.map((severity) => (
      <td key={severity} className={mergeClasses(styles.cell, styles.num)}>
        {row[severity]}
      </td>
    ));
  return (
    <table className={styles.table} data-table="families">
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {words.familyColumn}
          </th>
          {SEVERITIES.map((severity) => (
            <th key={severity} scope="col" className={mergeClasses(styles.cell, styles.num)}>
              {uiWords.severities[severity].labelPlural}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {families.map((family) => (
          <tr key={family.family} data-family={family.family}>
            <th scope="row" className={styles.cell}>
              {family.name}
            </th>
            {numbers(family.counts)}
          </tr>
        ))}
        <tr className={styles.total} data-family="total">
          <th scope="row" className={styles.cell}>
            {words.total}
          </th>
          {numbers(counts)}
        </tr>
      </tbody>
    </table>
  );
}
