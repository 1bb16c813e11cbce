/**
 * @internal The conflicts of a bounded schedule: an inflexible constraint
 * (start/finish-no-later-than, must-start/finish-on) that the links or an
 * earlier bound push a task past, and a deadline its finish misses. Each is
 * reported with how far (working days), in input order, the constraint
 * before the deadline of the same task.
 */

import type { ConstraintType } from '../types.js';
import type { SummaryNodes } from './expandSummaries.js';
import type { Bounds, Network } from './network.js';
import { CONSTRAINT_TYPES, type Extras, MSO, SNLT } from './taskExtras.js';

/** One conflict: the task, the constraint type or `'deadline'`, and by how many working days. */
export interface ScheduleConflict {
  /** The task's id. */
  readonly taskId: string;
  /** The constraint type broken, or `'deadline'` for a missed deadline. */
  readonly kind: ConstraintType | 'deadline';
  /** Working days the task is past its date (`> 0`): a start or finish past its constraint, a finish past its deadline. */
  readonly by: number;
}

function small(x: number): number {
  const r = Math.round(x);
  const y = Math.abs(x - r) <= 1e-9 * Math.max(1, Math.abs(x)) ? r : x;
  return y;
}

/** The conflict of task `i`'s inflexible constraint, if broken. */
function constraintConflict(
  net: Network,
  x: Extras,
  d: Float64Array,
  pushed: Float64Array,
  i: number,
  tol: number,
): ScheduleConflict | undefined {
  const b = net.bounds as Bounds;
  const type = x.conType[i] as number;
  if (type < SNLT || b.fixed[i] === 1) return undefined;
  const late =
    type === SNLT || type === MSO
      ? (b.holdStart[i] as number)
      : (b.holdFinish[i] as number) - (d[i] as number);
  const over = (pushed[i] as number) - late;
  if (!(over > tol)) return undefined;
  const kind = CONSTRAINT_TYPES[type - 1] as ConstraintType;
  return Object.freeze({ taskId: net.ids[i] as string, kind, by: small(over) });
}

/** The conflict of task `i`'s deadline (on a summary: its out-finish node), if missed. */
function deadlineConflict(
  net: Network,
  x: Extras,
  d: Float64Array,
  es: Float64Array,
  nodes: SummaryNodes | undefined,
  i: number,
  tol: number,
): ScheduleConflict | undefined {
  if (Number.isNaN(x.deadline[i] as number)) return undefined;
  const b = net.bounds as Bounds;
  const at = net.tree?.summary[i] === 1 ? (nodes?.outFinish[i] as number) : i;
  const over = (es[at] as number) + (d[at] as number) - (b.deadline[at] as number);
  if (!(over > tol)) return undefined;
  return Object.freeze({ taskId: net.ids[i] as string, kind: 'deadline', by: small(over) });
}

/** @internal Lists the conflicts of a pass over a bounded network. */
export function findConflicts(
  net: Network,
  d: Float64Array,
  es: Float64Array,
  pushed: Float64Array,
  nodes: SummaryNodes | undefined,
  tol: number,
): ScheduleConflict[] {
  const x = net.extras;
  const out: ScheduleConflict[] = [];
  if (net.bounds === undefined || x === undefined) return out;
  const rows = net.rows ?? net.n;
  for (let i = 0; i < rows; i++) {
    const c = constraintConflict(net, x, d, pushed, i, tol);
    if (c !== undefined) out.push(c);
    const l = deadlineConflict(net, x, d, es, nodes, i, tol);
    if (l !== undefined) out.push(l);
  }
  return out;
}
