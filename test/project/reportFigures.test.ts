import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPopmError } from '../../src/core/errors.js';
import { dashboard } from '../../src/project/dashboard.js';
import { reportFigures } from '../../src/project/reportFigures.js';
import { sampleProject } from '../../src/project/sample.js';
import type { Project } from '../../src/project/types.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';
import { FAST, variant } from './helpers.js';

const AS_OF = '2026-11-13';

/** The sample with `key` of `section[index]` renamed to `typo` (value kept). */
function misspelt(section: string, index: number, key: string, typo: string): Project {
  return variant((d) => {
    const row = (d[section] as Record<string, unknown>[])[index] as Record<string, unknown>;
    row[typo] = row[key];
    delete row[key];
  });
}

/** Sections reportFigures draws nothing from (backlog, resources) and two it draws (plan, risks). */
const TYPOS = [
  { section: 'plan', index: 4, key: 'duration', typo: 'duratin' },
  { section: 'plan', index: 4, key: 'dependsOn', typo: 'DependsOn' },
  { section: 'backlog', index: 0, key: 'estimate', typo: 'estimae' },
  { section: 'backlog', index: 3, key: 'status', typo: 'stats' },
  { section: 'resources', index: 2, key: 'unitsPerDay', typo: 'unitsPerDy' },
  { section: 'risks', index: 0, key: 'probability', typo: 'Probability' },
  { section: 'risks', index: 1, key: 'impact', typo: 'impat' },
] as const;

describe('reportFigures on the sample', () => {
  const f = reportFigures(sampleProject, AS_OF);

  it('matches its TSDoc example', () => {
    expect(f.burndown?.sprintId).toBe('S8');
    expect(f.velocity.sprints).toHaveLength(7);
    expect(f.schedule?.tasks).toHaveLength(27); // 25 tasks and 2 summaries
  });

  it('is deep-frozen, deterministic and leaves the sample untouched', () => {
    const before = JSON.stringify(sampleProject);
    expect(isDeepFrozen(f)).toBe(true);
    expect(JSON.stringify(reportFigures(sampleProject, AS_OF))).toBe(JSON.stringify(f));
    expect(JSON.stringify(sampleProject)).toBe(before);
  });
});

describe('reportFigures reads the whole document as the dashboard does (issue 12)', () => {
  it.each(TYPOS)(
    'a typo in $section[$index].$key is INVALID_ARGUMENT at project.$section[$index].$typo',
    ({ section, index, key, typo }) => {
      const e = catchError(() => reportFigures(misspelt(section, index, key, typo), AS_OF));
      expect(isPopmError(e) && e.code).toBe('INVALID_ARGUMENT');
      expect(isPopmError(e) && e.path).toEqual(['project', section, index, typo]);
      expect(isPopmError(e) && e.details?.suggestion).toBe(key);
      expect(e.message).toContain(`did you mean '${key}'?`);
    },
  );

  it('reports the same error as the dashboard for any misspelt key of those rows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPOS), ({ section, index, key, typo }) => {
        const doc = misspelt(section, index, key, typo);
        const mine = catchError(() => reportFigures(doc, AS_OF));
        const theirs = catchError(() => dashboard(doc, AS_OF, FAST));
        expect(isPopmError(mine)).toBe(true);
        expect(isPopmError(mine) && mine.path).toEqual(isPopmError(theirs) && theirs.path);
        expect(mine.message).toBe(theirs.message);
      }),
      { numRuns: 7 },
    );
  });

  it('ignores an unrelated key in a row it does not draw (an app’s own field)', () => {
    const doc = variant((d) => {
      (d.backlog as unknown as Record<string, unknown>[])[0] = {
        ...(d.backlog[0] as object),
        color: 'red',
      };
    });
    expect(JSON.stringify(reportFigures(doc, AS_OF))).toBe(
      JSON.stringify(reportFigures(sampleProject, AS_OF)),
    );
  });
});
