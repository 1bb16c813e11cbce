import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as progress from '../../src/progress/index.js';
import * as schemas from '../../src/schemas/progress.js';
import { examplesOf, runExample } from './doctest.js';

const files = [
  ...readdirSync('src/progress')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/progress/${f}`),
  'src/schemas/progress.ts',
];
const examples = files.flatMap((file) => examplesOf(file).map((ex) => ({ file, ex })));

describe('progress: every TSDoc @example shows true results', () => {
  it('finds the examples of every public function and schema', () => {
    const named = new Set(examples.map(({ ex }) => ex.name.replace(/ #\d+$/, '')));
    for (const name of Object.keys({ ...progress, ...schemas }))
      expect(named, name).toContain(name);
  });

  it.each(examples.map(({ file, ex }) => [`${file} ${ex.name}`, ex] as const))('%s', (_, ex) => {
    expect(runExample(ex, { ...progress, ...schemas, z })).toBeGreaterThan(0);
  });
});
