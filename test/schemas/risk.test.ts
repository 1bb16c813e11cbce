import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defaultMatrix } from '../../src/risk/matrix.js';
import { riskExposure } from '../../src/risk/riskExposure.js';
import {
  parseRiskMatrix,
  parseRiskRegister,
  RiskMatrixSchema,
  RiskRegisterSchema,
  RiskSchema,
  safeParseRiskRegister,
} from '../../src/schemas/risk.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { risksArb } from '../risk/fixtures.js';

const issuesOf = (json: unknown) => {
  const e = catchError(() => parseRiskRegister(json));
  expect(e.code).toBe('SCHEMA');
  return (e.details as { issues: { path: (string | number)[]; message: string }[] }).issues;
};

describe('risk schemas', () => {
  it('show the doc examples', () => {
    expect(
      z.safeParse(RiskSchema, {
        id: 'R1',
        title: 'Supplier late',
        kind: 'threat',
        probability: 1.5,
      }).success,
    ).toBe(false);
    expect(
      z.safeParse(RiskSchema, {
        id: 'R1',
        title: 'Supplier late',
        kind: 'threat',
        response: { strategy: 'exploit' },
      }).success,
    ).toBe(false);
    expect(
      z.safeParse(RiskMatrixSchema, {
        size: 3,
        probabilityBands: [],
        impactLabels: [],
        ratingBands: [],
      }).success,
    ).toBe(false);
    expect(
      z.safeParse(RiskRegisterSchema, {
        risks: [
          { id: 'R1', title: 'a', kind: 'threat' },
          { id: 'R1', title: 'b', kind: 'threat' },
        ],
      }).success,
    ).toBe(false);
    expect(
      parseRiskRegister({
        risks: [
          { id: 'W', title: 'Bad weather', kind: 'threat', probability: 0.25, costImpact: '80000' },
        ],
      }).risks.length,
    ).toBe(1);
    expect(
      issuesOf([{ id: 'W', title: 'Bad weather', kind: 'threat', probability: 2 }])[0]?.path,
    ).toEqual([0, 'probability']);
    expect(
      safeParseRiskRegister({ risks: [{ id: 'R1', title: 'x', kind: 'maybe' }] }).success,
    ).toBe(false);
    expect(
      parseRiskMatrix({
        size: 3,
        probabilityBands: [
          { level: 1, upTo: 0.3, label: 'Low' },
          { level: 2, upTo: 0.6, label: 'Medium' },
          { level: 3, upTo: 1, label: 'High' },
        ],
        impactLabels: ['Minor', 'Moderate', 'Major'],
        ratingBands: [
          { name: 'Green', minScore: 1 },
          { name: 'Red', minScore: 6 },
        ],
      }).size,
    ).toBe(3);
  });

  it('round-trips a register through JSON, matrix and framework included', () => {
    const json = {
      framework: 'PRINCE2',
      matrix: JSON.parse(JSON.stringify(defaultMatrix)),
      risks: [
        {
          id: 'W',
          title: 'Bad weather',
          kind: 'threat',
          probability: 0.25,
          costImpact: { min: '60000', mostLikely: '80000', max: '100000' },
          scheduleImpactDays: { min: 1, mostLikely: 2, max: 6 },
          response: { strategy: 'fallback', actions: ['hire covers'], cost: '1500.50' },
          residual: { probability: 0.1, impact: 2 },
          impact: 4,
          status: 'monitoring',
          reviewBy: '2026-03-01',
          raisedOn: '2026-01-05',
          owner: 'Site manager',
          unknownKey: 'dropped',
        },
      ],
    };
    const register = parseRiskRegister(deepFreezeInput(json));
    expect(register.framework).toBe('PRINCE2');
    expect(register.matrix).toEqual(defaultMatrix);
    expect(isDeepFrozen(register)).toBe(true);
    expect('unknownKey' in (register.risks[0] as object)).toBe(false);
    expect(riskExposure(register).netCost.toString()).toBe('20000');
    const again = parseRiskRegister(JSON.parse(JSON.stringify(register)));
    expect(again).toEqual(register);
  });

  it('reports every issue with its path', () => {
    const issues = issuesOf({
      risks: [
        { id: 'A', title: '', kind: 'threat', probability: -1 },
        { id: 'B', title: 'b', kind: 'threat', costImpact: '-5', reviewBy: '2026-02-30' },
        { id: 'C', title: 'c', kind: 'threat', costImpact: { min: 5, mostLikely: 3, max: 2 } },
        {
          id: 'D',
          title: 'd',
          kind: 'opportunity',
          scheduleImpactDays: { min: 5, mostLikely: 3, max: 4 },
        },
      ],
    });
    const paths = issues.map((i) => JSON.stringify(i.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        '["risks",0,"title"]',
        '["risks",0,"probability"]',
        '["risks",1,"costImpact"]',
        '["risks",1,"reviewBy"]',
        '["risks",2,"costImpact","mostLikely"]',
        '["risks",2,"costImpact","max"]',
        '["risks",3,"scheduleImpactDays","mostLikely"]',
      ]),
    );
  });

  it('reports duplicate ids, strategies outside the framework and levels beyond the matrix', () => {
    expect(
      issuesOf([
        { id: 'A', title: 'a', kind: 'threat' },
        { id: 'A', title: 'b', kind: 'threat' },
      ]).map((i) => i.path),
    ).toEqual([[1, 'id']]);
    expect(
      issuesOf({
        framework: 'PMI',
        risks: [{ id: 'A', title: 'a', kind: 'threat', response: { strategy: 'fallback' } }],
      }).map((i) => i.path),
    ).toEqual([['risks', 0, 'response', 'strategy']]);
    expect(
      issuesOf({ risks: [{ id: 'A', title: 'a', kind: 'threat', impact: 7 }] }).map((i) => i.path),
    ).toEqual([['risks', 0, 'impact']]);
    expect(
      issuesOf([
        { id: 'A', title: 'a', kind: 'opportunity', response: { strategy: 'mitigate' } },
      ]).map((i) => i.path),
    ).toEqual([[0, 'response', 'strategy']]);
    expect(
      issuesOf({
        risks: [{ id: 'A', title: 'a', kind: 'threat', raisedOn: '2026-05-01' }],
        framework: 'ISO',
      }).map((i) => i.path),
    ).toEqual(expect.arrayContaining([['framework']]));
  });

  it('reports broken matrix rules at their path', () => {
    const bad = {
      ...JSON.parse(JSON.stringify(defaultMatrix)),
      ratingBands: [{ name: 'A', minScore: 2 }],
    };
    const e = catchError(() => parseRiskMatrix(bad));
    expect(e.code).toBe('SCHEMA');
    expect((e.details as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual([
      'ratingBands',
      0,
      'minScore',
    ]);
    const inRegister = issuesOf({ risks: [], matrix: bad });
    expect(inRegister[0]?.path).toEqual(['matrix', 'ratingBands', 0, 'minScore']);
    expect(catchError(() => parseRiskMatrix({ ...bad, size: 11 })).code).toBe('SCHEMA');
  });

  it('safeParseRiskRegister returns data or a SCHEMA error', () => {
    const ok = safeParseRiskRegister([{ id: 'A', title: 'a', kind: 'threat' }]);
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data.risks[0]?.id).toBe('A');
    const bad = safeParseRiskRegister('nope');
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe('SCHEMA');
  });

  it('property: any valid register survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(risksArb, (risks) => {
        const register = parseRiskRegister(JSON.parse(JSON.stringify({ risks })));
        expect(register.risks).toEqual(risks);
        expect(isDeepFrozen(register)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
