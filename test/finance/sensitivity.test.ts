import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraiseOptions } from '../../src/finance/appraiseOptions.js';
import type { BusinessCase } from '../../src/finance/businessCase.js';
import { npv } from '../../src/finance/npv.js';
import {
  breakEvenChange,
  sensitivity,
  sensitivityVariables,
} from '../../src/finance/sensitivity.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { businessCaseArb, crmCase, invoicingCase } from './businessCaseFixtures.js';

describe('sensitivity: tornado rows', () => {
  it('matches the doc example: benefits ±10% move NPV from 2.64 to 25.45', () => {
    const s = sensitivity(invoicingCase, 'tool', { swing: 0.1 });
    expect(s.rows.map((r) => r.variable)).toEqual(['benefits', 'costs', 'discountRate']);
    expect(s.rows[0]?.low.toFixed(2)).toBe('2.64');
    expect(s.rows[0]?.high.toFixed(2)).toBe('25.45');
    expect(s.rows[0]?.lowChange).toBe(-0.1);
    expect(s.rows[0]?.highChange).toBe(0.1);
    // Costs +10% is the low end: 14.05 − 10
    expect(s.rows[1]?.low.toFixed(2)).toBe('4.05');
    expect(s.rows[1]?.lowChange).toBe(0.1);
    expect(s.rows[1]?.spread.toFixed(6)).toBe('20.000000');
    // A higher rate lowers the NPV of these conventional flows: ends at 11% and 9%.
    expect(s.rows[2]?.low.toFixed(6)).toBe(npv(0.11, [-100, 60, 72]).toFixed(6));
    expect(s.rows[2]?.high.toFixed(6)).toBe(npv(0.09, [-100, 60, 72]).toFixed(6));
    expect(s.baseNpv.toFixed(2)).toBe('14.05');
    expect(s.swing).toBe(0.1);
    expect(s.optionId).toBe('tool');
  });

  it('defaults to a 20% swing and includes every named line', () => {
    const s = sensitivity(crmCase, 'cloud');
    expect(s.swing).toBe(0.2);
    expect(s.rows).toHaveLength(8);
    expect(s.rows[0]?.variable).toBe('benefits');
    const spreads = s.rows.map((r) => r.spread.toNumber());
    expect([...spreads].sort((a, b) => b - a)).toEqual(spreads);
    expect(sensitivityVariables(invoicingCase, 'tool')).toEqual([
      'benefits',
      'costs',
      'discountRate',
    ]);
    expect(sensitivityVariables(crmCase, 'cloud')).toEqual([
      'benefits',
      'costs',
      'disBenefits',
      'discountRate',
      'benefits:Sales uplift',
      'costs:Licences',
      'costs:Migration',
      'disBenefits:Training time',
    ]);
  });

  it('varies only the chosen variables, in the given order for equal spreads', () => {
    const s = sensitivity(crmCase, 'cloud', { variables: ['costs:Migration', 'discountRate'] });
    expect(s.rows.map((r) => r.variable).sort()).toEqual(['costs:Migration', 'discountRate']);
    const z = sensitivity(invoicingCase, 'none', { variables: ['costs', 'benefits'] });
    expect(z.rows.map((r) => r.variable)).toEqual(['costs', 'benefits']);
    expect(z.rows[0]?.spread.toString()).toBe('0');
  });

  it('finds an interior extreme when NPV is not monotone in the rate', () => {
    // −100, 230, −132: NPV(r) peaks near r = 14.8%, so both ends are below the base.
    const bc: BusinessCase = {
      ...invoicingCase,
      discountRate: 0.148,
      options: [
        invoicingCase.options[0] as never,
        { id: 'x', name: 'X', kind: 'do-something', costs: [100, 0, 132], benefits: [0, 230] },
      ],
    };
    const row = sensitivity(bc, 'x', { variables: ['discountRate'] }).rows[0];
    const base = npv(0.148, [-100, 230, -132]);
    expect(row?.high.toNumber()).toBeGreaterThanOrEqual(base.toNumber());
    expect(row?.low.lte(base)).toBe(true);
    expect(row?.lowChange).not.toBe(0);
  });

  it.each([
    [() => sensitivity(invoicingCase, 'nope'), 'NOT_FOUND', ['optionId']],
    [() => sensitivity(invoicingCase, '' as never), 'INVALID_ARGUMENT', ['optionId']],
    [() => sensitivity(invoicingCase, 'tool', { swing: 0 }), 'OUT_OF_RANGE', ['options', 'swing']],
    [
      () => sensitivity(invoicingCase, 'tool', { swing: 1.5 }),
      'OUT_OF_RANGE',
      ['options', 'swing'],
    ],
    [
      () => sensitivity(invoicingCase, 'tool', { swing: '0.2' as never }),
      'INVALID_NUMBER',
      ['options', 'swing'],
    ],
    [
      () => sensitivity(invoicingCase, 'tool', { variables: [] }),
      'EMPTY_INPUT',
      ['options', 'variables'],
    ],
    [
      () => sensitivity(invoicingCase, 'tool', { variables: 'costs' as never }),
      'INVALID_ARGUMENT',
      ['options', 'variables'],
    ],
    [
      () => sensitivity(invoicingCase, 'tool', { variables: ['price'] }),
      'NOT_FOUND',
      ['options', 'variables', 0],
    ],
    [() => sensitivity(invoicingCase, 'tool', null as never), 'INVALID_ARGUMENT', ['options']],
    [
      () => sensitivity({ ...invoicingCase, discountRate: -0.9 }, 'tool', { swing: 0.2 }),
      'OUT_OF_RANGE',
      ['businessCase', 'discountRate'],
    ],
    [
      // 1.5e308 × 1.2 is beyond float64: the swung rate cannot be discounted
      () => sensitivity({ ...invoicingCase, discountRate: 1.5e308 }, 'tool'),
      'OUT_OF_RANGE',
      ['businessCase', 'discountRate'],
    ],
    [
      () => sensitivity({ ...invoicingCase, reasons: [] }, 'tool'),
      'EMPTY_INPUT',
      ['businessCase', 'reasons'],
    ],
  ])('error rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe('sensitivity and breakEvenChange over do-nothing (basis: increment)', () => {
  it('analyses the NPV the recommendation rests on', () => {
    const inc = appraiseOptions(crmCase).options.find((o) => o.optionId === 'cloud')?.increment
      ?.npv;
    const s = sensitivity(crmCase, 'cloud', { basis: 'increment' });
    expect(s.basis).toBe('increment');
    expect(
      s.baseNpv
        .minus(inc as never)
        .abs()
        .lt(1e-6),
    ).toBe(true);
    for (const row of s.rows) expect(row.low.lte(s.baseNpv) && row.high.gte(s.baseNpv)).toBe(true);
    // Do-nothing's costs are not varied: the benefits row moves the increment as much as the NPV.
    const own = sensitivity(crmCase, 'cloud', { variables: ['benefits'] }).rows[0];
    expect(
      s.rows
        .find((r) => r.variable === 'benefits')
        ?.spread.minus(own?.spread as never)
        .abs()
        .lt(1e-6),
    ).toBe(true);
  });
  it('lets benefits fall much further before the option stops beating do-nothing', () => {
    const own = breakEvenChange(crmCase, 'cloud');
    const inc = breakEvenChange(crmCase, 'cloud', { basis: 'increment' });
    expect(own.basis).toBe('option');
    expect(own.change?.toFixed(4)).toBe('-0.0159');
    // 109,876.92 over a PV of benefits of 134,035: they may fall 82%
    expect(inc.change?.toFixed(4)).toBe('-0.8198');
    const rate = breakEvenChange(crmCase, 'cloud', {
      basis: 'increment',
      variable: 'discountRate',
    });
    expect(rate.breakEvenRate?.toFixed(4)).toBe(
      appraiseOptions(crmCase).options[0]?.increment?.irr?.toFixed(4),
    );
  });
  it.each([
    [
      () => sensitivity(crmCase, 'cloud', { basis: 'delta' as never }),
      'INVALID_ARGUMENT',
      ['options', 'basis'],
    ],
    [
      () => breakEvenChange(crmCase, 'cloud', { basis: 1 as never }),
      'INVALID_ARGUMENT',
      ['options', 'basis'],
    ],
  ])('error rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe('breakEvenChange', () => {
  it('matches the doc example: benefits may fall 12.32% before NPV reaches 0', () => {
    const b = breakEvenChange(invoicingCase, 'tool');
    expect(b.change?.toFixed(4)).toBe('-0.1232');
    expect(b.variable).toBe('benefits');
    expect(b.baseNpv.toFixed(2)).toBe('14.05');
    expect(b.breakEvenRate).toBeUndefined();
  });
  it('is exact: NPV at the break-even change is 0', () => {
    for (const variable of ['benefits', 'costs', 'costs:Licences', 'disBenefits:Training time']) {
      const b = breakEvenChange(crmCase, 'cloud', { variable });
      expect(b.change).not.toBeNull();
      const row = sensitivity(crmCase, 'cloud', { variables: [variable], swing: 1 }).rows[0];
      // NPV is linear in the variable: interpolate the row's ends at the change.
      const c = b.change?.toNumber() as number;
      const lo = row?.lowChange as number;
      const hi = row?.highChange as number;
      const at =
        (row?.low.toNumber() as number) +
        ((c - lo) / (hi - lo)) *
          ((row?.high.toNumber() as number) - (row?.low.toNumber() as number));
      expect(Math.abs(at)).toBeLessThan(1e-6);
    }
    const costs = breakEvenChange(crmCase, 'cloud', { variable: 'costs' });
    expect(costs.change?.gt(0)).toBe(true);
  });
  it('gives a change of 0, not -0, when the NPV is already 0', () => {
    const flat = breakEvenChange(
      {
        ...invoicingCase,
        discountRate: 0,
        options: [
          invoicingCase.options[0] as (typeof invoicingCase.options)[number],
          { id: 'tool', name: 'T', kind: 'do-something', costs: [100], benefits: [0, 100] },
        ],
      },
      'tool',
    );
    expect(flat.baseNpv.isZero()).toBe(true);
    expect(JSON.stringify(flat.change)).toBe('"0"');
  });
  it('gives the IRR as the break-even rate for the discount rate', () => {
    const b = breakEvenChange(invoicingCase, 'tool', { variable: 'discountRate' });
    expect(b.breakEvenRate?.toFixed(6)).toBe('0.200000');
    expect(b.change?.toFixed(6)).toBe('1.000000'); // 20% is the base 10% doubled
  });
  it('gives null when the variable cannot move NPV, or there is no break-even rate', () => {
    expect(breakEvenChange(invoicingCase, 'none').change).toBeNull();
    const r = breakEvenChange(invoicingCase, 'none', { variable: 'discountRate' });
    expect(r.change).toBeNull();
    expect(r.breakEvenRate).toBeNull();
    const zero = breakEvenChange({ ...invoicingCase, discountRate: 0 }, 'tool', {
      variable: 'discountRate',
    });
    expect(zero.breakEvenRate?.toFixed(4)).toBe('0.2000');
    expect(zero.change).toBeNull();
  });
  it.each([
    [() => breakEvenChange(invoicingCase, 'zzz'), 'NOT_FOUND', ['optionId']],
    [
      () => breakEvenChange(invoicingCase, 'tool', { variable: 'disBenefits' }),
      'NOT_FOUND',
      ['options', 'variable'],
    ],
    [
      () => breakEvenChange(invoicingCase, 'tool', { variable: 3 as never }),
      'INVALID_ARGUMENT',
      ['options', 'variable'],
    ],
    [() => breakEvenChange(invoicingCase, 'tool', 7 as never), 'INVALID_ARGUMENT', ['options']],
    [
      // null is not "use the default": it is a mistake, and says so
      () => breakEvenChange(invoicingCase, 'tool', { variable: null as never }),
      'INVALID_ARGUMENT',
      ['options', 'variable'],
    ],
  ])('error rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe('sensitivity: properties', () => {
  it('every row contains the base NPV between low and high; rows sorted; input untouched; output frozen', () => {
    fc.assert(
      fc.property(businessCaseArb, fc.integer({ min: 1, max: 100 }), (raw, pct) => {
        const input = deepFreezeInput(structuredClone(raw));
        const id = 'o0';
        const s = sensitivity(input, id, { swing: pct / 100 });
        expect(input).toEqual(raw);
        expect(isDeepFrozen(s)).toBe(true);
        const base = appraiseOptions(input).options.find((o) => o.optionId === id)?.npv;
        expect(s.baseNpv.eq(base as never)).toBe(true);
        for (const row of s.rows) {
          expect(row.low.lte(s.baseNpv)).toBe(true);
          expect(row.high.gte(s.baseNpv)).toBe(true);
          expect(row.spread.eq(row.high.minus(row.low))).toBe(true);
        }
        for (let i = 1; i < s.rows.length; i++)
          expect(s.rows[i - 1]?.spread.gte(s.rows[i]?.spread as never)).toBe(true);
        expect(sensitivity(input, id, { swing: pct / 100 })).toEqual(s);
      }),
      { numRuns: 100 },
    );
  }, 30_000); // heavy property; generous under a shared CPU
  it('breakEvenChange and sensitivityVariables are deterministic, frozen and leave the case untouched', () => {
    const input = deepFreezeInput(structuredClone(crmCase));
    const vars = sensitivityVariables(input, 'cloud');
    expect(isDeepFrozen(vars)).toBe(true);
    expect(sensitivityVariables(input, 'cloud')).toEqual(vars);
    for (const variable of vars) {
      const b = breakEvenChange(input, 'cloud', { variable });
      expect(isDeepFrozen(b)).toBe(true);
      expect(breakEvenChange(input, 'cloud', { variable })).toEqual(b);
    }
    expect(input).toEqual(crmCase);
  });
  it('moves the discount rate relatively, so a 0 % base rate gives an empty bar', () => {
    // 10 % ± 20 % reads NPV at 8 % and 12 %; 0 % ± 20 % is still 0 %.
    const r = sensitivity(invoicingCase, 'tool', { variables: ['discountRate'] }).rows[0];
    expect(r?.low.toFixed(4)).toBe(npv(0.12, [-100, 60, 72]).toFixed(4));
    expect(r?.high.toFixed(4)).toBe(npv(0.08, [-100, 60, 72]).toFixed(4));
    const z = sensitivity({ ...invoicingCase, discountRate: 0 }, 'tool', {
      variables: ['discountRate'],
    }).rows[0];
    expect(z?.spread.toString()).toBe('0');
    expect(z?.low.toString()).toBe('32');
  });
  it('breakEvenChange on benefits brings NPV to 0', () => {
    fc.assert(
      fc.property(businessCaseArb, (raw) => {
        const b = breakEvenChange(deepFreezeInput(raw), 'o0');
        expect(isDeepFrozen(b)).toBe(true);
        if (b.change === null) return;
        const s = sensitivity(raw, 'o0', { variables: ['benefits'], swing: 1 }).rows[0];
        if (s === undefined || s.spread.isZero()) return;
        // NPV is linear in the benefits multiplier; over changes −1..+1 the row
        // spans 2·PV(benefits), so NPV(1 + change) = base + change · spread / 2 = 0.
        const at = b.baseNpv.toNumber() + (b.change.toNumber() * s.spread.toNumber()) / 2;
        expect(Math.abs(at)).toBeLessThan(1e-6 * (1 + Math.abs(b.baseNpv.toNumber())));
      }),
      { numRuns: 100 },
    );
  }, 30_000); // heavy property; generous under a shared CPU
});
