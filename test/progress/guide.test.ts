import { describe, expect, it } from 'vitest';
import * as progress from '../../src/progress/index.js';
import * as schemas from '../../src/schemas/index.js';
import { guideExample, runExample } from '../helpers/doctest.js';

describe('docs/guides/progress.md', () => {
  it('shows true results in every code block', () => {
    const run = runExample(
      guideExample('docs/guides/progress.md'),
      { ...progress },
      {
        'popm/progress': progress,
        'popm/schemas': schemas,
      },
    );
    expect(run.checked).toBe(run.declared);
    expect(run.checked).toBeGreaterThan(10);
  });
});
