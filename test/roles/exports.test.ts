import { describe, expect, it } from 'vitest';
import * as popm from '../../src/index.js';
import { RESPONSIBILITIES } from '../../src/roles/catalogue.js';

// Every function the catalogue names must be exported from `popm`. This test
// fails until every domain has landed its functions: that is the point.
const names = [...new Set(RESPONSIBILITIES.flatMap((r) => r.functions))].sort();

describe('the catalogue names only functions exported from popm', () => {
  it.each(names)('popm exports %s as a function', (name) => {
    expect(typeof (popm as Record<string, unknown>)[name]).toBe('function');
  });

  it('checks a non-trivial list', () => {
    expect(names.length).toBeGreaterThan(40);
  });
});
