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

type LineRecord = Readonly<Partial<Record<(typeof LINE_KEYS)[number], unknown>>>;

/** Reads the horizon (limit first, then range) and the optional discount rate. */
function readTerms(
  rec: { readonly horizon?: unknown; readonly discountRate?: unknown },
  base: PopmPath,
): { horizon: number; rate: Decimal | null } {
  if (Number.isInteger(rec.horizon) && (rec.horizon as number) > MAX_TCO_HORIZON)
    throw popmError(
      'LIMIT_EXCEEDED',
      [...base, 'horizon'],
      `at most ${MAX_TCO_HORIZON} periods`,
      rec.horizon,
    );
  const horizon = readInteger(rec.horizon, [...base, 'horizon'], 1, MAX_TCO_HORIZON);
  if (rec.discountRate === undefined) return { horizon, rate: null };
  const rate = toDecimal(rec.discountRate, [...base, 'discountRate']);
  if (rate.lte(-1))
    throw popmError('OUT_OF_RANGE', [...base, 'discountRate'], 'a rate > -1', rec.discountRate);
  return { horizon, rate };
}

/** Rejects `endPeriod` and `escalation` on a `'once'` line. */
function checkOnceLine(line: LineRecord, p: PopmPath): void {
  if (line.endPeriod !== undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      [...p, 'endPeriod'],
      "no endPeriod on a 'once' line",
      line.endPeriod,
    );
  if (line.escalation !== undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      [...p, 'escalation'],
      "no escalation on a 'once' line (state its amount in the prices of its period)",
      line.escalation,
    );
}

/** The line's first and last period. */
function lineSpan(
  line: LineRecord,
  p: PopmPath,
  once: boolean,
  horizon: number,
): { start: number; end: number } {
  const start =
    line.startPeriod === undefined
      ? once
        ? 0
        : 1
      : readInteger(line.startPeriod, [...p, 'startPeriod'], 0, horizon);
  if (once) {
    checkOnceLine(line, p);
    return { start, end: start };
  }
  const end =
    line.endPeriod === undefined
      ? horizon
      : readInteger(line.endPeriod, [...p, 'endPeriod'], start, horizon);
  return { start, end };
}

/** `1 + escalation` (1 without escalation). */
function lineGrowth(line: LineRecord, p: PopmPath): Decimal {
  if (line.escalation === undefined) return new Decimal(1);
  const e = toDecimal(line.escalation, [...p, 'escalation']);
  if (e.lte(-1))
    throw popmError('OUT_OF_RANGE', [...p, 'escalation'], 'a rate > -1', line.escalation);
  return e.plus(1);
}

interface ReadTcoLine {
  id: string;
  label: string;
  category: TcoCategory;
  meta: Readonly<Record<string, unknown>> | undefined;
  amounts: Decimal[];
}

/** Reads one cost line and spreads its amount over the periods `0..horizon`. */
function readLine(
  line: LineRecord,
  p: PopmPath,
  horizon: number,
  guard: CurrencyGuard,
): ReadTcoLine {
  const meta = readMeta(line.meta, [...p, 'meta']);
  const label = requireString(line.label, [...p, 'label']);
  const category = requireOneOf(line.category, TCO_CATEGORIES, [...p, 'category']);
  const recurrence = requireOneOf(line.recurrence, RECURRENCES, [...p, 'recurrence']);
  guard.check(line.currency, [...p, 'currency']);
  const amount = toDecimal(line.amount, [...p, 'amount']);
  const { start, end } = lineSpan(line, p, recurrence === 'once', horizon);
  const priceBase =
    line.priceBase === undefined
      ? 'lineStart'
      : requireOneOf(line.priceBase, PRICE_BASES, [...p, 'priceBase']);
  const growth = lineGrowth(line, p);
  const amounts: Decimal[] = Array.from({ length: horizon + 1 }, () => new Decimal(0));
  // In today's prices the first payment has already risen for `start` periods.
  let current = priceBase === 'today' ? amount.times(growth.pow(start)) : amount;
  for (let t = start; t <= end; t++) {
    amounts[t] = current;
    current = current.times(growth);
  }
  return { id: line.id as string, label, category, meta, amounts };
}

/**
 * Discount factors 1/(1+r)^t to 34 significant digits: (1+r)^t by repeated
 * multiplication, one division per period; lines then multiply (much
 * cheaper than dividing each amount). `null` without a rate.
 */
function discountFactors(rate: Decimal | null, periods: number): Decimal[] | null {
  if (rate === null) return null;
  const onePlus = rate.plus(1);
  const factors: Decimal[] = [];
  let power = new Decimal(1);
  for (let t = 0; t < periods; t++) {
    factors.push(new Decimal(1).div(power));
    power = power.times(onePlus);
  }
  return factors;
}

/** Present value of per-period amounts (their sum without factors). */
function pvOf(amounts: readonly Decimal[], factors: readonly Decimal[] | null): Decimal {
  let s = new Decimal(0);
  for (let t = 0; t < amounts.length; t++) {
    const a = amounts[t] as Decimal;
    if (!a.isZero()) s = s.plus(factors === null ? a : a.times(factors[t] as Decimal));
  }
  return s;
}

/** The per-period rows with their running totals. */
function periodRows(totals: readonly Decimal[], factors: readonly Decimal[] | null): TcoPeriod[] {
  const byPeriod: TcoPeriod[] = [];
  let cumN = new Decimal(0);
  let cumD = new Decimal(0);
  for (let t = 0; t < totals.length; t++) {
    const nominal = totals[t] as Decimal;
    const discounted = factors === null ? nominal : nominal.times(factors[t] as Decimal);
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
  return byPeriod;
}

/** Categories that have lines, in {@link TCO_CATEGORIES} order. */
function categoryTotals(byLine: readonly TcoLineTotal[], total: Decimal): TcoCategoryTotal[] {
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
  return byCategory;
}

/** @internal The core of {@link totalCostOfOwnership}, with a path prefix for {@link compareTco}. */
export function computeTco(input: unknown, base: PopmPath): TcoResult {
  const rec = readEntity(input, base, INPUT_KEYS, 'a TCO input object');
  readMeta(rec.meta, [...base, 'meta']);
  const { horizon, rate } = readTerms(rec, base);
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
  const lines = costs.map((line, i) => readLine(line, [...base, 'costs', i], horizon, guard));
  const totals: Decimal[] = Array.from({ length: periods }, (_, t) =>
    lines.reduce((s, l) => s.plus(l.amounts[t] as Decimal), new Decimal(0)),
  );
  const factors = discountFactors(rate, periods);
  const byPeriod = periodRows(totals, factors);
  const total = (byPeriod[periods - 1] as TcoPeriod).cumulativeNominal;
  const presentValue = factors === null ? total : pvOf(totals, factors);

  const byLine: TcoLineTotal[] = lines.map((l) => ({
    id: l.id,
    label: l.label,
    category: l.category,
    total: l.amounts.reduce((s, a) => s.plus(a), new Decimal(0)),
    presentValue: pvOf(l.amounts, factors),
    byPeriod: l.amounts,
    ...(l.meta === undefined ? {} : { meta: l.meta }),
  }));
  const out: {
    currency?: string | undefined;
    horizon: number;
    discountRate: Decimal | null;
    total: Decimal;
    presentValue: Decimal;
    byPeriod: TcoPeriod[];
    byCategory: TcoCategoryTotal[];
    byLine: TcoLineTotal[];
  } = {
    horizon,
    discountRate: rate,
    total,
    presentValue,
    byPeriod,
    byCategory: categoryTotals(byLine, total),
    byLine,
  };
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
