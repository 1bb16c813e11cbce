import { describe, expect, it } from 'vitest';
import * as project from '../../src/project/index.js';
import * as schemas from '../../src/schemas/index.js';
import { guideExample, runExample } from '../helpers/doctest.js';

describe('docs/guides/project.md', () => {
  it('shows true results in every code block', () => {
    const popm = { ...project };
    const run = runExample(
      guideExample('docs/guides/project.md'),
      { ...project, text: JSON.stringify(project.sampleProject), console: { log: () => {} } },
      { popm, 'popm/project': popm, 'popm/schemas': schemas },
    );
    expect(run.checked).toBe(run.declared);
    expect(run.checked).toBeGreaterThan(8);
  });
});
