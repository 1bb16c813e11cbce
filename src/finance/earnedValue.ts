import type { IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity, readMeta, readOptions } from '../core/internal/readObject.js';
import { requireArray } from '../core/internal/validate.js';
import { type Decimal, type Numeric, toDecimal, toNumber } from '../core/numbers.js';

/** The four earned-value measures at one status date, plus an optional bottom-up ETC. */
export interface EarnedValueInput {
  /** Budget at completion: the total planned value of the work, >= 0. */
  readonly bac: Numeric;
  /** Planned value to date (BCWS), 0..bac. */
  readonly pv: Numeric;
  /** Earned value to date (BCWP), 0..bac. */
  readonly ev: Numeric;
  /** Actual cost to date (ACWP), >= 0. */
  readonly ac: Numeric;
  /** A bottom-up estimate to complete, >= 0; gives `eac.bottomUp` when present. */
  readonly etc?: Numeric | undefined;
  /** Your own data, carried untouched to the result. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * One dated earned-value reading, as a Project document keeps it: the
 * {@link EarnedValueInput} measured at `asOf`.
 */
export interface EarnedValueSnapshot extends EarnedValueInput {
  /** The status date the measures were taken on. */
  readonly asOf: IsoDate;
}

/** Which estimate at completion drives `etc`, `vac` and `tcpiEac`. */
export type EacMethod = 'cpi' | 'atypical' | 'cpiSpi' | 'bottomUp';

/** Options of {@link earnedValue}. */
export interface EarnedValueOptions {
  /**
   * The EAC that `etc`, `vac` and `tcpiEac` use: `'cpi'` (default, as PMI's
   * "typical variances"), `'atypical'`, `'cpiSpi'` or `'bottomUp'` (needs `etc`).
   */
  readonly eacMethod?: EacMethod | undefined;
}

/** The estimate at completion by each method; `null` where a ratio divides by zero. */
export interface EacEstimates {
  /** `bac / cpi`: today's cost efficiency continues ("typical"). `null` when CPI is `null` or 0. */
  readonly cpi: Decimal | null;
  /** `ac + (bac − ev)`: the rest goes to plan ("atypical" variances). */
  readonly atypical: Decimal;
  /** `ac + (bac − ev) / (cpi × spi)`: both cost and schedule pressure persist. `null` when CSI is `null` or 0. */
  readonly cpiSpi: Decimal | null;
  /** `ac + etc`: a fresh bottom-up estimate; present only when `etc` was given. */
  readonly bottomUp?: Decimal | undefined;
}

/** Where the cost variance leaves the project. */
export type CostStatus = 'under-budget' | 'on-budget' | 'over-budget';

/** Where the schedule variance leaves the project. */
export type ScheduleStatus = 'ahead' | 'on-schedule' | 'behind';

/** Everything {@link earnedValue} derives. Ratios are fractions (0.25 = 25 %). */
export interface EarnedValueResult {
  /** The budget at completion used. */
  readonly bac: Decimal;
  /** Planned value used. */
  readonly pv: Decimal;
  /** Earned value used. */
  readonly ev: Decimal;
  /** Actual cost used. */
  readonly ac: Decimal;
  /** Cost variance `ev − ac`; negative is over budget. */
  readonly cv: Decimal;
  /** Schedule variance `ev − pv`; negative is behind schedule (in money). */
  readonly sv: Decimal;
  /** Cost performance index `ev / ac`; `null` when `ac = 0`. */
  readonly cpi: Decimal | null;
  /** Schedule performance index `ev / pv`; `null` when `pv = 0`. */
  readonly spi: Decimal | null;
  /** Cost-schedule index (critical ratio) `cpi × spi`; `null` when either is `null`. */
  readonly csi: Decimal | null;
  /** `cv / ev`, a fraction (−0.11 is 11 % over budget); `null` when `ev = 0`. */
  readonly cvRatio: Decimal | null;
  /** `sv / pv`, a fraction; `null` when `pv = 0`. */
  readonly svRatio: Decimal | null;
  /** The estimate at completion by each method. */
  readonly eac: EacEstimates;
  /** Which EAC `etc`, `vac` and `tcpiEac` use. */
  readonly eacMethod: EacMethod;
  /** Estimate to complete `eac − ac` (by `eacMethod`, default `eac.cpi`); `null` when that EAC is `null`. */
  readonly etc: Decimal | null;
  /** Variance at completion `bac − eac`; negative is a forecast overrun; `null` when that EAC is `null`. */
  readonly vac: Decimal | null;
  /**
   * To-complete performance index to finish on BAC: `(bac − ev) / (bac − ac)`,
   * the cost efficiency the remaining work needs; compare it with `cpi` (PMI:
   * a TCPI well above the CPI is seldom achieved). `null` when `bac = ac`;
   * negative when `ac` already exceeds `bac` with work left (the BAC can no
   * longer be met: steer by `tcpiEac` against an approved EAC instead).
   */
  readonly tcpiBac: Decimal | null;
  /**
   * To-complete performance index to finish on the EAC: `(bac − ev) / (eac − ac)`;
   * `null` when `eac − ac` is 0 or the EAC is `null`. With the default
   * `eacMethod: 'cpi'` it equals `cpi` by construction; it says more for an
   * approved bottom-up EAC.
   */
  readonly tcpiEac: Decimal | null;
  /** `ev / bac`, a fraction; `null` when `bac = 0`. */
  readonly completionRatio: Decimal | null;
  /** `ac / bac`, a fraction; `null` when `bac = 0`. */
  readonly spentRatio: Decimal | null;
  /** `'under-budget'` when `cv > 0`, `'over-budget'` when `cv < 0`, else `'on-budget'`. */
  readonly costStatus: CostStatus;
  /** `'ahead'` when `sv > 0`, `'behind'` when `sv < 0`, else `'on-schedule'`. */
  readonly scheduleStatus: ScheduleStatus;
  /** The input's own `meta`, carried through untouched (absent when it had none). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

const EAC_METHODS: readonly EacMethod[] = ['cpi', 'atypical', 'cpiSpi', 'bottomUp'];
const EV_KEYS = ['bac', 'pv', 'ev', 'ac', 'etc', 'asOf', 'meta'] as const;
const EV_OPTIONS = ['eacMethod'] as const;
const ES_KEYS = ['cumulativePv', 'ev', 'actualTime', 'plannedDuration', 'meta'] as const;

function nonNegative(value: unknown, name: string): Decimal {
  const d = toDecimal(value, ['input', name]);
  if (d.isNegative() && !d.isZero())
    throw popmError('OUT_OF_RANGE', ['input', name], 'an amount >= 0', value);
  return d;
}

function ratio(num: Decimal, den: Decimal | null): Decimal | null {
  if (den === null || den.isZero()) return null;
  const q = num.div(den);
  // 0 / −x is −0 in decimal.js, which JSON prints as "-0" (TCPI of a finished overrun).
  return q.isZero() ? q.abs() : q;
}

function costStatus(cv: Decimal): CostStatus {
  return cv.isZero() ? 'on-budget' : cv.isPositive() ? 'under-budget' : 'over-budget';
}

function scheduleStatus(sv: Decimal): ScheduleStatus {
  return sv.isZero() ? 'on-schedule' : sv.isPositive() ? 'ahead' : 'behind';
}

/** The EAC method (default `'cpi'`); `'bottomUp'` needs an `etc`. */
function readEacMethod(value: unknown, etcIn: Decimal | undefined): EacMethod {
  let method: EacMethod = 'cpi';
  if (value !== undefined) {
    if (!EAC_METHODS.includes(value as EacMethod))
      throw popmError(
        'INVALID_ARGUMENT',
        ['options', 'eacMethod'],
        "one of 'cpi', 'atypical', 'cpiSpi', 'bottomUp'",
        value,
      );
    method = value as EacMethod;
  }
  if (method === 'bottomUp' && etcIn === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      ['input', 'etc'],
      "an etc when eacMethod is 'bottomUp'",
      undefined,
    );
  return method;
}

/**
 * Earned value management at one status date (PMI PMBOK® Guide and Practice
 * Standard for EVM): variances, indices, the EAC family, ETC, VAC and TCPI.
 * Money is exact `Decimal`; a ratio whose denominator is zero is `null`,
 * never `Infinity`.
 *
 * @param input - `{ bac, pv, ev, ac, etc? }`; a dated {@link EarnedValueSnapshot} works too
 * @param options - which EAC drives `etc`, `vac` and `tcpiEac` (default `'cpi'`)
 * @returns every measure, deep-frozen
 * @throws PopmError `INVALID_ARGUMENT` for a non-object input or an unknown `eacMethod`,
 *   `INVALID_NUMBER` for a non-numeric measure, `OUT_OF_RANGE` for a negative
 *   measure or `pv`/`ev` above `bac`, and `INVALID_ARGUMENT` for `eacMethod: 'bottomUp'` without `etc`
 * @example
 * // PMP Exam Prep fence: four $1,000 sides, end of day 3
 * const r = earnedValue({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 });
 * r.cv.toString(); //=> '-300'
 * r.spi?.toFixed(3); //=> '0.833'
 * r.eac.cpi?.toString(); //=> '4480'
 * r.vac?.toString(); //=> '-480'
 */
export function earnedValue(
  input: EarnedValueInput,
  options?: EarnedValueOptions,
): EarnedValueResult {
  const opts = readOptions(options, ['options'], EV_OPTIONS);
  const rec = readEntity(input, ['input'], EV_KEYS, 'an earned-value object');
  const meta = readMeta(rec.meta, ['input', 'meta']);
  const bac = nonNegative(rec.bac, 'bac');
  const pv = nonNegative(rec.pv, 'pv');
  const ev = nonNegative(rec.ev, 'ev');
  const ac = nonNegative(rec.ac, 'ac');
  if (pv.gt(bac))
    throw popmError('OUT_OF_RANGE', ['input', 'pv'], `an amount <= bac (${bac})`, rec.pv);
  if (ev.gt(bac))
    throw popmError('OUT_OF_RANGE', ['input', 'ev'], `an amount <= bac (${bac})`, rec.ev);
  const etcIn = rec.etc === undefined ? undefined : nonNegative(rec.etc, 'etc');
  const method = readEacMethod(opts.eacMethod, etcIn);

  const cv = ev.minus(ac);
  const sv = ev.minus(pv);
  const cpi = ratio(ev, ac);
  const spi = ratio(ev, pv);
  const csi = cpi === null || spi === null ? null : cpi.times(spi);
  const remainingWork = bac.minus(ev);
  const eac: {
    cpi: Decimal | null;
    atypical: Decimal;
    cpiSpi: Decimal | null;
    bottomUp?: Decimal | undefined;
  } = {
    // bac / cpi computed as bac·ac/ev keeps one rounding instead of two
    cpi: cpi === null || cpi.isZero() ? null : bac.times(ac).div(ev),
    atypical: ac.plus(remainingWork),
    cpiSpi: csi === null || csi.isZero() ? null : ac.plus(remainingWork.div(csi)),
  };
  if (etcIn !== undefined) eac.bottomUp = ac.plus(etcIn);
  const chosen = method === 'bottomUp' ? (eac.bottomUp as Decimal) : eac[method];
  const etc = chosen === null ? null : chosen.minus(ac);
  return deepFreeze({
    bac,
    pv,
    ev,
    ac,
    cv,
    sv,
    cpi,
    spi,
    csi,
    cvRatio: ratio(cv, ev),
    svRatio: ratio(sv, pv),
    eac,
    eacMethod: method,
    etc,
    vac: chosen === null ? null : bac.minus(chosen),
    tcpiBac: ratio(remainingWork, bac.minus(ac)),
    tcpiEac: ratio(remainingWork, etc),
    completionRatio: ratio(ev, bac),
    spentRatio: ratio(ac, bac),
    costStatus: costStatus(cv),
    scheduleStatus: scheduleStatus(sv),
    ...(meta === undefined ? {} : { meta }),
  });
}

/** Inputs of {@link earnedSchedule}. */
export interface EarnedScheduleInput {
  /**
   * Cumulative planned value at the END of each period 1..n (period 0 is the
   * start, PV 0), non-decreasing and >= 0. The last value is the BAC.
   */
  readonly cumulativePv: readonly Numeric[];
  /** Cumulative earned value at the status date, 0..BAC. */
  readonly ev: Numeric;
  /** Actual time: periods elapsed at the status date, >= 0 (may be fractional). */
  readonly actualTime: number;
  /**
   * Planned duration in periods; default: the first period at which the
   * cumulative PV reaches its final value (the BAC).
   */
  readonly plannedDuration?: number | undefined;
  /** Your own data (popm does not read it). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Lipke's time-based schedule measures. Times are in periods. */
export interface EarnedScheduleResult {
  /** Earned schedule: the time at which the plan expected today's EV, `C + I`. */
  readonly es: number;
  /** Actual time used. */
  readonly actualTime: number;
  /** Planned duration used. */
  readonly plannedDuration: number;
  /** Schedule variance in time `es − actualTime`; negative is late. */
  readonly svt: number;
  /**
   * Schedule performance index in time `es / actualTime`; `null` when
   * `actualTime = 0` (or the quotient overflows a float64).
   */
  readonly spit: number | null;
  /**
   * Independent estimate at completion in time `plannedDuration / spit`
   * (Lipke; equals `AT + (PD − ES) / SPI(t)`); `null` when `spit` is `null`
   * or 0 (nothing earned yet: no rate to project), or when it overflows a float64.
   */
  readonly ieact: number | null;
  /**
   * To-complete schedule performance index `(PD − es) / (PD − actualTime)`:
   * the schedule efficiency the rest of the work needs to finish on the
   * planned duration; above about 1.1 that is rarely achieved. `null` when
   * `actualTime = PD`; negative once `actualTime` has passed `PD` with work
   * left (finishing on plan is no longer possible).
   */
  readonly tspi: number | null;
}

/** Reads the cumulative PV per period: non-empty, >= 0 and non-decreasing. */
function readCumulativePv(value: unknown): Decimal[] {
  const raw = requireArray(value, ['input', 'cumulativePv']);
  if (raw.length === 0)
    throw popmError('EMPTY_INPUT', ['input', 'cumulativePv'], 'at least one period', raw);
  const pv: Decimal[] = [];
  for (let i = 0; i < raw.length; i++) {
    const d = toDecimal(raw[i], ['input', 'cumulativePv', i]);
    if (d.isNegative() && !d.isZero())
      throw popmError('OUT_OF_RANGE', ['input', 'cumulativePv', i], 'an amount >= 0', raw[i]);
    const prev = pv[i - 1];
    if (prev !== undefined && d.lt(prev))
      throw popmError(
        'INVALID_ARGUMENT',
        ['input', 'cumulativePv', i],
        `a cumulative value >= the previous one (${prev})`,
        raw[i],
      );
    pv.push(d);
  }
  return pv;
}

/** The planned duration: given (> 0), else the first period reaching the BAC. */
function readPlannedDuration(value: unknown, pv: readonly Decimal[], bac: Decimal): number {
  if (value === undefined) return pv.findIndex((v) => v.eq(bac)) + 1;
  const pd = toNumber(value, ['input', 'plannedDuration']);
  if (pd <= 0)
    throw popmError('OUT_OF_RANGE', ['input', 'plannedDuration'], 'a duration > 0', value);
  return pd;
}

/** ES = C + (EV − PV_C) / (PV_{C+1} − PV_C). */
function earnedScheduleTime(pv: readonly Decimal[], ev: Decimal, bac: Decimal): number {
  // C = number of whole periods with PV_C <= EV (PV_0 = 0 at the start).
  let c = 0;
  while (c < pv.length && (pv[c] as Decimal).lte(ev)) c++;
  // EV has reached the BAC: ES is the planned finish (the first period reaching it).
  if (c === pv.length) return pv.findIndex((v) => v.eq(bac)) + 1;
  const lo = c === 0 ? toDecimal(0) : (pv[c - 1] as Decimal);
  const hi = pv[c] as Decimal; // hi > ev >= lo, so hi − lo > 0
  return c + ev.minus(lo).div(hi.minus(lo)).toNumber();
}

/**
 * Earned schedule (Lipke, "Schedule is Different", The Measurable News,
 * 2003): the time at which the planned-value curve reached today's earned
 * value, `ES = C + (EV − PV_C) / (PV_{C+1} − PV_C)` where `C` is the number of
 * whole periods whose cumulative PV the EV has reached. Unlike SV and SPI, its
 * SV(t) and SPI(t) stay honest for a late project that finishes (SPI → 1
 * but SPI(t) < 1).
 *
 * @param input - cumulative PV per period, the EV and the actual time
 * @returns ES, SV(t), SPI(t), IEAC(t) and TSPI, deep-frozen
 * @throws PopmError `INVALID_ARGUMENT` for a non-array `cumulativePv` or a decreasing one,
 *   `EMPTY_INPUT` for no periods, `INVALID_NUMBER` for a non-numeric value,
 *   `OUT_OF_RANGE` for a negative PV/EV/time, an EV above the final PV or a non-positive planned duration
 * @example
 * // 10 modules of $100k planned one a month, finished after 12 months (MPUG)
 * const pv = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => m * 100_000);
 * const r = earnedSchedule({ cumulativePv: pv, ev: 1_000_000, actualTime: 12 });
 * r.es;   //=> 10
 * r.svt;  //=> -2
 * r.spit?.toFixed(3); //=> '0.833'
 * r.ieact; //=> 12
 */
export function earnedSchedule(input: EarnedScheduleInput): EarnedScheduleResult {
  const rec = readEntity(input, ['input'], ES_KEYS, 'an earned-schedule object');
  readMeta(rec.meta, ['input', 'meta']);
  const pv = readCumulativePv(rec.cumulativePv);
  const bac = pv[pv.length - 1] as Decimal;
  const ev = toDecimal(rec.ev, ['input', 'ev']);
  if (ev.isNegative() && !ev.isZero())
    throw popmError('OUT_OF_RANGE', ['input', 'ev'], 'an amount >= 0', rec.ev);
  if (ev.gt(bac))
    throw popmError(
      'OUT_OF_RANGE',
      ['input', 'ev'],
      `an amount <= the final cumulative PV (${bac})`,
      rec.ev,
    );
  const at = toNumber(rec.actualTime, ['input', 'actualTime']);
  if (at < 0)
    throw popmError('OUT_OF_RANGE', ['input', 'actualTime'], 'a time >= 0', rec.actualTime);
  const pd = readPlannedDuration(rec.plannedDuration, pv, bac);
  const es = earnedScheduleTime(pv, ev, bac);
  // A quotient beyond the float64 range (a vanishing ES or time) is as
  // unanswerable as a division by zero: `null`, never Infinity.
  const finite = (x: number): number | null => (Number.isFinite(x) ? x + 0 : null);
  const spit = at === 0 ? null : finite(es / at);
  // `+ 0` turns a -0 into 0, so results compare and print cleanly.
  return deepFreeze({
    es: es + 0,
    actualTime: at,
    plannedDuration: pd,
    svt: es - at + 0,
    spit,
    // pd·at/es rather than pd/spit: one rounding, so 10 planned over 12 actual gives 12
    ieact: spit === null || es === 0 ? null : finite((pd * at) / es),
    tspi: pd === at ? null : finite((pd - es) / (pd - at)),
  });
}
