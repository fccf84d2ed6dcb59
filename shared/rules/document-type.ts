/**
 * document-type: says once when the structure was not checked because no known type
 * was found, and how to choose one; when a type was chosen by hand, that the document
 * clearly looks like another type; and when the document's goals were not checked
 * against a goal catalog because the document is for another period.
 */
import { joinSwedish } from '../text/numbers';
import { lowerFirst } from '../document/detect';
import { yearsText } from '../document/period';
import { defineRule, type Finding } from './rule';
import { documentStart } from './support';

type MessageId = 'unknownType' | 'looksLike' | 'otherPeriod' | 'otherTemplate';

export const documentType = defineRule<MessageId>({
  id: 'document-type',
  meta: {
    title: 'Dokumenttyp',
    family: 'struktur',
    description:
      'Talar om när dokumentets rubriker och avsnitt inte kontrollerades eftersom ingen känd dokumenttyp hittades, när dokumentet ser ut som en annan typ än den som valts och när målen inte jämfördes med en målkatalog eftersom dokumentet gäller en annan period.',
    defaultSeverity: 'info',
    needsType: false,
    messages: {
      unknownType: 'Rubriker och avsnitt kontrollerades inte: {reason}. Välj dokumenttyp ({types}) för att kontrollera strukturen.',
      looksLike: 'Dokumentet ser ut som {article} ({reason}) men kontrolleras som {name}. Byt dokumenttyp om det är fel.',
      otherPeriod: 'Målen jämfördes inte med {catalogs}: dokumentet gäller {years}. Kontrollera målen mot budgeten för {years}.',
      otherTemplate: 'Mallen för {name} gäller {templateYears} och dokumentet {years}: bara huvudavsnitten kontrollerades, inte delarna under dem.',
    },
    fixes: {},
    exampleType: 'auto',
    examples: {
      valid: [
        {
          text: [
            '# Fritidsgårdarnas öppettider',
            '## Förslag till beslut',
            'Nämnden godkänner förslaget.',
            '## Ärendets beredning',
            'Ärendet har beretts på avdelningen.',
          ].join('\n'),
        },
      ],
      invalid: [
        {
          text: ['# Protokoll', '## Närvarande', 'Ledamöter enligt bilaga.', '## § 1 Val av justerare', 'Anna Andersson utsågs att justera protokollet.'].join(
            '\n',
          ),
          expect: [{ messageId: 'unknownType' }],
        },
        {
          type: 'verksamhetsplan',
          text: [
            '# Fritidsgårdarnas öppettider',
            '## Förslag till beslut',
            'Nämnden godkänner förslaget.',
            '## Ärendets beredning',
            'Ärendet har beretts på avdelningen.',
          ].join('\n'),
          expect: [{ messageId: 'looksLike', data: { article: 'ett tjänsteutlåtande' } }],
        },
        {
          type: 'verksamhetsplan',
          text: [
            '# Verksamhetsplan 2017 för Älvsjö hemtjänst',
            '## KF:s inriktningsmål:',
            '1. Ett Stockholm som håller samman',
            '## Nämndmål:',
            'Äldre i Älvsjö får god vård och omsorg',
          ].join('\n'),
          expect: [
            { messageId: 'otherPeriod', data: { catalogs: 'KF:s mål, budget 2020–2022', years: '2017' } },
            { messageId: 'otherTemplate', data: { name: 'verksamhetsplan', templateYears: '2020–2022', years: '2017' } },
          ],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId>[] = [];
    const { detection } = context;
    if (detection.type === null) {
      const types = joinSwedish(detection.choices, 'eller');
      const reason = detection.reason.replace(/^ingen känd dokumenttyp: /, '');
      findings.push({ ...documentStart(), messageId: 'unknownType', data: { reason: `ingen känd dokumenttyp (${reason})`, types }, subject: 'dokumenttyp' });
    } else if (detection.looksLike) {
      const { article, reason } = detection.looksLike;
      findings.push({
        ...documentStart(),
        messageId: 'looksLike',
        data: { article, reason, name: lowerFirst(context.docType.name), type: detection.looksLike.type },
        subject: 'dokumenttyp',
      });
    }
    if (context.period.years && context.period.skipped.length > 0) {
      findings.push({
        ...documentStart(),
        messageId: 'otherPeriod',
        data: { catalogs: joinSwedish(context.period.skipped, 'och'), years: yearsText(context.period.years) },
        subject: 'målkatalog',
      });
    }
    if (context.period.years && context.period.otherTemplate && context.docType.period) {
      findings.push({
        ...documentStart(),
        messageId: 'otherTemplate',
        data: { name: lowerFirst(context.docType.name), templateYears: yearsText(context.docType.period), years: yearsText(context.period.years) },
        subject: 'mall',
      });
    }
    return findings;
  },
});
