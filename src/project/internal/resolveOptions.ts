/** @internal Reads {@link AssessOptions} into one object holding every threshold. */
import { popmError } from '../../core/errors.js';
import { readOptions } from '../../core/internal/readObject.js';
import { requireNumber } from '../../core/internal/validate.js';
import { type AssessOptions, DEFAULT_ASSESS_OPTIONS } from '../options.js';

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

type NumberKey = Exclude<keyof ResolvedOptions, 'seed'>;

const NUMBER_KEYS = Object.keys(DEFAULT_ASSESS_OPTIONS) as NumberKey[];
const KNOWN_KEYS: readonly (keyof AssessOptions)[] = [...NUMBER_KEYS, 'seed'];

const INTEGER_KEYS: ReadonlySet<string> = new Set([
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
const SHARE_KEYS: ReadonlySet<string> = new Set(['minEstimatedShare', 'minReadyShare', 'minSayDo']);

function readNumber(key: NumberKey, value: unknown): number {
  const path = ['options', key];
  if (INTEGER_KEYS.has(key))
    return requireNumber(value, path, { integer: true, min: key === 'trials' ? 100 : 1 });
  if (SHARE_KEYS.has(key)) return requireNumber(value, path, { min: 0, max: 1 });
  return requireNumber(value, path, { min: 0 });
}

function readSeed(seed: unknown): number | string | undefined {
  if (
    seed !== undefined &&
    typeof seed !== 'string' &&
    !(typeof seed === 'number' && Number.isFinite(seed))
  )
    throw popmError('INVALID_ARGUMENT', ['options', 'seed'], 'a finite number or a string', seed);
  return seed;
}

/**
 * @internal Validates the options bag (strict: an unknown key is
 * `INVALID_ARGUMENT` naming the closest known key) and fills in the defaults.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  const o = readOptions(options, ['options'], KNOWN_KEYS);
  const out: Record<NumberKey, number> = { ...DEFAULT_ASSESS_OPTIONS };
  for (const key of NUMBER_KEYS) {
    const v = o[key];
    if (v !== undefined) out[key] = readNumber(key, v);
  }
  if (out.indexRed > out.indexAmber)
    throw popmError(
      'OUT_OF_RANGE',
      ['options', 'indexRed'],
      `a number <= indexAmber (${out.indexAmber})`,
      out.indexRed,
    );
  if (out.slipRedDays < out.slipAmberDays)
    throw popmError(
      'OUT_OF_RANGE',
      ['options', 'slipRedDays'],
      `a number >= slipAmberDays (${out.slipAmberDays})`,
      out.slipRedDays,
    );
  return { ...out, seed: readSeed(o.seed) };
}
