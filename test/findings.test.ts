/**
 * What front ends build on: finding keys that survive edits elsewhere, the settings the
 * engine applies, fixes that say whether they are safe, insert missing headings, and
 * apply without overlapping, and related locations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyFixes,
  CheckSession,
  checkDocument,
  documentFromParagraphs,
  documentFromText,
  parseSettings,
  rules,
  safeFixes,
  summarize,
  type Diagnostic,
  type Fix,
  type ParagraphInput,
} from '../shared/index';

const seed = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'seeds', name), 'utf8');

const PARAGRAPHS: ParagraphInput[] = [
  { text: 'Fritidsgårdarnas öppettider', styleBuiltIn: 'Title' },
  { text: 'Förslag till beslut', styleBuiltIn: 'Heading1' },
  { text: 'Stadsdelsnämnden godkänner förvaltningens förslag till nya öppettider.' },
  { text: 'Sammanfattning', styleBuiltIn: 'Heading1' },
  { text: 'Fritidsgårdarna har under året haft 286 besökare varav 124 flickor och 135 pojkar.' },
  { text: 'Ärendet', styleBuiltIn: 'Heading1' },
  { text: 'Vi mötte 130 ungdomar på skolorna och de flesta kom tillbaka till mötesplatserna.' },
  { text: 'Arbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö.' },
];

const byKey = (diagnostics: readonly Diagnostic[]) => new Map(diagnostics.map((diagnostic) => [diagnostic.key, diagnostic]));

describe('finding keys', () => {
  it('stay the same when paragraphs are inserted or edited above the finding', () => {
    const session = new CheckSession(documentFromParagraphs(PARAGRAPHS), { type: 'tjansteutlatande' });
    const before = session.check().diagnostics;
    const sum = before.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    session.insertParagraph(2, { text: 'Ett nytt stycke med 40 deltagare varav 20 kvinnor och 20 män.' });
    session.replaceParagraph(3, { text: 'Stadsdelsnämnden godkänner förslaget till nya öppettider från och med mars.' });
    const after = session.check().diagnostics;
    const moved = byKey(after).get(sum.key);
    expect(moved).toBeDefined();
    expect(moved!.start).toBeGreaterThan(sum.start);
    expect(moved!.text).toBe(sum.text);
    // Every finding below the edits keeps its key.
    for (const diagnostic of before.filter((each) => each.line > 3)) expect(byKey(after).has(diagnostic.key), diagnostic.message).toBe(true);
  });

  it('change when the flagged text changes', () => {
    const session = new CheckSession(documentFromParagraphs(PARAGRAPHS), { type: 'tjansteutlatande' });
    const sum = session.check().diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    const after = session.replaceParagraph(4, { text: 'Fritidsgårdarna har under året haft 286 besökare varav 124 flickor och 136 pojkar.' }).diagnostics;
    const changed = after.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    expect(changed.key).not.toBe(sum.key);
  });

  it('are the same for the same document read from Word and from Markdown', () => {
    const markdown = PARAGRAPHS.map((paragraph) => (paragraph.styleBuiltIn ? `# ${paragraph.text}` : paragraph.text)).join('\n\n');
    const keys = (diagnostics: readonly Diagnostic[]) =>
      diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'readability').map((diagnostic) => diagnostic.key);
    expect(keys(checkDocument(documentFromText(markdown, 'markdown'), { type: 'tjansteutlatande' }).diagnostics)).toEqual(
      keys(checkDocument(documentFromParagraphs(PARAGRAPHS), { type: 'tjansteutlatande' }).diagnostics),
    );
  });

  it('are unique within a document, also for the same words flagged twice', () => {
    const text = '## Ärendet\nVi mötte 130 ungdomar på skolorna.\n\nVi mötte 130 ungdomar på skolorna.';
    const diagnostics = checkDocument(documentFromText(text, 'markdown'), { type: 'tjansteutlatande' }).diagnostics;
    const missing = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'gender-split-missing');
    expect(missing).toHaveLength(2);
    expect(missing[1]!.key).toBe(`${missing[0]!.key}~2`);
    expect(new Set(diagnostics.map((diagnostic) => diagnostic.key)).size).toBe(diagnostics.length);
  });

  it('name a missing section by its template id, not by where it would go', () => {
    const diagnostics = checkDocument(documentFromParagraphs(PARAGRAPHS), { type: 'tjansteutlatande' }).diagnostics;
    const keys = diagnostics.filter((diagnostic) => diagnostic.messageId === 'missing').map((diagnostic) => diagnostic.key);
    expect(keys).toContain(keys.find((key) => key.startsWith('required-section/missing/dokument/')));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('settings, applied by the engine', () => {
  const source = seed('003-tavlingsbidrag-forebyggande.txt');
  const plain = checkDocument(documentFromText(source, 'text'));

  it('turn rules off', () => {
    const result = checkDocument(documentFromText(source, 'text'), { settings: { rules: { readability: 'off', 'gender-split-sum': 'off' } } });
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('readability');
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('gender-split-sum');
    expect(result.diagnostics.length).toBeLessThan(plain.diagnostics.length);
  });

  it('give a rule another severity; findings the rule rates lower than its level stay lower', () => {
    const result = checkDocument(documentFromText(source, 'text'), { settings: { rules: { 'gender-split-sum': 'warning', readability: 'warning' } } });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'gender-split-sum').map((diagnostic) => diagnostic.severity)).toEqual(['warning']);
    expect(new Set(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'readability').map((diagnostic) => diagnostic.severity))).toEqual(
      new Set(['warning']),
    );
    const markdown = '# Rubrik\n## Bakgrnd\nText.';
    const variants = checkDocument(documentFromText(markdown, 'markdown'), {
      type: 'tjansteutlatande',
      settings: { rules: { 'required-section': 'warning' } },
    }).diagnostics;
    expect(variants.find((diagnostic) => diagnostic.messageId === 'variant')?.severity).toBe('info');
    expect(variants.find((diagnostic) => diagnostic.messageId === 'missing')?.severity).toBe('warning');
  });

  it('dismiss findings by key into a list they can be restored from', () => {
    const sum = plain.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    const percent = plain.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-percent')!;
    const result = checkDocument(documentFromText(source, 'text'), {
      settings: { dismissed: [sum.key, { key: percent.key, note: 'Olika helheter', by: 'Anna', at: '2026-12-02' }] },
    });
    expect(result.diagnostics.map((diagnostic) => diagnostic.key)).not.toContain(sum.key);
    expect(result.dismissed.map((diagnostic) => diagnostic.key)).toEqual([sum.key, percent.key]);
    expect(result.diagnostics.length).toBe(plain.diagnostics.length - 2);
    // A dismissed error no longer keeps the draft from being ready.
    expect(summarize(result)).toMatchObject({
      dismissed: 2,
      counts: { error: plain.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length - 1 },
    });
  });

  it('hide findings below the lowest severity shown, and count them', () => {
    const result = checkDocument(documentFromText(source, 'text'), { settings: { severity: 'warning' } });
    expect(result.diagnostics.every((diagnostic) => diagnostic.severity !== 'info')).toBe(true);
    expect(result.hidden).toBe(plain.diagnostics.filter((diagnostic) => diagnostic.severity === 'info').length);
  });

  it('can change in a session without reading the document again', () => {
    const session = new CheckSession(documentFromText(source, 'text'));
    const key = session.check().diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!.key;
    expect(session.updateSettings({ dismissed: [key] }).dismissed.map((diagnostic) => diagnostic.key)).toEqual([key]);
    expect(session.updateSettings({}).diagnostics.map((diagnostic) => diagnostic.key)).toContain(key);
  });

  it('bring extra catalogs inline', () => {
    const catalog = {
      id: 'skarholmen',
      version: '2022.1',
      name: 'Skärholmens nämndmål',
      goals: [{ level: 'namndmal', text: 'Skärholmen är en trygg stadsdel att bo och vistas i' }],
    };
    const text = '## Ärendet\nArbetet bidrar till nämndmålet ”Skärholmen är en trygg stadsdel att vistas i”.';
    const result = checkDocument(documentFromText(text, 'markdown'), { type: 'tjansteutlatande', settings: { catalogs: [catalog] } });
    expect(result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-wording')?.data?.expected).toBe(catalog.goals[0]!.text);
    expect(result.catalogs.map((each) => each.id)).toEqual(['kf-2020-2022', 'skarholmen']);
  });

  it.each<[string, unknown, RegExp]>([
    ['an unknown rule', { rules: { 'gender-split': 'off' } }, /^rules\.gender-split: okänd regel; välj bland document-type, required-section/],
    ['an unknown severity', { rules: { readability: 'fel' } }, /^rules\.readability: /],
    ['an unknown field', { regler: {} }, /regler/],
    ['a dismissal without key', { dismissed: [{ note: 'x' }] }, /^dismissed\.0/],
  ])('are validated, with a Swedish reason naming the field: %s', (_name, json, reason) => {
    const parsed = parseSettings(
      json,
      rules.map((rule) => rule.id),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });
});

describe('fixes', () => {
  const markdown = [
    '# Fritidsgårdarnas öppettider',
    '## Förslag till beslut',
    'Nämnden godkänner förslaget.',
    '## Sammanfatning',
    'Kort.',
    '## Ärendets beredning',
    'Ärendet har beretts.',
    '## Ärendet',
    'Arbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö. Under året deltog 286 ungdomar varav 124 flickor och 135 pojkar.',
    '## Synpunkter och förslag',
    'Förvaltningen föreslår att nämnden godkänner förslaget.',
  ].join('\n');

  it('say whether one click may apply them, with titles from the rule’s metadata', () => {
    const result = checkDocument(documentFromText(markdown, 'markdown'), { type: 'tjansteutlatande' });
    const fixOf = (messageId: string) => result.diagnostics.find((diagnostic) => diagnostic.messageId === messageId)!.fixes![0]!;
    expect(fixOf('wording')).toMatchObject({
      title: 'Använd lydelsen i KF:s budget 2020–2022',
      safe: true,
      text: 'Stockholm är en hållbar stad med en god livsmiljö',
    });
    expect(fixOf('variant')).toMatchObject({ title: 'Använd mallens rubrik', safe: true, text: 'Sammanfattning' });
    expect(fixOf('mismatch')).toMatchObject({ title: 'Ändra totalen till 259', safe: false });
  });

  it('insert a missing heading at the template’s place, at the level of the headings around it', () => {
    const result = checkDocument(documentFromText(markdown, 'markdown'), { type: 'tjansteutlatande' });
    const missing = result.diagnostics.find((diagnostic) => diagnostic.messageId === 'missing' && diagnostic.data?.section === 'Bakgrund')!;
    const [fix] = missing.fixes!;
    expect(fix).toMatchObject({
      title: 'Lägg till rubriken ”Bakgrund”',
      safe: true,
      insert: { where: 'before', paragraphs: [{ text: 'Bakgrund', heading: 2 }] },
      text: '## Bakgrund\n\n',
    });
    expect(fix!.start).toBe(markdown.indexOf('## Ärendets beredning'));
    const fixed = applyFixes(markdown, [fix!]).output;
    const again = checkDocument(documentFromText(fixed, 'markdown'), { type: 'tjansteutlatande' }).diagnostics;
    expect(again.filter((diagnostic) => diagnostic.ruleId === 'required-section' && diagnostic.data?.section === 'Bakgrund')).toEqual([]);
    expect(again.filter((diagnostic) => diagnostic.ruleId === 'section-order')).toEqual([]);
  });

  it('insert a missing part of a goal block after the parts before it', () => {
    const plan = [
      '#### Enhetsmål:',
      'Unga erbjuds feriejobb',
      '##### Förväntat resultat',
      'Fler unga har jobb.',
      '##### Arbetssätt',
      'Vi informerar på skolorna.',
    ].join('\n');
    const result = checkDocument(documentFromText(plan, 'markdown'), { type: 'verksamhetsplan' });
    const missing = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-block-incomplete')!;
    expect(missing.fixes![0]).toMatchObject({ title: 'Lägg till rubriken ”Uppföljning”', safe: true, start: plan.length, text: '\n\n##### Uppföljning' });
  });

  it('point at the other wording of a goal, and offer both wordings as suggestions', () => {
    const plan = [
      '### Nämndmål:',
      'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö',
      '### Nämndmål:',
      'Stadsdelsnämnden är en attraktiv arbetsgivare som erbjuder en god arbetsmiljö',
    ].join('\n');
    const [inconsistent] = checkDocument(documentFromText(plan, 'markdown'), { type: 'verksamhetsplan' }).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'goal-inconsistent',
    );
    expect(inconsistent!.related).toEqual([
      expect.objectContaining({ line: 2, column: 1, text: 'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö' }),
    ]);
    expect(inconsistent!.fixes!.map((fix) => [fix.safe, fix.text])).toEqual([
      [false, 'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö'],
      [false, 'Stadsdelsnämnden är en attraktiv arbetsgivare som erbjuder en god arbetsmiljö'],
    ]);
  });
});

describe('applyFixes', () => {
  const fix = (start: number, end: number, text: string): Fix => ({ title: 't', start, end, text, safe: true });

  it.each<[string, string, Fix[], string, number]>([
    ['one replacement', 'abcdef', [fix(1, 3, 'X')], 'aXdef', 0],
    ['in any order', 'abcdef', [fix(4, 5, 'Y'), fix(0, 1, 'X')], 'XbcdYf', 0],
    ['an insertion', 'abc', [fix(1, 1, '+')], 'a+bc', 0],
    ['overlapping: the later one is skipped', 'abcdef', [fix(1, 4, 'X'), fix(2, 5, 'Y')], 'aXef', 1],
    ['touching: the later one is skipped', 'abcdef', [fix(1, 3, 'X'), fix(3, 4, 'Y')], 'aXdef', 1],
    ['two insertions at one place: the second is skipped', 'abc', [fix(1, 1, '+'), fix(1, 1, '-')], 'a+bc', 1],
    ['outside the text', 'abc', [fix(2, 9, 'X'), fix(-1, 0, 'Y')], 'abc', 2],
  ])('%s', (_name, source, fixes, output, skipped) => {
    const result = applyFixes(source, fixes);
    expect(result.output).toBe(output);
    expect(result.skipped).toHaveLength(skipped);
    expect(result.applied).toHaveLength(fixes.length - skipped);
  });

  it('applies every safe fix of a draft and leaves suggestions alone', () => {
    const text =
      '## Ärendet\nArbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö. Under året deltog 286 ungdomar varav 124 flickor och 135 pojkar.';
    const result = checkDocument(documentFromText(text, 'markdown'), { type: 'tjansteutlatande' });
    const { output } = applyFixes(text, safeFixes(result.diagnostics));
    expect(output).toContain('Stockholm är en hållbar stad med en god livsmiljö.');
    expect(output).toContain('286 ungdomar');
  });
});
