import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sayDoRatio } from '../../src/progress/sayDoRatio.js';
import type { Sprint } from '../../src/progress/sprint.js';
import { velocity } from '../../src/progress/velocity.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

const s = (
  id: string,
  start: string,
  end: string,
  committed: number,
  completed: number,
): Sprint => ({
  id,
  start,
  end,
  committed,
  completed,
});

// arjunken.com "Average Sprint Velocity" (2021): targeted 22/24/32/26, completed 18/20/24/26.
const ARJUNKEN = [
  s('s1', '2026-01-05', '2026-01-16', 22, 18),
  s('s2', '2026-01-19', '2026-01-30', 24, 20),
  s('s3', '2026-02-02', '2026-02-13', 32, 24),
  s('s4', '2026-02-16', '2026-02-27', 26, 26),
];

/** Two-week sprints from 2025-01-06, one per value. */
function series(values: readonly number[]): Sprint[] {
  return values.map((v, i) => {
    const start = new Date(Date.UTC(2025, 0, 6 + 14 * i)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2025, 0, 17 + 14 * i)).toISOString().slice(0, 10);
    return s(`s${i + 1}`, start, end, v + 2, v);
  });
}

describe('velocity', () => {
  it('matches arjunken.com average sprint velocity: (18+20+24+26)/4 = 22 (the TSDoc example)', () => {
    const r = velocity(frozen(ARJUNKEN));
    expect(r.mean).toBe(22);
    expect(r.median).toBe(22);
    expect(r.min).toBe(18);
    expect(r.max).toBe(26);
    expect(r.last).toBe(26);
    expect(r.count).toBe(4);
    expect(r.stdDev).toBeCloseTo(Math.sqrt((16 + 4 + 4 + 16) / 3), 12);
  });

  it('matches beginpm.com: 20, 25, 30, 15, 25 points average 23', () => {
    expect(velocity(series([20, 25, 30, 15, 25])).mean).toBe(23);
  });

  it('matches nkeithtaylor.blogspot.com: ten sprints totalling 3447 average 344.7 (window 10)', () => {
    const r = velocity(series([253, 309, 357, 377, 365, 352, 360, 359, 355, 360]), { window: 10 });
    expect(r.mean).toBeCloseTo(344.7, 10);
  });

  it('uses the last `window` sprints by date, whatever the input order (default window 6)', () => {
    const all = series([1, 2, 3, 4, 5, 6, 7, 8]);
    const shuffled = [all[5], all[0], all[7], all[2], all[6], all[1], all[4], all[3]] as Sprint[];
    const r = velocity(frozen(shuffled));
    expect(r.sprintIds).toEqual(['s3', 's4', 's5', 's6', 's7', 's8']);
    expect(r.values).toEqual([3, 4, 5, 6, 7, 8]);
    expect(r.mean).toBe(5.5);
    expect(r.median).toBe(5.5);
    expect(r.last).toBe(8);
    expect(velocity(all, { window: 3 }).values).toEqual([6, 7, 8]);
  });

  it('gives a null standard deviation for one sprint', () => {
    const r = velocity([ARJUNKEN[0] as Sprint]);
    expect(r.stdDev).toBeNull();
    expect(r.mean).toBe(18);
  });

  it('rejects bad input with the rule and the path', () => {
    expectPopm(() => velocity([]), 'EMPTY_INPUT', ['sprints']);
    expectPopm(() => velocity('x' as never), 'INVALID_ARGUMENT', ['sprints']);
    expectPopm(() => velocity(ARJUNKEN, { window: 0 }), 'OUT_OF_RANGE', ['options', 'window']);
    expectPopm(() => velocity(ARJUNKEN, { window: 1.5 }), 'OUT_OF_RANGE', ['options', 'window']);
    expectPopm(() => velocity(ARJUNKEN, 3 as never), 'INVALID_ARGUMENT', ['options']);
    expectPopm(() => velocity([...ARJUNKEN, ARJUNKEN[0] as Sprint]), 'DUPLICATE_ID', [
      'sprints',
      4,
      'id',
    ]);
    expectPopm(() => velocity([{ ...ARJUNKEN[0], completed: -1 } as Sprint]), 'OUT_OF_RANGE', [
      'sprints',
      0,
      'completed',
    ]);
    expectPopm(
      () => velocity([{ ...ARJUNKEN[0], completed: Number.NaN } as Sprint]),
      'INVALID_NUMBER',
      ['sprints', 0, 'completed'],
    );
    expectPopm(() => velocity([{ ...ARJUNKEN[0], end: '2026-01-01' } as Sprint]), 'INVALID_DATE', [
      'sprints',
      0,
      'end',
    ]);
    expectPopm(
      () => velocity([{ ...ARJUNKEN[0], start: '2026-02-30' } as Sprint]),
      'INVALID_DATE',
      ['sprints', 0, 'start'],
    );
    expectPopm(() => velocity([{ ...ARJUNKEN[0], id: '' } as Sprint]), 'INVALID_ARGUMENT', [
      'sprints',
      0,
      'id',
    ]);
    expectPopm(() => velocity([null as never]), 'INVALID_ARGUMENT', ['sprints', 0]);
    expectPopm(() => velocity([{ ...ARJUNKEN[0], added: -2 } as Sprint]), 'OUT_OF_RANGE', [
      'sprints',
      0,
      'added',
    ]);
  });

  it('properties: min <= median, mean <= max; frozen output; input untouched; order-free', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (vals, window) => {
          const input = frozen(series(vals));
          const r = velocity(input, { window });
          expect(isDeepFrozen(r)).toBe(true);
          expect(r.min).toBeLessThanOrEqual(r.median);
          expect(r.median).toBeLessThanOrEqual(r.max);
          expect(r.min).toBeLessThanOrEqual(r.mean + 1e-9);
          expect(r.mean).toBeLessThanOrEqual(r.max + 1e-9);
          expect(r.count).toBe(Math.min(window, vals.length));
          expect(velocity([...input].reverse(), { window })).toEqual(r);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('sayDoRatio', () => {
  it('matches janekbehrens.de: committed 30, completed 24 gives 80% (the TSDoc example)', () => {
    expect(sayDoRatio(frozen(s('s1', '2026-01-05', '2026-01-16', 30, 24)))).toBe(0.8);
  });

  it('pools a list: arjunken.com sprints say/do = 88 / 104', () => {
    expect(sayDoRatio(frozen(ARJUNKEN))).toBeCloseTo(88 / 104, 15);
  });

  it('excludes work added after the start, as the devacrobats Jira say/do KPI ("Committed, Completed")', () => {
    const sprint: Sprint = {
      ...s('s1', '2026-01-05', '2026-01-16', 20, 22),
      added: 5,
      completedFromAdded: 4,
    };
    expect(sayDoRatio(sprint)).toBe(18 / 20);
  });

  it('may exceed 1 when more than the commitment was done', () => {
    expect(sayDoRatio(s('s1', '2026-01-05', '2026-01-16', 10, 12))).toBe(1.2);
  });

  it('returns null when nothing was committed (the 1.0 null rule: a ratio over zero does not exist)', () => {
    expect(sayDoRatio(s('s1', '2026-01-05', '2026-01-16', 0, 3))).toBeNull();
    expect(sayDoRatio([s('s1', '2026-01-05', '2026-01-16', 0, 3)])).toBeNull();
  });

  it('rejects an empty list and bad sprints, paths rooted at the parameter', () => {
    expectPopm(() => sayDoRatio([]), 'EMPTY_INPUT', ['sprints']);
    expectPopm(
      () => sayDoRatio([ARJUNKEN[0] as Sprint, { ...ARJUNKEN[1], committed: -1 } as Sprint]),
      'OUT_OF_RANGE',
      ['sprints', 1, 'committed'],
    );
    expectPopm(
      () => sayDoRatio({ ...s('s1', '2026-01-05', '2026-01-16', 10, 3), completedFromAdded: 4 }),
      'OUT_OF_RANGE',
      ['sprints', 'completedFromAdded'],
    );
  });

  it('property: pooled ratio lies between the lowest and highest sprint ratios', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 60 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (pairs) => {
          const sprints = frozen(
            pairs.map(([c, d], i) => s(`s${i}`, '2026-01-05', '2026-01-16', c, d)),
          );
          const r = sayDoRatio(sprints);
          const each = sprints.map((x) => sayDoRatio(x) as number);
          expect(r).toBeGreaterThanOrEqual(Math.min(...each) - 1e-12);
          expect(r).toBeLessThanOrEqual(Math.max(...each) + 1e-12);
        },
      ),
      { numRuns: 100 },
    );
  });
});
