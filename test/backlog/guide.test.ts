import { describe, expect, it } from 'vitest';
import * as backlog from '../../src/backlog/index.js';
import * as schemas from '../../src/schemas/index.js';
import { guideExample, runExample } from '../helpers/doctest.js';

describe('docs/guides/backlog.md', () => {
  it('shows true results in every code block', () => {
    const run = runExample(
      guideExample('docs/guides/backlog.md'),
      { ...backlog },
      { 'popm/backlog': backlog, 'popm/schemas': schemas },
    );
    expect(run.checked).toBe(run.declared);
    expect(run.checked).toBeGreaterThan(12);
  });
});
