import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraiseOptions } from '../../src/finance/appraiseOptions.js';
import type { BusinessCase, BusinessCaseOption } from '../../src/finance/businessCase.js';
import {
  BUSINESS_CASE_OPTION_KINDS,
  MAX_BUSINESS_CASE_HORIZON,
} from '../../src/finance/businessCase.js';
import { npv } from '../../src/finance/npv.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { businessCaseArb, crmCase, invoicingCase } from './businessCaseFixtures.js';

describe('appraiseOptions: exact money', () => {
  it('sums 0.1 + 0.2 as 0.3 in totals and net flows', () => {
    const r = appraiseOptions({
      ...invoicingCase,
      options: [
        { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
        {
          id: 'x',
          name: 'X',
          kind: 'do-something',
          costs: [
            { label: 'a', amounts: ['0.1'] },
            { label: 'b', amounts: ['0.2'] },
          ],
          benefits: [0, '0.3'],
        },
      ],
    });
    const x = r.options.find((o) => o.optionId === 'x');
    expect(x?.totalCosts.toString()).toBe('0.3');
    expect(x?.netFlows.map(String)).toEqual(['-0.3', '0.3', '0']);
    expect(x?.roi?.toString()).toBe('0');
    expect(x?.payback).toBe(1);
  });
});

describe('appraiseOptions: payback counts from the first money in', () => {
  const delayed = appraiseOptions({
    ...invoicingCase,
    options: [
      { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [0, 50, 50], benefits: [] },
      {
        id: 'late',
        name: 'Start next year',
        kind: 'do-something',
        costs: [0, 100],
        benefits: [0, 0, 200],
      },
    ],
  });
  const late = delayed.options.find((o) => o.optionId === 'late');
  const none = delayed.options.find((o) => o.optionId === 'none');
  it('pays back 0, −100, 200 at 1.5, not at 0', () => {
    expect(late?.payback).toBe(1.5);
    // discounted at 10 %: −100/1.1 recovered by 200/1.21 half-way through period 2
    expect(late?.discountedPayback).toBeCloseTo(1 + 100 / 1.1 / (200 / 1.21), 12);
  });
  it('takes the profitability index against the first outlay, wherever it falls', () => {
    // PV(200 at t=2) / PV(100 at t=1) = (200 / 1.21) / (100 / 1.1)
    expect(late?.profitabilityIndex?.toFixed(10)).toBe(((200 / 1.21) * (1.1 / 100)).toFixed(10));
    // only costs: the later −50 loses another 1/1.1 per unit of the first
    expect(none?.profitabilityIndex?.toFixed(10)).toBe((-1 / 1.1).toFixed(10));
    const gift = appraiseOptions({
      ...invoicingCase,
      options: [
        invoicingCase.options[0] as BusinessCaseOption,
        { id: 'gift', name: 'Grant', kind: 'do-something', costs: [0, 50], benefits: [100] },
      ],
    }).options.find((o) => o.optionId === 'gift');
    expect(gift?.profitabilityIndex).toBeNull(); // money in first: nothing invested
  });
  it('never pays back an option that only costs money, nor one with no flows', () => {
    expect(none?.payback).toBeNull();
    expect(none?.discountedPayback).toBeNull();
    const idle = appraiseOptions(invoicingCase).options.find((o) => o.optionId === 'none');
    expect(idle?.payback).toBeNull();
    expect(idle?.discountedPayback).toBeNull();
  });
  it('counts the increment the same way: 0, −50, 250 against doing nothing pays back at 1.2', () => {
    expect(late?.increment?.netFlows.map(String)).toEqual(['0', '-50', '250']);
    expect(late?.increment?.payback).toBeCloseTo(1.2, 12);
  });
});

describe('appraiseOptions: the doc example', () => {
  const r = appraiseOptions(invoicingCase);
  const tool = r.options[0];
  it('gives NPV 14.05 and IRR 20% for −100, 60, 72 at 10% (60/1.2 + 72/1.44 = 100)', () => {
    expect(tool?.optionId).toBe('tool');
    expect(tool?.npv.toFixed(2)).toBe('14.05');
    expect(tool?.irr?.toFixed(4)).toBe('0.2000');
    expect(r.recommended.optionId).toBe('tool');
    expect(r.recommended.reason).toBe(
      "'Buy a tool' has the highest NPV (14.05 EUR), 14.05 more than doing nothing at 10% over 2 periods.",
    );
  });
  it('computes ROI, payback, PI and benefit-cost ratio by their definitions', () => {
    expect(tool?.roi?.toString()).toBe('0.32'); // (132 − 100) / 100
    expect(tool?.payback).toBeCloseTo(1 + 40 / 72, 12);
    expect(tool?.discountedPayback).toBeCloseTo(1 + (100 - 60 / 1.1) / (72 / 1.21), 12);
    expect(tool?.profitabilityIndex?.toFixed(4)).toBe('1.1405');
    expect(tool?.benefitCostRatio?.toFixed(4)).toBe('1.1405');
    expect(tool?.discountedRoi?.toFixed(4)).toBe('0.1405');
    expect(tool?.pvBenefits.toFixed(2)).toBe('114.05');
    expect(tool?.totalBenefits.toString()).toBe('132');
  });
  it('gives the baseline null ratios and no increment', () => {
    const none = r.options[1];
    expect(none?.kind).toBe('do-nothing');
    expect(none?.increment).toBeNull();
    expect(none?.irr).toBeNull();
    expect(none?.roi).toBeNull();
    expect(none?.profitabilityIndex).toBeNull();
    expect(none?.benefitCostRatio).toBeNull();
    expect(r.baselineId).toBe('none');
    expect(r.currency).toBe('EUR');
    expect(r.horizon).toBe(2);
    expect(r.discountRate.toString()).toBe('0.1');
  });
});

describe('appraiseOptions: PRINCE2 options against do-nothing', () => {
  const r = appraiseOptions(crmCase);
  it('ranks by NPV and recommends the option that adds most over doing nothing', () => {
    expect(r.options.map((o) => `${o.rank} ${o.optionId}`)).toEqual([
      '1 cloud',
      '2 patch',
      '3 none',
    ]);
    expect(r.recommended.optionId).toBe('cloud');
  });
  it('measures each increment as option flows minus do-nothing flows', () => {
    const cloud = r.options[0];
    const none = r.options[2];
    if (cloud?.increment == null || none === undefined) throw new Error('missing rows');
    expect(cloud.increment.npv.minus(cloud.npv.minus(none.npv)).abs().lt(1e-6)).toBe(true);
    expect(cloud.increment.npv.toFixed(2)).toBe('109876.92');
    expect(cloud.increment.netFlows.map(String)).toEqual([
      '-40000',
      '6000',
      '34000',
      '41000',
      '43000',
      '45000',
    ]);
    // Extended support saves the rising cost of the old CRM: payback in period 1.7.
    expect(r.options[1]?.increment?.payback).toBeCloseTo(1.7, 12);
    expect(r.options[1]?.irr).toBeNull(); // all outflows: no IRR
  });
  it('sums lines and dis-benefits into the net flows', () => {
    const cloud = r.options[0];
    expect(cloud?.netFlows.map(String)).toEqual([
      '-40000',
      '-14000',
      '12000',
      '17000',
      '17000',
      '17000',
    ]);
    expect(cloud?.totalDisBenefits.toString()).toBe('6000');
    expect(cloud?.pvDisBenefits.toFixed(2)).toBe((6000 / 1.035).toFixed(2));
    expect(
      cloud?.npv
        .minus(npv('0.035', [-40000, -14000, 12000, 17000, 17000, 17000]))
        .abs()
        .lt(1e-9),
    ).toBe(true);
  });
  it('recommends doing nothing, with the reason, when no option adds value', () => {
    const poor: BusinessCase = {
      ...invoicingCase,
      options: [
        invoicingCase.options[0] as BusinessCaseOption,
        { id: 'gold', name: 'Gold plate', kind: 'do-something', costs: [100], benefits: [0, 10] },
      ],
    };
    const p = appraiseOptions(poor);
    expect(p.recommended.optionId).toBe('none');
    expect(p.recommended.reason).toMatch(
      /^No option adds value over doing nothing at 10% over 2 periods: the best, 'Gold plate', has an NPV 90\.91 EUR below it\.$/,
    );
    // An option that exactly breaks even against doing nothing is not recommended, even
    // when float64 discounting leaves it a hair above 0 (−100 + 103.5 / 1.035 = +7.4e-15).
    const even = appraiseOptions({
      ...invoicingCase,
      discountRate: '0.035',
      options: [
        invoicingCase.options[0] as BusinessCaseOption,
        { id: 'even', name: 'Break even', kind: 'do-minimum', costs: [100], benefits: [0, 103.5] },
      ],
    });
    expect(even.options[0]?.npv.gt(0)).toBe(true);
    expect(even.options[0]?.npv.lt(1e-12)).toBe(true);
    expect(even.recommended).toEqual({
      optionId: 'none',
      reason:
        "No option adds value over doing nothing at 3.5% over 2 periods: the best, 'Break even', only matches it.",
    });
  });
  it('exports the option kinds and the horizon cap', () => {
    expect(BUSINESS_CASE_OPTION_KINDS).toEqual(['do-nothing', 'do-minimum', 'do-something']);
    expect(MAX_BUSINESS_CASE_HORIZON).toBe(1000);
  });
});

const noneOpt: BusinessCaseOption = {
  id: 'none',
  name: 'N',
  kind: 'do-nothing',
  costs: [],
  benefits: [],
};
const withOption = (o: Record<string, unknown>) => () =>
  appraiseOptions({
    ...invoicingCase,
    options: [
      noneOpt,
      { id: 'x', name: 'X', kind: 'do-something', costs: [1], benefits: [2], ...o },
    ],
  } as never);

describe('appraiseOptions: error rules', () => {
  it.each([
    [() => appraiseOptions(null as never), 'INVALID_ARGUMENT', ['businessCase']],
    [
      () => appraiseOptions({ ...invoicingCase, reasons: [] }),
      'EMPTY_INPUT',
      ['businessCase', 'reasons'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, reasons: [''] }),
      'INVALID_ARGUMENT',
      ['businessCase', 'reasons', 0],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, currency: '' }),
      'INVALID_ARGUMENT',
      ['businessCase', 'currency'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, discountRate: -1 }),
      'OUT_OF_RANGE',
      ['businessCase', 'discountRate'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, discountRate: 'x' }),
      'INVALID_NUMBER',
      ['businessCase', 'discountRate'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, horizon: 0 }),
      'OUT_OF_RANGE',
      ['businessCase', 'horizon'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, horizon: 1001 }),
      'OUT_OF_RANGE',
      ['businessCase', 'horizon'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, risks: [1 as never] }),
      'INVALID_ARGUMENT',
      ['businessCase', 'risks', 0],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, options: 'x' as never }),
      'INVALID_ARGUMENT',
      ['businessCase', 'options'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, options: [] }),
      'INVALID_ARGUMENT',
      ['businessCase', 'options'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, options: [noneOpt] }),
      'EMPTY_INPUT',
      ['businessCase', 'options'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, options: [noneOpt, { ...noneOpt, id: 'n2' }] }),
      'INVALID_ARGUMENT',
      ['businessCase', 'options', 1, 'kind'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, options: [noneOpt, noneOpt] }),
      'DUPLICATE_ID',
      ['businessCase', 'options', 1, 'id'],
    ],
    [
      withOption({ kind: 'do-everything' }),
      'INVALID_ARGUMENT',
      ['businessCase', 'options', 1, 'kind'],
    ],
    [withOption({ name: '' }), 'INVALID_ARGUMENT', ['businessCase', 'options', 1, 'name']],
    [withOption({ costs: 5 }), 'INVALID_ARGUMENT', ['businessCase', 'options', 1, 'costs']],
    [withOption({ costs: [-1] }), 'OUT_OF_RANGE', ['businessCase', 'options', 1, 'costs', 0]],
    [
      withOption({ benefits: [1, 'x'] }),
      'INVALID_NUMBER',
      ['businessCase', 'options', 1, 'benefits', 1],
    ],
    [
      withOption({ benefits: [1, 2, 3, 4] }),
      'OUT_OF_RANGE',
      ['businessCase', 'options', 1, 'benefits'],
    ],
    [
      withOption({ costs: [{ label: 'a', amounts: [1] }, 5] }),
      'INVALID_ARGUMENT',
      ['businessCase', 'options', 1, 'costs', 1],
    ],
    [
      withOption({ costs: [{ label: '', amounts: [1] }] }),
      'INVALID_ARGUMENT',
      ['businessCase', 'options', 1, 'costs', 0, 'label'],
    ],
    [
      withOption({
        costs: [
          { label: 'a', amounts: [1] },
          { label: 'a', amounts: [2] },
        ],
      }),
      'DUPLICATE_ID',
      ['businessCase', 'options', 1, 'costs', 1, 'label'],
    ],
    [
      withOption({ costs: [{ label: 'a', amounts: 'x' }] }),
      'INVALID_ARGUMENT',
      ['businessCase', 'options', 1, 'costs', 0, 'amounts'],
    ],
    [
      withOption({ disBenefits: [-5] }),
      'OUT_OF_RANGE',
      ['businessCase', 'options', 1, 'disBenefits', 0],
    ],
    [
      withOption({ currency: 'USD' }),
      'CURRENCY_MISMATCH',
      ['businessCase', 'options', 1, 'currency'],
    ],
    [
      withOption({ description: 42 }),
      'INVALID_ARGUMENT',
      ['businessCase', 'options', 1, 'description'],
    ],
    [
      withOption({ benefits: [0, '1e291'] }),
      'OUT_OF_RANGE',
      ['businessCase', 'options', 1, 'benefits', 1],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, discountRate: '1e999' }),
      'INVALID_NUMBER',
      ['businessCase', 'discountRate'],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, risks: ['R-1', 'R-2', 'R-1'] }),
      'DUPLICATE_ID',
      ['businessCase', 'risks', 2],
    ],
    [
      () => appraiseOptions({ ...invoicingCase, title: null as never }),
      'INVALID_ARGUMENT',
      ['businessCase', 'title'],
    ],
  ])('rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe('appraiseOptions: properties', () => {
  it('never mutates input, freezes output, is deterministic; increments equal NPV differences', () => {
    fc.assert(
      fc.property(businessCaseArb, (raw) => {
        const input = deepFreezeInput(structuredClone(raw));
        const r = appraiseOptions(input);
        expect(input).toEqual(raw);
        expect(isDeepFrozen(r)).toBe(true);
        expect(appraiseOptions(input)).toEqual(r);
        const base = r.options.find((o) => o.kind === 'do-nothing');
        for (let i = 1; i < r.options.length; i++)
          expect(r.options[i - 1]?.npv.gte(r.options[i]?.npv as never)).toBe(true);
        for (const o of r.options) {
          if (o.increment === null) continue;
          const diff = o.npv.minus(base?.npv as never);
          expect(
            o.increment.npv
              .minus(diff)
              .abs()
              .lte(1e-6 * (1 + diff.abs().toNumber())),
          ).toBe(true);
        }
        const top = r.options.find((o) => o.kind !== 'do-nothing');
        expect(r.recommended.optionId).toBe(
          top?.increment?.npv.gt(0) ? top.optionId : base?.optionId,
        );
      }),
      { numRuns: 100 },
    );
  }, 30_000); // heavy property; generous under a shared CPU
});

describe('appraiseOptions: extreme amounts', () => {
  it('appraises amounts up to 1e290 and below float64 precision without crashing', () => {
    const r = appraiseOptions({
      ...invoicingCase,
      options: [
        invoicingCase.options[0] as BusinessCaseOption,
        {
          id: 'big',
          name: 'Big',
          kind: 'do-something',
          costs: ['1e290'],
          benefits: [0, '1e290', '1e290'],
        },
        { id: 'dust', name: 'Dust', kind: 'do-minimum', costs: ['1e-999', 1], benefits: [0, 0, 2] },
      ],
    });
    const big = r.options.find((o) => o.optionId === 'big');
    expect(big?.npv.toNumber()).toBeCloseTo((1 / 1.1 + 1 / 1.21 - 1) * 1e290, -280);
    expect(big?.payback).toBe(1);
    const dust = r.options.find((o) => o.optionId === 'dust');
    // the 1e-999 outlay is 0 in float64: the index is taken against the outlay of period 1
    expect(dust?.profitabilityIndex?.toFixed(10)).toBe((2 / 1.21 / (1 / 1.1)).toFixed(10));
    expect(dust?.netFlows[0]?.toString()).toBe('-1e-999');
    expect(dust?.totalCosts.toString()).toBe('1'); // 34 significant digits
  });
});
