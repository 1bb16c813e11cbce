import { describe, expect, it } from 'vitest';
import * as risk from '../../src/risk/index.js';
import * as schemas from '../../src/schemas/index.js';
import { guideExample, runExample } from '../helpers/doctest.js';

describe('docs/guides/risk.md', () => {
  it('shows true results in every code block', () => {
    const run = runExample(
      guideExample('docs/guides/risk.md'),
      { ...risk },
      {
        'popm/risk': risk,
        'popm/schemas': schemas,
      },
    );
    expect(run.checked).toBe(run.declared);
    expect(run.checked).toBeGreaterThan(10);
  });
});
