import { describe, expect, it } from 'vitest';
import * as progress from '../../src/progress/index.js';
import { guideExample, runExample } from './doctest.js';

describe('docs/guides/progress.md', () => {
  it('shows true results in every code block', () => {
    expect(runExample(guideExample('docs/guides/progress.md'), { ...progress })).toBeGreaterThan(
      10,
    );
  });
});
