import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationForProbability } from '../../src/plan/durationForProbability.js';
import { pertAnalysis } from '../../src/plan/pertAnalysis.js';
import { pertEstimate } from '../../src/plan/pertEstimate.js';
import { probabilityOfCompletion } from '../../src/plan/probabilityOfCompletion.js';
import type { Task } from '../../src/plan/types.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

// Estimates whose PERT mean and sd are the published 3, 8, 6 and 1, 2, 2.
const issueExample: Task[] = [
  { id: 'A', duration: 3, estimate: { optimistic: 0, mostLikely: 3, pessimistic: 6 } },
  {
    id: 'B',
    duration: 8,
    dependsOn: ['A'],
    estimate: { optimistic: 2, mostLikely: 8, pessimistic: 14 },
  },
  {
    id: 'C',
    duration: 6,
    dependsOn: ['B'],
    estimate: { optimistic: 0, mostLikely: 6, pessimistic: 12 },
  },
];

describe('pertEstimate', () => {
  it('is (o + 4m + p) / 6 and (p - o) / 6 (its @example: 2, 8, 14 -> 8, 2, 4)', () => {
    expect(pertEstimate({ optimistic: 2, mostLikely: 8, pessimistic: 14 })).toEqual({
      mean: 8,
      stdDev: 2,
      variance: 4,
    });
  });

  it('matches flylib (Taylor, Introduction to Management Science) activity 1: 5, 8, 17 -> 9, variance 4', () => {
    // https://flylib.com/books/en/3.287.1.117/1
    expect(pertEstimate({ optimistic: 5, mostLikely: 8, pessimistic: 17 })).toEqual({
      mean: 9,
      stdDev: 2,
      variance: 4,
    });
  });

  it('gives sd 0 when all three points are equal, and is frozen', () => {
    const r = pertEstimate({ optimistic: 5, mostLikely: 5, pessimistic: 5 });
    expect(r).toEqual({ mean: 5, stdDev: 0, variance: 0 });
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('enforces o <= m <= p with OUT_OF_RANGE and the field path', () => {
    expectPopm(
      () => pertEstimate({ optimistic: 4, mostLikely: 3, pessimistic: 5 }),
      'OUT_OF_RANGE',
      ['estimate', 'mostLikely'],
    );
    expectPopm(
      () => pertEstimate({ optimistic: 1, mostLikely: 3, pessimistic: 2 }),
      'OUT_OF_RANGE',
      ['estimate', 'pessimistic'],
    );
    expectPopm(
      () => pertEstimate({ optimistic: -1, mostLikely: 3, pessimistic: 5 }),
      'OUT_OF_RANGE',
      ['estimate', 'optimistic'],
    );
    expectPopm(
      () => pertEstimate({ optimistic: 1, mostLikely: Number.NaN, pessimistic: 5 }),
      'INVALID_NUMBER',
      ['estimate', 'mostLikely'],
    );
    expectPopm(() => pertEstimate(null as never), 'INVALID_ARGUMENT', ['estimate']);
  });

  it('mean lies in [o, p], sd >= 0, variance = sd^2 (property)', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: 0, max: 1e6, noNaN: true }),
          fc.double({ min: 0, max: 1e6, noNaN: true }),
          fc.double({ min: 0, max: 1e6, noNaN: true }),
        ),
        (xs) => {
          const [o, m, p] = [...xs].sort((a, b) => a - b) as [number, number, number];
          const r = pertEstimate({ optimistic: o, mostLikely: m, pessimistic: p });
          expect(r.mean).toBeGreaterThanOrEqual(o * (1 - 1e-12));
          expect(r.mean).toBeLessThanOrEqual(p * (1 + 1e-12));
          expect(r.stdDev).toBeGreaterThanOrEqual(0);
          expect(r.variance).toBe(r.stdDev * r.stdDev);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('pertAnalysis', () => {
  it('matches the curioustab PERT example: means 3, 8, 6, sd 1, 2, 2 -> mu 17, sigma 3, P(<= 20) = 0.8413', () => {
    // https://curioustab.com/…/pert-network-has-three-activities-critical-path-mean-time-3-64878
    const r = pertAnalysis(frozen(issueExample));
    expect(r.mean).toBe(17);
    expect(r.variance).toBe(9);
    expect(r.stdDev).toBe(3);
    expect(probabilityOfCompletion(r, 20)).toBeCloseTo(0.8413, 4);
    expect(probabilityOfCompletion(r, 20)).toBe(0.8413447460685427); // its @example
    expect(r.path).toEqual(['A', 'B', 'C']);
    expect(durationForProbability(r, 0.5)).toBe(17);
    expect(durationForProbability(r, 0.8413447460685427)).toBeCloseTo(20, 9);
  });

  it('matches flylib (Taylor) PERT example: critical path 1-3-5-7, 24 weeks, P(<= 28) = .9633', () => {
    // https://flylib.com/books/en/3.287.1.117/1 — the page gives the activity table and the
    // critical path; the arrow network 1-2, 1-3, 2-3, 2-4, 3-4, 3-5, 4-5 is written here as nodes.
    const e = (a: number, m: number, b: number) => ({
      optimistic: a,
      mostLikely: m,
      pessimistic: b,
    });
    const r = pertAnalysis([
      { id: '1', duration: 0, estimate: e(5, 8, 17) },
      { id: '2', duration: 0, estimate: e(7, 10, 13) },
      { id: '3', duration: 0, dependsOn: ['1'], estimate: e(3, 5, 7) },
      { id: '4', duration: 0, dependsOn: ['1'], estimate: e(1, 3, 5) },
      { id: '5', duration: 0, dependsOn: ['2', '3'], estimate: e(4, 6, 8) },
      { id: '6', duration: 0, dependsOn: ['2', '3'], estimate: e(3, 3, 3) },
      { id: '7', duration: 0, dependsOn: ['4', '5'], estimate: e(3, 4, 5) },
    ]);
    expect(r.mean).toBe(24);
    expect(r.path).toEqual(['1', '3', '5', '7']);
    expect(r.variance).toBeCloseTo(5, 12); // 4 + 4/9 + 4/9 + 1/9
    // The book reads Φ at z rounded to 1.79 (table: .9633); exact z = 4/√5 = 1.7889 gives .96318.
    expect(probabilityOfCompletion(r, 28)).toBeCloseTo(0.9633, 3);
    expect(probabilityOfCompletion(r, 28)).toBeCloseTo(0.96318, 5);
  });

  it('uses the longest-variance path where two critical paths tie on the mean', () => {
    const r = pertAnalysis([
      { id: 'S', duration: 1 },
      {
        id: 'Low',
        duration: 0,
        dependsOn: ['S'],
        estimate: { optimistic: 4, mostLikely: 5, pessimistic: 6 },
      },
      {
        id: 'High',
        duration: 0,
        dependsOn: ['S'],
        estimate: { optimistic: 2, mostLikely: 4, pessimistic: 12 },
      },
      { id: 'E', duration: 1, dependsOn: ['Low', 'High'] },
    ]);
    expect(r.criticalPath.criticalPaths).toHaveLength(2);
    expect(r.mean).toBe(7);
    expect(r.path).toEqual(['S', 'High', 'E']);
    expect(r.variance).toBeCloseTo((10 / 6) ** 2, 12);
  });

  it('keeps the first path on an exact variance tie', () => {
    const r = pertAnalysis([
      { id: 'A', duration: 0, estimate: { optimistic: 1, mostLikely: 2, pessimistic: 3 } },
      { id: 'B', duration: 0, estimate: { optimistic: 1, mostLikely: 2, pessimistic: 3 } },
    ]);
    expect(r.path).toEqual(['A']);
  });

  it('treats tasks without an estimate as fixed (variance 0); sd 0 gives a step probability', () => {
    const r = pertAnalysis([
      { id: 'A', duration: 4 },
      { id: 'B', duration: 2, dependsOn: ['A'] },
    ]);
    expect([r.mean, r.stdDev]).toEqual([6, 0]);
    expect(r.tasks).toEqual([
      { id: 'A', mean: 4, stdDev: 0, variance: 0 },
      { id: 'B', mean: 2, stdDev: 0, variance: 0 },
    ]);
    expect(probabilityOfCompletion(r, 6)).toBe(1);
    expect(probabilityOfCompletion(r, 5.9)).toBe(0);
    expect(durationForProbability(r, 0.99)).toBe(6);
  });

  it('gives mean 0 and an empty path for an empty plan', () => {
    const r = pertAnalysis([]);
    expect([r.mean, r.stdDev, r.path]).toEqual([0, 0, []]);
  });

  it('is frozen, leaves its input alone, and checks its arguments', () => {
    const input = frozen(issueExample);
    const r = pertAnalysis(input);
    expect(isDeepFrozen(r)).toBe(true);
    expectPopm(() => probabilityOfCompletion(r, Number.NaN), 'INVALID_NUMBER', ['by']);
    expectPopm(() => durationForProbability(r, 1), 'OUT_OF_RANGE', ['probability']);
    expectPopm(() => durationForProbability(r, 0), 'OUT_OF_RANGE', ['probability']);
    expectPopm(() => pertAnalysis(issueExample, { maxPaths: -1 }), 'OUT_OF_RANGE', [
      'options',
      'maxPaths',
    ]);
  });

  it('probability rises with the deadline and inverts durationForProbability (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (p, by) => {
          const r = pertAnalysis(issueExample);
          expect(probabilityOfCompletion(r, durationForProbability(r, p))).toBeCloseTo(p, 9);
          expect(probabilityOfCompletion(r, by + 1)).toBeGreaterThanOrEqual(
            probabilityOfCompletion(r, by),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
