import { popmError } from '../core/errors.js';
import { toNumber } from '../core/numbers.js';
import { requireArray, requireObject } from '../core/validate.js';
import { reroot } from './internal.js';
import type { Backlog, ScoreBreakdown } from './types.js';

/** Inputs of {@link wsjf}, each a relative estimate (SAFe uses 1, 2, 3, 5, 8, 13, 20). */
export interface WsjfInput {
  /** User-business value, `>= 0`. */
  readonly businessValue: number;
  /** Time criticality, `>= 0`. */
  readonly timeCriticality: number;
  /** Risk reduction and/or opportunity enablement value, `>= 0`. */
  readonly riskReduction: number;
  /** Job size (the proxy for duration), `> 0`. */
  readonly jobSize: number;
}

/** Result of {@link wsjf}: the score and the figures that produced it. */
export interface WsjfResult extends ScoreBreakdown {
  /** Cost of delay divided by job size. */
  readonly score: number;
  /** businessValue + timeCriticality + riskReduction. */
  readonly costOfDelay: number;
  /** The user-business value used. */
  readonly businessValue: number;
  /** The time criticality used. */
  readonly timeCriticality: number;
  /** The risk reduction / opportunity enablement used. */
  readonly riskReduction: number;
  /** The job size used. */
  readonly jobSize: number;
}

/** A column of the SAFe WSJF table. */
export type WsjfColumn = 'businessValue' | 'timeCriticality' | 'riskReduction' | 'jobSize';

/**
 * The four WSJF columns, in the order SAFe's table shows them.
 *
 * @example
 * WSJF_COLUMNS.length; //=> 4
 */
export const WSJF_COLUMNS: readonly WsjfColumn[] = Object.freeze([
  'businessValue',
  'timeCriticality',
  'riskReduction',
  'jobSize',
] as const);

/**
 * The modified Fibonacci scale SAFe uses for every WSJF column.
 *
 * @example
 * WSJF_SCALE.join(', '); //=> '1, 2, 3, 5, 8, 13, 20'
 */
export const WSJF_SCALE: readonly number[] = Object.freeze([1, 2, 3, 5, 8, 13, 20]);

/**
 * Weighted Shortest Job First as SAFe defines it: cost of delay is the sum of
 * user-business value, time criticality and risk reduction/opportunity
 * enablement; the score is cost of delay divided by job size.
 *
 * @param input - the three cost-of-delay components and the job size
 * @returns the score, the cost of delay and the inputs used
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure, `OUT_OF_RANGE` for a
 *   negative component or `jobSize <= 0`
 * @example
 * wsjf({ businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 });
 * //=> { score: 5, costOfDelay: 15, businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 }
 */
export function wsjf(input: WsjfInput): WsjfResult {
  // Fast path for plain finite numbers in range (prioritise scores every item).
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const { businessValue, timeCriticality, riskReduction, jobSize } = input;
    if (
      typeof businessValue === 'number' &&
      typeof timeCriticality === 'number' &&
      typeof riskReduction === 'number' &&
      typeof jobSize === 'number' &&
      businessValue >= 0 &&
      timeCriticality >= 0 &&
      riskReduction >= 0 &&
      jobSize > 0 &&
      businessValue < Number.POSITIVE_INFINITY &&
      timeCriticality < Number.POSITIVE_INFINITY &&
      riskReduction < Number.POSITIVE_INFINITY &&
      jobSize < Number.POSITIVE_INFINITY
    ) {
      const costOfDelay = businessValue + timeCriticality + riskReduction;
      return Object.freeze({
        score: costOfDelay / jobSize,
        costOfDelay,
        businessValue,
        timeCriticality,
        riskReduction,
        jobSize,
      });
    }
  }
  requireObject(input, []);
  const businessValue = nonNegative(input.businessValue, 'businessValue');
  const timeCriticality = nonNegative(input.timeCriticality, 'timeCriticality');
  const riskReduction = nonNegative(input.riskReduction, 'riskReduction');
  const jobSize = toNumber(input.jobSize, ['jobSize']);
  if (jobSize <= 0) throw popmError('OUT_OF_RANGE', ['jobSize'], '> 0', jobSize);
  const costOfDelay = businessValue + timeCriticality + riskReduction;
  return Object.freeze({
    score: costOfDelay / jobSize,
    costOfDelay,
    businessValue,
    timeCriticality,
    riskReduction,
    jobSize,
  });
}

function nonNegative(value: unknown, key: string): number {
  const n = toNumber(value, [key]);
  if (n < 0) throw popmError('OUT_OF_RANGE', [key], '>= 0', n);
  return n;
}

/** A WSJF value that is not on the modified Fibonacci scale. */
export interface WsjfOffScale {
  /** Position of the row in the checked list (backlog order for a backlog). */
  readonly index: number;
  /** The item's id, when a backlog was checked. */
  readonly id?: string;
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
 *   the errors of {@link wsjf} for a bad row (path `[index, column]`)
 * @example
 * wsjfScaleCheck([
 *   { businessValue: 1, timeCriticality: 2, riskReduction: 1, jobSize: 1 },
 *   { businessValue: 4, timeCriticality: 3, riskReduction: 8, jobSize: 5 },
 * ]);
 * //=> { ok: false, count: 2, columnsWithoutOne: ['timeCriticality'],
 * //     offScale: [{ index: 1, column: 'businessValue', value: 4, nearest: 3 }] }
 */
export function wsjfScaleCheck(rows: readonly WsjfInput[] | Backlog): WsjfScaleCheckResult {
  const list: { input: WsjfInput; id?: string; path: (string | number)[] }[] = [];
  if (Array.isArray(rows)) {
    (rows as readonly WsjfInput[]).forEach((input, i) => {
      list.push({ input, path: [i] });
    });
  } else {
    const backlog = requireObject(rows, [], 'an array of WSJF inputs or a backlog');
    const items = requireArray<Backlog['items'][number]>(backlog.items, ['items']);
    items.forEach((item, i) => {
      if (item.wsjf !== undefined && item.status !== 'done' && item.status !== 'wont-do')
        list.push({ input: item.wsjf, id: item.id, path: ['items', i, 'wsjf'] });
    });
  }
  const offScale: WsjfOffScale[] = [];
  const min = new Map<WsjfColumn, number>();
  list.forEach((row, index) => {
    let checked: WsjfResult;
    try {
      checked = wsjf(row.input);
    } catch (e) {
      throw reroot(e, row.path);
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
