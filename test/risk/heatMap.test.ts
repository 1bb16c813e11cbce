import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heatMap } from '../../src/risk/heatMap.js';
import { createRiskMatrix } from '../../src/risk/matrix.js';
import { createRiskRegister } from '../../src/risk/register.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { risksArb } from './fixtures.js';

describe('heatMap', () => {
  const register = createRiskRegister([
    { id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.9, impact: 5 },
    { id: 'R2', title: 'Key person leaves', kind: 'threat', probability: 0.1, impact: 2 },
  ]);

  it('shows the doc example', () => {
    const map = heatMap(register);
    expect(map.grid[0]?.[4]).toEqual({
      probabilityLevel: 5,
      impactLevel: 5,
      rating: 'Extreme',
      count: 1,
      ids: ['R1'],
    });
    expect(map.byRating).toEqual([
      { rating: 'Low', count: 1 },
      { rating: 'Moderate', count: 0 },
      { rating: 'High', count: 0 },
      { rating: 'Extreme', count: 1 },
    ]);
    expect(map.grid[4]?.[1]?.ids).toEqual(['R2']);
    expect(map.probabilityLabels).toEqual(['Very low', 'Low', 'Moderate', 'High', 'Very high']);
    expect(isDeepFrozen(map)).toBe(true);
  });

  it('lays the grid out as drawn: top row highest probability, impact rising to the right', () => {
    const map = heatMap(register);
    expect(map.grid.map((row) => row[0]?.probabilityLevel)).toEqual([5, 4, 3, 2, 1]);
    expect(map.grid[2]?.map((c) => c.impactLevel)).toEqual([1, 2, 3, 4, 5]);
    expect(map.grid[2]?.map((c) => c.rating)).toEqual([
      'Low',
      'Moderate',
      'High',
      'High',
      'Extreme',
    ]);
  });

  it('leaves out inactive risks, lists unrated ones, filters by kind and uses residuals', () => {
    const r = createRiskRegister([
      {
        id: 'A',
        title: 'a',
        kind: 'threat',
        probability: 0.5,
        impact: 3,
        residual: { probability: 0.1 },
      },
      { id: 'B', title: 'b', kind: 'opportunity', probability: 0.5, impact: 3 },
      { id: 'C', title: 'c', kind: 'threat', probability: 0.5, impact: 3, status: 'closed' },
      { id: 'D', title: 'd', kind: 'threat', probability: 0.5 },
    ]);
    const all = heatMap(r);
    expect(all.grid[2]?.[2]?.ids).toEqual(['A', 'B']);
    expect(all.unrated).toEqual(['D']);
    expect(heatMap(r, undefined, { kind: 'threat' }).grid[2]?.[2]?.ids).toEqual(['A']);
    const residual = heatMap(r, undefined, { residual: true });
    expect(residual.grid[4]?.[2]?.ids).toEqual(['A']);
    expect(residual.grid[2]?.[2]?.ids).toEqual(['B']);
  });

  it('places risks on another matrix, and rejects levels beyond it', () => {
    const m3 = createRiskMatrix({
      size: 3,
      ratingBands: [
        { name: 'Green', minScore: 1 },
        { name: 'Red', minScore: 5 },
      ],
    });
    const small = createRiskRegister([
      { id: 'A', title: 'a', kind: 'threat', probability: 0.9, impact: 3 },
    ]);
    expect(heatMap(small, m3).grid[0]?.[2]).toMatchObject({ rating: 'Red', ids: ['A'] });
    const big = createRiskRegister([
      { id: 'A', title: 'a', kind: 'threat', probability: 0.9, impact: 5 },
    ]);
    expect(catchError(() => heatMap(big, m3))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['register', 'risks', 0, 'impact'],
    });
    const res = createRiskRegister([
      { id: 'A', title: 'a', kind: 'threat', probability: 0.9, impact: 2, residual: { impact: 5 } },
    ]);
    expect(catchError(() => heatMap(res, m3, { residual: true }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['register', 'risks', 0, 'residual', 'impact'],
    });
  });

  it('rejects bad options', () => {
    expect(catchError(() => heatMap(register, undefined, { kind: 'risk' as never }))).toMatchObject(
      {
        code: 'INVALID_ARGUMENT',
        path: ['options', 'kind'],
      },
    );
    expect(catchError(() => heatMap(register, undefined, { residual: 1 as never }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'residual'],
    });
    expect(catchError(() => heatMap(register, undefined, 'x' as never)).path).toEqual(['options']);
    expect(catchError(() => heatMap(register, 5 as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('property: every active risk lands in exactly one cell or in unrated; counts add up', () => {
    fc.assert(
      fc.property(risksArb, (risks) => {
        const input = deepFreezeInput(risks);
        const map = heatMap(createRiskRegister(input));
        const placed = map.grid.flatMap((row) => row.flatMap((c) => c.ids));
        const active = input
          .filter((r) => r.status === undefined || r.status === 'open' || r.status === 'monitoring')
          .map((r) => r.id);
        expect([...placed, ...map.unrated].sort()).toEqual([...active].sort());
        const cellTotal = map.grid.flat().reduce((n, c) => n + c.count, 0);
        expect(map.byRating.reduce((n, b) => n + b.count, 0)).toBe(cellTotal);
        expect(isDeepFrozen(map)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
