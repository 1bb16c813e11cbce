import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import * as popm from '../../src/index.js';
import { guideExample, runExample } from '../helpers/doctest.js';

describe('docs/guides/charts.md', () => {
  it('shows true results in every code block', () => {
    const run = runExample(
      guideExample('docs/guides/charts.md'),
      { ...popm, ...charts },
      { popm, 'popm/charts': charts },
    );
    expect(run.checked).toBe(run.declared);
    expect(run.checked).toBeGreaterThanOrEqual(7);
  });
});
