/**
 * Chooses a KF goal for a goal block: KF:s mål för verksamhetsområdet grouped under their
 * KF:s inriktningsmål, with both texts in full below (a narrow select cuts them).
 */
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { GoalGroup } from '../model';
import { panelWords } from '../words';

const useStyles = makeStyles({
  root: { alignSelf: 'stretch', minWidth: 0 },
  select: { width: '100%', minWidth: 0 },
  chosen: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  term: { fontWeight: tokens.fontWeightSemibold },
  text: { margin: `0 0 ${tokens.spacingVerticalXS}` },
});

export interface GoalPickerProps {
  groups: readonly GoalGroup[];
  value: string;
  onChange(goalNumber: string): void;
}

export function GoalPicker({ groups, value, onChange }: GoalPickerProps) {
  const styles = useStyles();
  const group = groups.find((each) => each.goals.some((goal) => goal.number === value));
  const chosen = group?.goals.find((goal) => goal.number === value);
  return (
    <div className={styles.root}>
      <Field label={panelWords.goalLabel}>
        <Select className={styles.select} value={value} onChange={(_event, data) => onChange(data.value)} data-action="goal">
          {groups.map((each) => (
            <optgroup key={each.parent.number} label={`${each.parent.number}. ${each.parent.text}`}>
              {each.goals.map((goal) => (
                <option key={goal.number} value={goal.number}>
                  {goal.number} {goal.text}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      {group && chosen ? (
        <dl className={styles.chosen} data-goal={chosen.number}>
          <dt className={styles.term}>{panelWords.goalParent}</dt>
          <dd className={styles.text}>
            {group.parent.number}. {group.parent.text}
          </dd>
          <dt className={styles.term}>{panelWords.goalLabel}</dt>
          <dd className={styles.text}>
            {chosen.number} {chosen.text}
          </dd>
        </dl>
      ) : null}
    </div>
  );
}
