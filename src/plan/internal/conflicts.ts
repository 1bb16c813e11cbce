/**
 * @internal The conflicts of a bounded schedule: an inflexible constraint
 * (start/finish-no-later-than, must-start/finish-on) that the links or an
 * earlier bound push a task past, and a deadline its finish misses. Each is
 * reported with how far (working days), in input order, the constraint
 * before the deadline of the same task.
 */
import type { Network } from '../network.js';
import type { ConstraintType } from '../types.js';
import type { SummaryNodes } from './expandSummaries.js';
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

/** @internal Lists the conflicts of a pass over a bounded network. */
export function findConflicts(
  net: Network,
  d: Float64Array,
  es: Float64Array,
  pushed: Float64Array,
  nodes: SummaryNodes | undefined,
  tol: number,
): ScheduleConflict[] {
  const b = net.bounds;
  const x = net.extras as Extras;
  const out: ScheduleConflict[] = [];
  if (b === undefined) return out;
  const rows = net.rows ?? net.n;
  for (let i = 0; i < rows; i++) {
    const type = x.conType[i] as number;
    if (type >= SNLT && b.fixed[i] === 0) {
      const di = d[i] as number;
      const late =
        type === SNLT || type === MSO
          ? (b.holdStart[i] as number)
          : (b.holdFinish[i] as number) - di;
      const over = (pushed[i] as number) - late;
      if (over > tol)
        out.push(
          Object.freeze({
            taskId: net.ids[i] as string,
            kind: CONSTRAINT_TYPES[type - 1] as ConstraintType,
            by: small(over),
          }),
        );
    }
    const dl = x.deadline[i] as number;
    if (Number.isNaN(dl)) continue;
    const at = net.tree?.summary[i] === 1 ? (nodes?.outFinish[i] as number) : i;
    const finish = (es[at] as number) + (d[at] as number);
    const over = finish - (b.deadline[at] as number);
    if (over > tol)
      out.push(Object.freeze({ taskId: net.ids[i] as string, kind: 'deadline', by: small(over) }));
  }
  return out;
}
