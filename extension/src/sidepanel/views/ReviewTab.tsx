/** "Granskning": the core's summary of the page's check (readiness, counts per severity and family, LIX per field). */
import { SummaryView } from '../../../../ui/index';
import type { PageReport } from '../../protocol';

export function ReviewTab({ report }: { report: PageReport }) {
  return <SummaryView summary={report.summary} />;
}
