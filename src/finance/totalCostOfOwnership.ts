import { type PopmPath, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity, readMeta } from '../core/internal/readObject.js';
import { Decimal, type Numeric, toDecimal } from '../core/numbers.js';
import { indexById, requireArray, requireOneOf, requireString } from '../core/validate.js';
import { CurrencyGuard, readCurrency, readInteger } from './internal/moneyChecks.js';

/**
 * The cost categories a TCO line may use, in the order results list them.
 *
 * @example
 * TCO_CATEGORIES.includes('licensing'); //=> true
 */
export const TCO_CATEGORIES = Object.freeze([
  'acquisition',
  'implementation',
  'licensing',
  'infrastructure',
  'operations',
  'support',
  'staff',
  'training',
  'downtime',
  'disposal',
  'other',
] as const);

/** One of {@link TCO_CATEGORIES}. */
export type TcoCategory = (typeof TCO_CATEGORIES)[number];

/** How often a cost line is paid: once, or in every period of its range. */
export type TcoRecurrence = 'once' | 'per-period';

/**
 * Which prices a line's `amount` is in: `'lineStart'` (the default, the
 * behaviour before 1.0), the prices of the line's own start period, so
 * escalation compounds from there; `'today'`, the prices of period 0, so
 * escalation compounds from period 0 whatever period the line starts in.
 */
export type TcoPriceBase = 'today' | 'lineStart';

/**
 * The largest horizon {@link totalCostOfOwnership} accepts (periods).
 *
 * @example
 * MAX_TCO_HORIZON; //=> 1000
 */
export const MAX_TCO_HORIZON = 1000;

/**
 * One cost line. Periods are numbered `0..horizon`: period 0 is today
 * (upfront, undiscounted), periods `1..horizon` are the periods of use.
 */
export interface TcoCostLine {
  /** Unique id within the input. */
  readonly id: string;
  /** What the cost is, for people. */
  readonly label: string;
  /** One of {@link TCO_CATEGORIES}. */
  readonly category: TcoCategory;
  /**
   * The amount paid (per period for `'per-period'` lines), in the prices
   * `priceBase` names (default: the line's first period). Negative is a
   * credit, e.g. resale value at disposal.
   */
  readonly amount: Numeric;
  /** `'once'` or `'per-period'`. */
  readonly recurrence: TcoRecurrence;
  /** First period the line is paid in; default 0 for `'once'`, 1 for `'per-period'`. */
  readonly startPeriod?: number | undefined;
  /** Last period of a `'per-period'` line (inclusive); default the horizon. Not allowed on `'once'`. */
  readonly endPeriod?: number | undefined;
  /**
   * Price rise per period for `'per-period'` lines, a fraction > -1
   * (`0.03` = 3 %): `amount × (1 + escalation)^(t − startPeriod)` with the
   * default `priceBase: 'lineStart'`, `amount × (1 + escalation)^t` with
   * `'today'`. Not allowed on `'once'`.
   */
  readonly escalation?: Numeric | undefined;
  /** Which prices `amount` is in: `'lineStart'` (default) or `'today'`; see {@link TcoPriceBase}. */
  readonly priceBase?: TcoPriceBase | undefined;
  /** The line's currency; must equal the input's. */
  readonly currency?: string | undefined;
  /** Your own data, carried untouched to the line's `byLine` row. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Inputs of {@link totalCostOfOwnership}. */
export interface TcoInput {
  /** Number of periods of use after period 0, an integer 1..{@link MAX_TCO_HORIZON}. */
  readonly horizon: number;
  /** Discount rate per period, > -1; default none (present value = nominal). */
  readonly discountRate?: Numeric | undefined;
  /** The one currency of every line (lines may repeat it). */
  readonly currency?: string | undefined;
  /** The cost lines; may be empty. */
  readonly costs: readonly TcoCostLine[];
  /** Your own data (popm does not read it). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Cost in one period. */
export interface TcoPeriod {
  /** The period, 0..horizon. */
  readonly period: number;
  /** Sum of the lines paid in this period. */
  readonly nominal: Decimal;
  /** `nominal / (1 + rate)^period`. */
  readonly discounted: Decimal;
  /** Nominal cost from period 0 through this one. */
  readonly cumulativeNominal: Decimal;
  /** Discounted cost from period 0 through this one. */
  readonly cumulativeDiscounted: Decimal;
}

/** Cost of one category over the horizon. */
export interface TcoCategoryTotal {
  /** The category. */
  readonly category: TcoCategory;
  /** Nominal total. */
  readonly total: Decimal;
  /** Present value. */
  readonly presentValue: Decimal;
  /** Fraction of the nominal TCO; `null` when the TCO is 0. */
  readonly share: Decimal | null;
}

/** Cost of one line over the horizon. */
export interface TcoLineTotal {
  /** The line's id. */
  readonly id: string;
  /** The line's label. */
  readonly label: string;
  /** The line's category. */
  readonly category: TcoCategory;
  /** Nominal total. */
  readonly total: Decimal;
  /** Present value. */
  readonly presentValue: Decimal;
  /** Nominal amount in each period 0..horizon. */
  readonly byPeriod: readonly Decimal[];
  /** The line's own `meta`, carried through untouched (absent when it had none). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link totalCostOfOwnership}. */
export interface TcoResult {
  /** The currency, when the input or a line named one. */
  readonly currency?: string | undefined;
  /** The horizon used. */
  readonly horizon: number;
  /** The discount rate used; `null` when none was given. */
  readonly discountRate: Decimal | null;
  /** Nominal total cost of ownership (exact). */
  readonly total: Decimal;
  /** Present value of the cost; equals `total` without a discount rate. */
  readonly presentValue: Decimal;
  /** Each period 0..horizon. */
  readonly byPeriod: readonly TcoPeriod[];
  /** Categories that have lines, in {@link TCO_CATEGORIES} order. */
  readonly byCategory: readonly TcoCategoryTotal[];
  /** Each line, in input order. */
  readonly byLine: readonly TcoLineTotal[];
}

const RECURRENCES: readonly TcoRecurrence[] = ['once', 'per-period'];
const PRICE_BASES: readonly TcoPriceBase[] = ['today', 'lineStart'];
const INPUT_KEYS = ['horizon', 'discountRate', 'currency', 'costs', 'meta'] as const;
const LINE_KEYS = [
  'id',
  'label',
  'category',
  'amount',
  'recurrence',
  'startPeriod',
  'endPeriod',
  'escalation',
  'priceBase',
  'currency',
  'meta',
] as const;

/** @internal The core of {@link totalCostOfOwnership}, with a path prefix for {@link compareTco}. */
export function computeTco(input: unknown, base: PopmPath): TcoResult {
  const rec = readEntity(input, base, INPUT_KEYS, 'a TCO input object');
  readMeta(rec.meta, [...base, 'meta']);
  if (Number.isInteger(rec.horizon) && (rec.horizon as number) > MAX_TCO_HORIZON)
    throw popmError(
      'LIMIT_EXCEEDED',
      [...base, 'horizon'],
      `at most ${MAX_TCO_HORIZON} periods`,
      rec.horizon,
    );
  const horizon = readInteger(rec.horizon, [...base, 'horizon'], 1, MAX_TCO_HORIZON);
  let rate: Decimal | null = null;
  if (rec.discountRate !== undefined) {
    rate = toDecimal(rec.discountRate, [...base, 'discountRate']);
    if (rate.lte(-1))
      throw popmError('OUT_OF_RANGE', [...base, 'discountRate'], 'a rate > -1', rec.discountRate);
  }
  const guard = new CurrencyGuard(
    rec.currency === undefined ? undefined : readCurrency(rec.currency, [...base, 'currency']),
    [...base, 'currency'],
  );
  const list = requireArray(rec.costs, [...base, 'costs']);
  // An indexed loop: a hole is read as `undefined` and rejected at its index.
  const costs = Array.from({ length: list.length }, (_, i) =>
    readEntity(list[i], [...base, 'costs', i], LINE_KEYS, 'a cost line object'),
  );
  indexById(costs, [...base, 'costs']);

  const periods = horizon + 1;
  const totals: Decimal[] = Array.from({ length: periods }, () => new Decimal(0));
  const lineAmounts: Decimal[][] = [];
  const lines: {
    id: string;
    label: string;
    category: TcoCategory;
    meta: Readonly<Record<string, unknown>> | undefined;
  }[] = [];
  costs.forEach((line, i) => {
    const p = [...base, 'costs', i];
    const meta = readMeta(line.meta, [...p, 'meta']);
    const label = requireString(line.label, [...p, 'label']);
    const category = requireOneOf(line.category, TCO_CATEGORIES, [...p, 'category']);
    const recurrence = requireOneOf(line.recurrence, RECURRENCES, [...p, 'recurrence']);
    guard.check(line.currency, [...p, 'currency']);
    const amount = toDecimal(line.amount, [...p, 'amount']);
    const once = recurrence === 'once';
    const start =
      line.startPeriod === undefined
        ? once
          ? 0
          : 1
        : readInteger(line.startPeriod, [...p, 'startPeriod'], 0, horizon);
    if (once && line.endPeriod !== undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        [...p, 'endPeriod'],
        "no endPeriod on a 'once' line",
        line.endPeriod,
      );
    if (once && line.escalation !== undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        [...p, 'escalation'],
        "no escalation on a 'once' line (state its amount in the prices of its period)",
        line.escalation,
      );
    const end = once
      ? start
      : line.endPeriod === undefined
        ? horizon
        : readInteger(line.endPeriod, [...p, 'endPeriod'], start, horizon);
    const priceBase =
      line.priceBase === undefined
        ? 'lineStart'
        : requireOneOf(line.priceBase, PRICE_BASES, [...p, 'priceBase']);
    let growth = new Decimal(1);
    if (line.escalation !== undefined) {
      const e = toDecimal(line.escalation, [...p, 'escalation']);
      if (e.lte(-1))
        throw popmError('OUT_OF_RANGE', [...p, 'escalation'], 'a rate > -1', line.escalation);
      growth = growth.plus(e);
    }
    const amounts: Decimal[] = Array.from({ length: periods }, () => new Decimal(0));
    // In today's prices the first payment has already risen for `start` periods.
    let current = priceBase === 'today' ? amount.times(growth.pow(start)) : amount;
    for (let t = start; t <= end; t++) {
      amounts[t] = current;
      totals[t] = (totals[t] as Decimal).plus(current);
      current = current.times(growth);
    }
    lineAmounts.push(amounts);
    lines.push({ id: line.id as string, label, category, meta });
  });

  // Discount factors 1/(1+r)^t to 34 significant digits: (1+r)^t by repeated
  // multiplication, one division per period; lines then multiply (much
  // cheaper than dividing each amount).
  const factors: Decimal[] = [];
  let power = new Decimal(1);
  const onePlus = rate === null ? null : rate.plus(1);
  for (let t = 0; t < periods; t++) {
    factors.push(onePlus === null ? power : new Decimal(1).div(power));
    if (onePlus !== null) power = power.times(onePlus);
  }
  const pvOf = (amounts: readonly Decimal[]): Decimal => {
    let s = new Decimal(0);
    for (let t = 0; t < periods; t++) {
      const a = amounts[t] as Decimal;
      if (!a.isZero()) s = s.plus(onePlus === null ? a : a.times(factors[t] as Decimal));
    }
    return s;
  };
  const sumOf = (amounts: readonly Decimal[]): Decimal =>
    amounts.reduce((s, a) => s.plus(a), new Decimal(0));

  const byPeriod: TcoPeriod[] = [];
  let cumN = new Decimal(0);
  let cumD = new Decimal(0);
  for (let t = 0; t < periods; t++) {
    const nominal = totals[t] as Decimal;
    const discounted = onePlus === null ? nominal : nominal.times(factors[t] as Decimal);
    cumN = cumN.plus(nominal);
    cumD = cumD.plus(discounted);
    byPeriod.push({
      period: t,
      nominal,
      discounted,
      cumulativeNominal: cumN,
      cumulativeDiscounted: cumD,
    });
  }
  const total = cumN;
  const presentValue = onePlus === null ? total : pvOf(totals);

  const byLine: TcoLineTotal[] = lines.map((l, i) => {
    const amounts = lineAmounts[i] as Decimal[];
    return {
      id: l.id,
      label: l.label,
      category: l.category,
      total: sumOf(amounts),
      presentValue: pvOf(amounts),
      byPeriod: amounts,
      ...(l.meta === undefined ? {} : { meta: l.meta }),
    };
  });
  const byCategory: TcoCategoryTotal[] = [];
  for (const category of TCO_CATEGORIES) {
    const members = byLine.filter((l) => l.category === category);
    if (members.length === 0) continue;
    const t = members.reduce((s, l) => s.plus(l.total), new Decimal(0));
    byCategory.push({
      category,
      total: t,
      presentValue: members.reduce((s, l) => s.plus(l.presentValue), new Decimal(0)),
      share: total.isZero() ? null : t.isZero() ? t.abs() : t.div(total),
    });
  }
  const out: {
    currency?: string | undefined;
    horizon: number;
    discountRate: Decimal | null;
    total: Decimal;
    presentValue: Decimal;
    byPeriod: TcoPeriod[];
    byCategory: TcoCategoryTotal[];
    byLine: TcoLineTotal[];
  } = { horizon, discountRate: rate, total, presentValue, byPeriod, byCategory, byLine };
  if (guard.currency !== undefined) out.currency = guard.currency;
  return out;
}

/**
 * Total cost of ownership: every cost of a solution over its life —
 * acquisition, implementation, licences, infrastructure, operations,
 * support, staff, training, downtime, disposal — per period, per category and
 * per line, nominal (exact decimals) and discounted.
 *
 * Periods run `0..horizon`: period 0 is today and is not discounted; a
 * `'once'` line defaults to period 0, a `'per-period'` line to periods
 * `1..horizon`. Escalation compounds from a line's start period by default
 * (`priceBase: 'lineStart'`: the amount is in the prices of the line's first
 * period); with `priceBase: 'today'` the amount is in period-0 prices and
 * escalation compounds from period 0.
 *
 * @param input - horizon, optional discount rate and currency, and the cost lines
 * @returns totals, present value and the breakdowns, deep-frozen
 * @throws PopmError `INVALID_ARGUMENT` for a malformed input, an unknown category or
 *   recurrence, or `endPeriod`/`escalation` on a `'once'` line; `DUPLICATE_ID` for a
 *   repeated line id; `INVALID_NUMBER` for a bad amount, rate or escalation, or a horizon or
 *   period that is not a finite number; `OUT_OF_RANGE` for a horizon below 1 or not whole, a period outside `0..horizon` (or an end before the start), a rate or
 *   escalation <= -1; `LIMIT_EXCEEDED` for a horizon above {@link MAX_TCO_HORIZON};
 *   `CURRENCY_MISMATCH` when lines use different currencies
 * @example
 * const tco = totalCostOfOwnership({
 *   horizon: 3,
 *   costs: [
 *     { id: 'hw', label: 'Servers', category: 'acquisition', amount: '0.1', recurrence: 'once' },
 *     { id: 'fix', label: 'Set-up', category: 'implementation', amount: '0.2', recurrence: 'once' },
 *     { id: 'ops', label: 'Hosting', category: 'operations', amount: 100,
 *       recurrence: 'per-period', escalation: 0.1 },
 *   ],
 * });
 * tco.byPeriod.map((p) => p.nominal.toString()); //=> ['0.3', '100', '110', '121']
 * tco.total.toString(); //=> '331.3'
 * // A licence quoted at today's 100, first paid in period 3, rising 10 % a period
 * totalCostOfOwnership({ horizon: 3, costs: [{ id: 'l', label: 'Licence', category: 'licensing',
 *   amount: 100, recurrence: 'per-period', startPeriod: 3, escalation: 0.1, priceBase: 'today' }],
 * }).byPeriod[3]?.nominal.toString(); //=> '133.1'
 */
export function totalCostOfOwnership(input: TcoInput): TcoResult {
  return deepFreeze(computeTco(input, ['input']));
}
