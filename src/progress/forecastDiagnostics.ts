import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { percentileOfSorted, sumUnchecked } from '../core/internal/statsKernels.js';
import { requireNumber } from '../core/internal/validate.js';
import type { Throughput } from './forecastClock.js';
import { checkHistory } from './internal/monteCarlo.js';

/** Inputs of {@link forecastDiagnostics}. */
export interface ForecastDiagnosticsInput {
  /** The history a forecast resamples: counts per period, or a `throughputHistory` result. */
  readonly throughput: Throughput;
  /** Items started (arrived) per period over the same periods, to compare with departures. */
  readonly arrivals?: readonly number[] | undefined;
  /** Average work in progress over the history, for Little's Law. */
  readonly wip?: number | undefined;
  /** Measured mean cycle time, in periods, for Little's Law. */
  readonly cycleTime?: number | undefined;
}

/** A period whose throughput is far from the rest. */
export interface ThroughputOutlier {
  /** Its index in the history. */
  readonly index: number;
  /** Its throughput. */
  readonly value: number;
}

/** The result of {@link forecastDiagnostics}. */
export interface ForecastDiagnostics {
  /** Periods of history. */
  readonly periods: number;
  /** Mean throughput per period. */
  readonly mean: number;
  /** Share of periods (0..1) that finished nothing. */
  readonly zeroShare: number;
  /** Periods above Q3 + 3 × IQR (Tukey's far-out fence). */
  readonly outliers: readonly ThroughputOutlier[];
  /** Arrivals against departures over the history; `null` without `arrivals`. */
  readonly flow: {
    readonly arrivals: number;
    readonly departures: number;
    /** More arrived than departed: WIP grew, and past throughput flatters the future. */
    readonly wipGrowing: boolean;
  } | null;
  /** Little's Law: WIP ÷ throughput against the measured cycle time; `null` without both. */
  readonly littlesLaw: {
    /** WIP ÷ mean throughput, in periods. */
    readonly impliedCycleTime: number;
    /** The measured mean cycle time. */
    readonly measuredCycleTime: number;
    /** measured ÷ implied − 1: far from 0 means the system is not stable. */
    readonly gapRatio: number;
  } | null;
  /** Plain-language warnings; empty when nothing stands out. */
  readonly warnings: readonly string[];
  /** True when there are no warnings. */
  readonly ok: boolean;
}

const KEYS = ['throughput', 'arrivals', 'wip', 'cycleTime'] as const;

/**
 * How far to trust a forecast from this history: the sample size (a warning
 * below 10 periods), the share of zero periods, outlying periods, arrivals
 * against departures (is WIP growing?), and the Little's Law gap between the
 * measured cycle time and WIP ÷ throughput, each with a plain-language
 * warning. Monte Carlo forecasts replay the past: these are the ways the past
 * can mislead them.
 *
 * @param input - the throughput history, and optionally `arrivals`, `wip` and `cycleTime`
 * @returns the figures and the warnings (`ok` when there are none)
 * @throws PopmError the history errors of {@link forecastWhen}; `INVALID_ARGUMENT` for an unknown
 *   key or `arrivals` of another length; `OUT_OF_RANGE`/`INVALID_NUMBER` for a bad number
 * @example
 * const d = forecastDiagnostics({ throughput: [2, 0, 3, 1, 0, 2] });
 * d.zeroShare; //=> 1 / 3
 * d.warnings; //=> ['Only 6 periods of history: forecasts from fewer than 10 are unreliable.']
 * forecastDiagnostics({ throughput: [1, 2, 1, 2, 1, 2, 1, 2, 1, 2] }).ok; //=> true
 */
export function forecastDiagnostics(input: ForecastDiagnosticsInput): ForecastDiagnostics {
  const rec = readOptions(input === undefined ? null : input, ['input'], KEYS);
  const history = checkHistory(rec.throughput, ['input', 'throughput']);
  const n = history.length;
  const mean = sumUnchecked(history) / n;
  let zeros = 0;
  for (let i = 0; i < n; i++) if (history[i] === 0) zeros++;
  const zeroShare = zeros / n;
  const outliers = outliersOf(history);
  const warnings = historyWarnings(n, zeroShare, outliers);
  const flow = flowOf(rec.arrivals, history, warnings);
  const littlesLaw = littlesLawOf(rec.wip, rec.cycleTime, mean, warnings);
  return Object.freeze({
    periods: n,
    mean,
    zeroShare,
    outliers: Object.freeze(outliers.map((o) => Object.freeze(o))),
    flow: flow === null ? null : Object.freeze(flow),
    littlesLaw: littlesLaw === null ? null : Object.freeze(littlesLaw),
    warnings: Object.freeze(warnings),
    ok: warnings.length === 0,
  });
}

/** Periods above Q3 + 3 × IQR; none when the IQR is 0. */
function outliersOf(history: Float64Array): ThroughputOutlier[] {
  const n = history.length;
  const sorted = Float64Array.from(history).sort();
  const q1 = percentileOfSorted(sorted, 25, 'linear');
  const q3 = percentiles3(sorted);
  const fence = q3 + 3 * (q3 - q1);
  const outliers: ThroughputOutlier[] = [];
  if (q3 > q1)
    for (let i = 0; i < n; i++)
      if ((history[i] as number) > fence) outliers.push({ index: i, value: history[i] as number });
  return outliers;
}

/** The warnings about the history alone: its length, its zeros, its outliers. */
function historyWarnings(
  n: number,
  zeroShare: number,
  outliers: readonly ThroughputOutlier[],
): string[] {
  const warnings: string[] = [];
  if (n < 10)
    warnings.push(
      `Only ${n} period${n === 1 ? '' : 's'} of history: forecasts from fewer than 10 are unreliable.`,
    );
  if (zeroShare > 0.5)
    warnings.push(
      `${Math.round(zeroShare * 100)}% of periods finished nothing: check the period length or batch releases.`,
    );
  if (outliers.length > 0)
    warnings.push(
      `${outliers.length} period${outliers.length === 1 ? '' : 's'} far above the rest (${outliers
        .map((o) => `#${o.index + 1}: ${o.value}`)
        .join(', ')}): a one-off batch inflates every forecast.`,
    );
  return warnings;
}

/** Arrivals against departures; `null` without arrivals. */
function flowOf(
  arrivalsIn: unknown,
  history: Float64Array,
  warnings: string[],
): ForecastDiagnostics['flow'] {
  if (arrivalsIn === undefined) return null;
  const n = history.length;
  const arrivals = checkHistoryOrZero(arrivalsIn);
  if (arrivals.length !== n)
    throw popmError(
      'INVALID_ARGUMENT',
      ['input', 'arrivals'],
      `one count per period of throughput (${n})`,
      arrivals.length,
    );
  const a = sumUnchecked(arrivals);
  const d = sumUnchecked(history);
  if (a > d * 1.1)
    warnings.push(
      `More started (${a}) than finished (${d}): WIP is growing, so cycle times will lengthen and throughput may fall.`,
    );
  return { arrivals: a, departures: d, wipGrowing: a > d };
}

/** Little's Law check; `null` without wip and cycleTime. */
function littlesLawOf(
  wipIn: unknown,
  cycleTimeIn: unknown,
  mean: number,
  warnings: string[],
): ForecastDiagnostics['littlesLaw'] {
  if (wipIn === undefined && cycleTimeIn === undefined) return null;
  if (wipIn === undefined || cycleTimeIn === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      ['input', wipIn === undefined ? 'wip' : 'cycleTime'],
      "both wip and cycleTime for Little's Law",
      undefined,
    );
  const wip = requireNumber(wipIn, ['input', 'wip'], { min: 0 });
  const measured = requireNumber(cycleTimeIn, ['input', 'cycleTime'], { min: 0 });
  const implied = wip / mean;
  const gapRatio = implied === 0 ? (measured === 0 ? 0 : 1) : measured / implied - 1;
  if (Math.abs(gapRatio) > 0.25)
    warnings.push(
      `Little's Law does not hold (measured cycle time ${measured}, WIP ÷ throughput ${round(implied)}): the process is not stable, so the past may not predict the future.`,
    );
  return { impliedCycleTime: implied, measuredCycleTime: measured, gapRatio };
}

function percentiles3(sorted: Float64Array): number {
  return percentileOfSorted(sorted, 75, 'linear');
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Arrivals may all be zero (nothing started), unlike a throughput history. */
function checkHistoryOrZero(value: unknown): Float64Array {
  if (Array.isArray(value) && value.length > 0 && value.every((v) => v === 0))
    return new Float64Array(value.length);
  return checkHistory(value, ['input', 'arrivals']);
}
