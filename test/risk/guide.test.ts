import { describe, expect, it } from 'vitest';
import * as risk from '../../src/risk/index.js';
import * as schemas from '../../src/schemas/risk.js';
import { guideExample, runExample } from '../progress/doctest.js';

describe('docs/guides/risk.md', () => {
  it('shows true results in every code block', () => {
    expect(
      runExample(guideExample('docs/guides/risk.md'), { ...risk, ...schemas }),
    ).toBeGreaterThan(10);
  });
});
