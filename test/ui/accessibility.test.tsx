// @vitest-environment jsdom
/**
 * axe-core over the rendered pane (every tab, with findings, dismissed ones, notices
 * and the switch): no violations of the WCAG rules axe can judge without layout.
 * Colour contrast needs a real renderer, so jsdom leaves it out.
 */
import axe from 'axe-core';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../word-addin/src/pane/App';
import type { PaneActions, PaneState } from '../../word-addin/src/pane/state';
import { checkWithDismissed, summarize } from './fixtures';
import { all, cleanup, click, render } from './render';

afterEach(cleanup);

const noop = async () => {};
const actions: PaneActions = {
  recheck: noop,
  setType: noop,
  select: noop,
  applyFix: noop,
  dismiss: noop,
  restore: noop,
  insertGoalBlock: noop,
  insertSkeleton: noop,
  addComments: noop,
  reportHtml: () => '',
  setSquiggles: noop,
  dismissNotice: () => {},
};

async function violations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the pane for keyboard and screen-reader users', () => {
  it('has no axe violations on any tab', async () => {
    const { result } = checkWithDismissed();
    const state: PaneState = {
      status: 'ready',
      result,
      summary: summarize(result),
      typeChoice: 'auto',
      types: [
        { id: 'auto', name: 'Känn igen automatiskt' },
        { id: 'tjansteutlatande', name: 'Tjänsteutlåtande' },
        { id: 'tavlingsbidrag', name: 'Tävlingsbidrag till Kvalitetsutmärkelsen' },
      ],
      goals: [
        {
          number: '1.2',
          text: 'Stockholm är en trygg, säker och välskött stad att bo och vistas i',
          parent: { number: '1', text: 'En modern storstad med möjligheter och valfrihet för alla' },
        },
      ],
      documentEmpty: true,
      capabilities: { comments: false, annotations: true, paragraphEvents: false },
      squiggles: true,
      notice: { kind: 'success', text: 'Rättningen är gjord.' },
      checkedAt: Date.now(),
    };
    const controller = { getState: () => state, subscribe: () => () => {}, actions };
    const { container } = render(<App controller={controller} />, { bare: true });
    for (const tab of all(container, '[role="tab"]')) {
      click(tab);
      // Inside act: Fluent's tab indicator settles on a timer while axe runs.
      let found: string[] = [];
      await act(async () => {
        found = await violations(container);
      });
      expect(found, tab.dataset.tab).toEqual([]);
    }
  });
});
