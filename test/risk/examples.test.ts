import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as risk from '../../src/risk/index.js';
import * as schemas from '../../src/schemas/risk.js';
import { examplesOf, runExample } from '../progress/doctest.js';

const files = [
  ...readdirSync('src/risk')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/risk/${f}`),
  'src/schemas/risk.ts',
];
const examples = files.flatMap((file) => examplesOf(file).map((ex) => ({ file, ex })));

describe('risk: every TSDoc @example shows true results', () => {
  it('finds the examples of every public function and constant', () => {
    const named = new Set(examples.map(({ ex }) => ex.name.replace(/ #\d+$/, '')));
    for (const name of Object.keys({ ...risk, ...schemas })) expect(named, name).toContain(name);
  });

  it.each(examples.map(({ file, ex }) => [`${file} ${ex.name}`, ex] as const))('%s', (_, ex) => {
    expect(runExample(ex, { ...risk, ...schemas, z })).toBeGreaterThan(0);
  });
});
