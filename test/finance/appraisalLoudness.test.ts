/**
 * Every exported appraisal function, every argument, every kind of bad value:
 * each gives a PopmError with the right code at the right path, never a
 * TypeError, NaN, Infinity or a silent default.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { fv, nper, pmt, pv } from '../../src/finance/annuity.js';
import { irr, irrAll } from '../../src/finance/irr.js';
import { mirr } from '../../src/finance/mirr.js';
import { npv } from '../../src/finance/npv.js';
import { discountedPaybackPeriod, paybackPeriod } from '../../src/finance/paybackPeriod.js';
import { profitabilityIndex } from '../../src/finance/profitabilityIndex.js';
import { annualisedRoi, roi } from '../../src/finance/roi.js';
import { xirr } from '../../src/finance/xirr.js';
import { xnpv } from '../../src/finance/xnpv.js';
import { catchError } from '../helpers/freeze.js';

/** Values that are not a finite Numeric. */
const NOT_NUMERIC: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  'abc',
  '',
  '1e400',
  '0x10',
  null,
  undefined,
  {},
  [],
  [1],
  true,
  10n,
  new Decimal(Number.NaN),
  new Decimal(Number.POSITIVE_INFINITY),
];
/** Values that are not an array. */
const NOT_ARRAY: readonly unknown[] = [null, undefined, 'abc', 5, {}, { length: 1, 0: 1 }, true];
/** Values that are not an options object (undefined means "no options"). */
const NOT_OPTIONS: readonly unknown[] = [null, 'abc', 5, true, [], [0.1]];
/** Values that are not 'end' or 'begin' (undefined means 'end'). */
const NOT_WHEN: readonly unknown[] = [null, 'END', 'Begin', '', 0, 1, true, {}];
/** Rates at or below -100%. */
const RATE_LE_MINUS_ONE: readonly unknown[] = [-1, -1.5, '-1', new Decimal(-2), -1e300];

const FLOWS = [-100, 60, 70];
const DATED = [
  { date: '2020-01-01', amount: -100 },
  { date: '2021-01-01', amount: 60 },
  { date: '2022-01-01', amount: 70 },
];

type Call = (v: unknown) => unknown;

function expectError(fn: () => unknown, code: string, path: readonly (string | number)[]): void {
  const e = catchError(fn);
  expect({ code: e.code, path: e.path }).toEqual({ code, path });
}

/** Each numeric argument of each function, with the call that puts `v` there. */
const NUMERIC_ARGS: readonly [string, readonly (string | number)[], Call][] = [
  ['npv rate', ['rate'], (v) => npv(v as never, FLOWS)],
  ['npv flow', ['cashFlows', 1], (v) => npv(0.1, [-1, v as never])],
  ['irr flow', ['cashFlows', 1], (v) => irr([-1, v as never, 2])],
  ['irr guess', ['options', 'guess'], (v) => irr(FLOWS, { guess: v as never })],
  ['irrAll flow', ['cashFlows', 0], (v) => irrAll([v as never, 1])],
  ['mirr flow', ['cashFlows', 2], (v) => mirr([-1, 2, v as never], 0.1, 0.1)],
  ['mirr financeRate', ['financeRate'], (v) => mirr(FLOWS, v as never, 0.1)],
  ['mirr reinvestRate', ['reinvestRate'], (v) => mirr(FLOWS, 0.1, v as never)],
  ['xnpv rate', ['rate'], (v) => xnpv(v as never, DATED)],
  [
    'xnpv amount',
    ['flows', 1, 'amount'],
    (v) => xnpv(0.1, [DATED[0], { date: '2021-01-01', amount: v }] as never),
  ],
  [
    'xirr amount',
    ['flows', 0, 'amount'],
    (v) => xirr([{ date: '2020-01-01', amount: v }, DATED[1]] as never),
  ],
  ['xirr guess', ['options', 'guess'], (v) => xirr(DATED, { guess: v as never })],
  ['pmt rate', ['rate'], (v) => pmt(v as never, 10, 100)],
  ['pmt nper', ['nper'], (v) => pmt(0.1, v as never, 100)],
  ['pmt pv', ['pv'], (v) => pmt(0.1, 10, v as never)],
  ['pv rate', ['rate'], (v) => pv(v as never, 10, 100)],
  ['pv nper', ['nper'], (v) => pv(0.1, v as never, 100)],
  ['pv pmt', ['pmt'], (v) => pv(0.1, 10, v as never)],
  ['fv rate', ['rate'], (v) => fv(v as never, 10, 100)],
  ['fv nper', ['nper'], (v) => fv(0.1, v as never, 100)],
  ['fv pmt', ['pmt'], (v) => fv(0.1, 10, v as never)],
  ['nper rate', ['rate'], (v) => nper(v as never, -20, 100)],
  ['nper pmt', ['pmt'], (v) => nper(0.1, v as never, 100)],
  ['nper pv', ['pv'], (v) => nper(0.1, -20, v as never)],
  ['roi gain', ['gain'], (v) => roi(v as never, 100)],
  ['roi cost', ['cost'], (v) => roi(100, v as never)],
  ['annualisedRoi gain', ['gain'], (v) => annualisedRoi(v as never, 100, 2)],
  ['annualisedRoi cost', ['cost'], (v) => annualisedRoi(100, v as never, 2)],
  ['annualisedRoi years', ['years'], (v) => annualisedRoi(100, 100, v as never)],
  ['paybackPeriod flow', ['cashFlows', 1], (v) => paybackPeriod([-1, v as never])],
  ['discountedPaybackPeriod rate', ['rate'], (v) => discountedPaybackPeriod(v as never, FLOWS)],
  [
    'discountedPaybackPeriod flow',
    ['cashFlows', 2],
    (v) => discountedPaybackPeriod(0.1, [-1, 2, v as never]),
  ],
  ['profitabilityIndex rate', ['rate'], (v) => profitabilityIndex(v as never, FLOWS)],
  ['profitabilityIndex flow', ['cashFlows', 1], (v) => profitabilityIndex(0.1, [-1, v as never])],
];

/** Arguments read as exact Decimals, where '1e400' is a fine number. */
const EXACT_DECIMAL = new Set([
  'roi gain',
  'roi cost',
  'annualisedRoi gain',
  'annualisedRoi cost',
  'paybackPeriod flow',
]);

/** Optional numeric arguments: `undefined` takes the default, anything else bad is loud. */
const OPTIONAL_NUMERIC_ARGS: readonly [string, readonly (string | number)[], Call][] = [
  ['pmt fv', ['fv'], (v) => pmt(0.1, 10, 100, v as never)],
  ['pv fv', ['fv'], (v) => pv(0.1, 10, 100, v as never)],
  ['fv pv', ['pv'], (v) => fv(0.1, 10, 100, v as never)],
  ['nper fv', ['fv'], (v) => nper(0.1, -20, 100, v as never)],
];

const ARRAY_ARGS: readonly [string, readonly (string | number)[], Call][] = [
  ['npv', ['cashFlows'], (v) => npv(0.1, v as never)],
  ['irr', ['cashFlows'], (v) => irr(v as never)],
  ['irrAll', ['cashFlows'], (v) => irrAll(v as never)],
  ['mirr', ['cashFlows'], (v) => mirr(v as never, 0.1, 0.1)],
  ['xnpv', ['flows'], (v) => xnpv(0.1, v as never)],
  ['xirr', ['flows'], (v) => xirr(v as never)],
  ['paybackPeriod', ['cashFlows'], (v) => paybackPeriod(v as never)],
  ['discountedPaybackPeriod', ['cashFlows'], (v) => discountedPaybackPeriod(0.1, v as never)],
  ['profitabilityIndex', ['cashFlows'], (v) => profitabilityIndex(0.1, v as never)],
];

const RATE_ARGS: readonly [string, readonly (string | number)[], Call][] = [
  ['npv', ['rate'], (v) => npv(v as never, FLOWS)],
  ['irr guess', ['options', 'guess'], (v) => irr(FLOWS, { guess: v as never })],
  ['mirr financeRate', ['financeRate'], (v) => mirr(FLOWS, v as never, 0.1)],
  ['mirr reinvestRate', ['reinvestRate'], (v) => mirr(FLOWS, 0.1, v as never)],
  ['xnpv', ['rate'], (v) => xnpv(v as never, DATED)],
  ['xirr guess', ['options', 'guess'], (v) => xirr(DATED, { guess: v as never })],
  ['pmt', ['rate'], (v) => pmt(v as never, 10, 100)],
  ['pv', ['rate'], (v) => pv(v as never, 10, 100)],
  ['fv', ['rate'], (v) => fv(v as never, 10, 100)],
  ['nper', ['rate'], (v) => nper(v as never, -20, 100)],
  ['discountedPaybackPeriod', ['rate'], (v) => discountedPaybackPeriod(v as never, FLOWS)],
  ['profitabilityIndex', ['rate'], (v) => profitabilityIndex(v as never, FLOWS)],
];

describe('appraisal loudness', () => {
  it('every numeric argument: NaN, ±Infinity, non-numeric strings, null, undefined, objects, booleans, bigints and non-finite Decimals are INVALID_NUMBER at that argument', () => {
    for (const [name, path, call] of NUMERIC_ARGS)
      for (const v of NOT_NUMERIC) {
        // an absent guess is allowed (no guess)
        if (v === undefined && path[1] === 'guess') continue;
        // exact-decimal arguments hold '1e400' (roi and payback sum in Decimal)
        if (v === '1e400' && EXACT_DECIMAL.has(name)) continue;
        let e: ReturnType<typeof catchError> | string;
        try {
          e = catchError(() => call(v));
        } catch (err) {
          e = String(err);
        }
        expect({ name, v: String(v), e: typeof e === 'string' ? e : [e.code, e.path] }).toEqual({
          name,
          v: String(v),
          e: ['INVALID_NUMBER', path],
        });
      }
  });

  it('every optional numeric argument: undefined takes the default, anything else bad is INVALID_NUMBER', () => {
    for (const [, path, call] of OPTIONAL_NUMERIC_ARGS) {
      expect(String(call(undefined))).toBe(String(call(0)));
      for (const v of NOT_NUMERIC)
        if (v !== undefined) expectError(() => call(v), 'INVALID_NUMBER', path);
    }
  });

  it('every cash-flow list: a non-array is INVALID_ARGUMENT at the list', () => {
    for (const [, path, call] of ARRAY_ARGS)
      for (const v of NOT_ARRAY) expectError(() => call(v), 'INVALID_ARGUMENT', path);
  });

  it('every rate and guess: at or below -100% is OUT_OF_RANGE at that argument', () => {
    for (const [, path, call] of RATE_ARGS)
      for (const v of RATE_LE_MINUS_ONE) expectError(() => call(v), 'OUT_OF_RANGE', path);
  });

  it('every options argument: null, primitives and arrays are INVALID_ARGUMENT at [options]', () => {
    for (const call of [
      (o: unknown) => npv(0.1, FLOWS, o as never),
      (o: unknown) => irr(FLOWS, o as never),
      (o: unknown) => xirr(DATED, o as never),
    ])
      for (const o of NOT_OPTIONS) expectError(() => call(o), 'INVALID_ARGUMENT', ['options']);
  });

  it('npv firstFlowAt: anything but 0, 1 or absent is INVALID_ARGUMENT at [options, firstFlowAt]', () => {
    for (const at of [2, -1, 0.5, '1', '0', null, true, Number.NaN])
      expectError(() => npv(0.1, FLOWS, { firstFlowAt: at as never }), 'INVALID_ARGUMENT', [
        'options',
        'firstFlowAt',
      ]);
    expect(npv(0.1, FLOWS, { firstFlowAt: undefined } as never).eq(npv(0.1, FLOWS))).toBe(true);
  });

  it("every `when`: anything but 'end', 'begin' or absent is INVALID_ARGUMENT at [when]", () => {
    const calls: readonly Call[] = [
      (w) => pmt(0.1, 10, 100, 0, w as never),
      (w) => pv(0.1, 10, 100, 0, w as never),
      (w) => fv(0.1, 10, 100, 0, w as never),
      (w) => nper(0.1, -20, 100, 0, w as never),
    ];
    for (const call of calls) {
      expect(String(call(undefined))).toBe(String(call('end')));
      expect(String(call('begin'))).not.toBe(String(call('end')));
      for (const w of NOT_WHEN) expectError(() => call(w), 'INVALID_ARGUMENT', ['when']);
    }
  });

  it('dated flows: a non-object flow is INVALID_ARGUMENT at [flows, i]', () => {
    for (const f of [null, 5, 'x', ['2020-01-01', 1]]) {
      expectError(() => xnpv(0.1, [DATED[0], f] as never), 'INVALID_ARGUMENT', ['flows', 1]);
      expectError(() => xirr([f, DATED[1]] as never), 'INVALID_ARGUMENT', ['flows', 0]);
    }
  });

  it('reports the earliest bad argument first: rate before flows, flows before options', () => {
    expectError(() => npv(Number.NaN, 'x' as never), 'INVALID_NUMBER', ['rate']);
    expectError(() => irr('x' as never, null as never), 'INVALID_ARGUMENT', ['cashFlows']);
    expectError(() => pmt('x', 'y', 'z'), 'INVALID_NUMBER', ['rate']);
  });
});
