/**
 * readability: LIX per section (info), with the usual Swedish bands, so a writer sees
 * which parts are heavy going. Computed from cached per-block counts.
 */
import { addLix, lixBand, lixStats, lixValue, type LixStats } from '../analysis/lix';
import type { Section } from '../document/outline';
import { isPlaceholder } from '../document/placeholder';
import { defineRule, type Finding, type RuleContext } from './rule';

type MessageId = 'lix' | 'lixHard';
import { headingAnchor, sectionName } from './support';

/** From this LIX on a text is hard going ("svår"), and the message says what to do. */
export const HARD_LIX = 50;

export const readability = defineRule<MessageId>({
  id: 'readability',
  meta: {
    title: 'Läsbarhet (LIX)',
    family: 'ovrigt',
    description:
      'Räknar LIX (läsbarhetsindex) för varje avsnitt med tillräckligt mycket text: under 30 mycket lättläst, 30–39 lättläst, 40–49 medelsvår, 50–59 svår, 60 och över mycket svår.',
    defaultSeverity: 'info',
    needsType: false,
    messages: {
      lix: 'LIX {lix} ({band}) i ”{section}”.',
      lixHard: 'LIX {lix} ({band}) i ”{section}”. Korta meningarna och byt långa ord mot vardagliga där det går.',
    },
    fixes: {},
    exampleType: 'tjansteutlatande',
    examples: {
      valid: [{ text: '## Bakgrund\nKort text.' }],
      invalid: [
        {
          text:
            '## Bakgrund\n' +
            'Vi har en fritidsgård. Den är öppen på kvällarna. Unga kommer dit efter skolan. De spelar spel och pratar. ' +
            'Personalen finns där hela tiden. Vi lyssnar på vad de unga vill göra. Sedan gör vi det tillsammans. ' +
            'Det blir bra för alla. Många kommer varje vecka. Några kommer varje dag. Vi vill att fler ska hitta hit. ' +
            'Därför berättar vi om gården i skolan. Vi sätter upp lappar i centrum. Vi skriver också på nätet.',
          expect: [{ messageId: 'lix', data: { section: 'Bakgrund', band: 'mycket lättläst' } }],
        },
        {
          text:
            '## Bakgrund\n' +
            'Kvalitetsutmärkelsen har sin utgångspunkt i stadens program för kvalitetsutveckling och är kopplad till stadens integrerade system för ledning och uppföljning av ekonomi och verksamhet, vilket innebär att enheterna som deltar förutom ett systematiskt kvalitetsarbete även ska uppvisa goda resultat inom exempelvis budgethållning. ' +
            'De belönade enheterna ska kännetecknas av ett professionellt ledarskap, engagerade medarbetare och av en levande dialog med brukarna, och för att delta i kvalitetsutmärkelsen ska verksamheten beskriva sitt kvalitetsarbete utifrån en rad frågor och bli godkänd att delta av ansvarig nämnd.',
          expect: [{ messageId: 'lixHard', data: { section: 'Bakgrund', band: 'mycket svår' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId>[] = [];
    const { minWords } = context.docType.readability;
    const ownStats = context.outline.sections.map((section) => sectionOwnStats(context, section));
    const totals = new Map<Section, LixStats>();
    // Children come after their parents in document order: add up from the end.
    for (let index = context.outline.sections.length - 1; index >= 0; index--) {
      const section = context.outline.sections[index]!;
      let stats = ownStats[index]!;
      for (const child of section.children) stats = addLix(stats, totals.get(child)!);
      totals.set(section, stats);
    }
    for (const section of context.outline.sections) {
      if (!reported(section)) continue;
      const stats = totals.get(section)!;
      if (stats.words < minWords) continue;
      const lix = Math.round(lixValue(stats));
      const band = lixBand(lix);
      findings.push({
        ...headingAnchor(context, section),
        messageId: lix >= HARD_LIX ? 'lixHard' : 'lix',
        data: {
          lix,
          band: band.name,
          bandId: band.id,
          section: sectionName(section),
          words: stats.words,
          sentences: stats.sentences,
          longWords: stats.longWords,
        },
      });
    }
    return findings;
  },
});

/** Template sections, questions, areas and top-level headings; not every sub-heading. */
function reported(section: Section): boolean {
  if (section.kind === 'title') return false;
  return section.kind !== 'generic' || section.parent?.kind === 'root';
}

function sectionOwnStats(context: RuleContext, section: Section): LixStats {
  let stats: LixStats = { words: 0, longWords: 0, sentences: 0 };
  for (const index of section.body) {
    const block = context.blocks[index]!;
    // Table rows are no prose, and placeholders ("[Beskriv …]") are not the writer's text yet.
    if (block.kind === 'tableRow' || isPlaceholder(block.text)) continue;
    stats = addLix(
      stats,
      context.facts(index).memo('lix', (facts) => lixStats(facts.text)),
    );
  }
  return stats;
}
