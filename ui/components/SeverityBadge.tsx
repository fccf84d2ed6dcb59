/**
 * A finding's severity as a coloured badge with its Swedish label from ui.json (the
 * `label` of each severity).
 */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { uiWords, type Severity } from '../../shared/index';

const COLOR: Record<Severity, BadgeProps['color']> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface SeverityBadgeProps {
  severity: Severity;
}

export function SeverityBadge({ severity }: SeverityBadgeProps) {
  return (
    <Badge appearance="tint" color={COLOR[severity]} shape="rounded" data-severity={severity}>
      {uiWords.severities[severity].label}
    </Badge>
  );
}
