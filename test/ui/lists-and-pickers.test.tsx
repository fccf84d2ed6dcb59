// @vitest-environment jsdom
/**
 * DismissedList, TypePicker, NoticeBar and CheckStatus: what they show and what they call.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckStatus, DismissedList, NoticeBar, TypePicker, formatTime } from '../../ui/index';
import { checkNoType, checkWithDismissed } from './fixtures';
import { all, choose, cleanup, click, one, render, textOf } from './render';

afterEach(cleanup);

const TYPES = [
  { id: 'auto', name: 'Känn igen automatiskt' },
  { id: 'tjansteutlatande', name: 'Tjänsteutlåtande' },
  { id: 'verksamhetsplan', name: 'Verksamhetsplan' },
];

describe('DismissedList', () => {
  it('lists the dismissed findings with "Återställ" calling onRestore(key)', () => {
    const { result, dismissedKey } = checkWithDismissed();
    const onRestore = vi.fn();
    const { container } = render(<DismissedList dismissed={result.dismissed} onRestore={onRestore} />);
    const item = one(container, `[data-key="${dismissedKey}"]`);
    expect(item.dataset.ruleId).toBe('required-section');
    expect(item.textContent).toContain(result.dismissed[0]!.message);
    const button = one(item, '[data-action="restore"]');
    expect(textOf(button)).toBe('Återställ');
    expect(button.getAttribute('aria-label')).toMatch(/^Återställ: Avsnittet ”Jämställdhetsanalys”/);
    click(button);
    expect(onRestore).toHaveBeenCalledWith(dismissedKey);
    expect(one(container, 'ul').getAttribute('aria-label')).toBe('Ignorerade');
  });

  it('says so when nothing is dismissed', () => {
    const { container } = render(<DismissedList dismissed={[]} onRestore={vi.fn()} />);
    expect(textOf(container)).toBe('Inga ignorerade anmärkningar.');
  });
});

describe('TypePicker', () => {
  it('is a labelled select with the types, the choice and the reason under it', () => {
    const onChange = vi.fn();
    const { container } = render(
      <TypePicker types={TYPES} value="tjansteutlatande" checkedType="tjansteutlatande" reason="tjänsteutlåtande: angiven typ" onChange={onChange} />,
    );
    const select = one<HTMLSelectElement>(container, 'select');
    const label = one<HTMLLabelElement>(container, 'label');
    expect(textOf(label)).toBe('Dokumenttyp');
    expect(label.htmlFor).toBe(select.id);
    expect(all<HTMLOptionElement>(select, 'option').map((option) => [option.value, option.text])).toEqual(TYPES.map((type) => [type.id, type.name]));
    expect(select.value).toBe('tjansteutlatande');
    expect(container.textContent).toContain('tjänsteutlåtande: angiven typ');
    expect(select.getAttribute('aria-describedby')).toBeTruthy();
    expect(container.querySelector('[data-notice="no-type"]')).toBeNull();
    choose(select, 'verksamhetsplan');
    expect(onChange).toHaveBeenCalledWith('verksamhetsplan');
  });

  it('says that only the type-independent checks ran when no type is known', () => {
    const result = checkNoType();
    const { container } = render(<TypePicker types={TYPES} value="auto" checkedType={result.type} reason={result.typeReason} onChange={vi.fn()} />);
    const bar = one(container, '[data-notice="no-type"]');
    expect(textOf(bar)).toContain('Bara kontrollerna som gäller alla dokument kördes.');
    expect(textOf(bar)).toContain('Välj dokumenttyp');
    expect(container.textContent).toContain(result.typeReason);
  });

  it('shows no such message before the first check', () => {
    const { container } = render(<TypePicker types={TYPES} value="auto" onChange={vi.fn()} />);
    expect(container.querySelector('[data-notice]')).toBeNull();
  });
});

describe('NoticeBar', () => {
  it('shows the notice in a live region and closes it', () => {
    const onDismiss = vi.fn();
    const { container } = render(<NoticeBar notice={{ kind: 'warning', text: 'Texten har ändrats sedan kontrollen.' }} onDismiss={onDismiss} />);
    const region = one(container, '[role="status"]');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(one(region, '[data-notice="warning"]').textContent).toContain('Texten har ändrats sedan kontrollen.');
    click(one(container, '[data-action="dismiss-notice"]'));
    expect(onDismiss).toHaveBeenCalled();
  });

  it('keeps an empty live region without a notice', () => {
    const { container } = render(<NoticeBar onDismiss={vi.fn()} />);
    expect(one(container, '[role="status"]').textContent).toBe('');
  });
});

describe('CheckStatus', () => {
  it('says "Kontrollerar …" while checking, else when it was checked', () => {
    const at = new Date(2026, 11, 2, 14, 5).getTime();
    const checking = render(<CheckStatus checking checkedAt={at} />).container;
    expect(textOf(checking)).toBe('Kontrollerar …');
    const done = render(<CheckStatus checking={false} checkedAt={at} />).container;
    expect(formatTime(at)).toBe('14:05');
    expect(textOf(done)).toBe('Kontrollerad 14:05');
  });
});
