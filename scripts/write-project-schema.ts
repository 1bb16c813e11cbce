/**
 * Writes schema/project.schema.json from the zod schema of the Project
 * document, so the package ships the same JSON Schema that
 * `projectJsonSchema()` returns.
 *
 *   npx tsx scripts/write-project-schema.ts           write the file
 *   npx tsx scripts/write-project-schema.ts --check   fail if the file is stale
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectJsonSchema } from '../src/schemas/project.js';

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '..', 'schema', 'project.schema.json');
const text = `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    process.stderr.write(`${target} is out of date: run npx tsx scripts/write-project-schema.ts\n`);
    process.exit(1);
  }
  process.stdout.write(`${target} is up to date\n`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target} (${text.length} bytes)\n`);
}
