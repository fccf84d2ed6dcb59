/**
 * "Infoga": standard content the core writes verbatim: a goal block for a KF goal at the
 * cursor, and in an empty document the template of a tjänsteutlåtande or a
 * Kvalitetsutmärkelsen entry.
 */
import { Button, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { GoalPicker } from '../../../../ui/index';
import type { PaneActions, PaneState } from '../state';
import { fire } from './fire';
import { paneWords, SKELETON_TYPES } from './words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalXS, alignSelf: 'stretch' },
});

export interface InsertPanelProps {
  state: PaneState;
  actions: PaneActions;
}

export function InsertPanel({ state, actions }: InsertPanelProps) {
  const styles = useStyles();
  const skeletonHeadingId = useId('insert-skeleton');
  const goalHeadingId = useId('insert-goal');
  const [picked, setPicked] = useState<string | undefined>();
  // The first goal until the writer picks one; a pick that is no longer offered falls back to it.
  const goalNumber = state.goals.some((goal) => goal.number === picked) ? picked! : state.goals[0]?.number;
  const skeletons = state.types.filter((type) => SKELETON_TYPES.includes(type.id));
  return (
    <div className={styles.root}>
      {state.documentEmpty && skeletons.length > 0 ? (
        <section className={styles.section} aria-labelledby={skeletonHeadingId}>
          <h2 id={skeletonHeadingId} className={styles.heading}>
            {paneWords.skeletonHeading}
          </h2>
          <p className={styles.hint}>{paneWords.skeletonHint}</p>
          <div className={styles.buttons}>
            {skeletons.map((type) => (
              <Button
                key={type.id}
                data-action="insert-skeleton"
                data-type={type.id}
                aria-label={`${paneWords.insertSkeleton}: ${type.name}`}
                onClick={() => fire(() => actions.insertSkeleton(type.id))}
              >
                {type.name}
              </Button>
            ))}
          </div>
        </section>
      ) : null}
      <section className={styles.section} aria-labelledby={goalHeadingId}>
        <h2 id={goalHeadingId} className={styles.heading}>
          {paneWords.goalHeading}
        </h2>
        {goalNumber !== undefined ? (
          <>
            <GoalPicker goals={state.goals} value={goalNumber} onChange={setPicked} />
            <p className={styles.hint}>{paneWords.goalHint}</p>
            <Button appearance="primary" data-action="insert-goal-block" data-goal={goalNumber} onClick={() => fire(() => actions.insertGoalBlock(goalNumber))}>
              {paneWords.insertGoalBlock}
            </Button>
          </>
        ) : (
          <p className={styles.hint}>{paneWords.noGoals}</p>
        )}
      </section>
    </div>
  );
}
