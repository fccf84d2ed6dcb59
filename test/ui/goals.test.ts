import { describe, expect, it } from 'vitest';
import { builtInCatalogs, type GoalCatalog } from '../../shared/index';
import { byParentGoal, goalChoices } from '../../ui/components/goals';

const NAMND: GoalCatalog = {
  id: 'namnd',
  version: '2025',
  name: 'Nämndens mål',
  goals: [
    { level: 'inriktningsmal', number: '9', text: 'Nämndens inriktning' },
    { level: 'verksamhetsomrade', number: '9.1', parent: '9', text: 'Nämndens första mål' },
    // Already offered by the built-in catalog: not offered twice.
    { level: 'verksamhetsomrade', number: '1.2', parent: '9', text: 'Annan lydelse' },
    // Its inriktningsmål is not in this catalog: no place to put it.
    { level: 'verksamhetsomrade', number: '8.1', parent: '8', text: 'Föräldralöst mål' },
  ],
};

describe('goal choices', () => {
  it('offers every KF:s mål för verksamhetsområdet with its inriktningsmål, in catalog order', () => {
    const choices = goalChoices();
    expect(choices[1]).toEqual({
      number: '1.2',
      text: 'Stockholm är en trygg, säker och välskött stad att bo och vistas i',
      parent: { number: '1', text: 'En modern storstad med möjligheter och valfrihet för alla' },
    });
    const expected = builtInCatalogs.flatMap((catalog) => catalog.goals).filter((goal) => goal.level === 'verksamhetsomrade');
    expect(choices.map((choice) => choice.number)).toEqual(expected.map((goal) => goal.number));
  });

  it('offers a number once, from the first catalog, and skips a goal without its inriktningsmål', () => {
    const numbers = goalChoices([...builtInCatalogs, NAMND]).map((choice) => choice.number);
    expect(numbers.filter((number) => number === '1.2')).toHaveLength(1);
    expect(numbers).toContain('9.1');
    expect(numbers).not.toContain('8.1');
  });

  it('groups the choices under their inriktningsmål', () => {
    const groups = byParentGoal(goalChoices([NAMND, ...builtInCatalogs]));
    expect(groups[0]!.parent).toEqual({ number: '9', text: 'Nämndens inriktning' });
    expect(groups[0]!.goals.map((goal) => goal.number)).toEqual(['9.1', '1.2']);
    expect(groups[1]!.parent.number).toBe('1');
    expect(groups[1]!.goals.map((goal) => goal.number)).not.toContain('1.2');
  });
});
