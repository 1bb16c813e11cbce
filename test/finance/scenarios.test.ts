import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraiseOptions } from '../../src/finance/appraiseOptions.js';
import { scenarios } from '../../src/finance/scenarios.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { businessCaseArb, crmCase, invoicingCase } from './businessCaseFixtures.js';

const set = {
  best: { benefits: 1.2, probability: 0.25 },
  likely: { probability: 0.5 },
  worst: { benefits: 0.8, costs: 1.1, probability: 0.25 },
};

describe('scenarios', () => {
  it('matches the doc example: worst case −18.76 and do-nothing recommended there', () => {
    const r = scenarios(invoicingCase, set);
    const tool = r.byOption[1];
    expect(tool?.optionId).toBe('tool');
    expect(tool?.best.toFixed(2)).toBe('36.86');
    expect(tool?.likely.toFixed(2)).toBe('14.05');
    expect(tool?.worst.toFixed(2)).toBe('-18.76');
    // 0.25 × 36.86 + 0.5 × 14.05 + 0.25 × (−18.76)
    expect(tool?.expected?.toFixed(2)).toBe('11.55');
    expect(tool?.range.toFixed(2)).toBe('55.62');
    expect(r.byScenario.worst.recommended.optionId).toBe('none');
    expect(r.byScenario.best.recommended.optionId).toBe('tool');
    expect(r.bestExpected).toBe('tool');
  });

  it('leaves the likely case equal to the plain appraisal', () => {
    const r = scenarios(crmCase, { best: { benefits: 1.1 }, likely: {}, worst: { costs: 1.2 } });
    expect(r.byScenario.likely).toEqual(appraiseOptions(crmCase));
    expect(r.byOption.map((o) => o.optionId)).toEqual(['none', 'patch', 'cloud']);
    expect(r.byOption[0]?.expected).toBeNull();
    expect(r.bestExpected).toBeNull();
  });

  it('multiplies the discount rate and the dis-benefits', () => {
    const r = scenarios(crmCase, {
      best: { discountRate: 0 },
      likely: {},
      worst: { discountRate: 2, disBenefits: 3 },
    });
    expect(r.byScenario.best.discountRate.toString()).toBe('0');
    expect(r.byScenario.worst.discountRate.toString()).toBe('0.07');
    const cloud = r.byScenario.worst.options.find((o) => o.optionId === 'cloud');
    expect(cloud?.totalDisBenefits.toString()).toBe('18000');
    // Undiscounted, the cloud NPV is its plain sum: −40000 − 14000 + 3 × 17000 + 12000
    expect(r.byOption[2]?.best.toFixed(2)).toBe('9000.00');
  });

  it.each([
    [() => scenarios(invoicingCase, null as never), 'INVALID_ARGUMENT', ['set']],
    [
      () => scenarios(invoicingCase, { best: {}, likely: {} } as never),
      'INVALID_ARGUMENT',
      ['set', 'worst'],
    ],
    [
      () => scenarios(invoicingCase, { ...set, extreme: {} } as never),
      'INVALID_ARGUMENT',
      ['set', 'extreme'],
    ],
    [
      () => scenarios(invoicingCase, { ...set, best: { price: 2 } } as never),
      'INVALID_ARGUMENT',
      ['set', 'best', 'price'],
    ],
    [
      () => scenarios(invoicingCase, { ...set, best: { benefits: Number.NaN } }),
      'INVALID_NUMBER',
      ['set', 'best', 'benefits'],
    ],
    [
      () => scenarios(invoicingCase, { ...set, best: { costs: -1 } }),
      'OUT_OF_RANGE',
      ['set', 'best', 'costs'],
    ],
    [
      () => scenarios(invoicingCase, { ...set, worst: { costs: 1e300 } }),
      'OUT_OF_RANGE',
      ['set', 'worst', 'costs'],
    ],
    [
      () => scenarios(invoicingCase, { ...set, best: { probability: 1.5 } }),
      'OUT_OF_RANGE',
      ['set', 'best', 'probability'],
    ],
    [
      () => scenarios(invoicingCase, { ...set, best: { probability: 'x' as never } }),
      'INVALID_NUMBER',
      ['set', 'best', 'probability'],
    ],
    [() => scenarios(invoicingCase, { ...set, likely: {} }), 'INVALID_ARGUMENT', ['set']],
    [
      () => scenarios(invoicingCase, { ...set, likely: { probability: 0.6 } }),
      'INVALID_ARGUMENT',
      ['set'],
    ],
    [
      () =>
        scenarios({ ...invoicingCase, discountRate: -0.5 }, { ...set, worst: { discountRate: 3 } }),
      'OUT_OF_RANGE',
      ['set', 'worst', 'discountRate'],
    ],
    [
      () => scenarios({ ...invoicingCase, horizon: 0 }, set),
      'OUT_OF_RANGE',
      ['businessCase', 'horizon'],
    ],
    [
      () =>
        scenarios(
          { ...invoicingCase, discountRate: 1e308 },
          { ...set, best: { discountRate: 10 } },
        ),
      'OUT_OF_RANGE',
      ['set', 'best', 'discountRate'],
    ],
  ])('error rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it('never mutates input, freezes output, is deterministic; more benefits never lower an NPV', () => {
    fc.assert(
      fc.property(businessCaseArb, fc.integer({ min: 0, max: 100 }), (raw, up) => {
        const input = deepFreezeInput(structuredClone(raw));
        const s = deepFreezeInput({
          best: { benefits: 1 + up / 100 },
          likely: {},
          worst: { benefits: 1 - up / 200 },
        });
        const r = scenarios(input, s);
        expect(input).toEqual(raw);
        expect(isDeepFrozen(r)).toBe(true);
        expect(scenarios(input, s)).toEqual(r);
        for (const row of r.byOption) {
          expect(row.best.gte(row.likely.minus(1e-9))).toBe(true);
          expect(row.likely.gte(row.worst.minus(1e-9))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000); // heavy property; generous under a shared CPU
});
