/**
 * The command line contract:
 *   check [--type auto|<type id>] [--format text|json|html] [--catalog FILE]… [--out FILE] FILE…
 */
import { FORMATS, type Format } from './report';

export interface CliOptions {
  type: string;
  format: Format;
  catalogs: string[];
  out?: string;
  files: string[];
  help: boolean;
}

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--type', '--format', '--catalog', '--out']);

export function parseArgs(argv: readonly string[], typeIds: readonly string[]): CliOptions {
  const options: CliOptions = { type: 'auto', format: 'text', catalogs: [], files: [], help: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      options.files.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    const [name, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`okänd flagga ${name}`);
    const value = inlineValue ?? argv[++index];
    // "--type --format json": the next flag is not the value; say the value is missing.
    const missing = value === undefined || value === '' || (inlineValue === undefined && value.startsWith('--'));
    if (missing) throw new UsageError(`${name} behöver ett värde`);
    switch (name) {
      case '--type':
        if (value !== 'auto' && !typeIds.includes(value)) {
          throw new UsageError(`okänd dokumenttyp "${value}"; välj auto, ${typeIds.join(', ')}`);
        }
        options.type = value;
        break;
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`okänt format "${value}"; välj ${FORMATS.join(', ')}`);
        options.format = value as Format;
        break;
      case '--catalog':
        options.catalogs.push(value);
        break;
      case '--out':
        options.out = value;
        break;
    }
  }
  if (!options.help && options.files.length === 0) throw new UsageError('ange minst en fil eller mapp att kontrollera');
  return options;
}

export function usage(typeIds: readonly string[]): string {
  return [
    'Användning: npm run --silent check -- [flaggor] FIL|MAPP…',
    '',
    'Kontrollerar utkast (.docx, .txt, .md) till tjänsteutlåtanden, verksamhetsplaner och',
    'bidrag till Kvalitetsutmärkelsen.',
    '',
    'Flaggor:',
    `  --type TYP        auto (standard), ${typeIds.join(', ')}`,
    '  --format FORMAT   text (standard), json eller html',
    '  --catalog FIL     läs in en målkatalog till (JSON), t.ex. nämndens egna mål',
    '  --out FIL         skriv resultatet till en fil i stället för till terminalen',
    '  -h, --help        visa den här hjälpen',
    '',
    'Slutkod: 0 inga fel, 1 fel hittades, 2 felaktig användning eller oläsbar fil.',
  ].join('\n');
}
