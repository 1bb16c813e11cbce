import { fromEpochDay, type IsoDate, toEpochDay } from '../core/dates.js';
import { type PopmPath, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity, readMeta } from '../core/internal/readObject.js';
import { requireArray, requireString } from '../core/internal/validate.js';
import { Decimal, type Numeric, toDecimal } from '../core/numbers.js';
import {
  CurrencyGuard,
  optionalText,
  readCurrency,
  readNonNegative,
} from './internal/moneyChecks.js';

/** A budget line: the money set aside for one category. */
export interface BudgetLine {
  /** The category, unique within the budget (e.g. `'staff'`, `'licences'`). */
  readonly category: string;
  /** The amount set aside, >= 0. */
  readonly amount: Numeric;
  /** A longer name, for people. */
  readonly label?: string | undefined;
  /** Must equal the budget's currency when given. */
  readonly currency?: string | undefined;
  /** Your own data, carried untouched to the line's `byCategory` row. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** A dated actual (money spent) or commitment (money promised, e.g. a purchase order). */
export interface BudgetEntry {
  /** The date it was booked; entries after `asOf` are ignored. */
  readonly date: IsoDate;
  /** The amount; negative for a refund or credit note. */
  readonly amount: Numeric;
  /** The budget line it belongs to; must be one of the lines when lines are given. */
  readonly category?: string | undefined;
  /** Must equal the budget's currency when given. */
  readonly currency?: string | undefined;
  /** What it was for. */
  readonly description?: string | undefined;
  /** Your own data (popm does not read it). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
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
  readonly lines?: readonly BudgetLine[] | undefined;
  /** Money spent. */
  readonly actuals?: readonly BudgetEntry[] | undefined;
  /** Money promised but not yet spent. Remove a commitment when its actual is booked. */
  readonly commitments?: readonly BudgetEntry[] | undefined;
  /** Your own data (popm does not read it). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

const BUDGET_KEYS = [
  'currency',
  'total',
  'start',
  'end',
  'lines',
  'actuals',
  'commitments',
  'meta',
] as const;
const LINE_KEYS = ['category', 'amount', 'label', 'currency', 'meta'] as const;
const ENTRY_KEYS = ['date', 'amount', 'category', 'currency', 'description', 'meta'] as const;

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
  /** `spent / budget`, a fraction (0.25 = 25 %); `null` without a line or for a zero line. */
  readonly spentRatio: Decimal | null;
  /** `budget × timeElapsedRatio`: what straight-line phasing expected by now; `null` without a line. */
  readonly plannedToDate: Decimal | null;
  /** `plannedToDate − spent`: positive is under-spending against the phasing; `null` without a line. */
  readonly spendVariance: Decimal | null;
  /** The line's own `meta`, carried through untouched (absent when the line had none). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
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
  /** `spent / total`, a fraction; `null` for a zero budget. */
  readonly spentRatio: Decimal | null;
  /** `(spent + committed) / total`, a fraction; `null` for a zero budget. */
  readonly committedRatio: Decimal | null;
  /** Days of the period elapsed, counting `asOf` itself, 0..durationDays. */
  readonly elapsedDays: number;
  /** Days in the period, `start` and `end` included. */
  readonly durationDays: number;
  /** `durationDays − elapsedDays`. */
  readonly remainingDays: number;
  /** `elapsedDays / durationDays`, a fraction. */
  readonly timeElapsedRatio: number;
  /** `total × timeElapsedRatio`: what straight-line phasing expected by now. */
  readonly plannedToDate: Decimal;
  /** `plannedToDate − spent`: positive is under-spending against the phasing. */
  readonly spendVariance: Decimal;
  /** `spent / elapsedDays`; `null` before the period starts. */
  readonly burnRatePerDay: Decimal | null;
  /** Burn per average Gregorian month (30.436875 days); `null` before the period starts. */
  readonly burnRatePerMonth: Decimal | null;
  /**
   * `spent + burnRatePerDay × remainingDays`: the cost at the end at today's
   * burn; `null` before the start. It projects actuals only; commitments
   * are shown beside it in {@link BudgetStatus.forecastWithCommitments}.
   */
  readonly forecastAtCompletion: Decimal | null;
  /** `total − forecastAtCompletion`: negative is a forecast overrun; `null` with no forecast. */
  readonly forecastVariance: Decimal | null;
  /**
   * The larger of `forecastAtCompletion` and `spent + committed`: money
   * promised will be spent, so the end cost is at least what is spent or
   * committed; a burn forecast above that is taken to cover the commitments
   * (adding them to it would count them twice). `null` before the start.
   */
  readonly forecastWithCommitments: Decimal | null;
  /**
   * The day the money runs out: the day of the actual that exhausted it when
   * it already has, else the day `unspent` is used up at today's burn. `null`
   * when nothing is being spent (a zero budget with no spending included),
   * when the period has ended with money left (like `forecastAtCompletion`,
   * no further spend is projected), or when the day lies beyond 9999-12-31.
   */
  readonly runOutDate: IsoDate | null;
  /**
   * Whether the money is used up before the period is over: `runOutDate` is
   * before `end`, or on `end` itself while the forecast is above the total
   * (a shortfall smaller than one day's burn). It agrees with the forecast:
   * whenever `forecastAtCompletion > total` (`forecastVariance < 0`) it is
   * `true`, and then `runOutDate` is on or before `end`.
   */
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
  const list = requireArray(value, ['budget', name]);
  const out: ReadEntry[] = [];
  for (let i = 0; i < list.length; i++) {
    const p: PopmPath = ['budget', name, i];
    const e = readEntity(list[i], p, ENTRY_KEYS, 'an entry { date, amount }');
    readMeta(e.meta, [...p, 'meta']);
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
    out.push({ day, amount, category });
  }
  return out;
}

interface ReadLine {
  category: string;
  amount: Decimal;
  meta: BudgetLine['meta'];
}

/** Reads the lines (null index when there are none) and checks they fit in the total. */
function readLines(
  value: unknown,
  total: Decimal,
  guard: CurrencyGuard,
): { lines: ReadLine[]; lineIndex: Map<string, number> | null } {
  const lines: ReadLine[] = [];
  if (value === undefined) return { lines, lineIndex: null };
  const index = new Map<string, number>();
  const raw = requireArray(value, ['budget', 'lines']);
  let allocated = new Decimal(0);
  for (let i = 0; i < raw.length; i++) {
    const p: PopmPath = ['budget', 'lines', i];
    const l = readEntity(raw[i], p, LINE_KEYS, 'a line { category, amount }');
    const category = requireString(l.category, [...p, 'category']);
    if (index.has(category))
      throw popmError(
        'DUPLICATE_ID',
        [...p, 'category'],
        'a category used by one line only',
        category,
      );
    index.set(category, i);
    const amount = readNonNegative(l.amount, [...p, 'amount']);
    guard.check(l.currency, [...p, 'currency']);
    optionalText(l.label, [...p, 'label']);
    const meta = readMeta(l.meta, [...p, 'meta']);
    allocated = allocated.plus(amount);
    lines.push({ category, amount, meta });
  }
  if (allocated.gt(total))
    throw popmError(
      'OUT_OF_RANGE',
      ['budget', 'lines'],
      `lines summing to at most the total (${total})`,
      allocated.toString(),
    );
  return { lines, lineIndex: index };
}

/** Sum of the entries' amounts, of one category when `cat` is given. */
function sumOf(list: readonly ReadEntry[], cat?: string | null): Decimal {
  return list.reduce(
    (s, e) => (cat === undefined || e.category === cat ? s.plus(e.amount) : s),
    new Decimal(0),
  );
}

/** The day the money runs out, or null (see {@link BudgetStatus.runOutDate}). */
function runOutDateOf(
  actuals: readonly ReadEntry[],
  total: Decimal,
  unspent: Decimal,
  burn: Decimal | null,
  days: { asOfDay: number; startDay: number; endDay: number },
): IsoDate | null {
  if (unspent.lte(0) && sumOf(actuals).gt(0)) {
    // Already exhausted: the day the cumulative actuals first reached the
    // total. (A zero budget with nothing spent has not run out: issue 16 #4.)
    const sorted = [...actuals].sort((x, y) => x.day - y.day);
    let cum = new Decimal(0);
    for (const e of sorted) {
      cum = cum.plus(e.amount);
      if (cum.gte(total) && cum.gt(0)) return fromEpochDay(e.day);
    }
    return fromEpochDay(days.startDay);
  }
  if (unspent.gt(0) && burn?.gt(0) && days.asOfDay <= days.endDay) {
    // After the end nothing more is planned to be spent (the forecast is the
    // spend itself), so money left over never runs out. The money lasts
    // `unspent / burn` more days: it runs out during the day that crosses it.
    const target = unspent.div(burn).ceil().plus(days.asOfDay);
    if (target.lte(MAX_EPOCH_DAY)) return fromEpochDay(target.toNumber());
  }
  return null;
}

/** The per-category rows: lines, then categories without a line, then uncategorised. */
function categoryRows(
  lines: readonly ReadLine[],
  hasLines: boolean,
  actuals: readonly ReadEntry[],
  commitments: readonly ReadEntry[],
  phasing: (amount: Decimal) => Decimal,
): BudgetCategoryStatus[] {
  const row = (
    category: string | null,
    line: Decimal | null,
    meta?: BudgetLine['meta'],
  ): BudgetCategoryStatus => {
    const s = sumOf(actuals, category);
    const c = sumOf(commitments, category);
    const planned = line === null ? null : phasing(line);
    return {
      category,
      budget: line,
      spent: s,
      committed: c,
      remaining: line === null ? null : line.minus(s).minus(c),
      spentRatio: line === null || line.isZero() ? null : s.div(line),
      plannedToDate: planned,
      spendVariance: planned === null ? null : planned.minus(s),
      ...(meta === undefined ? {} : { meta }),
    };
  };
  const byCategory: BudgetCategoryStatus[] = lines.map((l) => row(l.category, l.amount, l.meta));
  const all = [...actuals, ...commitments];
  if (!hasLines) {
    const seen: string[] = [];
    for (const e of all)
      if (e.category !== null && !seen.includes(e.category)) seen.push(e.category);
    for (const cat of seen) byCategory.push(row(cat, null));
  }
  if (all.some((e) => e.category === null)) byCategory.push(row(null, null));
  return byCategory;
}

/** Reads the budget's header: currency, total and period. */
function readHeader(b: {
  readonly currency?: unknown;
  readonly total?: unknown;
  readonly start?: unknown;
  readonly end?: unknown;
}) {
  const currency = readCurrency(b.currency, ['budget', 'currency']);
  const total = readNonNegative(b.total, ['budget', 'total']);
  const startDay = toEpochDay(b.start, ['budget', 'start']);
  const endDay = toEpochDay(b.end, ['budget', 'end']);
  if (endDay < startDay)
    throw popmError(
      'INVALID_DATE',
      ['budget', 'end'],
      `a date on or after start (${fromEpochDay(startDay)})`,
      b.end,
    );
  return { currency, total, startDay, endDay };
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
 * s.timeElapsedRatio;           //=> 0.4
 * s.burnRatePerDay?.toString(); //=> '75'
 * s.forecastAtCompletion?.toString(); //=> '750'
 * s.runOutDate;                 //=> '2026-01-14'
 */
export function budgetStatus(budget: Budget, asOf: IsoDate): BudgetStatus {
  const b = readEntity(budget, ['budget'], BUDGET_KEYS, 'a budget object');
  readMeta(b.meta, ['budget', 'meta']);
  const asOfDay = toEpochDay(asOf, ['asOf']);
  const { currency, total, startDay, endDay } = readHeader(b);
  const guard = new CurrencyGuard(currency, ['budget', 'currency']);
  const { lines, lineIndex } = readLines(b.lines, total, guard);
  const actuals = readEntries(b.actuals, 'actuals', guard, lineIndex).filter(
    (e) => e.day <= asOfDay,
  );
  const commitments = readEntries(b.commitments, 'commitments', guard, lineIndex).filter(
    (e) => e.day <= asOfDay,
  );

  const zero = new Decimal(0);
  const spent = sumOf(actuals);
  const committed = sumOf(commitments);
  const durationDays = endDay - startDay + 1;
  const elapsedDays = Math.min(Math.max(asOfDay - startDay + 1, 0), durationDays);
  const remainingDays = durationDays - elapsedDays;
  const phasing = (amount: Decimal): Decimal => amount.times(elapsedDays).div(durationDays);
  const plannedToDate = phasing(total);
  const unspent = total.minus(spent);
  const burn = elapsedDays === 0 ? null : spent.div(elapsedDays);
  const forecast = burn === null ? null : spent.plus(burn.times(remainingDays));
  const runOutDate = runOutDateOf(actuals, total, unspent, burn, { asOfDay, startDay, endDay });

  return deepFreeze({
    asOf: fromEpochDay(asOfDay),
    currency,
    phase: asOfDay < startDay ? 'not-started' : asOfDay > endDay ? 'finished' : 'in-progress',
    total,
    spent,
    committed,
    remaining: unspent.minus(committed),
    unspent,
    unallocated: total.minus(lines.reduce((s, l) => s.plus(l.amount), zero)),
    spentRatio: total.isZero() ? null : spent.div(total),
    committedRatio: total.isZero() ? null : spent.plus(committed).div(total),
    elapsedDays,
    durationDays,
    remainingDays,
    timeElapsedRatio: elapsedDays / durationDays,
    plannedToDate,
    spendVariance: plannedToDate.minus(spent),
    burnRatePerDay: burn,
    burnRatePerMonth: burn === null ? null : burn.times(DAYS_PER_MONTH),
    forecastAtCompletion: forecast,
    forecastVariance: forecast === null ? null : total.minus(forecast),
    forecastWithCommitments:
      forecast === null ? null : Decimal.max(forecast, spent.plus(committed)),
    runOutDate,
    // Agrees with the forecast (issue 16 #3): a forecast overrun always runs
    // out on or before `end`, even when the shortfall is under a day's burn.
    runsOutBeforeEnd:
      runOutDate !== null && (toEpochDay(runOutDate) < endDay || forecast?.gt(total) === true),
    byCategory: categoryRows(lines, lineIndex !== null, actuals, commitments, phasing),
  } satisfies BudgetStatus);
}
