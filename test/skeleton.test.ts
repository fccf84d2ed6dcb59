/**
 * Empty documents and goal blocks built from the doc-type data and the goal catalog: they
 * pass the structure checks as written, their placeholders are reported until filled, and
 * they read back the same from Markdown and from plain text.
 */
import { describe, expect, it } from 'vitest';
import {
  builtInCatalogs,
  builtInDocTypes,
  checkDocument,
  documentFromParagraphs,
  documentFromText,
  parseDocTypes,
  type Diagnostic,
  type DocTypeSpec,
} from '../shared/index';
import { isPlaceholder } from '../shared/document/placeholder';
import {
  documentSkeleton,
  goalBlockSkeleton,
  GoalChoiceError,
  skeletonToMarkdown,
  skeletonToParagraphs,
  skeletonToText,
  type Skeleton,
  type SkeletonItem,
} from '../shared/skeleton/index';
import doctypesJson from '../shared/data/doctypes.json';

const docType = (id: string): DocTypeSpec => builtInDocTypes.find((candidate) => candidate.id === id)!;
const catalogGoals = builtInCatalogs.flatMap((catalog) => catalog.goals);
const areaGoals = catalogGoals.filter((goal) => goal.level === 'verksamhetsomrade');

interface Case {
  name: string;
  skeleton: Skeleton;
}

const cases: Case[] = [
  ...builtInDocTypes.map((type) => ({ name: `tom ${type.name.toLowerCase()}`, skeleton: documentSkeleton(type) })),
  ...areaGoals.map((goal) => ({
    name: `verksamhetsplan med målblock ${goal.number}`,
    skeleton: documentSkeleton(docType('verksamhetsplan'), { goals: [goal.number!] }),
  })),
  {
    name: 'verksamhetsplan med tre målblock under två inriktningsmål',
    skeleton: documentSkeleton(docType('verksamhetsplan'), { goals: ['1.2', '1.1', '2.5'] }),
  },
];

function check(text: string, format: 'markdown' | 'text', type = 'auto') {
  return checkDocument(documentFromText(text, format), { type });
}

const of = (diagnostics: readonly Diagnostic[], ...ruleIds: string[]) => diagnostics.filter((diagnostic) => ruleIds.includes(diagnostic.ruleId));
const brief = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId} ${diagnostic.messageId}`);

/** Lines of the Markdown headings with a placeholder as their (first) text: where empty-section must point. */
function headingLinesBeforePlaceholders(markdown: string): number[] {
  const lines = markdown.split('\n');
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (!line.startsWith('#')) return;
    const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
    if (next !== undefined && isPlaceholder(next)) found.push(index + 1);
  });
  return found;
}

/** The skeleton as a writer leaves it: every placeholder replaced by real Swedish text. */
function filledIn(skeleton: Skeleton): Skeleton {
  const fill = (item: SkeletonItem): SkeletonItem => {
    if (item.kind === 'heading' && isPlaceholder(item.text)) return { ...item, text: 'Fritidsgårdarnas öppettider 2022' };
    if (item.kind !== 'paragraph' || !item.placeholder) return item;
    if (/namn/i.test(item.text)) return { kind: 'paragraph', text: 'Anna Lindqvist', placeholder: false };
    if (/titel/i.test(item.text)) return { kind: 'paragraph', text: 'Avdelningschef', placeholder: false };
    return { kind: 'paragraph', text: 'Fritidsgårdarna har öppet fyra kvällar i veckan och samarbetar med skolorna i området.', placeholder: false };
  };
  return { ...skeleton, items: skeleton.items.map(fill) };
}

describe.each(cases)('$name', ({ skeleton }) => {
  const markdown = skeletonToMarkdown(skeleton);
  const result = check(markdown, 'markdown', skeleton.type);

  it('passes required-section (no error or warning) and section-order', () => {
    const structure = of(result.diagnostics, 'required-section', 'section-order').filter((diagnostic) => diagnostic.severity !== 'info');
    expect(brief(structure)).toEqual([]);
    expect(brief(of(result.diagnostics, 'section-order'))).toEqual([]);
  });

  it('quotes the KF goals as the catalog has them, with the right numbers', () => {
    expect(brief(of(result.diagnostics, 'goal-wording', 'goal-number', 'goal-block-incomplete'))).toEqual([]);
  });

  it('is detected as its own type', () => {
    expect(check(markdown, 'markdown').type).toBe(skeleton.type);
  });

  it('has its placeholders reported by empty-section, where they stand', () => {
    const empty = of(result.diagnostics, 'empty-section');
    expect(empty.filter((diagnostic) => diagnostic.messageId === 'empty')).toEqual([]);
    const reported = empty.filter((diagnostic) => diagnostic.messageId === 'placeholder').map((diagnostic) => diagnostic.line);
    expect(reported).toEqual(headingLinesBeforePlaceholders(markdown));
    expect(reported.length).toBeGreaterThan(0);
    const title = skeleton.items.find((item) => item.kind === 'heading' && item.level === 1 && isPlaceholder(item.text));
    if (title) expect(empty.filter((diagnostic) => diagnostic.messageId === 'placeholderHeading').map((diagnostic) => diagnostic.line)).toEqual([1]);
  });

  it('has no empty-section finding, and still no structure error, once every placeholder is filled in', () => {
    const filled = check(skeletonToMarkdown(filledIn(skeleton)), 'markdown', skeleton.type);
    expect(brief(of(filled.diagnostics, 'empty-section'))).toEqual([]);
    expect(
      brief(of(filled.diagnostics, 'required-section', 'section-order', 'goal-block-incomplete').filter((diagnostic) => diagnostic.severity !== 'info')),
    ).toEqual([]);
  });

  it('reads back from plain text with the same headings', () => {
    const headings = (sections: typeof result.outline.sections) =>
      sections
        // The plain-text reader takes only a capitalised first line for a title, not "[Ärendets rubrik]".
        .filter((section) => section.kind !== 'title')
        .map((section) => `${section.kind} ${section.spec?.id ?? section.area?.id ?? section.number ?? ''}: ${section.title}`);
    const fromText = check(skeletonToText(skeleton), 'text', skeleton.type);
    expect(headings(fromText.outline.sections)).toEqual(headings(result.outline.sections));
  });

  it('inserted into Word as paragraphs, gives the same findings as its Markdown', () => {
    const fromWord = checkDocument(documentFromParagraphs(skeletonToParagraphs(skeleton)), { type: skeleton.type });
    const comparable = (diagnostics: readonly Diagnostic[]) =>
      diagnostics.map((diagnostic) => `${diagnostic.ruleId} ${diagnostic.messageId} ${diagnostic.section ?? ''}`);
    expect(comparable(fromWord.diagnostics)).toEqual(comparable(result.diagnostics));
  });

  it('is plain data', () => {
    expect(JSON.parse(JSON.stringify(skeleton))).toEqual(skeleton);
  });
});

const headingsOf = (skeleton: Skeleton) => skeleton.items.filter((item) => item.kind === 'heading').map((item) => `${item.level} ${item.text}`);

describe('documentSkeleton', () => {
  it('writes a tjänsteutlåtande: title, each required or recommended section with a placeholder, signature last', () => {
    const skeleton = documentSkeleton(docType('tjansteutlatande'));
    expect(headingsOf(skeleton)).toEqual([
      '1 [Ärendets rubrik]',
      '2 Förslag till beslut',
      '2 Sammanfattning',
      '2 Bakgrund',
      '2 Ärendets beredning',
      '2 Ärendet',
      '2 Synpunkter och förslag',
      '2 Jämställdhetsanalys',
    ]);
    expect(skeleton.items.slice(5, 7)).toEqual([
      { kind: 'heading', level: 2, text: 'Bakgrund', section: 'bakgrund' },
      { kind: 'paragraph', text: '[Beskriv bakgrunden till ärendet]', placeholder: true },
    ]);
    expect(skeleton.items.slice(-2)).toEqual([
      { kind: 'paragraph', text: '[Förnamn Efternamn]', placeholder: true },
      { kind: 'paragraph', text: '[Titel, t.ex. avdelningschef]', placeholder: true },
    ]);
  });

  it('counts the skeleton signature as present, so only empty-section asks for it to be filled in', () => {
    const result = check(skeletonToMarkdown(documentSkeleton(docType('tjansteutlatande'))), 'markdown', 'tjansteutlatande');
    expect(result.outline.signature).toHaveLength(2);
    expect(of(result.diagnostics, 'required-section').map((diagnostic) => diagnostic.messageId)).not.toContain('missingSignature');
  });

  it('writes a Kvalitetsutmärkelsen entry: Inledning with its parts, then the areas with their 24 questions', () => {
    const skeleton = documentSkeleton(docType('tavlingsbidrag'));
    const headings = headingsOf(skeleton);
    expect(headings.slice(0, 3)).toEqual(['1 [Bidragets rubrik]', '2 Inledning', '3 Om vårt tävlingsbidrag']);
    const areas = skeleton.items.filter((item) => item.kind === 'heading' && item.level === 2).map((item) => item.kind === 'heading' && item.section);
    expect(areas).toEqual(['inledning', 'malgrupp', 'chef-och-ledarskap', 'medarbetare', 'resultat-och-analys', 'fran-mal-till-uppfoljning', 'utveckling']);
    const questions = skeleton.items.filter((item) => item.kind === 'heading' && item.section?.startsWith('q'));
    expect(questions.map((item) => item.kind === 'heading' && item.section)).toEqual(Array.from({ length: 24 }, (_, index) => `q${index + 1}`));
    for (const [index, item] of questions.entries()) {
      expect(item).toMatchObject({ level: 3 });
      expect(item.kind === 'heading' && item.text).toMatch(new RegExp(`^${index + 1}\\. \\p{Lu}[^?]+\\?$`, 'u'));
    }
    expect(headings).toContain('3 7. Hur försäkrar ni er som chefer om att medarbetarna förstår verksamhetens syfte och mål och bidrar till helheten?');
  });

  it('leaves out optional parts: Bilagor, Lagar …, Kommentar, an Enhetsmål’s Resursanvändning and Utveckling', () => {
    const all = builtInDocTypes.flatMap((type) => documentSkeleton(type).items);
    const sections = all.flatMap((item) => (item.kind === 'heading' && item.section ? [item.section] : []));
    for (const optional of ['bilagor', 'lagar-och-styrdokument', 'kommentar', 'enhetsmal-resursanvandning', 'enhetsmal-utveckling'])
      expect(sections).not.toContain(optional);
    // Enhetsmål is optional in a check but printed in the city's template: the data says so.
    expect(sections).toContain('enhetsmal');
  });

  it('writes a verksamhetsplan without goals with placeholders for the KF goals', () => {
    const skeleton = documentSkeleton(docType('verksamhetsplan'));
    const at = skeleton.items.findIndex((item) => item.kind === 'heading' && item.section === 'kf-inriktningsmal');
    expect(skeleton.items[at + 1]).toEqual({ kind: 'paragraph', text: '[Skriv KF:s inriktningsmål med nummer, ordagrant som i budgeten]', placeholder: true });
    expect(skeleton.items[at + 3]).toMatchObject({ kind: 'paragraph', placeholder: true });
  });

  it('puts goals under the same inriktningsmål in one block', () => {
    const skeleton = documentSkeleton(docType('verksamhetsplan'), { goals: ['1.2', '2.5', '1.1'] });
    const goals = skeleton.items
      .filter((item) => item.kind === 'paragraph' && !item.placeholder)
      .map((item) => item.kind === 'paragraph' && item.text.split(' ')[0]);
    expect(goals).toEqual(['1.', '1.2', '1.1', '2.', '2.5']);
  });

  it('refuses goals for a type without goal blocks', () => {
    expect(() => documentSkeleton(docType('tjansteutlatande'), { goals: ['1.2'] })).toThrow(/Dokumenttypen ”Tjänsteutlåtande” har inga målblock/);
  });
});

describe('goalBlockSkeleton', () => {
  it.each(areaGoals.map((goal) => [goal.number!, goal] as const))('writes goal %s verbatim, with its inriktningsmål from the catalog', (number, goal) => {
    const parent = catalogGoals.find((candidate) => candidate.number === goal.parent)!;
    const skeleton = goalBlockSkeleton(number);
    expect(skeleton.type).toBe('verksamhetsplan');
    expect(skeleton.items.slice(0, 4)).toEqual([
      { kind: 'heading', level: 2, text: 'KF:s inriktningsmål', section: 'kf-inriktningsmal' },
      { kind: 'paragraph', text: `${parent.number}. ${parent.text}`, placeholder: false },
      { kind: 'heading', level: 3, text: 'KF:s mål för verksamhetsområdet', section: 'kf-mal-for-verksamhetsomradet' },
      { kind: 'paragraph', text: `${number} ${goal.text}`, placeholder: false },
    ]);
    const result = check(skeletonToMarkdown(skeleton), 'markdown', 'verksamhetsplan');
    expect(brief(of(result.diagnostics, 'goal-wording', 'goal-number', 'goal-block-incomplete'))).toEqual([]);
  });

  it('has the template’s parts, levels and tables where real plans have them', () => {
    const items = goalBlockSkeleton('1.2').items;
    const shape = items.map((item) =>
      item.kind === 'heading' ? `${item.level} ${item.text}` : item.kind === 'table' ? `tabell ${item.header.join(' | ')}` : item.placeholder ? '[…]' : 'mål',
    );
    expect(shape).toEqual([
      '2 KF:s inriktningsmål',
      'mål',
      '3 KF:s mål för verksamhetsområdet',
      'mål',
      'tabell Indikator | Årsmål | KF:s årsmål | Periodicitet',
      '4 Nämndmål',
      '[…]',
      '5 Beskrivning',
      '[…]',
      '5 Förväntat resultat',
      '[…]',
      '5 Enhetsmål',
      '[…]',
      '6 Förväntat resultat',
      '[…]',
      '6 Arbetssätt',
      '[…]',
      '6 Uppföljning',
      '[…]',
      'tabell Aktivitet | Startdatum | Slutdatum',
    ]);
    expect(items[items.length - 1]).toEqual({ kind: 'table', table: 'aktivitet', header: ['Aktivitet', 'Startdatum', 'Slutdatum'], rows: [['', '', '']] });
    expect(items.find((item) => item.kind === 'paragraph' && item.text === '[Skriv nämndmålet här]')).toBeDefined();
  });

  it('leaves the empty Aktivitet row to be filled in without an activity-dates warning', () => {
    const result = check(skeletonToMarkdown(goalBlockSkeleton('1.2')), 'markdown', 'verksamhetsplan');
    expect(brief(of(result.diagnostics, 'activity-dates'))).toEqual([]);
  });

  it('fills in a nämnd’s own goal from an extra catalog, under its KF goal', () => {
    const catalog = {
      id: 'hagersten-alvsjo-2021',
      version: '2021.1',
      name: 'Hägersten-Älvsjö nämndmål 2021',
      goals: [
        { level: 'namndmal', number: '1.2.1', parent: '1.2', text: 'Hägersten-Älvsjö är ett tryggt, säkert och välskött stadsdelsområde att bo och vistas i' },
      ],
    };
    const items = goalBlockSkeleton('1.2.1', { catalogs: [catalog] }).items;
    const texts = items.filter((item) => item.kind === 'paragraph' && !item.placeholder).map((item) => item.kind === 'paragraph' && item.text);
    // Nämndmål are written without their number.
    expect(texts).toEqual([`1. ${catalogGoals[0]!.text}`, '1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i', catalog.goals[0]!.text]);
  });

  it.each([
    [
      '2',
      'notSelectable',
      /^Mål 2 hör till KF:s inriktningsmål och kan inte väljas ensamt\. Välj ett av KF:s mål för verksamhetsområdet under det: 2\.1, 2\.2, 2\.3, 2\.4 och 2\.5\.$/,
    ],
    ['9.9', 'unknownGoal', /^Målnummer 9\.9 finns inte i målkatalogen\. Välj ett av KF:s mål för verksamhetsområdet: 1\.1, 1\.2, .* 3\.1 och 3\.2\.$/],
    ['En modern storstad', 'unknownGoal', /^”En modern storstad” är inget målnummer\. Välj ett av KF:s mål för verksamhetsområdet: 1\.1, /],
  ])('refuses %s with a Swedish message naming the valid numbers', (number, problem, message) => {
    let error: unknown;
    try {
      goalBlockSkeleton(number);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(GoalChoiceError);
    expect(error).toMatchObject({ problem, goal: number });
    expect((error as GoalChoiceError).message).toMatch(message);
    expect((error as GoalChoiceError).validNumbers.length).toBeGreaterThan(0);
  });

  it('refuses an inriktningsmål alone in a whole plan too', () => {
    expect(() => documentSkeleton(docType('verksamhetsplan'), { goals: ['1.2', '3'] })).toThrow(GoalChoiceError);
  });
});

describe('rendering', () => {
  const skeleton: Skeleton = {
    type: 'verksamhetsplan',
    items: [
      { kind: 'heading', level: 2, text: 'Uppföljning', section: 'enhetsmal-uppfoljning' },
      { kind: 'paragraph', text: '[Beskriv hur och när målet följs upp]', placeholder: true },
      {
        kind: 'table',
        table: 'aktivitet',
        header: ['Aktivitet', 'Startdatum', 'Slutdatum'],
        rows: [
          ['', '', ''],
          ['Feriejobb | sommar', '2022-06-01', '2022-08-31'],
        ],
      },
    ],
  };

  it('writes Markdown with ATX headings and pipe tables', () => {
    expect(skeletonToMarkdown(skeleton)).toBe(
      [
        '## Uppföljning',
        '',
        '[Beskriv hur och när målet följs upp]',
        '',
        '| Aktivitet | Startdatum | Slutdatum |',
        '| --- | --- | --- |',
        '|  |  |  |',
        '| Feriejobb \\| sommar | 2022-06-01 | 2022-08-31 |',
        '',
      ].join('\n'),
    );
  });

  it('writes plain text with each block on its own line, blank lines between, and filled table rows only', () => {
    expect(skeletonToText(skeleton)).toBe(
      [
        'Uppföljning',
        '',
        '',
        '[Beskriv hur och när målet följs upp]',
        '',
        '',
        'Aktivitet | Startdatum | Slutdatum',
        'Feriejobb | sommar | 2022-06-01 | 2022-08-31',
        '',
      ].join('\n'),
    );
  });
});

describe('doc-type data for skeletons', () => {
  const withChange = (change: (data: { doctypes: Array<Record<string, any>> }) => void) => {
    const data = structuredClone(doctypesJson) as unknown as { doctypes: Array<Record<string, any>> };
    change(data);
    return parseDocTypes(data);
  };

  it('is valid as shipped', () => {
    expect(parseDocTypes(doctypesJson).ok).toBe(true);
  });

  it('needs as many question texts as questions', () => {
    const result = withChange((data) => data.doctypes.find((type) => type.id === 'tavlingsbidrag')!.questions.texts.pop());
    expect(result).toEqual({ ok: false, error: expect.stringContaining('23 frågetexter men 24 frågor') });
  });

  it('refuses a section table the type does not have', () => {
    const result = withChange((data) => {
      data.doctypes.find((type) => type.id === 'verksamhetsplan')!.sections[1].tables = [{ id: 'budget', position: 'afterText' }];
    });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('avsnitt "kf-inriktningsmal": tabellen "budget" finns inte i tables') });
  });

  it('refuses a placeholder written with its brackets', () => {
    const result = withChange((data) => {
      data.doctypes[0]!.sections[0].placeholder = '[Skriv förslaget]';
    });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('platshållartexten skrivs utan hakparenteser') });
  });
});
