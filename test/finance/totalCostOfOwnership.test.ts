import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npv } from '../../src/finance/npv.js';
import {
  MAX_TCO_HORIZON,
  TCO_CATEGORIES,
  type TcoCostLine,
  type TcoInput,
  totalCostOfOwnership,
} from '../../src/finance/totalCostOfOwnership.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

const strs = (xs: readonly { toString(): string }[]) => xs.map((x) => x.toString());

describe('totalCostOfOwnership: definition', () => {
  it('keeps money exact: 0.1 + 0.2 is 0.3, and escalation compounds from the start period (doc example)', () => {
    const tco = totalCostOfOwnership({
      horizon: 3,
      costs: [
        { id: 'hw', label: 'Servers', category: 'acquisition', amount: '0.1', recurrence: 'once' },
        {
          id: 'fix',
          label: 'Set-up',
          category: 'implementation',
          amount: '0.2',
          recurrence: 'once',
        },
        {
          id: 'ops',
          label: 'Hosting',
          category: 'operations',
          amount: 100,
          recurrence: 'per-period',
          escalation: 0.1,
        },
      ],
    });
    expect(strs(tco.byPeriod.map((p) => p.nominal))).toEqual(['0.3', '100', '110', '121']);
    expect(tco.total.toString()).toBe('331.3');
    expect(tco.presentValue.toString()).toBe('331.3');
    expect(tco.discountRate).toBeNull();
    expect(strs(tco.byPeriod.map((p) => p.cumulativeNominal))).toEqual([
      '0.3',
      '100.3',
      '210.3',
      '331.3',
    ]);
    expect(tco.byCategory.map((c) => c.category)).toEqual([
      'acquisition',
      'implementation',
      'operations',
    ]);
    expect(tco.byCategory[0]?.share?.toFixed(6)).toBe((0.1 / 331.3).toFixed(6));
  });

  it('matches a textbook 5-year TCO: 10,000 purchase, 2,000/yr support at 8% gives PV 17,985.42', () => {
    // PV = 10000 + 2000 × (1 − 1.08^−5) / 0.08 = 10000 + 7985.42
    const tco = totalCostOfOwnership({
      horizon: 5,
      discountRate: 0.08,
      costs: [
        {
          id: 'buy',
          label: 'Purchase',
          category: 'acquisition',
          amount: 10000,
          recurrence: 'once',
        },
        {
          id: 'sup',
          label: 'Support',
          category: 'support',
          amount: 2000,
          recurrence: 'per-period',
        },
      ],
    });
    expect(tco.total.toString()).toBe('20000');
    expect(tco.presentValue.toFixed(2)).toBe('17985.42');
    expect(tco.byPeriod[0]?.discounted.toString()).toBe('10000');
    expect(tco.byPeriod[1]?.discounted.toFixed(4)).toBe((2000 / 1.08).toFixed(4));
    expect(tco.byLine[1]?.presentValue.toFixed(2)).toBe('7985.42');
    expect(tco.byPeriod[5]?.cumulativeDiscounted.toFixed(2)).toBe('17985.42');
  });

  it('agrees with npv over the nominal per-period costs', () => {
    const tco = totalCostOfOwnership({
      horizon: 6,
      discountRate: '0.07',
      costs: [
        {
          id: 'a',
          label: 'A',
          category: 'licensing',
          amount: 1234.56,
          recurrence: 'per-period',
          startPeriod: 2,
          endPeriod: 5,
          escalation: '0.035',
        },
        {
          id: 'b',
          label: 'B',
          category: 'disposal',
          amount: -500,
          recurrence: 'once',
          startPeriod: 6,
        },
      ],
    });
    const flows = tco.byPeriod.map((p) => p.nominal);
    expect(tco.presentValue.minus(npv(0.07, flows)).abs().lt(1e-9)).toBe(true);
    expect(strs(tco.byLine[0]?.byPeriod ?? []).slice(0, 3)).toEqual(['0', '0', '1234.56']);
    expect(tco.byLine[0]?.byPeriod[3]?.toString()).toBe('1277.7696');
    expect(tco.byLine[1]?.total.toString()).toBe('-500');
  });

  it('gives zero for no costs and null shares', () => {
    const tco = totalCostOfOwnership({ horizon: 2, costs: [] });
    expect(tco.total.toString()).toBe('0');
    expect(tco.byCategory).toEqual([]);
    const z = totalCostOfOwnership({
      horizon: 1,
      costs: [{ id: 'z', label: 'Zero', category: 'other', amount: 0, recurrence: 'once' }],
    });
    expect(z.byCategory[0]?.share).toBeNull();
    // a zero category beside a net credit has share 0, not -0
    const credit = totalCostOfOwnership({
      horizon: 1,
      costs: [
        { id: 'z', label: 'Zero', category: 'other', amount: 0, recurrence: 'once' },
        { id: 'r', label: 'Resale', category: 'disposal', amount: -10, recurrence: 'once' },
      ],
    });
    expect(JSON.stringify(credit.byCategory.map((c) => c.share))).toBe('["1","0"]');
  });

  it('reports the currency when given on the input or a line', () => {
    const line: TcoCostLine = {
      id: 'a',
      label: 'A',
      category: 'staff',
      amount: 1,
      recurrence: 'once',
      currency: 'EUR',
    };
    expect(totalCostOfOwnership({ horizon: 1, costs: [line] }).currency).toBe('EUR');
    expect(totalCostOfOwnership({ horizon: 1, currency: 'EUR', costs: [line] }).currency).toBe(
      'EUR',
    );
    expect(totalCostOfOwnership({ horizon: 1, costs: [] }).currency).toBeUndefined();
  });

  it('lists the eleven categories of the issue', () => {
    expect(TCO_CATEGORIES).toHaveLength(11);
    expect(MAX_TCO_HORIZON).toBe(1000);
  });
});

const ok: TcoCostLine = {
  id: 'a',
  label: 'A',
  category: 'staff',
  amount: 1,
  recurrence: 'per-period',
};
const tcoWith =
  (line: Partial<Record<keyof TcoCostLine, unknown>>, extra: Record<string, unknown> = {}) =>
  () =>
    totalCostOfOwnership({ horizon: 3, costs: [{ ...ok, ...line }], ...extra } as never);

describe('totalCostOfOwnership: error rules', () => {
  it.each([
    [() => totalCostOfOwnership(null as never), 'INVALID_ARGUMENT', ['input']],
    [() => totalCostOfOwnership({ horizon: 0, costs: [] }), 'OUT_OF_RANGE', ['input', 'horizon']],
    [() => totalCostOfOwnership({ horizon: 1.5, costs: [] }), 'OUT_OF_RANGE', ['input', 'horizon']],
    [
      () => totalCostOfOwnership({ horizon: 'x' as never, costs: [] }),
      'INVALID_NUMBER',
      ['input', 'horizon'],
    ],
    [
      () => totalCostOfOwnership({ horizon: 1001, costs: [] }),
      'LIMIT_EXCEEDED',
      ['input', 'horizon'],
    ],
    [
      () => totalCostOfOwnership({ horizon: 1e308, costs: [] }),
      'LIMIT_EXCEEDED',
      ['input', 'horizon'],
    ],
    [
      () => totalCostOfOwnership({ horizon: 1, discountRate: -1, costs: [] }),
      'OUT_OF_RANGE',
      ['input', 'discountRate'],
    ],
    [
      () => totalCostOfOwnership({ horizon: 1, discountRate: 'abc', costs: [] }),
      'INVALID_NUMBER',
      ['input', 'discountRate'],
    ],
    [
      () => totalCostOfOwnership({ horizon: 1, costs: 'x' as never }),
      'INVALID_ARGUMENT',
      ['input', 'costs'],
    ],
    [
      () => totalCostOfOwnership({ horizon: 1, currency: '', costs: [] }),
      'INVALID_ARGUMENT',
      ['input', 'currency'],
    ],
    [
      () => totalCostOfOwnership({ horizon: 1, costs: [ok, ok] }),
      'DUPLICATE_ID',
      ['input', 'costs', 1, 'id'],
    ],
    [tcoWith({ label: '' }), 'INVALID_ARGUMENT', ['input', 'costs', 0, 'label']],
    [tcoWith({ category: 'fun' }), 'INVALID_ARGUMENT', ['input', 'costs', 0, 'category']],
    [tcoWith({ recurrence: 'yearly' }), 'INVALID_ARGUMENT', ['input', 'costs', 0, 'recurrence']],
    [tcoWith({ amount: Number.NaN }), 'INVALID_NUMBER', ['input', 'costs', 0, 'amount']],
    [tcoWith({ startPeriod: 4 }), 'OUT_OF_RANGE', ['input', 'costs', 0, 'startPeriod']],
    [tcoWith({ startPeriod: 2, endPeriod: 1 }), 'OUT_OF_RANGE', ['input', 'costs', 0, 'endPeriod']],
    [tcoWith({ endPeriod: 9 }), 'OUT_OF_RANGE', ['input', 'costs', 0, 'endPeriod']],
    [
      tcoWith({ recurrence: 'once', endPeriod: 1 }),
      'INVALID_ARGUMENT',
      ['input', 'costs', 0, 'endPeriod'],
    ],
    [
      tcoWith({ recurrence: 'once', escalation: 0.1 }),
      'INVALID_ARGUMENT',
      ['input', 'costs', 0, 'escalation'],
    ],
    [tcoWith({ escalation: -1 }), 'OUT_OF_RANGE', ['input', 'costs', 0, 'escalation']],
    [
      tcoWith({ currency: 'USD' }, { currency: 'EUR' }),
      'CURRENCY_MISMATCH',
      ['input', 'costs', 0, 'currency'],
    ],
  ])('rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it('reports CURRENCY_MISMATCH between two lines with both currencies in details', () => {
    const e = catchError(() =>
      totalCostOfOwnership({
        horizon: 1,
        costs: [
          { ...ok, id: 'a', currency: 'EUR' },
          { ...ok, id: 'b', currency: 'GBP' },
        ],
      }),
    );
    expect(e.code).toBe('CURRENCY_MISMATCH');
    expect(e.path).toEqual(['input', 'costs', 1, 'currency']);
    expect(e.details).toMatchObject({ expected: 'EUR', got: 'GBP' });
  });
});

const lineArb = fc.record({
  amount: fc.integer({ min: -1000, max: 100_000 }).map((c) => (c / 100).toFixed(2)),
  once: fc.boolean(),
  start: fc.integer({ min: 0, max: 8 }),
  len: fc.integer({ min: 0, max: 8 }),
  esc: fc.option(
    fc.integer({ min: -50, max: 200 }).map((e) => e / 1000),
    { nil: undefined },
  ),
  category: fc.constantFrom(...TCO_CATEGORIES),
});
const inputArb = fc
  .record({
    horizon: fc.integer({ min: 1, max: 8 }),
    rate: fc.option(
      fc.integer({ min: 0, max: 300 }).map((r) => r / 1000),
      { nil: undefined },
    ),
    lines: fc.array(lineArb, { maxLength: 6 }),
  })
  .map(({ horizon, rate, lines }): TcoInput => {
    const costs: TcoCostLine[] = lines.map((l, i) => {
      const start = Math.min(l.start, horizon);
      const base = {
        id: `l${i}`,
        label: `Line ${i}`,
        category: l.category,
        amount: l.amount,
        startPeriod: start,
      };
      if (l.once) return { ...base, recurrence: 'once' };
      const line: TcoCostLine = {
        ...base,
        recurrence: 'per-period',
        endPeriod: Math.min(start + l.len, horizon),
      };
      return l.esc === undefined ? line : { ...line, escalation: l.esc };
    });
    return rate === undefined ? { horizon, costs } : { horizon, discountRate: rate, costs };
  });

describe('totalCostOfOwnership: properties', () => {
  it('never mutates input, freezes output, is deterministic, and its breakdowns add up exactly', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const input = deepFreezeInput(structuredClone(raw));
        const r = totalCostOfOwnership(input);
        expect(input).toEqual(raw);
        expect(isDeepFrozen(r)).toBe(true);
        expect(totalCostOfOwnership(input)).toEqual(r);
        const byPeriod = r.byPeriod.reduce((s, p) => s.plus(p.nominal), r.total.minus(r.total));
        const byLine = r.byLine.reduce((s, l) => s.plus(l.total), r.total.minus(r.total));
        const byCat = r.byCategory.reduce((s, c) => s.plus(c.total), r.total.minus(r.total));
        expect(byPeriod.eq(r.total)).toBe(true);
        expect(byLine.eq(r.total)).toBe(true);
        expect(byCat.eq(r.total)).toBe(true);
        expect(r.byPeriod).toHaveLength(raw.horizon + 1);
        // Discounting never raises a non-negative cost's present value.
        if (r.byPeriod.every((p) => p.nominal.gte(0)))
          expect(r.presentValue.lte(r.total)).toBe(true);
        const pvCat = r.byCategory.reduce((s, c) => s.plus(c.presentValue), r.total.minus(r.total));
        expect(pvCat.minus(r.presentValue).abs().lt(1e-20)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
