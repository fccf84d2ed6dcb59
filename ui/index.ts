/**
 * The shared UI components: the Word task pane and the extension's side panel render
 * checks with them. Props in, behaviour as functions; nothing here knows Word or the
 * browser extension. (The HTML report is in ./report.)
 */
export { FindingsList, type FindingsListProps } from './components/FindingsList';
export { FindingItem, type FindingItemProps } from './components/FindingItem';
export { SummaryView, type SummaryViewProps } from './components/SummaryView';
export { ReadinessBanner, type ReadinessBannerProps } from './components/ReadinessBanner';
export { FamilyCountsTable, type FamilyCountsTableProps } from './components/FamilyCountsTable';
export { LixTable, type LixTableProps } from './components/LixTable';
export { DismissedList, type DismissedListProps } from './components/DismissedList';
export { GoalPicker, type GoalPickerProps } from './components/GoalPicker';
export { byParentGoal, goalChoices, type GoalChoice, type GoalChoiceGroup } from './components/goals';
export { TypePicker, type TypePickerProps, type TypeChoice } from './components/TypePicker';
export { NoticeBar, type NoticeBarProps, type NoticeMessage } from './components/NoticeBar';
export { CheckStatus, formatTime, type CheckStatusProps } from './components/CheckStatus';
export { EmptyState, type EmptyStateProps } from './components/EmptyState';
export { SeverityBadge, type SeverityBadgeProps } from './components/SeverityBadge';
export { byFamily, bySection, groupFindings, type FamilyGroup, type FindingGroup, type Group, type GroupBy } from './components/grouping';
export { collapse, findingName, quoteFlagged, shorten } from './components/text';
export { words, findingsPhrase } from './components/words';
