import { popmError } from '../core/errors.js';
import { requireNumber, requireObject } from '../core/validate.js';

/**
 * The thresholds the assessments use. Every one has a documented default;
 * pass only the ones you want to change.
 */
export interface AssessOptions {
  /** How many open backlog items count as "the top" (default `10`). */
  readonly backlogTop?: number;
  /** Share of the top items that must carry an estimate (default `0.8`). */
  readonly minEstimatedShare?: number;
  /** Share of the top items that must be ready or in progress (default `0.5`). */
  readonly minReadyShare?: number;
  /** An open item larger than this is oversized and should be split (default `13` points). */
  readonly maxItemEstimate?: number;
  /** An open item untouched for more days than this is stale (default `120`). */
  readonly staleAfterDays?: number;
  /** Forecast cost at completion may exceed the budget by this share before it needs attention (default `0.05`). */
  readonly budgetTolerance?: number;
  /** CPI or SPI below this is amber (default `0.95`). */
  readonly indexAmber?: number;
  /** CPI or SPI below this is red (default `0.9`). */
  readonly indexRed?: number;
  /** Say/do ratio of the last three sprints below this needs attention (default `0.8`). */
  readonly minSayDo?: number;
  /** A finish slip of more working days than this is amber (default `5`). */
  readonly slipAmberDays?: number;
  /** A finish slip of more working days than this is red (default `15`). */
  readonly slipRedDays?: number;
  /** Days since the last sprint review after which progress explanations are overdue (default `21`). */
  readonly maxDaysSinceReview?: number;
  /** Items in progress per person above this are too many (default `2`). */
  readonly wipPerPerson?: number;
  /** Assigned work in the running sprint above this share of a person's capacity is overload (default `1`). */
  readonly maxLoad?: number;
  /** An engagement gap of this many levels or more needs attention (default `2`). */
  readonly engagementGapLevels?: number;
  /** Trials of the Monte Carlo forecasts and the risk simulation (default `2000`). */
  readonly trials?: number;
  /** Seed of the Monte Carlo forecasts and the risk simulation (default: the project id). */
  readonly seed?: number | string;
}

/** @internal {@link AssessOptions} with every default filled in. */
export interface ResolvedOptions {
  readonly backlogTop: number;
  readonly minEstimatedShare: number;
  readonly minReadyShare: number;
  readonly maxItemEstimate: number;
  readonly staleAfterDays: number;
  readonly budgetTolerance: number;
  readonly indexAmber: number;
  readonly indexRed: number;
  readonly minSayDo: number;
  readonly slipAmberDays: number;
  readonly slipRedDays: number;
  readonly maxDaysSinceReview: number;
  readonly wipPerPerson: number;
  readonly maxLoad: number;
  readonly engagementGapLevels: number;
  readonly trials: number;
  readonly seed: number | string | undefined;
}

/**
 * The default thresholds of {@link AssessOptions}.
 *
 * @example
 * DEFAULT_ASSESS_OPTIONS.minSayDo; //=> 0.8
 */
export const DEFAULT_ASSESS_OPTIONS: Readonly<Required<Omit<AssessOptions, 'seed'>>> =
  Object.freeze({
    backlogTop: 10,
    minEstimatedShare: 0.8,
    minReadyShare: 0.5,
    maxItemEstimate: 13,
    staleAfterDays: 120,
    budgetTolerance: 0.05,
    indexAmber: 0.95,
    indexRed: 0.9,
    minSayDo: 0.8,
    slipAmberDays: 5,
    slipRedDays: 15,
    maxDaysSinceReview: 21,
    wipPerPerson: 2,
    maxLoad: 1,
    engagementGapLevels: 2,
    trials: 2000,
  });

const INTEGER_KEYS = new Set([
  'backlogTop',
  'maxItemEstimate',
  'staleAfterDays',
  'slipAmberDays',
  'slipRedDays',
  'maxDaysSinceReview',
  'wipPerPerson',
  'engagementGapLevels',
  'trials',
]);
const SHARE_KEYS = new Set(['minEstimatedShare', 'minReadyShare', 'minSayDo']);

/** @internal Validates options and fills in the defaults. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return { ...DEFAULT_ASSESS_OPTIONS, seed: undefined };
  const o = requireObject(options, ['options'], 'an options object');
  const out: Record<string, number | string | undefined> = { ...DEFAULT_ASSESS_OPTIONS };
  for (const key of Object.keys(DEFAULT_ASSESS_OPTIONS)) {
    const v = o[key];
    if (v === undefined) continue;
    const path = ['options', key];
    if (INTEGER_KEYS.has(key))
      out[key] = requireNumber(v, path, { integer: true, min: key === 'trials' ? 100 : 1 });
    else if (SHARE_KEYS.has(key)) out[key] = requireNumber(v, path, { min: 0, max: 1 });
    else out[key] = requireNumber(v, path, { min: 0 });
  }
  const seed = o.seed;
  if (
    seed !== undefined &&
    typeof seed !== 'string' &&
    !(typeof seed === 'number' && Number.isFinite(seed))
  )
    throw popmError('INVALID_ARGUMENT', ['options', 'seed'], 'a finite number or a string', seed);
  out.seed = seed as number | string | undefined;
  if ((out.indexRed as number) > (out.indexAmber as number))
    throw popmError(
      'OUT_OF_RANGE',
      ['options', 'indexRed'],
      `a number <= indexAmber (${out.indexAmber})`,
      out.indexRed,
    );
  if ((out.slipRedDays as number) < (out.slipAmberDays as number))
    throw popmError(
      'OUT_OF_RANGE',
      ['options', 'slipRedDays'],
      `a number >= slipAmberDays (${out.slipAmberDays})`,
      out.slipRedDays,
    );
  return out as unknown as ResolvedOptions;
}
