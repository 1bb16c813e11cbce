import { describe, expect, it } from 'vitest';
import { ERROR_CODES, PopmError } from '../../src/core/errors.js';
import * as R from '../../src/risk/index.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { BAD, finiteEverywhere, leaves, setAt } from '../helpers/loudness.js';
import { WEATHER } from './fixtures.js';

describe('risk: every export is loud on bad input', () => {
  const reg = R.createRiskRegister([
    { ...WEATHER, impact: 3, category: 'site', owner: 'PM', reviewBy: '2026-03-01' },
  ]);
  // Each export with good arguments; every argument and every field of it is then broken in turn.
  const cases: [string, (...a: never[]) => unknown, unknown[]][] = [
    ['createRiskMatrix', R.createRiskMatrix, [{ size: 5 }]],
    ['probabilityLevel', R.probabilityLevel, [0.5, R.defaultMatrix]],
    ['costLevel', R.costLevel, [5, R.defaultMatrix]],
    ['ratingOfScore', R.ratingOfScore, [5, R.defaultMatrix]],
    ['riskRating', R.riskRating, [reg.risks[0], R.defaultMatrix, { residual: true }]],
    ['riskScore', R.riskScore, [reg.risks[0], R.defaultMatrix, { residual: true }]],
    ['expectedMonetaryValue', R.expectedMonetaryValue, [reg.risks[0], { residual: true }]],
    ['heatMap', R.heatMap, [reg, R.defaultMatrix, { residual: true, kind: 'threat' }]],
    ['riskExposure', R.riskExposure, [reg]],
    ['riskTrend', R.riskTrend, [[{ asOf: '2026-03-01', register: reg }], { residual: true }]],
    ['simulateRiskCost', R.simulateRiskCost, [reg, { seed: 1, trials: 20 }]],
    ['risksDueForReview', R.risksDueForReview, [reg, '2026-03-05']],
    ['topRisks', R.topRisks, [reg, 2, { by: 'emv' }]],
    ['unownedRisks', R.unownedRisks, [reg]],
    ['risksWithoutResponse', R.risksWithoutResponse, [reg]],
    [
      'createRiskRegister',
      R.createRiskRegister,
      [[{ id: 'X', title: 'x', kind: 'threat' }], { framework: 'PMI' }],
    ],
    ['addRisk', R.addRisk, [reg, { id: 'X', title: 'x', kind: 'threat' }]],
    ['updateRisk', R.updateRisk, [reg, 'W', { probability: 0.3 }]],
    ['closeRisk', R.closeRisk, [reg, 'W', { date: '2026-03-01', reason: 'r' }]],
    ['escalateRisk', R.escalateRisk, [reg, 'W', { date: '2026-03-01', to: 'board' }]],
    ['recordOccurrence', R.recordOccurrence, [reg, 'W', { date: '2026-03-01', actualCost: 5 }]],
    ['isActiveRisk', R.isActiveRisk, [reg.risks[0]]],
    ['strategiesFor', R.strategiesFor, ['threat', 'PMI']],
    ['isValidStrategy', R.isValidStrategy, ['avoid', 'threat', 'PMI']],
  ];

  it.each(cases)(
    '%s: frozen inputs untouched, output frozen all the way down, same input same output',
    (_, fn, good) => {
      const input = good.map((a) => deepFreezeInput(structuredClone(a)));
      const before = JSON.stringify(input);
      const a = fn(...(input as never[]));
      const b = fn(...(input as never[]));
      expect(JSON.stringify(input)).toBe(before);
      expect(isDeepFrozen(a)).toBe(true);
      const show = (x: unknown) =>
        JSON.stringify(x, (_k, v) => (typeof v === 'function' ? '[fn]' : v));
      expect(show(b)).toBe(show(a));
    },
  );

  it.each(cases)(
    '%s: a PopmError or a finite, valid answer — never a TypeError, NaN or Infinity',
    (_, fn, good) => {
      expect(finiteEverywhere(fn(...(good as never[])))).toBe(true);
      let thrown = 0;
      good.forEach((arg, i) => {
        for (const path of [[], ...leaves(arg)])
          for (const bad of BAD) {
            const args = [...good];
            args[i] = setAt(arg, path, bad);
            try {
              expect(finiteEverywhere(fn(...(args as never[])))).toBe(true);
            } catch (e) {
              if (!(e instanceof PopmError)) throw e;
              expect(ERROR_CODES).toContain(e.code);
              thrown++;
            }
          }
      });
      expect(thrown).toBeGreaterThan(0);
    },
  );

  it('checks the matrix handed to probabilityLevel, costLevel and ratingOfScore', () => {
    const hand = JSON.parse(JSON.stringify(R.defaultMatrix));
    expect(R.probabilityLevel(0.5, hand)).toBe(3);
    expect(R.ratingOfScore(12, hand)).toBe('High');
    expect(catchError(() => R.probabilityLevel(0.5, null as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['matrix'],
    });
    expect(catchError(() => R.costLevel(5, undefined as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['matrix'],
    });
    expect(
      catchError(() => R.ratingOfScore(3, { ...hand, ratingBands: [{ name: 1, minScore: 1 }] })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['matrix', 'ratingBands', 0, 'name'] });
    expect(
      catchError(() =>
        R.probabilityLevel(0.5, { ...hand, probabilityBands: hand.probabilityBands.slice(1) }),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['matrix', 'probabilityBands'] });
  });

  it('refuses a hand-built matrix with a null or missing part instead of defaulting it', () => {
    const hand = JSON.parse(JSON.stringify(R.defaultMatrix));
    for (const key of ['probabilityBands', 'impactLabels', 'ratingBands'])
      for (const v of [null, undefined])
        expect(catchError(() => R.ratingOfScore(3, { ...hand, [key]: v }))).toMatchObject({
          code: 'INVALID_ARGUMENT',
          path: ['matrix', key],
        });
    expect(catchError(() => R.ratingOfScore(3, { ...hand, costBands: null }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['matrix', 'costBands'],
    });
  });

  it('reports a bad register matrix under the register, and a bad option matrix under options', () => {
    const matrix = { ...JSON.parse(JSON.stringify(R.defaultMatrix)), probabilityBands: 1 };
    const hand = { risks: [WEATHER], matrix };
    expect(catchError(() => R.riskExposure(hand as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['register', 'matrix', 'probabilityBands'],
    });
    expect(
      catchError(() => R.createRiskRegister([], { matrix: { size: 4 } as never })),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['options', 'matrix', 'probabilityBands'] });
  });

  it('works on a hand-built register without a matrix (the default one) everywhere', () => {
    const hand = { risks: [{ ...WEATHER, impact: 3 }] } as never;
    expect(R.updateRisk(hand, 'W', { owner: 'PM' }).matrix).toBe(R.defaultMatrix);
    expect(R.recordOccurrence(hand, 'W', { date: '2026-03-01' }).risks[0]?.status).toBe('occurred');
    expect(R.topRisks(hand, 1)[0]?.rating).toBe('Moderate');
    expect(R.riskTrend([{ asOf: '2026-03-01', register: hand }])[0]?.netCost.toString()).toBe(
      '20000',
    );
  });

  it('never freezes or changes the objects of a hand-built (unfrozen) register', () => {
    const make = () => ({
      risks: [
        { id: 'a', title: 'a', kind: 'threat', probability: 0.5, impact: 2, costImpact: 10 },
        { id: 'c', title: 'c', kind: 'opportunity' },
      ],
    });
    const calls: ((r: never) => unknown)[] = [
      (r) => R.addRisk(r, { id: 'b', title: 'b', kind: 'threat' }),
      (r) => R.updateRisk(r, 'a', { owner: 'x' }),
      (r) => R.closeRisk(r, 'a', { date: '2026-03-01', reason: 'gone' }),
      (r) => R.topRisks(r, 2),
      (r) => R.unownedRisks(r),
      (r) => R.risksWithoutResponse(r),
      (r) => R.riskExposure(r),
      (r) => R.heatMap(r),
      (r) => R.riskTrend([{ asOf: '2026-03-01', register: r }]),
    ];
    for (const call of calls) {
      const hand = make();
      call(hand as never);
      expect(hand).toEqual(make());
      expect(Object.isFrozen(hand.risks[0]) || Object.isFrozen(hand.risks[1])).toBe(false);
    }
  });

  it('rejects an unknown kind, framework or non-string strategy in strategiesFor and isValidStrategy', () => {
    expect(catchError(() => R.strategiesFor('risk' as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['kind'],
    });
    expect(catchError(() => R.strategiesFor('threat', 'ISO' as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['framework'],
    });
    expect(catchError(() => R.isValidStrategy(42 as never, 'threat'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['strategy'],
    });
    expect(catchError(() => R.isValidStrategy('avoid', null as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['kind'],
    });
  });

  it('rejects an unknown status in isActiveRisk instead of calling it inactive', () => {
    expect(R.isActiveRisk({ ...WEATHER, status: 'monitoring' })).toBe(true);
    expect(catchError(() => R.isActiveRisk({ ...WEATHER, status: 'Open' as never }))).toMatchObject(
      {
        code: 'INVALID_ARGUMENT',
        path: ['risk', 'status'],
      },
    );
  });

  it('reports a bad simulation seed at options.seed', () => {
    // An omitted seed is the simulation contract's default (1), not an error.
    for (const seed of [null, Number.NaN, {}])
      expect(catchError(() => R.simulateRiskCost(reg, { seed } as never))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: ['options', 'seed'],
      });
  });
});
