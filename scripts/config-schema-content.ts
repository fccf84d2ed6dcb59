/**
 * The JSON schema of the settings file (.utkastkoll.json), generated from the core's zod
 * schema so the two cannot drift; editors use it to complete and check the file.
 */
import { z } from 'zod';
import { rules, Settings } from '../shared/index';

export const CONFIG_SCHEMA_PATH = 'schema/utkastkoll-config.schema.json';

export function configSchema(): string {
  const schema = z.toJSONSchema(Settings, { io: 'input', target: 'draft-2020-12' });
  // Editors complete the rule ids from the registry.
  const ruleSetting = schema.properties?.['rules'];
  if (ruleSetting && typeof ruleSetting === 'object') ruleSetting.propertyNames = { enum: rules.map((rule) => rule.id) };
  const titled = {
    ...schema,
    title: 'utkastkoll: inställningar (.utkastkoll.json)',
    description: 'Regler av eller med annan allvarlighet, ignorerade anmärkningar, extra målkataloger och lägsta allvarlighet som visas.',
  };
  return JSON.stringify(titled, null, 2) + '\n';
}
