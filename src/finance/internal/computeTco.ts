/**
 * @internal The computation of {@link totalCostOfOwnership}, with a path
 * prefix so that {@link compareTco} reports its paths under its own
 * parameter.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import {
  indexById,
  requireArray,
  requireOneOf,
  requireString,
} from '../../core/internal/validate.js';
import { Decimal, toDecimal } from '../../core/numbers.js';
import {
  MAX_TCO_HORIZON,
  TCO_CATEGORIES,
  type TcoCategory,
  type TcoCategoryTotal,
  type TcoLineTotal,
  type TcoPeriod,
  type TcoPriceBase,
  type TcoRecurrence,
  type TcoResult,
} from '../totalCostOfOwnershipTypes.js';
import { CurrencyGuard, readCurrency, readInteger } from './moneyChecks.js';

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

/** @internal The core of {@link totalCostOfOwnership}. */
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
