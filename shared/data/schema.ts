/**
 * Schemas for everything rules read as data: document types, goal catalogs and
 * Swedish language data. Types come from the schemas so data and code cannot drift.
 */
import { z } from 'zod';

export const Requirement = z.enum(['required', 'recommended', 'optional']);
export type Requirement = z.infer<typeof Requirement>;

const nonEmpty = z.string().trim().min(1);
/** What to write, shown in square brackets in an empty document; the brackets are added there. */
const placeholderText = nonEmpty.refine((text) => !/[[\]]/.test(text), 'platshållartexten skrivs utan hakparenteser');

/**
 * A table a section holds, e.g. the Indikator table of a KF goal. `afterText`: right after
 * the section's own text (the goal), before its parts; `afterParts`: at the section's end.
 */
export const SectionTable = z.object({
  id: nonEmpty,
  position: z.enum(['afterText', 'afterParts']).default('afterText'),
});
export type SectionTable = z.infer<typeof SectionTable>;

export const SectionSpec = z.object({
  id: nonEmpty,
  title: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  requirement: Requirement.default('optional'),
  repeatable: z.boolean().default(false),
  /** Accept "<Genitive>s <title>", e.g. "Förvaltningens synpunkter och förslag". */
  genitivePrefix: z.boolean().default(false),
  /** Position among siblings is free (not checked by section-order). */
  anyOrder: z.boolean().default(false),
  /**
   * The section states a goal of this level (its first paragraph is the goal text);
   * `consistent`: the same goal must read the same wherever it stands (goal-inconsistent);
   * `numbered`: the goal is written with its catalog number ("1.2 Stockholm är …", goal-number).
   */
  goal: z.object({ level: nonEmpty, consistent: z.boolean().default(false), numbered: z.boolean().default(false) }).optional(),
  /** Ids of the doc type's tables that stand in this section, and where. */
  tables: z.array(SectionTable).default([]),
  /** What to write here, for an empty document ("Beskriv bakgrunden till ärendet"). */
  placeholder: placeholderText.optional(),
  /**
   * Whether an empty document of this type has the section. Unset: the required and
   * recommended ones; set for optional parts the city's template still prints (Enhetsmål).
   */
  inSkeleton: z.boolean().optional(),
  get children() {
    return z.array(SectionSpec).default([]);
  },
});
export type SectionSpec = z.infer<typeof SectionSpec>;

export const QuestionArea = z.object({
  id: nonEmpty,
  title: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  first: z.number().int().positive(),
  last: z.number().int().positive(),
});
export type QuestionArea = z.infer<typeof QuestionArea>;

export const TableSpec = z.object({
  id: nonEmpty,
  columns: z.array(nonEmpty).min(2),
  startDate: z.number().int().nonnegative().optional(),
  endDate: z.number().int().nonnegative().optional(),
  /** In plain text a row ends on a line ending with one of these (the last column's values). */
  rowEndValues: z.array(nonEmpty).default([]),
});
export type TableSpec = z.infer<typeof TableSpec>;

export const PeopleCategory = z.enum(['served', 'staff']);
export type PeopleCategory = z.infer<typeof PeopleCategory>;

export const DocTypeSpec = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id: gemener, siffror och bindestreck'),
    name: nonEmpty,
    /** The name with its article, as a sentence says it: "ett tjänsteutlåtande". */
    article: nonEmpty.optional(),
    /** Other names a writer types for the type ("tu", "tjänsteutlåtande"); case and å/ä/ö do not matter. */
    aliases: z.array(nonEmpty).default([]),
    title: z.object({ requirement: Requirement, name: nonEmpty }).optional(),
    /**
     * The years the template is for. A document of other years (from its title) may follow
     * an older or newer template: the parts under the top level are not demanded of it.
     */
    period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
    signature: z.object({ requirement: Requirement, name: nonEmpty, titleWords: z.array(nonEmpty).min(1) }).optional(),
    detection: z.object({
      signals: z.array(z.object({ heading: nonEmpty, weight: z.number().positive() })).default([]),
      questionWeight: z.number().nonnegative().default(0),
      /** A title or letterhead line near the top starting with these words ("Verksamhetsplan 2021 för …", "Kvalitetsutmärkelsen 2022") is evidence too. */
      titles: z.array(z.object({ startsWith: nonEmpty, weight: z.number().positive() })).default([]),
    }),
    tables: z.array(TableSpec).default([]),
    sections: z.array(SectionSpec).min(1),
    questions: z
      .object({
        count: z.number().int().positive(),
        areas: z.array(QuestionArea).min(1),
        /** The questions' wording, question 1 first, for an empty entry. */
        texts: z.array(nonEmpty).optional(),
        /** What to write under each question, for an empty entry. */
        placeholder: placeholderText.optional(),
      })
      .optional(),
    genderSplit: z.object({
      minCount: z.number().int().positive().default(10),
      expect: z
        .array(
          z.object({
            sections: z.union([z.literal('*'), z.array(nonEmpty).min(1)]),
            people: z.array(PeopleCategory).min(1),
          }),
        )
        .default([]),
    }),
    readability: z.object({ minWords: z.number().int().positive().default(60) }),
  })
  .superRefine((spec, ctx) => {
    const ids = new Set<string>();
    const tableIds = new Set(spec.tables.map((table) => table.id));
    const visit = (sections: SectionSpec[]) => {
      for (const section of sections) {
        if (ids.has(section.id)) ctx.addIssue({ code: 'custom', message: `dubblerat sektions-id "${section.id}"` });
        ids.add(section.id);
        for (const table of section.tables) {
          if (!tableIds.has(table.id)) ctx.addIssue({ code: 'custom', message: `avsnitt "${section.id}": tabellen "${table.id}" finns inte i tables` });
        }
        visit(section.children);
      }
    };
    visit(spec.sections);
    if (spec.questions) {
      const covered = new Set<number>();
      for (const area of spec.questions.areas) {
        if (area.first > area.last) ctx.addIssue({ code: 'custom', message: `område "${area.id}": first > last` });
        for (let n = area.first; n <= area.last; n++) {
          if (covered.has(n)) ctx.addIssue({ code: 'custom', message: `fråga ${n} ligger i två områden` });
          covered.add(n);
        }
      }
      for (let n = 1; n <= spec.questions.count; n++) {
        if (!covered.has(n)) ctx.addIssue({ code: 'custom', message: `fråga ${n} saknar område` });
      }
      const texts = spec.questions.texts;
      if (texts && texts.length !== spec.questions.count) {
        ctx.addIssue({ code: 'custom', message: `questions.texts: ${texts.length} frågetexter men ${spec.questions.count} frågor` });
      }
    }
  });
export type DocTypeSpec = z.infer<typeof DocTypeSpec>;

export const DocTypeFile = z.object({ doctypes: z.array(DocTypeSpec).min(1) });

export const GoalSpec = z.object({
  level: nonEmpty,
  number: z
    .string()
    .regex(/^\d{1,2}(\.\d{1,2})*$/, 'number: t.ex. "1" eller "1.4"')
    .optional(),
  parent: z.string().optional(),
  text: nonEmpty,
});
export type GoalSpec = z.infer<typeof GoalSpec>;

export const GoalCatalog = z
  .object({
    id: nonEmpty,
    version: nonEmpty,
    name: nonEmpty,
    /**
     * Where the goals are decided, as a fix names it: "KF:s budget" gives "Använd lydelsen i
     * KF:s budget 2020–2022" (with the period); without it the fix names the catalog by `name`.
     */
    source: nonEmpty.optional(),
    /** The budget period the goals are for, as years: a plan of another year is not checked against them. */
    period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
    goals: z.array(GoalSpec).min(1),
  })
  .superRefine((catalog, ctx) => {
    if (catalog.period && catalog.period.from > catalog.period.to) ctx.addIssue({ code: 'custom', path: ['period'], message: 'period: from ligger efter to' });
    const numbers = new Set<string>();
    for (const goal of catalog.goals) {
      if (!goal.number) continue;
      if (numbers.has(goal.number)) ctx.addIssue({ code: 'custom', message: `målnummer ${goal.number} finns två gånger` });
      numbers.add(goal.number);
    }
  });
export type GoalCatalog = z.infer<typeof GoalCatalog>;

/** What a document of no known type is checked for, and the evidence a type needs to be chosen. */
export const NoTypeProfile = z.object({
  name: nonEmpty,
  /** The least detection score (template headings, signal headings, questions) that makes a document of a type. */
  minScore: z.number().positive(),
  /**
   * What documents of other kinds call themselves on a line of their own at the top
   * ("TJÄNSTESKRIVELSE", "Protokoll 2021-03-04"): such a document is of no known type,
   * however many of a type's headings it shares. Lower case.
   */
  otherKinds: z.array(
    z
      .string()
      .min(1)
      .refine((word) => word === word.toLowerCase(), 'skrivs med gemener'),
  ),
  genderSplit: DocTypeSpec.shape.genderSplit,
  readability: DocTypeSpec.shape.readability,
});
export type NoTypeProfile = z.infer<typeof NoTypeProfile>;

/** A word matched as written: lower case, so look-ups need no case folding. */
const lowerWord = nonEmpty.refine((word) => word === word.toLowerCase(), 'skrivs med gemener');

/** Ids of the LIX bands, easiest first; reports and the summary key on them. */
export const LixBandId = z.enum(['mycket-latt', 'latt', 'medelsvar', 'svar', 'mycket-svar']);
export type LixBandId = z.infer<typeof LixBandId>;

/** LIX bands, easiest first: a LIX falls in the first band it is below; the last band has no limit. */
const LixBands = z.array(z.object({ id: LixBandId, name: nonEmpty, below: z.number().positive().optional() })).superRefine((bands, ctx) => {
  const ids = bands.map((band) => band.id);
  if (new Set(ids).size !== ids.length || ids.length !== LixBandId.options.length) {
    ctx.addIssue({ code: 'custom', message: `varje LIX-nivå (${LixBandId.options.join(', ')}) ska finnas en gång` });
  }
  bands.forEach((band, index) => {
    const last = index === bands.length - 1;
    if (last !== (band.below === undefined))
      ctx.addIssue({ code: 'custom', path: [index, 'below'], message: last ? 'sista nivån har ingen gräns' : 'gräns saknas' });
    const previous = bands[index - 1]?.below;
    if (band.below !== undefined && previous !== undefined && band.below <= previous) {
      ctx.addIssue({ code: 'custom', path: [index, 'below'], message: 'gränserna ska stiga' });
    }
  });
});

export const SwedishData = z.object({
  abbreviations: z.array(nonEmpty),
  numberWords: z.record(z.string(), z.number().int().nonnegative()),
  people: z.object({
    served: z.array(nonEmpty),
    staff: z.array(nonEmpty),
    staffSuffixes: z.array(nonEmpty),
    notHeadcount: z.array(nonEmpty),
    fillerWords: z.array(nonEmpty),
    /** Numbers of people that are no headcount: "plats för 12 barn", "8 deltagare per grupp", "3 av 10 elever". */
    notACount: z.object({
      /** Phrases right before the number: limits, goals, ratios ("per 20 barn") and page numbers ("sidan 22"). */
      before: z.array(nonEmpty),
      /** Phrases right after the noun: rates and plans. */
      after: z.array(nonEmpty),
      /** Between two numbers they make a range or ratio: "mellan 8 och 12 deltagare", "3 av 10 elever". */
      rangeLinks: z.array(nonEmpty),
      /** After "per" right after the noun: units of time. "220 besökare per vecka" is a count of people reached, not a ratio. */
      perTime: z.array(lowerWord).min(1),
      /** Between "av" and the number of a whole a part is taken of: "38 av de 46 brukarna". */
      ofDeterminers: z.array(lowerWord).min(1),
    }),
  }),
  gender: z.object({
    female: z.array(nonEmpty),
    male: z.array(nonEmpty),
    /** Third categories; may be phrases ("okänt kön", "vill ej uppge"). */
    other: z.array(nonEmpty),
    /** Singular forms: "i 95 % av samtalen deltar en kvinna" is a rate, not a share. */
    singular: z.array(nonEmpty),
    /** Nouns for children and youth start so: their split is "flickor och pojkar". */
    youngPrefixes: z.array(nonEmpty),
    /** After a count: words that make its people children or youth ("i årskurs 9"), and the age from which they are adults ("16–17 år"). */
    youngContext: z.object({ words: z.array(lowerWord).min(1), adultAge: z.number().int().positive() }),
    /** How a missing split is asked for: for children and youth (youngPrefixes), and for everyone else. */
    pairs: z.object({ young: nonEmpty, adult: nonEmpty }),
  }),
  splits: z.object({
    /** May stand between a total and its split ("Av 40 deltagare var 22 kvinnor …"). */
    linkWords: z.array(nonEmpty),
    /** Tie a split to a total earlier in the same sentence ("varav"). */
    sameSentenceLinks: z.array(nonEmpty),
    /** Refer back to a total, also in the sentence before ("Av dem var …"). */
    previousSentenceLinks: z.array(nonEmpty),
    partConnectors: z.array(nonEmpty),
    /** Join a further group of people to a split ("… och 20 män samt 10 barn"). */
    extraPartConnectors: z.array(nonEmpty),
    /** May precede a third category ("27 med okänt kön"). */
    otherPrefixes: z.array(nonEmpty),
    totalWords: z.array(nonEmpty),
    /** End the search for the gender a percentage is a share of. */
    shareStops: z.array(nonEmpty),
    /** "Andelen kvinnor är 60 %". */
    shareSubjects: z.array(nonEmpty),
    /** "hälften var flickor": a split in words. */
    shareInWords: z.array(nonEmpty),
    /** Between a number and its gender: "30 var flickor". */
    verbsAfterNumber: z.array(lowerWord),
    /** Between a gender and its number: "flickorna var 30", "andelen kvinnor är 60 %". */
    verbsBeforeNumber: z.array(lowerWord),
    /** Read as "%": "28 procent av medarbetarna". */
    percentWords: z.array(lowerWord),
    /** "of": "90 % av flickorna" is a rate within a group, not a share; "(totalt av 20)". */
    ofWords: z.array(lowerWord),
  }),
  /** LIX bands (shared/analysis/lix.ts), and what LIX does not score (shared/analysis/prose.ts). */
  lix: z.object({
    bands: LixBands,
    /** Words in a glossary's heading ("Ordlista, verksamhetsspecifika ord och begrepp"): its "Term: förklaring" entries are no prose. */
    glossaryHeadingWords: z.array(lowerWord),
  }),
  /** Page headers and footers of PDF-extracted text, dropped by the plain-text reader; case does not matter. */
  pageFurniture: z.object({
    /** "Sid 5 (25)", "Sida 5": the word before a page number. */
    pageNumberWords: z.array(lowerWord).min(1),
    /** "Sida 5 av 25": the word between the page number and the page count. */
    pageCountWords: z.array(lowerWord).min(1),
    /** A line of only one of these is a page header: "Tjänsteutlåtande", "PM". */
    headerWords: z.array(lowerWord).min(1),
    /** A line starting with one of these is a reference in the header: "Dnr 1.2.3-456/2021". */
    referenceWords: z.array(lowerWord).min(1),
    /** A line starting with one of these is a contact line: "Telefon 08-508 00 000". */
    contactWords: z.array(lowerWord).min(1),
    /** Followed by a number: a postal address, "Box 490". */
    postBoxWords: z.array(lowerWord).min(1),
    /** A line that is one of these, or starts with one and runs on without a space: "stockholm.se/fältgruppen". */
    webAddresses: z.array(lowerWord).min(1),
  }),
  /** The year a document is for, from its title lines; case does not matter. */
  period: z.object({
    /** A title line starting with one of these and holding a year gives the document's year: "Verksamhetsplan 2017 för Älvsjö hemtjänst". */
    titleWords: z.array(lowerWord).min(1),
  }),
  /** Letterhead lines above a document's title; case does not matter. */
  letterhead: z.object({
    /** A line starting with one of these is a letterhead line: "Handläggare", "Till", "Avdelningen för förskola". */
    lineWords: z.array(lowerWord).min(1),
    /** A short line whose last word ends with one of these names the organisation: "Skarpnäcks stadsdelsnämnd". */
    organisationEndings: z.array(lowerWord).min(1),
  }),
  /** Contents pages, dropped by the plain-text reader; case does not matter. */
  contentsPage: z.object({
    /** The heading over a contents page ("Innehållsförteckning"), with or without a colon. */
    headings: z.array(lowerWord).min(1),
  }),
  /** Words in front of numbers and names. */
  labels: z.object({
    /** "Fråga 7": written capitalised or in capitals ("fråga 7" in lower case continues a sentence). */
    questionWords: z.array(nonEmpty).min(1),
    /** "Område 1: Målgrupp", "Del 2 Bakgrund": the writer's numbering in front of a heading. */
    sectionNumberWords: z.array(lowerWord),
    /** Whose goal: "KF:s mål 1.2". */
    goalOwnerWords: z.array(nonEmpty),
    /** In front of a goal's number: "Inriktningsmål 1: En modern …", "Mål 1.1 I Stockholm …"; case does not matter. */
    goalLevelWords: z.array(lowerWord).min(1),
    /** Before a title in a signature, dots left out: "t.f. avdelningschef", "bitr. enhetschef". */
    titlePrefixes: z.array(lowerWord),
  }),
  /** How the plain-text reader joins lines. */
  lineEnds: z.object({
    /** A hyphen at a line end before one of these stays: "för-" + "och grundskola" is "för- och grundskola". */
    keepHyphenBefore: z.array(lowerWord),
  }),
});
export type SwedishData = z.infer<typeof SwedishData>;

/** Formats a zod error as one Swedish line: "fält: problem; fält: problem". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`)
    .join('; ');
}
