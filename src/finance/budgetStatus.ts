import { fromEpochDay, type IsoDate, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { Decimal, type Numeric, toDecimal } from '../core/numbers.js';
import { requireArray, requireObject, requireString } from '../core/validate.js';
import { CurrencyGuard, optionalText, readCurrency, readNonNegative } from './internal/moneyChecks.js';

/** A budget line: the money set aside for one category. */
export interface BudgetLine {
  /** The category, unique within the budget (e.g. `'staff'`, `'licences'`). */
  readonly category: string;
  /** The amount set aside, >= 0. */
  readonly amount: Numeric;
  /** A longer name, for people. */
  readonly label?: string;
  /** Must equal the budget's currency when given. */
  readonly currency?: string;
}

/** A dated actual (money spent) or commitment (money promised, e.g. a purchase order). */
export interface BudgetEntry {
  /** The date it was booked; entries after `asOf` are ignored. */
  readonly date: IsoDate;
  /** The amount; negative for a refund or credit note. */
  readonly amount: Numeric;
  /** The budget line it belongs to; must be one of the lines when lines are given. */
  readonly category?: string;
  /** Must equal the budget's currency when given. */
  readonly currency?: string;
  /** What it was for. */
  readonly description?: string;
}

/** A budget with its dated actuals and commitments (the input of {@link budgetStatus}). */
export interface Budget {
  /** The budget's currency; every line and entry must use it. */
  readonly currency: string;
  /** The whole budget, >= 0. */
  readonly total: Numeric;
  /** First day of the budget period. */
  readonly start: IsoDate;
  /** Last day of the budget period (inclusive), not before `start`. */
  readonly end: IsoDate;
  /** Lines by category; their sum may not exceed `total` (the rest is unallocated). */
  readonly lines?: readonly BudgetLine[];
  /** Money spent. */
  readonly actuals?: readonly BudgetEntry[];
  /** Money promised but not yet spent. Remove a commitment when its actual is booked. */
  readonly commitments?: readonly BudgetEntry[];
}

/** Where one category stands. */
export interface BudgetCategoryStatus {
  /** The category; `null` for entries without a category. */
  readonly category: string | null;
  /** The line's amount; `null` when there is no line for it. */
  readonly budget: Decimal | null;
  /** Actuals to date. */
  readonly spent: Decimal;
  /** Commitments to date. */
  readonly committed: Decimal;
  /** `budget − spent − committed` (negative is an overrun); `null` without a line. */
  readonly remaining: Decimal | null;
  /** `spent / budget`; `null` without a line or for a zero line. */
  readonly percentSpent: Decimal | null;
  /** `budget × percentTimeElapsed`: what straight-line phasing expected by now; `null` without a line. */
  readonly plannedToDate: Decimal | null;
  /** `plannedToDate − spent`: positive is under-spending against the phasing; `null` without a line. */
  readonly spendVariance: Decimal | null;
}

/** Where a budget period stands on the status date. */
export type BudgetPhase = 'not-started' | 'in-progress' | 'finished';

/** The result of {@link budgetStatus}. Money is exact; fractions are 0..1 (0.25 = 25 %). */
export interface BudgetStatus {
  /** The status date. */
  readonly asOf: IsoDate;
  /** The currency. */
  readonly currency: string;
  /** `'not-started'` before `start`, `'finished'` after `end`. */
  readonly phase: BudgetPhase;
  /** The whole budget. */
  readonly total: Decimal;
  /** Actuals dated on or before `asOf`. */
  readonly spent: Decimal;
  /** Commitments dated on or before `asOf`. */
  readonly committed: Decimal;
  /** `total − spent − committed`: money still free; negative is an overrun. */
  readonly remaining: Decimal;
  /** `total − spent`. */
  readonly unspent: Decimal;
  /** `total − Σ lines`: money not yet allocated to a line. */
  readonly unallocated: Decimal;
  /** `spent / total`; `null` for a zero budget. */
  readonly percentSpent: Decimal | null;
  /** `(spent + committed) / total`; `null` for a zero budget. */
  readonly percentCommitted: Decimal | null;
  /** Days of the period elapsed, counting `asOf` itself, 0..durationDays. */
  readonly elapsedDays: number;
  /** Days in the period, `start` and `end` included. */
  readonly durationDays: number;
  /** `durationDays − elapsedDays`. */
  readonly remainingDays: number;
  /** `elapsedDays / durationDays`. */
  readonly percentTimeElapsed: number;
  /** `total × percentTimeElapsed`: what straight-line phasing expected by now. */
  readonly plannedToDate: Decimal;
  /** `plannedToDate − spent`: positive is under-spending against the phasing. */
  readonly spendVariance: Decimal;
  /** `spent / elapsedDays`; `null` before the period starts. */
  readonly burnRatePerDay: Decimal | null;
  /** Burn per average Gregorian month (30.436875 days); `null` before the period starts. */
  readonly burnRatePerMonth: Decimal | null;
  /** `spent + burnRatePerDay × remainingDays`: the cost at the end at today's burn; `null` before the start. */
  readonly forecastAtCompletion: Decimal | null;
  /** `total − forecastAtCompletion`: negative is a forecast overrun; `null` with no forecast. */
  readonly forecastVariance: Decimal | null;
  /**
   * The day the money runs out: the day of the actual that exhausted it when
   * it already has, else the day `unspent` is used up at today's burn. `null`
   * when nothing is being spent, when the period has ended with money left
   * (like `forecastAtCompletion`, no further spend is projected), or when the
   * day lies beyond 9999-12-31.
   */
  readonly runOutDate: IsoDate | null;
  /** Whether `runOutDate` falls before `end`. */
  readonly runsOutBeforeEnd: boolean;
  /** Each line (input order), then categories without a line, then uncategorised entries. */
  readonly byCategory: readonly BudgetCategoryStatus[];
}

/** Days in an average Gregorian month: 365.2425 / 12. */
const DAYS_PER_MONTH = new Decimal('30.436875');
const MAX_EPOCH_DAY = toEpochDay('9999-12-31');

interface ReadEntry {
  day: number;
  amount: Decimal;
  category: string | null;
}

function readEntries(
  value: unknown,
  name: 'actuals' | 'commitments',
  guard: CurrencyGuard,
  lineIndex: Map<string, number> | null,
): ReadEntry[] {
  if (value === undefined) return [];
  const list = requireArray(value, [name]);
  return list.map((raw, i) => {
    const p = [name, i];
    const e = requireObject(raw, p);
    const day = toEpochDay(e.date, [...p, 'date']);
    const amount = toDecimal(e.amount, [...p, 'amount']);
    guard.check(e.currency, [...p, 'currency']);
    optionalText(e.description, [...p, 'description']);
    let category: string | null = null;
    if (e.category !== undefined) {
      category = requireString(e.category, [...p, 'category']);
      if (lineIndex !== null && !lineIndex.has(category))
        throw popmError('NOT_FOUND', [...p, 'category'], 'the category of a budget line', category);
    }
    return { day, amount, category };
  });
}

/**
 * Where a budget stands on a date: spent, committed, remaining, percent spent
 * against percent of time elapsed, burn rate per day and per month, the
 * forecast at completion at today's burn, the day the money runs out, and the
 * same by category. Money is exact (`0.1 + 0.2` is `0.3`); entries dated after
 * `asOf` are ignored, so one budget document answers for any status date.
 *
 * @param budget - currency, total, period, optional lines, actuals and commitments
 * @param asOf - the status date
 * @returns the status, deep-frozen
 * @throws PopmError `INVALID_DATE` for a bad date or `end` before `start`;
 *   `INVALID_ARGUMENT` for a malformed budget, a missing currency, or a `label` or
 *   `description` that is not a string;
 *   `INVALID_NUMBER` for a bad amount; `OUT_OF_RANGE` for a negative total or line,
 *   or lines summing above the total; `DUPLICATE_ID` for two lines of one category;
 *   `NOT_FOUND` for an entry whose category has no line (when lines are given);
 *   `CURRENCY_MISMATCH` for a line or entry in another currency
 * @example
 * const s = budgetStatus({
 *   currency: 'EUR', total: 1000, start: '2026-01-01', end: '2026-01-10',
 *   actuals: [{ date: '2026-01-02', amount: '0.1' }, { date: '2026-01-03', amount: '0.2' },
 *             { date: '2026-01-04', amount: '299.7' }],
 * }, '2026-01-04');
 * s.spent.toString();           //=> '300'
 * s.percentTimeElapsed;         //=> 0.4
 * s.burnRatePerDay?.toString(); //=> '75'
 * s.forecastAtCompletion?.toString(); //=> '750'
 * s.runOutDate;                 //=> '2026-01-14'
 */
export function budgetStatus(budget: Budget, asOf: IsoDate): BudgetStatus {
  const b = requireObject(budget, []);
  const asOfDay = toEpochDay(asOf, ['asOf']);
  const currency = readCurrency(b.currency, ['currency']);
  const total = readNonNegative(b.total, ['total']);
  const startDay = toEpochDay(b.start, ['start']);
  const endDay = toEpochDay(b.end, ['end']);
  if (endDay < startDay)
    throw popmError('INVALID_DATE', ['end'], `a date on or after start (${b.start})`, b.end);
  const guard = new CurrencyGuard(currency, ['currency']);

  let lineIndex: Map<string, number> | null = null;
  const lines: { category: string; amount: Decimal }[] = [];
  if (b.lines !== undefined) {
    lineIndex = new Map();
    const raw = requireArray(b.lines, ['lines']);
    let allocated = new Decimal(0);
    raw.forEach((r, i) => {
      const l = requireObject(r, ['lines', i]);
      const category = requireString(l.category, ['lines', i, 'category']);
      if (lineIndex?.has(category))
        throw popmError(
          'DUPLICATE_ID',
          ['lines', i, 'category'],
          'a category used by one line only',
          category,
        );
      lineIndex?.set(category, i);
      const amount = readNonNegative(l.amount, ['lines', i, 'amount']);
      guard.check(l.currency, ['lines', i, 'currency']);
      optionalText(l.label, ['lines', i, 'label']);
      allocated = allocated.plus(amount);
      lines.push({ category, amount });
    });
    if (allocated.gt(total))
      throw popmError(
        'OUT_OF_RANGE',
        ['lines'],
        `lines summing to at most the total (${total})`,
        allocated.toString(),
      );
  }
  const actuals = readEntries(b.actuals, 'actuals', guard, lineIndex).filter(
    (e) => e.day <= asOfDay,
  );
  const commitments = readEntries(b.commitments, 'commitments', guard, lineIndex).filter(
    (e) => e.day <= asOfDay,
  );

  const zero = new Decimal(0);
  const sumOf = (list: readonly ReadEntry[], cat?: string | null): Decimal =>
    list.reduce((s, e) => (cat === undefined || e.category === cat ? s.plus(e.amount) : s), zero);
  const spent = sumOf(actuals);
  const committed = sumOf(commitments);
  const durationDays = endDay - startDay + 1;
  const elapsedDays = Math.min(Math.max(asOfDay - startDay + 1, 0), durationDays);
  const remainingDays = durationDays - elapsedDays;
  const timeFraction = elapsedDays / durationDays;
  const phasing = (amount: Decimal): Decimal => amount.times(elapsedDays).div(durationDays);
  const plannedToDate = phasing(total);
  const unspent = total.minus(spent);
  const burn = elapsedDays === 0 ? null : spent.div(elapsedDays);
  const forecast = burn === null ? null : spent.plus(burn.times(remainingDays));

  let runOutDate: IsoDate | null = null;
  if (unspent.lte(0)) {
    // Already exhausted: the day the cumulative actuals first reached the total.
    const sorted = [...actuals].sort((x, y) => x.day - y.day);
    let cum = zero;
    let day: number | null = null;
    for (const e of sorted) {
      cum = cum.plus(e.amount);
      if (cum.gte(total)) {
        day = e.day;
        break;
      }
    }
    runOutDate = fromEpochDay(day ?? startDay);
  } else if (burn?.gt(0) && asOfDay <= endDay) {
    // After the end nothing more is planned to be spent (the forecast is the
    // spend itself), so money left over never runs out.
    const days = unspent.div(burn).ceil();
    const target = days.plus(asOfDay);
    if (target.lte(MAX_EPOCH_DAY)) runOutDate = fromEpochDay(target.toNumber());
  }

  const row = (category: string | null, line: Decimal | null): BudgetCategoryStatus => {
    const s = sumOf(actuals, category);
    const c = sumOf(commitments, category);
    const planned = line === null ? null : phasing(line);
    return {
      category,
      budget: line,
      spent: s,
      committed: c,
      remaining: line === null ? null : line.minus(s).minus(c),
      percentSpent: line === null || line.isZero() ? null : s.div(line),
      plannedToDate: planned,
      spendVariance: planned === null ? null : planned.minus(s),
    };
  };
  const byCategory: BudgetCategoryStatus[] = lines.map((l) => row(l.category, l.amount));
  if (lineIndex === null) {
    const seen: string[] = [];
    for (const e of [...actuals, ...commitments])
      if (e.category !== null && !seen.includes(e.category)) seen.push(e.category);
    for (const cat of seen) byCategory.push(row(cat, null));
  }
  if ([...actuals, ...commitments].some((e) => e.category === null))
    byCategory.push(row(null, null));

  return deepFreeze({
    asOf,
    currency,
    phase: asOfDay < startDay ? 'not-started' : asOfDay > endDay ? 'finished' : 'in-progress',
    total,
    spent,
    committed,
    remaining: unspent.minus(committed),
    unspent,
    unallocated: total.minus(lines.reduce((s, l) => s.plus(l.amount), zero)),
    percentSpent: total.isZero() ? null : spent.div(total),
    percentCommitted: total.isZero() ? null : spent.plus(committed).div(total),
    elapsedDays,
    durationDays,
    remainingDays,
    percentTimeElapsed: timeFraction,
    plannedToDate,
    spendVariance: plannedToDate.minus(spent),
    burnRatePerDay: burn,
    burnRatePerMonth: burn === null ? null : burn.times(DAYS_PER_MONTH),
    forecastAtCompletion: forecast,
    forecastVariance: forecast === null ? null : total.minus(forecast),
    runOutDate,
    runsOutBeforeEnd: runOutDate !== null && toEpochDay(runOutDate) < endDay,
    byCategory,
  } satisfies BudgetStatus);
}
