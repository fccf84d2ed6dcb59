/**
 * LIX per section: each section indented by its depth, with its value, band and word
 * count, and the whole text last. Sections too short for a value are left out.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LixSummary, SectionSummary } from '../../shared/index';
import { words } from './words';

const useStyles = makeStyles({
  caption: { textAlign: 'left', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
  },
  name: { fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  hard: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  total: { fontWeight: tokens.fontWeightSemibold },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Indent per level of depth, so sub-sections read as under their section. */
const INDENT_PX = 12;

export interface LixTableProps {
  sections: readonly SectionSummary[];
  /** The whole text's LIX, when long enough. */
  lix?: LixSummary;
  caption: string;
}

export function LixTable({ sections, lix, caption }: LixTableProps) {
  const styles = useStyles();
  const rows = sections.filter((section): section is SectionSummary & { lix: LixSummary } => section.lix !== undefined);
  if (rows.length === 0 && !lix) return <p className={styles.empty}>{words.noLix}</p>;
  const cells = (value: LixSummary) => (
    <>
      <td className={mergeClasses(styles.cell, styles.num, value.hard && styles.hard)}>{value.value}</td>
      <td className={mergeClasses(styles.cell, value.hard && styles.hard)}>{value.band}</td>
      <td className={mergeClasses(styles.cell, styles.num)}>{value.words}</td>
    </>
  );
  return (
    <table className={styles.table} data-table="lix">
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {words.sectionColumn}
          </th>
          <th scope="col" className={mergeClasses(styles.cell, styles.num)}>
            {words.lixColumn}
          </th>
          <th scope="col" className={styles.cell}>
            {words.bandColumn}
          </th>
          <th scope="col" className={mergeClasses(styles.cell, styles.num)}>
            {words.wordsColumn}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((section) => (
          <tr key={section.section} data-section={section.section} data-depth={section.depth}>
            <th scope="row" className={mergeClasses(styles.cell, styles.name)} style={{ paddingLeft: `${4 + section.depth * INDENT_PX}px` }}>
              {section.name}
            </th>
            {cells(section.lix)}
          </tr>
        ))}
        {lix ? (
          <tr className={styles.total} data-section="all">
            <th scope="row" className={styles.cell}>
              {words.wholeText}
            </th>
            {cells(lix)}
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
