/**
 * The command line contract:
 *   utkastkoll [--type TYP] [--format text|json|html] [--severity NIVÅ] [--catalog FIL]… [--config FIL]
 *              [--out FIL] [--fix | --fix-dry-run] FIL|MAPP|-…
 *   utkastkoll --skeleton TYP [--goal NR]…
 *   utkastkoll --version | --help
 */
import type { Severity } from '../shared/index';
import { FORMATS, type Format } from './report';

export interface CliOptions {
  /** "auto", or what the user typed for a type (resolved against the types' ids and aliases). */
  type: string;
  format: Format;
  /**
   * The lowest severity the text output lists (the others are counted in one line); absent:
   * the settings' `severity`, else TEXT_SEVERITY. JSON and HTML keep every finding.
   */
  severity?: Severity;
  catalogs: string[];
  config?: string;
  out?: string;
  fix: 'off' | 'write' | 'dry-run';
  /** Print an empty document of this type instead of checking files. */
  skeleton?: string;
  goals: string[];
  files: string[];
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

/** Without --severity (or a severity in the settings) the text output lists errors and warnings; info is counted. */
export const TEXT_SEVERITY: Severity = 'warning';

/** --severity takes the ids and the Swedish words. */
const SEVERITY_VALUES: Record<string, Severity> = { error: 'error', fel: 'error', warning: 'warning', varning: 'warning', info: 'info' };

const VALUE_OPTIONS = new Set(['--type', '--format', '--severity', '--catalog', '--config', '--out', '--skeleton', '--goal']);
const FLAGS = new Set(['--fix', '--fix-dry-run', '--version', '-v', '-h', '--help']);

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { type: 'auto', format: 'text', catalogs: [], fix: 'off', goals: [], files: [], help: false, version: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      options.files.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    if (FLAGS.has(arg)) {
      setFlag(options, arg);
      continue;
    }
    const [name, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`okänd flagga ${name}`);
    const value = inlineValue ?? argv[++index];
    // "--type --format json": the next flag is not the value; say the value is missing.
    const missing = value === undefined || value === '' || (inlineValue === undefined && value.startsWith('--'));
    if (missing) throw new UsageError(`${name} behöver ett värde`);
    setValue(options, name, value);
  }
  if (options.fix !== 'off' && options.format === 'html') throw new UsageError('--fix och --fix-dry-run går inte att kombinera med --format html');
  const needsFiles = !options.help && !options.version && options.skeleton === undefined;
  if (needsFiles && options.files.length === 0) throw new UsageError('ange minst en fil eller mapp att kontrollera (eller - för standard in)');
  if (options.goals.length > 0 && options.skeleton === undefined) throw new UsageError('--goal används med --skeleton verksamhetsplan');
  return options;
}

function setFlag(options: CliOptions, flag: string): void {
  if (flag === '-h' || flag === '--help') options.help = true;
  else if (flag === '--version' || flag === '-v') options.version = true;
  else {
    const mode = flag === '--fix' ? 'write' : 'dry-run';
    if (options.fix !== 'off' && options.fix !== mode) throw new UsageError('välj --fix eller --fix-dry-run, inte båda');
    options.fix = mode;
  }
}

function setValue(options: CliOptions, name: string, value: string): void {
  switch (name) {
    case '--type':
      options.type = value;
      break;
    case '--format':
      if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`okänt format "${value}"; välj ${FORMATS.join(', ')}`);
      options.format = value as Format;
      break;
    case '--severity': {
      const severity = SEVERITY_VALUES[value.toLowerCase()];
      if (!severity) throw new UsageError(`okänd allvarlighet "${value}"; välj error, warning eller info`);
      options.severity = severity;
      break;
    }
    case '--catalog':
      options.catalogs.push(value);
      break;
    case '--config':
      options.config = value;
      break;
    case '--out':
      options.out = value;
      break;
    case '--skeleton':
      options.skeleton = value;
      break;
    case '--goal':
      options.goals.push(value);
      break;
  }
}

export function usage(typeIds: readonly string[]): string {
  return [
    'Användning: npx utkastkoll [flaggor] FIL|MAPP|-…',
    '            npx utkastkoll --skeleton TYP [--goal NR]…',
    '',
    'Kontrollerar utkast (.docx, .dotx, .docm, .txt, .md) till tjänsteutlåtanden, verksamhetsplaner',
    'och bidrag till Kvalitetsutmärkelsen. - läser från standard in.',
    '',
    'Flaggor:',
    `  --type TYP        auto (standard), ${typeIds.join(', ')} (även tu, vp, tjänsteutlåtande …)`,
    '  --format FORMAT   text (standard), json eller html',
    '  --severity NIVÅ   lägsta allvarlighet i textutdata: error, warning (standard) eller info;',
    '                    json och html tar alltid med allt',
    '  --catalog FIL     läs in en målkatalog till (JSON), t.ex. nämndens egna mål',
    '  --config FIL      inställningar (annars .utkastkoll.json i filens mapp eller ovanför)',
    '  --out FIL         skriv resultatet till en fil i stället för till terminalen',
    '  --fix             rätta säkra fel direkt i .txt- och .md-filer (.docx ändras aldrig)',
    '  --fix-dry-run     visa den rättade texten utan att ändra filen',
    '  --skeleton TYP    skriv ut en tom mall för TYP som Markdown',
    '  --goal NR         med --skeleton verksamhetsplan: målblock för KF:s mål NR (t.ex. 1.2)',
    '  -v, --version     visa versionen',
    '  -h, --help        visa den här hjälpen',
    '',
    'Slutkod: 0 inga fel, 1 fel hittades, 2 felaktig användning eller oläsbar fil.',
  ].join('\n');
}
