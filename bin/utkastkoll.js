#!/usr/bin/env node
// `npx utkastkoll FILE`: runs the command line from its TypeScript source through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../cli/bin.ts');
