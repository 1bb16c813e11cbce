import { assertIsoDate, compareDates, type IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity } from '../core/internal/readObject.js';
import { heatMap, type RatingCount } from './heatMap.js';
import { residualOption } from './internal/check.js';
import { readList } from './internal/readList.js';
import { checkRegister } from './internal/readRegister.js';
import type { RiskRegister } from './register.js';
import { type ExposureTotals, riskExposure } from './riskExposure.js';

/** The register as it stood on one date. */
export interface RiskSnapshot {
  /** The date of the snapshot. */
  readonly asOf: IsoDate;
  /** The register on that date. */
  readonly register: RiskRegister;
}

/** Options of {@link riskTrend}. */
export interface RiskTrendOptions {
  /** Count ratings and totals on the residual assessment. Default `false`. */
  readonly residual?: boolean | undefined;
}

/**
 * One point of a {@link riskTrend}: the counts, and the exposure totals
 * ({@link ExposureTotals}: `threatCost`, `opportunitySaving`, `netCost`,
 * `emv`) of the active risks, inherent or, with `residual: true`, residual.
 */
export interface RiskTrendPoint extends ExposureTotals {
  /** The snapshot's date. */
  readonly asOf: IsoDate;
  /** Active (open or monitoring) risks. */
  readonly open: number;
  /** Active risks per rating band of the snapshot's matrix, lowest band first. */
  readonly byRating: readonly RatingCount[];
  /** Active risks without a rating. */
  readonly unrated: number;
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
 * const feb = closeRisk(jan, 'W', { date: '2026-02-01', reason: 'season over' });
 * riskTrend([{ asOf: '2026-02-28', register: feb }, { asOf: '2026-01-31', register: jan }])
 *   .map((p) => [p.asOf, p.open, p.netCost.toString()]);
 * //=> [['2026-01-31', 1, '20000'], ['2026-02-28', 0, '0']]
 */
export function riskTrend(
  snapshots: readonly RiskSnapshot[],
  options?: RiskTrendOptions,
): readonly RiskTrendPoint[] {
  const list = readList(snapshots, ['snapshots'], 'an array of snapshots');
  const residual = residualOption(options);
  const seen = new Map<IsoDate, number>();
  const points = list.map((s, i) => {
    const rec = readEntity(
      s,
      ['snapshots', i],
      ['asOf', 'register'],
      'a snapshot { asOf, register }',
    );
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
      threatCost: totals.threatCost,
      opportunitySaving: totals.opportunitySaving,
      netCost: totals.netCost,
      emv: totals.emv,
    };
  });
  points.sort((a, b) => compareDates(a.asOf, b.asOf));
  return deepFreeze(points);
}
