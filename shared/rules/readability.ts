/**
 * readability: a section whose own prose is "mycket svår" (LIX 60 or more), pointing at
 * its longest sentences, so the writer knows where to start. LIX of every section is a
 * figure in the summary (shared/summary), not a finding: it is counted on the same prose
 * (shared/analysis/prose.ts), each text once, in the innermost section it stands in.
 */
import { lixBand, lixBandStart, lixSentences, lixValue, type LixSentence } from '../analysis/lix';
import { sectionProse, type ProseBlock } from '../analysis/prose';
import { defineRule, type Finding, type RelatedRange } from './rule';
import { sectionName } from './support';

type MessageId = 'veryHard';

/** From this LIX on a text is "mycket svår" (the band in shared/data/swedish.json), and the rule says so. */
export const VERY_HARD_LIX = lixBandStart('mycket-svar');
/** From this LIX on a text is "svår": the summary marks it. */
export const HARD_LIX = lixBandStart('svar');
/** The message quotes at most this many of the longest sentences, each by its first words. */
const QUOTED_SENTENCES = 3;
const OPENING_WORDS = 6;
/** A sentence this long is long whatever the section's mean. */
const LONG_SENTENCE = 25;

const HARD_TEXT =
  'Kvalitetsutmärkelsen har sin utgångspunkt i stadens program för kvalitetsutveckling och är kopplad till stadens integrerade system för ledning och uppföljning av ekonomi och verksamhet, vilket innebär att enheterna som deltar förutom ett systematiskt kvalitetsarbete även ska uppvisa goda resultat inom exempelvis budgethållning. ' +
  'De belönade enheterna ska kännetecknas av ett professionellt ledarskap, engagerade medarbetare och av en levande dialog med brukarna, och för att delta i kvalitetsutmärkelsen ska verksamheten beskriva sitt kvalitetsarbete utifrån en rad frågor och bli godkänd att delta av ansvarig nämnd.';

export const readability = defineRule<MessageId>({
  id: 'readability',
  meta: {
    title: 'Läsbarhet (LIX)',
    family: 'ovrigt',
    description:
      'Säger till där ett avsnitts text är mycket svår att läsa (LIX 60 eller mer) och pekar ut de längsta meningarna. LIX för varje avsnitt står i sammanfattningen och rapporten: under 30 mycket lättläst, 30–39 lättläst, 40–49 medelsvår, 50–59 svår, 60 och över mycket svår. Bara avsnittets egen löptext räknas, inte tabeller, punktlistor, lagrum, ordlistor eller citerade mål.',
    defaultSeverity: 'info',
    needsType: false,
    messages: {
      veryHard: 'LIX {lix} ({band}) i ”{section}”. Längst: {longest}. Korta meningarna och byt långa ord mot vardagliga där det går.',
    },
    fixes: {},
    exampleType: 'tjansteutlatande',
    examples: {
      valid: [
        { text: '## Bakgrund\nKort text.' },
        {
          text:
            '## Bakgrund\n' +
            'Vi har en fritidsgård. Den är öppen på kvällarna. Unga kommer dit efter skolan. De spelar spel och pratar. ' +
            'Personalen finns där hela tiden. Vi lyssnar på vad de unga vill göra. Sedan gör vi det tillsammans. ' +
            'Det blir bra för alla. Många kommer varje vecka. Några kommer varje dag. Vi vill att fler ska hitta hit. ' +
            'Därför berättar vi om gården i skolan. Vi sätter upp lappar i centrum. Vi skriver också på nätet.',
        },
      ],
      invalid: [
        {
          text: `## Bakgrund\n${HARD_TEXT}`,
          expect: [{ messageId: 'veryHard', data: { section: 'Bakgrund', band: 'mycket svår', sentenceWords: 42 } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId>[] = [];
    const { minWords } = context.docType.readability;
    const prose = sectionProse({
      blocks: context.blocks,
      outline: context.outline,
      goals: context.goals,
      memo: (block, key, compute) => context.facts(block).memo(key, compute),
    });
    for (const { section, blocks, stats } of prose) {
      if (stats.words < minWords) continue;
      const lix = Math.round(lixValue(stats));
      if (lix < VERY_HARD_LIX) continue;
      const longest = longestSentences(blocks, stats.words / Math.max(1, stats.sentences));
      const [first, ...others] = longest;
      if (!first) continue;
      const band = lixBand(lix);
      findings.push({
        block: first.block,
        start: first.sentence.start,
        end: first.sentence.end,
        messageId: 'veryHard',
        data: {
          lix,
          band: band.name,
          bandId: band.id,
          section: sectionName(section),
          words: stats.words,
          sentences: stats.sentences,
          longWords: stats.longWords,
          sentenceWords: first.sentence.words,
          longest: longest.map(({ text, sentence }) => `”${opening(text.slice(sentence.start, sentence.end))}” (${sentence.words} ord)`).join(', '),
        },
        ...(others.length > 0 ? { related: others.map(({ block, sentence }): RelatedRange => ({ block, start: sentence.start, end: sentence.end })) } : {}),
      });
    }
    return findings;
  },
});

interface Located {
  block: number;
  text: string;
  sentence: LixSentence;
}

/** The longest sentences, longest first (ties in text order): the first always, the others when at least the section's mean or long anyway. */
function longestSentences(blocks: readonly ProseBlock[], mean: number): Located[] {
  const all: Located[] = blocks.flatMap(({ block, text }) => lixSentences(text).map((sentence) => ({ block, text, sentence })));
  const sorted = all
    .map((located, order) => ({ located, order }))
    .sort((a, b) => b.located.sentence.words - a.located.sentence.words || a.order - b.order)
    .map(({ located }) => located);
  return sorted.slice(0, QUOTED_SENTENCES).filter((located, index) => index === 0 || located.sentence.words >= Math.min(mean, LONG_SENTENCE));
}

/** The sentence's first words, "…" when there are more. */
function opening(sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= OPENING_WORDS) return words.join(' ').replace(/[.!?:]$/, '');
  return `${words
    .slice(0, OPENING_WORDS)
    .join(' ')
    .replace(/[,;:]$/, '')} …`;
}
