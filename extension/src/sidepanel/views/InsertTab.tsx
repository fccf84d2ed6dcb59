/**
 * "Infoga": standard text from the core, into the field that had focus last on the page:
 * a goal block for a KF goal (verbatim from the built-in catalog), or an empty
 * tjänsteutlåtande, Kvalitetsutmärkelsen entry or verksamhetsplan.
 */
import { Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { PanelController } from '../controller';
import { goalChoices, GoalPicker } from '../../../../ui/index';
import { skeletonChoices } from '../model';
import { panelWords } from '../words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  lead: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalXS, alignSelf: 'stretch' },
});

export function InsertTab({ controller }: { controller: PanelController }) {
  const styles = useStyles();
  const goalHeadingId = useId('insert-goal');
  const skeletonHeadingId = useId('insert-skeleton');
  const goals = useMemo(() => goalChoices(), []);
  const skeletons = useMemo(() => skeletonChoices(), []);
  const numbers = goals.map((goal) => goal.number);
  const [picked, setPicked] = useState<string | undefined>();
  const goal = picked !== undefined && numbers.includes(picked) ? picked : numbers[0];
  return (
    <div className={styles.root}>
      <p className={styles.lead} data-insert-hint="">
        {panelWords.insertHint}
      </p>
      <section className={styles.section} aria-labelledby={goalHeadingId}>
        <h2 id={goalHeadingId} className={styles.heading}>
          {panelWords.goalHeading}
        </h2>
        {goal !== undefined ? (
          <>
            <GoalPicker goals={goals} value={goal} onChange={setPicked} />
            <p className={styles.hint}>{panelWords.goalHint}</p>
            <Button appearance="primary" data-action="insert-goal-block" data-goal={goal} onClick={() => void controller.insertGoalBlock(goal)}>
              {panelWords.insertGoalBlock}
            </Button>
          </>
        ) : (
          <p className={styles.hint}>{panelWords.noGoals}</p>
        )}
      </section>
      <section className={styles.section} aria-labelledby={skeletonHeadingId}>
        <h2 id={skeletonHeadingId} className={styles.heading}>
          {panelWords.skeletonHeading}
        </h2>
        <p className={styles.hint}>{panelWords.skeletonHint}</p>
        <div className={styles.buttons}>
          {skeletons.map((type) => (
            <Button
              key={type.id}
              data-action="insert-skeleton"
              data-type={type.id}
              aria-label={`${panelWords.insertSkeleton}: ${type.name}`}
              onClick={() => void controller.insertSkeleton(type.id)}
            >
              {type.name}
            </Button>
          ))}
        </div>
      </section>
    </div>
  );
}
