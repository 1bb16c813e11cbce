import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRiskMatrix, defaultMatrix } from '../../src/risk/matrix.js';
import { riskRating, riskScore } from '../../src/risk/riskScore.js';
import type { Risk } from '../../src/risk/types.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

const risk = (extra: Partial<Risk>): Risk => ({
  id: 'R1',
  title: 'Supplier late',
  kind: 'threat',
  ...extra,
});

describe('riskRating and riskScore', () => {
  it('shows the doc examples', () => {
    expect(
      riskRating({ id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.5, impact: 4 }),
    ).toEqual({ probabilityLevel: 3, impactLevel: 4, score: 12, rating: 'High' });
    const r = risk({ probability: 0.5, impact: 4, residual: { probability: 0.1 } });
    expect(riskScore(r)).toBe(12);
    expect(riskScore(r, defaultMatrix, { residual: true })).toBe(4);
  });

  it('scores probability level × impact level for every cell of the default matrix', () => {
    const mids = [0.1, 0.3, 0.5, 0.7, 0.9]; // PMBOK 4th ed. Figure 11-10 probability scale
    for (let p = 1; p <= 5; p++)
      for (let i = 1; i <= 5; i++) {
        const rating = riskRating(risk({ probability: mids[p - 1] as number, impact: i }));
        expect(rating?.probabilityLevel).toBe(p);
        expect(rating?.impactLevel).toBe(i);
        expect(rating?.score).toBe(p * i);
      }
  });

  it('rates opportunities on the same grid as threats', () => {
    expect(riskRating(risk({ kind: 'opportunity', probability: 0.9, impact: 5 }))?.rating).toBe(
      'Extreme',
    );
  });

  it('derives the impact level from the cost impact through cost bands', () => {
    const m = createRiskMatrix({
      costBands: [0, 10000, 50000, 100000, 500000].map((from, i) => ({ level: i + 1, from })),
    });
    expect(riskRating(risk({ probability: 0.25, costImpact: 80000 }), m)).toEqual({
      probabilityLevel: 2,
      impactLevel: 3,
      score: 6,
      rating: 'Moderate',
    });
    // Three-point: the mean (40,000 + 70,000 + 160,000) / 3 = 90,000 → level 3.
    expect(
      riskRating(
        risk({ probability: 0.25, costImpact: { min: 40000, mostLikely: 70000, max: 160000 } }),
        m,
      )?.impactLevel,
    ).toBe(3);
    // An explicit impact level wins over the cost bands.
    expect(
      riskRating(risk({ probability: 0.25, impact: 5, costImpact: 80000 }), m)?.impactLevel,
    ).toBe(5);
    // Without cost bands a cost alone cannot be placed.
    expect(riskRating(risk({ probability: 0.25, costImpact: 80000 }))).toBeNull();
  });

  it('returns null for an unassessed risk', () => {
    expect(riskScore(risk({}))).toBeNull();
    expect(riskScore(risk({ probability: 0.5 }))).toBeNull();
    expect(riskScore(risk({ impact: 3 }))).toBeNull();
    expect(riskRating(risk({ impact: 3 }))).toBeNull();
  });

  it('rates the residual assessment field by field', () => {
    const r = risk({ probability: 0.9, impact: 5, residual: { impact: 2 } });
    expect(riskRating(r, defaultMatrix, { residual: true })).toEqual({
      probabilityLevel: 5,
      impactLevel: 2,
      score: 10,
      rating: 'High',
    });
    expect(
      riskScore(risk({ probability: 0.9, impact: 5 }), defaultMatrix, { residual: true }),
    ).toBe(25);
  });

  it('rejects bad input with the right code and path', () => {
    expect(catchError(() => riskScore(risk({ probability: 1.1, impact: 2 })))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['risk', 'probability'],
    });
    expect(catchError(() => riskScore(risk({ probability: 0.5, impact: 6 })))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['risk', 'impact'],
    });
    expect(
      catchError(() => riskScore(risk({ probability: 0.5, impact: 1 }), {} as never)),
    ).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['matrix', 'size'],
    });
    expect(
      catchError(() =>
        riskScore(risk({ probability: 0.5, impact: 1 }), defaultMatrix, { residual: 'y' } as never),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['options', 'residual'] });
  });

  it('property: score is within 1..25, deterministic, input untouched, output frozen', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        (p, i) => {
          const input = deepFreezeInput(risk({ probability: p, impact: i }));
          const a = riskRating(input);
          const b = riskRating(input);
          expect(a).toEqual(b);
          expect(isDeepFrozen(a)).toBe(true);
          expect(a?.score).toBeGreaterThanOrEqual(1);
          expect(a?.score).toBeLessThanOrEqual(25);
          expect(a?.impactLevel).toBe(i);
          // Monotone: a higher probability never lowers the score.
          const higher = riskScore(
            risk({ probability: Math.min(1, p + 0.2), impact: i }),
          ) as number;
          expect(higher).toBeGreaterThanOrEqual(a?.score as number);
        },
      ),
      { numRuns: 150 },
    );
  });
});
