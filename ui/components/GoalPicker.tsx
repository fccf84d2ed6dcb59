/**
 * Chooses a KF goal for a goal block: KF:s mål för verksamhetsområdet grouped under their
 * KF:s inriktningsmål, with both texts shown in full below (a narrow select cuts them).
 */
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { byParentGoal, type GoalChoice } from './goals';
import { words } from './words';

const useStyles = makeStyles({
  // Stretched and allowed to shrink: a native select is otherwise as wide as its longest goal text.
  root: { alignSelf: 'stretch', minWidth: 0 },
  select: { width: '100%', minWidth: 0 },
  chosen: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  term: { fontWeight: tokens.fontWeightSemibold },
  text: { margin: `0 0 ${tokens.spacingVerticalXS}` },
});

export interface GoalPickerProps {
  goals: readonly GoalChoice[];
  value: string;
  onChange(goalNumber: string): void;
}

export function GoalPicker({ goals, value, onChange }: GoalPickerProps) {
  const styles = useStyles();
  const chosen = goals.find((goal) => goal.number === value);
  return (
    <div className={styles.root}>
      <Field label={words.goalLabel}>
        <Select className={styles.select} value={value} onChange={(_event, data) => onChange(data.value)} data-action="goal">
          {byParentGoal(goals).map((group) => (
            <optgroup key={group.parent.number} label={`${group.parent.number}. ${group.parent.text}`}>
              {group.goals.map((goal) => (
                <option key={goal.number} value={goal.number}>
                  {goal.number} {goal.text}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      {chosen ? (
        <dl className={styles.chosen} data-goal={chosen.number}>
          <dt className={styles.term}>{words.goalParent}</dt>
          <dd className={styles.text}>
            {chosen.parent.number}. {chosen.parent.text}
          </dd>
          <dt className={styles.term}>{words.goalLabel}</dt>
          <dd className={styles.text}>
            {chosen.number} {chosen.text}
          </dd>
        </dl>
      ) : null}
    </div>
  );
}
