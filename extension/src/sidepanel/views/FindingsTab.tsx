/**
 * "Anmärkningar": the page's findings grouped by form field (fields without findings are
 * left out; the sentence above says how many fields have some), with fixes and "Ignorera";
 * the ignored findings below, each with "Återställ".
 */
import { makeStyles, tokens, useId } from '@fluentui/react-components';
import { useMemo } from 'react';
import { DismissedList, EmptyState, FindingsList } from '../../../../ui/index';
import type { PageReport } from '../../protocol';
import type { PanelController } from '../controller';
import { fieldGroupBy, fieldsWithFindings } from '../model';
import { panelWords } from '../words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface FindingsTabProps {
  report: PageReport;
  controller: PanelController;
}

export function FindingsTab({ report, controller }: FindingsTabProps) {
  const styles = useStyles();
  const dismissedHeadingId = useId('dismissed-heading');
  const groupBy = useMemo(() => fieldGroupBy(report), [report]);
  if (report.fields.length === 0 && report.diagnostics.length === 0 && report.dismissed.length === 0) {
    return <EmptyState title={panelWords.noFieldsTitle} text={panelWords.noFieldsText} />;
  }
  return (
    <div className={styles.root}>
      {report.diagnostics.length > 0 ? (
        <p className={styles.hint} data-fields-with-findings={fieldsWithFindings(report)}>
          {report.fields.length > 0 ? `${panelWords.fieldsPhrase(fieldsWithFindings(report), report.fields.length)} ` : ''}
          {panelWords.groupedHint}
        </p>
      ) : null}
      <FindingsList
        diagnostics={report.diagnostics}
        groupBy={groupBy}
        onSelect={(diagnostic) => void controller.select(diagnostic)}
        onFix={(diagnostic, fix) => void controller.applyFix(diagnostic, fix)}
        onIgnore={(diagnostic) => void controller.dismiss(diagnostic)}
        headingLevel={2}
      />
      {report.dismissed.length > 0 ? (
        <section aria-labelledby={dismissedHeadingId}>
          <h2 id={dismissedHeadingId} className={styles.heading}>
            {panelWords.dismissedHeading} ({report.dismissed.length})
          </h2>
          <DismissedList dismissed={report.dismissed} onRestore={(key) => void controller.restore(key)} />
        </section>
      ) : null}
    </div>
  );
}
