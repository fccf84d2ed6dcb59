/**
 * The three views under the header: Anmärkningar, Granskning, Infoga. Only the chosen
 * panel is rendered; each is labelled by its tab for screen readers.
 */
import { CounterBadge, makeStyles, Tab, TabList, tokens, useId, type SelectTabData } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { words } from '../../../../ui/index';
import type { PaneActions, PaneState } from '../state';
import { FindingsPanel } from './FindingsPanel';
import { InsertPanel } from './InsertPanel';
import { ReviewPanel } from './ReviewPanel';
import { paneWords } from './words';

export type PaneTab = 'findings' | 'review' | 'insert';

const useStyles = makeStyles({
  tabs: { padding: `0 ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
});

export interface PaneTabsProps {
  state: PaneState;
  actions: PaneActions;
}

export function PaneTabs({ state, actions }: PaneTabsProps) {
  const styles = useStyles();
  const baseId = useId('pane');
  const [tab, setTab] = useState<PaneTab>('findings');
  const tabId = (value: PaneTab) => `${baseId}-tab-${value}`;
  const panelId = (value: PaneTab) => `${baseId}-panel-${value}`;
  const count = state.result?.diagnostics.length ?? 0;
  const panels: Record<PaneTab, () => ReactNode> = {
    findings: () => <FindingsPanel state={state} actions={actions} />,
    review: () => <ReviewPanel state={state} actions={actions} />,
    insert: () => <InsertPanel state={state} actions={actions} />,
  };
  // Only the chosen panel is in the page, so only its tab points at it.
  const tabProps = (value: PaneTab) => ({ value, id: tabId(value), 'aria-controls': value === tab ? panelId(value) : undefined, 'data-tab': value });
  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_event, data: SelectTabData) => setTab(data.value as PaneTab)}
        aria-label={paneWords.tabs}
      >
        <Tab {...tabProps('findings')}>
          {words.findings} <CounterBadge count={count} size="small" appearance="ghost" color="informative" aria-hidden="true" />
        </Tab>
        <Tab {...tabProps('review')}>{paneWords.reviewTab}</Tab>
        <Tab {...tabProps('insert')}>{paneWords.insertTab}</Tab>
      </TabList>
      <div
        className={styles.panel}
        role="tabpanel"
        id={panelId(tab)}
        aria-labelledby={tabId(tab)}
        aria-busy={state.status === 'checking' || undefined}
        data-panel={tab}
      >
        {panels[tab]()}
      </div>
    </>
  );
}
