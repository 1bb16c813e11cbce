import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireOneOf } from '../core/internal/validate.js';
import { isActive, RISK_KINDS, readFlag } from './internal/check.js';
import { checkMatrix } from './internal/matrix.js';
import { ratingOf } from './internal/rating.js';
import { checkRegister } from './internal/readRegister.js';
import { type RiskMatrix, ratingOfScore } from './matrix.js';
import type { RiskRegister } from './register.js';
import type { RiskKind } from './types.js';

/** Options of {@link heatMap}. */
export interface HeatMapOptions {
  /** Place the residual assessment (after the responses). Default `false`. */
  readonly residual?: boolean | undefined;
  /** Only threats or only opportunities (PMBOK draws them side by side). Default both. */
  readonly kind?: RiskKind | undefined;
}

/** One cell of a {@link HeatMap}. */
export interface HeatMapCell {
  /** The probability level, 1..size. */
  readonly probabilityLevel: number;
  /** The impact level, 1..size. */
  readonly impactLevel: number;
  /** The rating band's name for the cell's score. */
  readonly rating: string;
  /** How many active risks sit in the cell. */
  readonly count: number;
  /** Their ids, in register order. */
  readonly ids: readonly string[];
}

/** How many active risks carry one rating. */
export interface RatingCount {
  /** The rating band's name. */
  readonly rating: string;
  /** How many risks. */
  readonly count: number;
}

/** The result of {@link heatMap}: a grid ready to draw. */
export interface HeatMap {
  /** Levels per axis. */
  readonly size: number;
  /**
   * Rows as drawn: `grid[0]` is the highest probability level, `grid[size − 1]`
   * the lowest; within a row, cells go from impact level 1 to size.
   */
  readonly grid: readonly (readonly HeatMapCell[])[];
  /** Counts per rating band, in band order (lowest first). */
  readonly byRating: readonly RatingCount[];
  /** Active risks that cannot be placed (no probability or no impact level), in register order. */
  readonly unrated: readonly string[];
  /** Probability level names, level 1 first. */
  readonly probabilityLabels: readonly string[];
  /** Impact level names, level 1 first. */
  readonly impactLabels: readonly string[];
}

/**
 * The probability–impact grid of the register's active (open or monitoring)
 * risks: each cell with its levels, rating, count and ids. Closed, occurred
 * and escalated risks are left out.
 *
 * @param register - the register
 * @param matrix - the matrix (default: the register's)
 * @param options - `residual` and `kind`
 * @returns the heat map
 * @throws PopmError `INVALID_ARGUMENT` for a bad option or matrix; an invalid
 *   register as {@link createRiskRegister}; `OUT_OF_RANGE` for an impact level
 *   beyond the given matrix
 * @example
 * const register = createRiskRegister([
 *   { id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.9, impact: 5 },
 *   { id: 'R2', title: 'Key person leaves', kind: 'threat', probability: 0.1, impact: 2 },
 * ]);
 * const map = heatMap(register);
 * map.grid[0][4]; //=> { probabilityLevel: 5, impactLevel: 5, rating: 'Extreme', count: 1, ids: ['R1'] }
 * map.byRating; //=> [{ rating: 'Low', count: 1 }, { rating: 'Moderate', count: 0 }, { rating: 'High', count: 0 }, { rating: 'Extreme', count: 1 }]
 */
export function heatMap(
  register: RiskRegister,
  matrix?: RiskMatrix | undefined,
  options?: HeatMapOptions | undefined,
): HeatMap {
  const reg = checkRegister(register);
  const m = matrix === undefined ? reg.matrix : checkMatrix(matrix);
  const o = readOptions(options, ['options'], ['residual', 'kind']);
  const residual = readFlag(o.residual, ['options', 'residual'], false);
  const kind: RiskKind | undefined =
    o.kind === undefined ? undefined : requireOneOf(o.kind, RISK_KINDS, ['options', 'kind']);
  const size = m.size;
  const ids: string[][] = Array.from({ length: size * size }, () => []);
  const unrated: string[] = [];
  const counts = new Map<string, number>(m.ratingBands.map((b) => [b.name, 0]));
  reg.risks.forEach((risk, i) => {
    if (!isActive(risk) || (kind !== undefined && risk.kind !== kind)) return;
    checkImpactLevel(risk, i, size, residual);
    const r = ratingOf(risk, m, residual);
    if (r === null) {
      unrated.push(risk.id);
      return;
    }
    (ids[(r.probabilityLevel - 1) * size + (r.impactLevel - 1)] as string[]).push(risk.id);
    counts.set(r.rating, (counts.get(r.rating) as number) + 1);
  });
  const grid: HeatMapCell[][] = [];
  for (let p = size; p >= 1; p--) {
    const row: HeatMapCell[] = [];
    for (let q = 1; q <= size; q++) {
      const cell = ids[(p - 1) * size + (q - 1)] as string[];
      row.push({
        probabilityLevel: p,
        impactLevel: q,
        rating: ratingOfScore(p * q, m),
        count: cell.length,
        ids: cell,
      });
    }
    grid.push(row);
  }
  return deepFreeze({
    size,
    grid,
    byRating: m.ratingBands.map((b) => ({ rating: b.name, count: counts.get(b.name) as number })),
    unrated,
    probabilityLabels: m.probabilityBands.map((b) => b.label),
    impactLabels: [...m.impactLabels],
  });
}

/** Refuses an impact level (residual when asked and given) above the matrix size. */
function checkImpactLevel(
  risk: ReturnType<typeof checkRegister>['risks'][number],
  i: number,
  size: number,
  residual: boolean,
): void {
  const level = residual ? (risk.residual?.impact ?? risk.impact) : risk.impact;
  if (level !== undefined && level > size)
    throw popmError(
      'OUT_OF_RANGE',
      residual && risk.residual?.impact !== undefined
        ? ['register', 'risks', i, 'residual', 'impact']
        : ['register', 'risks', i, 'impact'],
      `an impact level <= ${size}`,
      level,
    );
}
