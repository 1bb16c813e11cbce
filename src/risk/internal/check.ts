/**
 * @internal Reading and validating risks, shared by the register operations
 * and every function that reads a register. Every risk is read once with the
 * core's entity reader into a fresh object: no prototype, getter or unknown
 * key of the input survives, and the caller's objects are never kept.
 */
import { assertIsoDate } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity, readMeta, readOptions } from '../../core/internal/readObject.js';
import {
  isRecord,
  requireNumber,
  requireOneOf,
  requireString,
} from '../../core/internal/validate.js';
import { Decimal, isDecimal, type Numeric, toDecimal } from '../../core/numbers.js';
import type { RiskMatrix } from '../matrix.js';
import { strategiesFor } from '../strategies.js';
import type {
  CostImpact,
  ResidualAssessment,
  Risk,
  RiskFramework,
  RiskKind,
  RiskResponse,
  RiskStatus,
  ScheduleImpact,
} from '../types.js';
import { readList } from './readList.js';

/** @internal */
export const RISK_KINDS: readonly RiskKind[] = ['threat', 'opportunity'];
/** @internal */
export const RISK_STATUSES: readonly RiskStatus[] = [
  'open',
  'monitoring',
  'occurred',
  'closed',
  'escalated',
];
/** @internal */
export const FRAMEWORKS: readonly RiskFramework[] = ['PMI', 'PRINCE2'];

/** @internal Every key a risk may have. */
export const RISK_KEYS = [
  'id',
  'title',
  'kind',
  'cause',
  'event',
  'effect',
  'category',
  'owner',
  'actionee',
  'raisedOn',
  'proximity',
  'probability',
  'impact',
  'costImpact',
  'scheduleImpactDays',
  'tasks',
  'response',
  'residual',
  'status',
  'reviewBy',
  'closedOn',
  'closureReason',
  'escalatedOn',
  'escalatedTo',
  'occurredOn',
  'actualCost',
  'actualScheduleDays',
  'notes',
  'meta',
] as const satisfies readonly (keyof Risk)[];

const STRING_KEYS: ReadonlySet<string> = new Set([
  'cause',
  'event',
  'effect',
  'category',
  'owner',
  'actionee',
  'proximity',
  'closureReason',
  'escalatedTo',
  'notes',
]);
const DATE_KEYS: ReadonlySet<string> = new Set([
  'raisedOn',
  'reviewBy',
  'closedOn',
  'escalatedOn',
  'occurredOn',
]);
const THREE_POINT_KEYS = ['min', 'mostLikely', 'max'] as const;
/** @internal The keys of a risk's `response`. */
export const RESPONSE_KEYS = ['strategy', 'actions', 'cost'] as const;
/** @internal The keys of a risk's `residual` assessment. */
export const RESIDUAL_KEYS = ['probability', 'impact', 'costImpact', 'scheduleImpactDays'] as const;

function nonNegativeDecimal(value: unknown, path: PopmPath): Decimal {
  const d = toDecimal(value, path);
  if (d.isNegative() && !d.isZero())
    throw popmError('OUT_OF_RANGE', path, 'a magnitude >= 0 (the sign comes from the kind)', value);
  return d;
}

/** An amount as given (a number or a string), or a popm copy of a Decimal: never the caller's object. */
function amountCopy(value: unknown): Numeric {
  return isDecimal(value) ? new Decimal(value) : (value as Numeric);
}

/** @internal Validates a cost impact; returns min, mean (triangular) and max as Decimals. */
export function checkCost(
  value: unknown,
  path: PopmPath,
): {
  readonly min: Decimal;
  readonly mode: Decimal;
  readonly mean: Decimal;
  readonly max: Decimal;
} {
  if (isRecord(value) && !isDecimal(value)) {
    const min = nonNegativeDecimal(value.min, [...path, 'min']);
    const mode = toDecimal(value.mostLikely, [...path, 'mostLikely']);
    if (mode.lt(min))
      throw popmError('OUT_OF_RANGE', [...path, 'mostLikely'], `>= min (${min})`, value.mostLikely);
    const max = toDecimal(value.max, [...path, 'max']);
    if (max.lt(mode))
      throw popmError('OUT_OF_RANGE', [...path, 'max'], `>= mostLikely (${mode})`, value.max);
    // The triangular mean (a + m + b) / 3, the distribution the simulation draws from.
    return { min, mode, mean: min.plus(mode).plus(max).dividedBy(3), max };
  }
  const d = nonNegativeDecimal(value, path);
  return { min: d, mode: d, mean: d, max: d };
}

/** @internal Validates a schedule impact; returns min, mode and max as numbers. */
export function checkSchedule(
  value: unknown,
  path: PopmPath,
): { readonly min: number; readonly mode: number; readonly max: number } {
  if (isRecord(value)) {
    const min = requireNumber(value.min, [...path, 'min'], { min: 0 });
    const mode = requireNumber(value.mostLikely, [...path, 'mostLikely'], { min });
    const max = requireNumber(value.max, [...path, 'max'], { min: mode });
    return { min, mode, max };
  }
  const d = requireNumber(value, path, { min: 0 });
  return { min: d, mode: d, max: d };
}

/** A validated, fresh copy of a cost impact (fixed or three-point). */
function readCost(value: unknown, path: PopmPath): CostImpact {
  if (isRecord(value) && !isDecimal(value)) {
    const rec = readEntity(value, path, THREE_POINT_KEYS, 'an amount or { min, mostLikely, max }');
    checkCost(rec, path);
    return {
      min: amountCopy(rec.min),
      mostLikely: amountCopy(rec.mostLikely),
      max: amountCopy(rec.max),
    };
  }
  checkCost(value, path);
  return amountCopy(value);
}

/** A validated, fresh copy of a schedule impact (fixed or three-point). */
function readSchedule(value: unknown, path: PopmPath): ScheduleImpact {
  if (isRecord(value)) {
    const rec = readEntity(value, path, THREE_POINT_KEYS, 'a number or { min, mostLikely, max }');
    const { min, mode, max } = checkSchedule(rec, path);
    return { min, mostLikely: mode, max };
  }
  return checkSchedule(value, path).min;
}

function readImpactLevel(value: unknown, path: PopmPath, matrix: RiskMatrix | null): number {
  // Without a matrix, any level a matrix can have (up to 10×10).
  return requireNumber(value, path, {
    integer: true,
    min: 1,
    max: matrix === null ? 10 : matrix.size,
  });
}

function readResponse(
  value: unknown,
  path: PopmPath,
  kind: RiskKind,
  framework: RiskFramework | undefined,
): RiskResponse {
  const rec = readEntity(value, path, RESPONSE_KEYS, 'a response { strategy, actions?, cost? }');
  const allowed = strategiesFor(kind, framework);
  if (typeof rec.strategy !== 'string' || !(allowed as readonly string[]).includes(rec.strategy))
    throw popmError(
      'INVALID_ARGUMENT',
      [...path, 'strategy'],
      `a ${framework ?? 'PMI or PRINCE2'} strategy for a ${kind} (${allowed.join(', ')})`,
      rec.strategy,
    );
  const out: { -readonly [K in keyof RiskResponse]: RiskResponse[K] } = {
    strategy: rec.strategy as RiskResponse['strategy'],
  };
  if (rec.actions !== undefined)
    out.actions = readList(rec.actions, [...path, 'actions']).map((a, i) =>
      requireString(a, [...path, 'actions', i]),
    );
  if (rec.cost !== undefined) {
    nonNegativeDecimal(rec.cost, [...path, 'cost']);
    out.cost = amountCopy(rec.cost);
  }
  return out;
}

function readResidual(
  value: unknown,
  path: PopmPath,
  matrix: RiskMatrix | null,
): ResidualAssessment {
  const rec = readEntity(value, path, RESIDUAL_KEYS, 'a residual assessment');
  const out: { -readonly [K in keyof ResidualAssessment]: ResidualAssessment[K] } = {};
  if (rec.probability !== undefined)
    out.probability = requireNumber(rec.probability, [...path, 'probability'], { min: 0, max: 1 });
  if (rec.impact !== undefined)
    out.impact = readImpactLevel(rec.impact, [...path, 'impact'], matrix);
  if (rec.costImpact !== undefined)
    out.costImpact = readCost(rec.costImpact, [...path, 'costImpact']);
  if (rec.scheduleImpactDays !== undefined)
    out.scheduleImpactDays = readSchedule(rec.scheduleImpactDays, [...path, 'scheduleImpactDays']);
  return out;
}

function readField(
  key: (typeof RISK_KEYS)[number],
  value: unknown,
  path: PopmPath,
  kind: RiskKind,
  matrix: RiskMatrix | null,
  framework: RiskFramework | undefined,
): unknown {
  const p = [...path, key];
  if (STRING_KEYS.has(key)) return requireString(value, p);
  if (DATE_KEYS.has(key)) return assertIsoDate(value, p);
  switch (key) {
    case 'probability':
      return requireNumber(value, p, { min: 0, max: 1 });
    case 'impact':
      return readImpactLevel(value, p, matrix);
    case 'costImpact':
      return readCost(value, p);
    case 'scheduleImpactDays':
      return readSchedule(value, p);
    case 'status':
      return requireOneOf(value, RISK_STATUSES, p);
    case 'actualCost':
      nonNegativeDecimal(value, p);
      return amountCopy(value);
    case 'actualScheduleDays':
      return requireNumber(value, p, { min: 0 });
    case 'response':
      return readResponse(value, p, kind, framework);
    case 'residual':
      return readResidual(value, p, matrix);
    case 'tasks':
      return readList(value, p, 'an array of task ids').map((id, i) =>
        requireString(id, [...p, i]),
      );
    case 'meta':
      return readMeta(value, p);
    default:
      return value;
  }
}

/**
 * @internal Reads one risk against the matrix and framework: a fresh object
 * holding the known keys only, in the input's key order, each value
 * validated and copied (`meta` deep-copied and frozen). Keys set to
 * `undefined` are left out. Not frozen: the caller freezes what it returns.
 * @throws PopmError with the path of the first broken rule
 */
export function readRisk(
  risk: unknown,
  path: PopmPath,
  matrix: RiskMatrix | null,
  framework: RiskFramework | undefined,
): Risk {
  const rec = readEntity(risk, path, RISK_KEYS, 'a risk');
  const out: Record<string, unknown> = {};
  out.id = requireString(rec.id, [...path, 'id'], 'a non-empty string id');
  out.title = requireString(rec.title, [...path, 'title']);
  const kind = requireOneOf(rec.kind, RISK_KINDS, [...path, 'kind']);
  out.kind = kind;
  for (const key of Object.keys(rec) as (typeof RISK_KEYS)[number][]) {
    const value = rec[key];
    if (value === undefined || key === 'id' || key === 'title' || key === 'kind') continue;
    out[key] = readField(key, value, path, kind, matrix, framework);
  }
  return out as unknown as Risk;
}

/** @internal True for `'open'` and `'monitoring'` risks. */
export function isActive(risk: Risk): boolean {
  const s = risk.status;
  return s === undefined || s === 'open' || s === 'monitoring';
}

/** @internal The values an assessment uses, inherent or residual (falling back to inherent). */
export function assessed(
  risk: Risk,
  residual: boolean,
): {
  readonly probability: number | undefined;
  readonly impact: number | undefined;
  readonly costImpact: CostImpact | undefined;
  readonly scheduleImpactDays: ScheduleImpact | undefined;
} {
  const r = residual ? risk.residual : undefined;
  return {
    probability: r?.probability ?? risk.probability,
    impact: r?.impact ?? risk.impact,
    costImpact: r?.costImpact ?? risk.costImpact,
    scheduleImpactDays: r?.scheduleImpactDays ?? risk.scheduleImpactDays,
  };
}

/** @internal Reads an options bag holding only a `residual` flag (strict). */
export function residualOption(options: unknown): boolean {
  const o = readOptions(options, ['options'], ['residual']);
  return readFlag(o.residual, ['options', 'residual'], false);
}

/** @internal A boolean option, or its default when left out. */
export function readFlag(value: unknown, path: PopmPath, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw popmError('INVALID_ARGUMENT', path, 'a boolean', value);
  return value;
}
