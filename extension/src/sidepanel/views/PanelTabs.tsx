/**
 * The four views of a checked page: Anmärkningar, Granskning, Infoga, Utkast. Only the
 * chosen panel is rendered; it is labelled by its tab for screen readers.
 */
import { CounterBadge, makeStyles, Tab, TabList, tokens, useId, type SelectTabData } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PanelController, PanelState } from '../controller';
import { panelWords } from '../words';
import { DraftsView } from './DraftsView';
import { FindingsTab } from './FindingsTab';
import { InsertTab } from './InsertTab';
import { ReviewTab } from './ReviewTab';

export type PanelTab = 'findings' | 'review' | 'insert' | 'drafts';

const useStyles = makeStyles({
  // Four tabs fit the side panel's usual 360 pixels only this tight; narrower, they wrap.
  tabs: { flexWrap: 'wrap', padding: `0 ${tokens.spacingHorizontalXXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
});

export interface PanelTabsProps {
  state: PanelState;
  controller: PanelController;
  /** The chosen tab: kept above, so it stays while the panel waits for another tab's page. */
  tab: PanelTab;
  onTab(tab: PanelTab): void;
}

export function PanelTabs({ state, controller, tab, onTab }: PanelTabsProps) {
  const styles = useStyles();
  const baseId = useId('panel');
  const tabId = (value: PanelTab) => `${baseId}-tab-${value}`;
  const panelId = (value: PanelTab) => `${baseId}-panel-${value}`;
  const report = state.report!;
  const panels: Record<PanelTab, () => ReactNode> = {
    findings: () => <FindingsTab report={report} controller={controller} />,
    review: () => <ReviewTab report={report} />,
    insert: () => <InsertTab controller={controller} />,
    drafts: () => <DraftsView state={state} controller={controller} headingLevel={2} />,
  };
  const choose = (_event: unknown, data: SelectTabData) => {
    const value = data.value as PanelTab;
    onTab(value);
    // The drafts change as the writer types: listed again whenever the tab is opened.
    if (value === 'drafts') void controller.loadDrafts();
  };
  // Only the chosen panel is in the page, so only its tab points at it.
  const tabProps = (value: PanelTab) => ({
    value,
    id: tabId(value),
    'aria-controls': value === tab ? panelId(value) : undefined,
    'data-tab': value,
    className: styles.tab,
  });
  const drafts = state.drafts.here.length;
  return (
    <>
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={choose} aria-label={panelWords.tabs}>
        <Tab {...tabProps('findings')}>
          {panelWords.findingsTab} <CounterBadge count={report.diagnostics.length} size="small" appearance="ghost" color="informative" aria-hidden="true" />
        </Tab>
        <Tab {...tabProps('review')}>{panelWords.reviewTab}</Tab>
        <Tab {...tabProps('insert')}>{panelWords.insertTab}</Tab>
        <Tab {...tabProps('drafts')}>
          {panelWords.draftsTab}
          {drafts > 0 ? (
            <>
              {' '}
              <CounterBadge count={drafts} size="small" appearance="ghost" color="informative" aria-hidden="true" />
            </>
          ) : null}
        </Tab>
      </TabList>
      <div className={styles.panel} role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} data-panel={tab}>
        {panels[tab]()}
      </div>
    </>
  );
}
