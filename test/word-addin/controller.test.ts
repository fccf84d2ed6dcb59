/**
 * The task pane's controller against a gateway that keeps the document in memory: first
 * check, re-checks after typing (equal to a fresh check), selecting, fixes only where the
 * text is unchanged, dismissals stored in the document, type choice, standard content,
 * comments and the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromParagraphs, documentFromText, paragraphsFromBlocks, type ParagraphInput } from '../../shared/index';
import { PaneController } from '../../word-addin/src/pane/controller';
import { MemoryGateway } from './memory-gateway';
import packageJson from '../../package.json';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', name), 'utf8');

const DRAFT: ParagraphInput[] = [
  { text: 'Fritidsgårdarnas öppettider', styleBuiltIn: 'Title' },
  { text: 'Förslag till beslut', styleBuiltIn: 'Heading1' },
  { text: 'Stadsdelsnämnden godkänner förvaltningens förslag till nya öppettider.' },
  { text: 'Sammanfatning', styleBuiltIn: 'Heading1' },
  { text: 'Fritidsgårdarna öppnar en timme tidigare på lördagar.' },
  { text: 'Ärendets beredning', styleBuiltIn: 'Heading1' },
  { text: 'Ärendet har beretts på avdelningen för kultur och fritid.' },
  { text: 'Ärendet', styleBuiltIn: 'Heading1' },
  { text: 'Under året deltog 286 ungdomar varav 124 flickor och 135 pojkar. Arbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö.' },
  { text: 'Synpunkter och förslag', styleBuiltIn: 'Heading1' },
  { text: 'Förvaltningen föreslår att nämnden godkänner förslaget.' },
  { text: 'Anna Andersson' },
  { text: 'Avdelningschef' },
];

/** A controller whose debounce the test fires by hand. */
async function started(paragraphs: ParagraphInput[], gateway = new MemoryGateway(structuredClone(paragraphs))) {
  let pending: (() => void) | null = null;
  const controller = new PaneController(gateway, {
    setTimer: (callback) => (pending = callback),
    clearTimer: () => (pending = null),
    documentName: 'utkast.docx',
  });
  await controller.start();
  const fireDebounce = async () => {
    pending?.();
    pending = null;
    await controller.idle();
  };
  return { controller, gateway, fireDebounce, state: () => controller.getState() };
}

const finding = (state: ReturnType<PaneController['getState']>, messageId: string) =>
  state.result!.diagnostics.find((diagnostic) => diagnostic.messageId === messageId)!;

describe('PaneController', () => {
  it('checks the document when started, with a summary and the goals to insert', async () => {
    const { state } = await started(DRAFT);
    expect(state().status).toBe('ready');
    expect(state().result!.type).toBe('tjansteutlatande');
    expect(state().result!.diagnostics).toEqual(checkDocument(documentFromParagraphs(DRAFT)).diagnostics);
    expect(state().summary!.readiness.verdict).toBe('not-ready');
    expect(state().goals.map((goal) => goal.number)).toContain('1.2');
    expect(state().documentEmpty).toBe(false);
  });

  it('re-checks shortly after typing, only what changed, and gives what a fresh check gives', async () => {
    const paragraphs = paragraphsFromBlocks(documentFromText(seed('003-tavlingsbidrag-forebyggande.txt'), 'text').blocks);
    const { gateway, fireDebounce, state } = await started(paragraphs);
    const at = paragraphs.findIndex((paragraph, index) => index > 100 && !paragraph.styleBuiltIn && paragraph.text.length > 200);
    gateway.type(at, `${paragraphs[at]!.text} Under året deltog 42 ungdomar varav 23 flickor och 17 pojkar.`);
    expect(state().result!.diagnostics.some((diagnostic) => diagnostic.data?.total === 42)).toBe(false);
    await fireDebounce();
    expect(state().result!.diagnostics).toEqual(checkDocument(documentFromParagraphs(gateway.paragraphs)).diagnostics);
    expect(state().result!.diagnostics.some((diagnostic) => diagnostic.data?.total === 42)).toBe(true);
  });

  it('selects the flagged words, and says so when the text changed since the check', async () => {
    const { controller, gateway, state } = await started(DRAFT);
    const sum = finding(state(), 'mismatch');
    await controller.actions.select(sum);
    expect(gateway.selections.at(-1)).toEqual({
      paragraph: 8,
      start: DRAFT[8]!.text.indexOf('286'),
      end: DRAFT[8]!.text.indexOf('pojkar') + 'pojkar'.length,
      text: sum.text,
    });
    gateway.paragraphs[8] = { text: 'Helt ny text.' };
    await controller.actions.select(sum);
    expect(state().notice).toEqual({ kind: 'warning', text: 'Texten har ändrats sedan kontrollen. Stycket är markerat.' });
  });

  it('applies a safe fix only where the text is what the check saw; the finding is then gone', async () => {
    const { controller, gateway, state } = await started(DRAFT);
    const wording = finding(state(), 'wording');
    await controller.actions.applyFix(wording, wording.fixes![0]!);
    expect(gateway.paragraphs[8]!.text).toContain('Stockholm är en hållbar stad med en god livsmiljö.');
    expect(state().result!.diagnostics.map((diagnostic) => diagnostic.messageId)).not.toContain('wording');
    expect(state().notice?.kind).toBe('success');

    const variant = finding(state(), 'variant');
    gateway.paragraphs[3] = { text: 'Sammanfattning i korthet', styleBuiltIn: 'Heading1' };
    await controller.actions.applyFix(variant, variant.fixes![0]!);
    expect(gateway.paragraphs[3]!.text).toBe('Sammanfattning i korthet');
    expect(state().notice?.kind).toBe('warning');
  });

  it('inserts a missing heading with its heading level at the template’s place', async () => {
    const { controller, gateway, state } = await started(DRAFT);
    const missing = state().result!.diagnostics.find((diagnostic) => diagnostic.messageId === 'missing' && diagnostic.data?.section === 'Bakgrund')!;
    await controller.actions.applyFix(missing, missing.fixes![0]!);
    const at = gateway.paragraphs.findIndex((paragraph) => paragraph.text === 'Bakgrund');
    expect(gateway.paragraphs[at]).toEqual({ text: 'Bakgrund', styleBuiltIn: 'Heading1' });
    expect(gateway.paragraphs[at + 1]!.text).toBe('Ärendets beredning');
    expect(state().result!.diagnostics.filter((diagnostic) => diagnostic.data?.section === 'Bakgrund' && diagnostic.ruleId === 'required-section')).toEqual([]);
  });

  it('keeps dismissals in the document, so they travel with it, and restores them', async () => {
    const { controller, gateway, state } = await started(DRAFT);
    const sum = finding(state(), 'mismatch');
    await controller.actions.dismiss(sum);
    expect(state().result!.diagnostics.map((diagnostic) => diagnostic.key)).not.toContain(sum.key);
    expect(state().result!.dismissed.map((diagnostic) => diagnostic.key)).toEqual([sum.key]);
    // The next reviewer opens the same document.
    const next = await started(DRAFT, new MemoryGateway(structuredClone(gateway.paragraphs)));
    next.gateway.settings = gateway.settings;
    await next.controller.actions.recheck();
    await next.controller.start();
    expect(next.state().result!.dismissed.map((diagnostic) => diagnostic.key)).toEqual([sum.key]);
    await controller.actions.restore(sum.key);
    expect(state().result!.diagnostics.map((diagnostic) => diagnostic.key)).toContain(sum.key);
  });

  it('checks as the chosen type and remembers the choice in the document', async () => {
    const { controller, gateway, state } = await started(DRAFT);
    await controller.actions.setType('verksamhetsplan');
    expect(state().result!.type).toBe('verksamhetsplan');
    expect(state().typeChoice).toBe('verksamhetsplan');
    expect(gateway.settings).toMatchObject({ type: 'verksamhetsplan' });
    expect(state().result!.diagnostics.some((diagnostic) => diagnostic.messageId === 'looksLike')).toBe(true);
  });

  it('inserts a goal block at the cursor, and empty documents into an empty one', async () => {
    const { controller, gateway, state } = await started([{ text: '' }]);
    expect(state().documentEmpty).toBe(true);
    expect(state().result!.type).toBeNull();
    await controller.actions.insertSkeleton('tjansteutlatande');
    expect(gateway.paragraphs.filter((paragraph) => paragraph.styleBuiltIn === 'Heading2').map((paragraph) => paragraph.text)).toContain('Förslag till beslut');
    expect(state().result!.type).toBe('tjansteutlatande');
    expect(state().result!.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'required-section' && diagnostic.severity !== 'info')).toEqual([]);

    const plan = await started([{ text: '' }]);
    await plan.controller.actions.insertGoalBlock('1.2');
    const texts = plan.gateway.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i');
    expect(plan.gateway.paragraphs.some((paragraph) => paragraph.cells?.[0] === 'Aktivitet' && paragraph.row === 0)).toBe(true);
    expect(plan.state().result!.diagnostics.filter((diagnostic) => ['goal-wording', 'goal-number'].includes(diagnostic.ruleId))).toEqual([]);
  });

  it('adds the findings as comments, or says that this Word cannot', async () => {
    const { controller, gateway, state } = await started(DRAFT);
    await controller.actions.addComments();
    expect(gateway.comments.length).toBe(state().result!.diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'readability').length);
    expect(gateway.comments[0]!.text).toMatch(/^(Fel|Varning|Info): .* \(utkastkoll\)$/);
    // A second click adds nothing twice.
    const count = gateway.comments.length;
    await controller.actions.addComments();
    expect(gateway.comments.length).toBe(count);
    expect(state().notice).toEqual({ kind: 'info', text: 'Alla anmärkningar finns redan som kommentarer.' });
    const old = await started(DRAFT, new MemoryGateway(structuredClone(DRAFT), { comments: false, annotations: false, paragraphEvents: false }));
    await old.controller.actions.addComments();
    expect(old.state().notice).toEqual({
      kind: 'warning',
      text: 'Den här versionen av Word kan inte lägga in kommentarer. Spara granskningsrapporten i stället.',
    });
  });

  it('writes the printable review report and shows squiggles on request', async () => {
    const { controller, gateway, state } = await started(DRAFT);
    const html = controller.actions.reportHtml();
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).toContain('utkast.docx');
    expect(html).toContain(finding(state(), 'mismatch').message.slice(0, 30));
    // Made in the pane's browser: the version comes in from package.json at build time, as the command line's.
    expect(html).toContain(`Skapad av utkastkoll ${packageJson.version} `);
    expect(html).toContain('Målkatalog: KF:s mål, budget 2020–2022');
    await controller.actions.setSquiggles(true);
    expect(gateway.squiggles.length).toBeGreaterThan(0);
    await controller.actions.setSquiggles(false);
    expect(gateway.squiggles).toEqual([]);
  });
});
