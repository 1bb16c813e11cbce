import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as backlog from '../../src/backlog/index.js';
import * as schemas from '../../src/schemas/backlog.js';
import { examplesIn, runExample } from '../helpers/doctest.js';

const files = [
  ...readdirSync('src/backlog')
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => `src/backlog/${f}`),
  'src/schemas/backlog.ts',
];
const examples = files.flatMap((file) => examplesIn(file).filter((ex) => ex.exported));

describe('backlog: every TSDoc @example shows true results', () => {
  it('finds an example for every public export', () => {
    const named = new Set(examples.map((ex) => ex.name.replace(/ #\d+$/, '')));
    for (const [name, value] of Object.entries({ ...backlog, ...schemas }))
      if (typeof value === 'function' || typeof value === 'object')
        expect(named, name).toContain(name);
  });

  it.each(examples.map((ex) => [`${ex.file} ${ex.name}`, ex] as const))('%s', (_, ex) => {
    const run = runExample(ex, { ...backlog, ...schemas, z });
    expect(run.checked).toBe(run.declared);
    expect(run.declared).toBeGreaterThan(0);
  });
});
