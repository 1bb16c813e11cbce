import type { PopmPath } from '../core/errors.js';
import { withPathPrefix } from '../core/internal/errorPaths.js';
import { readBacklogView } from './internal/readBacklog.js';
import type { WsjfInput, WsjfResult } from './scoreTypes.js';
import type { Backlog } from './types.js';
import { WSJF_COLUMNS, WSJF_SCALE, type WsjfColumn, wsjf } from './wsjf.js';

/** A WSJF value that is not on the modified Fibonacci scale. */
export interface WsjfOffScale {
  /** Position of the row in the checked list (backlog order for a backlog). */
  readonly index: number;
  /** The item's id, when a backlog was checked. */
  readonly id?: string | undefined;
  /** The column holding the value. */
  readonly column: WsjfColumn;
  /** The value found. */
  readonly value: number;
  /** The nearest scale value (the lower one on a tie). */
  readonly nearest: number;
}

/** Result of {@link wsjfScaleCheck}. */
export interface WsjfScaleCheckResult {
  /** True when every column has a 1 and every value is on the scale. */
  readonly ok: boolean;
  /** How many rows were checked. */
  readonly count: number;
  /** Columns whose smallest value is not 1 (SAFe: anchor each column's smallest item at 1). */
  readonly columnsWithoutOne: readonly WsjfColumn[];
  /** Values off the scale 1, 2, 3, 5, 8, 13, 20. */
  readonly offScale: readonly WsjfOffScale[];
}

/**
 * Checks a set of WSJF estimates against SAFe's rules for relative
 * estimation: in each column the smallest item is set to 1, and every value is
 * taken from the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20. For a backlog,
 * the open items (not done, not won't-do) that carry `wsjf` are checked.
 *
 * @param rows - WSJF inputs, or a backlog
 * @returns the columns without a 1 and the values off the scale
 * @throws PopmError `INVALID_ARGUMENT` when `rows` is neither an array nor a backlog;
 *   the errors of {@link wsjf} for a bad row (path `['rows', index, column]`, or
 *   `['rows', 'items', index, 'wsjf', column]` for a backlog); a hand-built backlog is
 *   checked like {@link createBacklog}'s items
 * @example
 * wsjfScaleCheck([
 *   { businessValue: 1, timeCriticality: 2, riskReduction: 1, jobSize: 1 },
 *   { businessValue: 4, timeCriticality: 3, riskReduction: 8, jobSize: 5 },
 * ]);
 * //=> { ok: false, count: 2, columnsWithoutOne: ['timeCriticality'],
 * //     offScale: [{ index: 1, column: 'businessValue', value: 4, nearest: 3 }] }
 */
export function wsjfScaleCheck(rows: readonly WsjfInput[] | Backlog): WsjfScaleCheckResult {
  const list: { input: WsjfInput; id?: string | undefined; path: PopmPath }[] = [];
  if (Array.isArray(rows)) {
    for (let i = 0; i < rows.length; i++)
      list.push({ input: rows[i] as WsjfInput, path: ['rows', i] });
  } else {
    const backlog = readBacklogView(rows, ['rows'], 'an array of WSJF inputs or a backlog');
    backlog.items.forEach((item, i) => {
      if (item.wsjf !== undefined && item.status !== 'done' && item.status !== 'wont-do')
        list.push({ input: item.wsjf, id: item.id, path: ['rows', 'items', i, 'wsjf'] });
    });
  }
  const offScale: WsjfOffScale[] = [];
  const min = new Map<WsjfColumn, number>();
  list.forEach((row, index) => {
    let checked: WsjfResult;
    try {
      checked = wsjf(row.input);
    } catch (e) {
      throw withPathPrefix(e, row.path, 1);
    }
    for (const column of WSJF_COLUMNS) {
      const value = checked[column];
      const m = min.get(column);
      if (m === undefined || value < m) min.set(column, value);
      if (!WSJF_SCALE.includes(value)) {
        const entry: WsjfOffScale =
          row.id === undefined
            ? { index, column, value, nearest: nearestOnScale(value) }
            : { index, id: row.id, column, value, nearest: nearestOnScale(value) };
        offScale.push(Object.freeze(entry));
      }
    }
  });
  const columnsWithoutOne = list.length === 0 ? [] : WSJF_COLUMNS.filter((c) => min.get(c) !== 1);
  return Object.freeze({
    ok: columnsWithoutOne.length === 0 && offScale.length === 0,
    count: list.length,
    columnsWithoutOne: Object.freeze(columnsWithoutOne),
    offScale: Object.freeze(offScale),
  });
}

function nearestOnScale(value: number): number {
  let best = WSJF_SCALE[0] as number;
  for (const s of WSJF_SCALE) if (Math.abs(s - value) < Math.abs(best - value)) best = s;
  return best;
}
