/**
 * @internal Validation and copying of risks, shared by the register
 * operations and every function that reads a register.
 */
import { assertIsoDate } from '../core/dates.js';
import { type PopmPath, popmError } from '../core/errors.js';
import { Decimal, isDecimal, toDecimal } from '../core/numbers.js';
import {
  isRecord,
  requireArray,
  requireNumber,
  requireObject,
  requireOneOf,
  requireString,
} from '../core/validate.js';
import type { RiskMatrix } from './matrix.js';
import { strategiesFor } from './strategies.js';
import type {
  CostImpact,
  Risk,
  RiskFramework,
  RiskKind,
  RiskStatus,
  ScheduleImpact,
} from './types.js';

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

/** @internal Deep copy of plain data; Decimals become popm Decimals. */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => copyData(v)) as T;
  if (isDecimal(value)) return new Decimal(value) as T;
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copyData(value[key]);
    return out as T;
  }
  return value;
}

function optionalString(rec: Record<string, unknown>, key: string, path: PopmPath): void {
  if (rec[key] !== undefined) requireString(rec[key], [...path, key]);
}

function optionalDate(rec: Record<string, unknown>, key: string, path: PopmPath): void {
  if (rec[key] !== undefined) assertIsoDate(rec[key], [...path, key]);
}

function nonNegativeDecimal(value: unknown, path: PopmPath): Decimal {
  const d = toDecimal(value, path);
  if (d.isNegative() && !d.isZero())
    throw popmError('OUT_OF_RANGE', path, 'a magnitude >= 0 (the sign comes from the kind)', value);
  return d;
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

function checkImpactLevel(value: unknown, path: PopmPath, matrix: RiskMatrix | null): void {
  // Without a matrix, any level a matrix can have (up to 10×10).
  requireNumber(value, path, { integer: true, min: 1, max: matrix === null ? 10 : matrix.size });
}

/**
 * @internal Validates one risk against the matrix and framework.
 * @throws PopmError with the path of the first broken rule
 */
export function checkRisk(
  risk: unknown,
  path: PopmPath,
  matrix: RiskMatrix | null,
  framework: RiskFramework | undefined,
): Risk {
  const rec = requireObject(risk, path, 'a risk');
  requireString(rec.id, [...path, 'id'], 'a non-empty string id');
  requireString(rec.title, [...path, 'title']);
  const kind = requireOneOf(rec.kind, RISK_KINDS, [...path, 'kind']);
  for (const key of ['cause', 'event', 'effect', 'category', 'owner', 'actionee', 'proximity'])
    optionalString(rec, key, path);
  for (const key of ['closureReason', 'escalatedTo', 'notes']) optionalString(rec, key, path);
  for (const key of ['raisedOn', 'reviewBy', 'closedOn', 'escalatedOn', 'occurredOn'])
    optionalDate(rec, key, path);
  if (rec.probability !== undefined)
    requireNumber(rec.probability, [...path, 'probability'], { min: 0, max: 1 });
  if (rec.impact !== undefined) checkImpactLevel(rec.impact, [...path, 'impact'], matrix);
  if (rec.costImpact !== undefined) checkCost(rec.costImpact, [...path, 'costImpact']);
  if (rec.scheduleImpactDays !== undefined)
    checkSchedule(rec.scheduleImpactDays, [...path, 'scheduleImpactDays']);
  if (rec.status !== undefined) requireOneOf(rec.status, RISK_STATUSES, [...path, 'status']);
  if (rec.actualCost !== undefined) nonNegativeDecimal(rec.actualCost, [...path, 'actualCost']);
  if (rec.actualScheduleDays !== undefined)
    requireNumber(rec.actualScheduleDays, [...path, 'actualScheduleDays'], { min: 0 });
  if (rec.response !== undefined) {
    const rp = [...path, 'response'];
    const response = requireObject(rec.response, rp, 'a response');
    const allowed = strategiesFor(kind, framework);
    if (typeof response.strategy !== 'string' || !allowed.includes(response.strategy as never))
      throw popmError(
        'INVALID_ARGUMENT',
        [...rp, 'strategy'],
        `a ${framework ?? 'PMI or PRINCE2'} strategy for a ${kind} (${allowed.join(', ')})`,
        response.strategy,
      );
    if (response.actions !== undefined)
      requireArray(response.actions, [...rp, 'actions']).forEach((a, i) => {
        requireString(a, [...rp, 'actions', i]);
      });
    if (response.cost !== undefined) nonNegativeDecimal(response.cost, [...rp, 'cost']);
  }
  if (rec.residual !== undefined) {
    const rp = [...path, 'residual'];
    const residual = requireObject(rec.residual, rp, 'a residual assessment');
    if (residual.probability !== undefined)
      requireNumber(residual.probability, [...rp, 'probability'], { min: 0, max: 1 });
    if (residual.impact !== undefined) checkImpactLevel(residual.impact, [...rp, 'impact'], matrix);
    if (residual.costImpact !== undefined) checkCost(residual.costImpact, [...rp, 'costImpact']);
    if (residual.scheduleImpactDays !== undefined)
      checkSchedule(residual.scheduleImpactDays, [...rp, 'scheduleImpactDays']);
  }
  return rec as unknown as Risk;
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

/** @internal Reads a `residual` option flag. */
export function residualOption(options: unknown): boolean {
  if (options === undefined) return false;
  const o = requireObject(options, ['options']);
  if (o.residual === undefined) return false;
  if (typeof o.residual !== 'boolean')
    throw popmError('INVALID_ARGUMENT', ['options', 'residual'], 'a boolean', o.residual);
  return o.residual;
}
