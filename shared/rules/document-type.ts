/**
 * document-type: says once when the structure was not checked because no known type
 * was found, and how to choose one; and, when a type was chosen by hand, that the
 * document clearly looks like another type.
 */
import { joinSwedish } from '../text/numbers';
import { lowerFirst } from '../document/detect';
import { defineRule, type Finding } from './rule';
import { documentStart } from './support';

type MessageId = 'unknownType' | 'looksLike';

export const documentType = defineRule<MessageId>({
  id: 'document-type',
  meta: {
    title: 'Dokumenttyp',
    family: 'struktur',
    description:
      'Talar om när dokumentets rubriker och avsnitt inte kontrollerades eftersom ingen känd dokumenttyp hittades, och när dokumentet ser ut som en annan typ än den som valts.',
    defaultSeverity: 'info',
    needsType: false,
    messages: {
      unknownType: 'Rubriker och avsnitt kontrollerades inte: {reason}. Välj dokumenttyp ({types}) för att kontrollera strukturen.',
      looksLike: 'Dokumentet ser ut som {article} ({reason}) men kontrolleras som {name}. Byt dokumenttyp om det är fel.',
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
    return findings;
  },
});
