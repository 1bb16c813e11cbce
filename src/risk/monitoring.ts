import { assertIsoDate, compareDates, daysBetween, type IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber, requireOneOf } from '../core/internal/validate.js';
import type { Decimal } from '../core/numbers.js';
import { isActive, readFlag } from './internal/check.js';
import { emvOf } from './internal/emv.js';
import { ratingOf } from './internal/rating.js';
import { checkRegister } from './internal/readRegister.js';
import type { RiskRegister } from './register.js';
import type { Risk } from './types.js';

/** An active risk whose review date has come. */
export interface RiskReviewDue {
  /** The risk. */
  readonly risk: Risk;
  /** Its review date. */
  readonly reviewBy: IsoDate;
  /** Days from `reviewBy` to `asOf`: 0 when due today, more when overdue. */
  readonly daysOverdue: number;
}

/**
 * Active (open or monitoring) risks whose `reviewBy` is on or before `asOf`,
 * most overdue first (then by id).
 *
 * @param register - the register
 * @param asOf - today's date
 * @returns the due reviews; `[]` when none is due
 * @throws PopmError `INVALID_DATE` for a bad `asOf`; an invalid register as {@link createRiskRegister}
 * @example
 * const register = createRiskRegister([
 *   { id: 'R1', title: 'Supplier late', kind: 'threat', reviewBy: '2026-03-01' },
 *   { id: 'R2', title: 'Key person leaves', kind: 'threat', reviewBy: '2026-04-01' },
 * ]);
 * risksDueForReview(register, '2026-03-03').map((d) => [d.risk.id, d.daysOverdue]); //=> [['R1', 2]]
 */
export function risksDueForReview(register: RiskRegister, asOf: IsoDate): readonly RiskReviewDue[] {
  const reg = checkRegister(register);
  const today = assertIsoDate(asOf, ['asOf']);
  const due: RiskReviewDue[] = [];
  for (const risk of reg.risks) {
    if (!isActive(risk) || risk.reviewBy === undefined) continue;
    if (compareDates(risk.reviewBy, today) <= 0)
      due.push({ risk, reviewBy: risk.reviewBy, daysOverdue: daysBetween(risk.reviewBy, today) });
  }
  due.sort(
    (a, b) =>
      b.daysOverdue - a.daysOverdue || (a.risk.id < b.risk.id ? -1 : a.risk.id > b.risk.id ? 1 : 0),
  );
  return deepFreeze(due);
}

/** Options of {@link topRisks}. */
export interface TopRisksOptions {
  /** Rank by matrix score (default) or by the size of the EMV. */
  readonly by?: 'score' | 'emv' | undefined;
  /** Use the residual assessment. Default `false`. */
  readonly residual?: boolean | undefined;
}

/** One entry of {@link topRisks}. */
export interface RankedRisk {
  /** 1 for the top risk. */
  readonly rank: number;
  /** The risk. */
  readonly risk: Risk;
  /** Its score on the register's matrix, or `null` when unassessed. */
  readonly score: number | null;
  /** Its rating band's name, or `null` when unassessed. */
  readonly rating: string | null;
  /** Its EMV (PMI's sign: negative for a threat, positive for an opportunity), or `null` when unpriced. */
  readonly emv: Decimal | null;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNullableDesc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/**
 * The `n` highest active risks, by score (ties: larger |EMV|, then id) or by
 * the magnitude of the EMV, threats and opportunities alike (ties: higher
 * score, then id). Unassessed risks rank last.
 *
 * @param register - the register
 * @param n - how many, an integer >= 0
 * @param options - `by: 'score' | 'emv'` and `residual`
 * @returns up to `n` ranked risks
 * @throws PopmError `OUT_OF_RANGE` for a bad `n`; `INVALID_ARGUMENT` for a bad option; an invalid register
 * @example
 * const register = createRiskRegister([
 *   { id: 'W', title: 'Bad weather', kind: 'threat', probability: 0.25, impact: 3, costImpact: 80000 },
 *   { id: 'L', title: 'Labour strike', kind: 'threat', probability: 0.05, impact: 5, costImpact: 150000 },
 * ]);
 * topRisks(register, 1).map((r) => r.risk.id); //=> ['W']
 * topRisks(register, 2, { by: 'emv' }).map((r) => r.emv?.toString()); //=> ['-20000', '-7500']
 */
export function topRisks(
  register: RiskRegister,
  n: number,
  options?: TopRisksOptions,
): readonly RankedRisk[] {
  const reg = checkRegister(register);
  requireNumber(n, ['n'], { integer: true, min: 0 });
  const o = readOptions(options, ['options'], ['by', 'residual']);
  const by: 'score' | 'emv' =
    o.by === undefined ? 'score' : requireOneOf(o.by, ['score', 'emv'] as const, ['options', 'by']);
  const residual = readFlag(o.residual, ['options', 'residual'], false);
  const rows = reg.risks.filter(isActive).map((risk) => {
    const rating = ratingOf(risk, reg.matrix, residual);
    const emv = emvOf(risk, residual);
    return {
      risk,
      score: rating === null ? null : rating.score,
      rating: rating === null ? null : rating.rating,
      emv,
      size: emv === null ? null : emv.abs().toNumber(),
    };
  });
  rows.sort((a, b) => {
    const first =
      by === 'score' ? compareNullableDesc(a.score, b.score) : compareNullableDesc(a.size, b.size);
    if (first !== 0) return first;
    const second =
      by === 'score' ? compareNullableDesc(a.size, b.size) : compareNullableDesc(a.score, b.score);
    return second !== 0 ? second : compareIds(a.risk.id, b.risk.id);
  });
  return deepFreeze(
    rows.slice(0, n).map((r, i) => ({
      rank: i + 1,
      risk: r.risk,
      score: r.score,
      rating: r.rating,
      emv: r.emv,
    })),
  );
}

/**
 * Active risks without an owner: nobody answers for them.
 *
 * @param register - the register
 * @returns the risks, in register order; `[]` when every active risk is owned
 * @throws PopmError for an invalid register
 * @example
 * const register = createRiskRegister([
 *   { id: 'R1', title: 'Supplier late', kind: 'threat', owner: 'Buyer' },
 *   { id: 'R2', title: 'Key person leaves', kind: 'threat' },
 * ]);
 * unownedRisks(register).map((r) => r.id); //=> ['R2']
 */
export function unownedRisks(register: RiskRegister): readonly Risk[] {
  const reg = checkRegister(register);
  return deepFreeze(reg.risks.filter((r) => isActive(r) && r.owner === undefined));
}

/**
 * Active risks with no planned response (not even `'accept'`).
 *
 * @param register - the register
 * @returns the risks, in register order; `[]` when every active risk has a response
 * @throws PopmError for an invalid register
 * @example
 * const register = createRiskRegister([
 *   { id: 'R1', title: 'Supplier late', kind: 'threat', response: { strategy: 'transfer' } },
 *   { id: 'R2', title: 'Key person leaves', kind: 'threat' },
 * ]);
 * risksWithoutResponse(register).map((r) => r.id); //=> ['R2']
 */
export function risksWithoutResponse(register: RiskRegister): readonly Risk[] {
  const reg = checkRegister(register);
  return deepFreeze(reg.risks.filter((r) => isActive(r) && r.response === undefined));
}
