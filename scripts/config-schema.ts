/** npm run docs: writes schema/utkastkoll-config.schema.json from the settings model. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_SCHEMA_PATH, configSchema } from './config-schema-content';

const path = join(import.meta.dirname, '..', CONFIG_SCHEMA_PATH);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, configSchema());
console.log(`wrote ${CONFIG_SCHEMA_PATH}`);
