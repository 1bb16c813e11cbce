import { assertIsoDate, compareDates, type IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { Decimal } from '../core/numbers.js';
import { requireArray, requireObject } from '../core/validate.js';
import { residualOption } from './check.js';
import { heatMap, type RatingCount } from './heatMap.js';
import { checkRegister, type RiskRegister } from './register.js';
import { riskExposure } from './riskExposure.js';

/** The register as it stood on one date. */
export interface RiskSnapshot {
  /** The date of the snapshot. */
  readonly asOf: IsoDate;
  /** The register on that date. */
  readonly register: RiskRegister;
}

/** Options of {@link riskTrend}. */
export interface RiskTrendOptions {
  /** Count ratings on the residual assessment. Default `false`. */
  readonly residual?: boolean;
}

/** One point of a {@link riskTrend}. */
export interface RiskTrendPoint {
  /** The snapshot's date. */
  readonly asOf: IsoDate;
  /** Active (open or monitoring) risks. */
  readonly open: number;
  /** Active risks per rating band of the snapshot's matrix, lowest band first. */
  readonly byRating: readonly RatingCount[];
  /** Active risks without a rating. */
  readonly unrated: number;
  /** Inherent EMV total of the active threats (<= 0), or residual with `residual: true`. */
  readonly threats: Decimal;
  /** EMV total of the active opportunities (>= 0). */
  readonly opportunities: Decimal;
  /** threats + opportunities. */
  readonly net: Decimal;
}

/**
 * A risk burndown: for each dated snapshot of the register, the active risks
 * by rating and the exposure, in date order.
 *
 * @param snapshots - dated registers, any order, one per date
 * @param options - `residual: true` for residual ratings and exposure
 * @returns one point per snapshot, earliest first; `[]` for no snapshots
 * @throws PopmError `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` for two
 *   snapshots on the same date; an invalid register at `['snapshots', i, 'register', …]`
 * @example
 * const jan = createRiskRegister([{ id: 'W', title: 'Bad weather', kind: 'threat', probability: 0.25, impact: 4, costImpact: 80000 }]);
 * const feb = closeRisk(jan, 'W', { on: '2026-02-01', reason: 'season over' });
 * riskTrend([{ asOf: '2026-02-28', register: feb }, { asOf: '2026-01-31', register: jan }])
 *   .map((p) => [p.asOf, p.open, p.net.toString()]);
 * //=> [['2026-01-31', 1, '-20000'], ['2026-02-28', 0, '0']]
 */
export function riskTrend(
  snapshots: readonly RiskSnapshot[],
  options?: RiskTrendOptions,
): readonly RiskTrendPoint[] {
  const list = requireArray(snapshots, ['snapshots']);
  const residual = residualOption(options);
  const seen = new Map<IsoDate, number>();
  const points = list.map((s, i) => {
    const rec = requireObject(s, ['snapshots', i], 'a snapshot { asOf, register }');
    const asOf = assertIsoDate(rec.asOf, ['snapshots', i, 'asOf']);
    if (seen.has(asOf))
      throw popmError('INVALID_ARGUMENT', ['snapshots', i, 'asOf'], 'one snapshot per date', asOf, {
        firstIndex: seen.get(asOf),
      });
    seen.set(asOf, i);
    const register = checkRegister(rec.register, ['snapshots', i, 'register']);
    const map = heatMap(register, undefined, { residual });
    const exposure = riskExposure(register);
    const totals = residual ? exposure.residual : exposure;
    const rated = map.byRating.reduce((n, b) => n + b.count, 0);
    return {
      asOf,
      open: rated + map.unrated.length,
      byRating: map.byRating,
      unrated: map.unrated.length,
      threats: totals.threats,
      opportunities: totals.opportunities,
      net: totals.net,
    };
  });
  points.sort((a, b) => compareDates(a.asOf, b.asOf));
  return deepFreeze(points);
}
