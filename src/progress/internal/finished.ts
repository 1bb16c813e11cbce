/** @internal Finished items in a window with their cycle times, shared by controlChart and serviceLevel. */
import type { CompiledCalendar } from '../../core/internal/calendarEpoch.js';
import { spanDays } from './shared.js';
import type { FlowItem } from './timeline.js';

/** @internal One finished item in a window. */
export interface FinishedPoint {
  readonly f: FlowItem;
  readonly finished: number;
  readonly cycleTime: number;
}

/** @internal Items with a start that finished in [from, to], by finish day then id. */
export function finishedIn(
  flow: readonly FlowItem[],
  from: number,
  to: number,
  cal: CompiledCalendar | null,
): FinishedPoint[] {
  const out: FinishedPoint[] = [];
  for (const f of flow) {
    if (f.finished === null || f.started === null || f.finished < from || f.finished > to) continue;
    out.push({ f, finished: f.finished, cycleTime: spanDays(cal, f.started, f.finished) });
  }
  out.sort(
    (a, b) =>
      a.finished - b.finished ||
      (a.f.c.item.id < b.f.c.item.id ? -1 : a.f.c.item.id > b.f.c.item.id ? 1 : 0),
  );
  return out;
}
