/**
 * @internal When in its day a milestone falls, as MS Project times it. A
 * task starts at the start of a working day (8:00) and finishes at the end
 * of one (17:00). A milestone has no length, so it takes the time of the
 * event that drives it: a link from a predecessor's finish (FS, FF) puts it
 * at the end of a day, and MS Project shows it on that day; the project
 * start, a start-no-earlier-than constraint (a constraint date without a
 * time means the default start time, 8:00) or a link from a predecessor's
 * start (SS, SF, with or without lag) puts it at the start of a day, and
 * it is shown on that day — one working day later than a finish at the same
 * offset. Where a start event and a finish event tie, the start (8:00 of
 * day x) is the later time and wins.
 */
import { FF, FS } from './readTasks.js';

/** @internal The network fields the rule reads. */
interface Links {
  readonly n: number;
  readonly order: Int32Array;
  readonly lower: Float64Array;
  readonly predStart: Int32Array;
  readonly linkPred: Int32Array;
  readonly linkType: Uint8Array;
  readonly lag: Float64Array;
  readonly bounds?:
    | { readonly holdStart: Float64Array; readonly holdFinish: Float64Array }
    | undefined;
}

/**
 * @internal For each milestone (duration 0), `1` when its early date is at
 * the start of working day `es` (dated day `es`), `0` when at the end of
 * working day `es − 1`. Other tasks get `0` (unused). Linear in links.
 */
export function milestoneAtDayStart(
  net: Links,
  d: Float64Array,
  es: Float64Array,
  tol: number,
): Uint8Array {
  const atStart = new Uint8Array(net.n);
  for (let k = 0; k < net.n; k++) {
    const i = net.order[k] as number;
    if (d[i] !== 0) continue;
    const x = es[i] as number;
    let start = x <= (net.lower[i] as number) + tol ? 1 : 0;
    const end = net.predStart[i + 1] as number;
    for (let e = net.predStart[i] as number; start === 0 && e < end; e++)
      start = linkTime(net, d, es, atStart, e, x, tol);
    atStart[i] = held(net, i, x, tol, start);
  }
  return atStart;
}

/**
 * A milestone held by an inflexible constraint takes the constraint's time:
 * a start date (start-no-later-than, must-start-on) 8:00, a finish date
 * (finish-no-later-than, must-finish-on) 17:00 the day before its offset.
 */
function held(net: Links, i: number, x: number, tol: number, time: number): number {
  const b = net.bounds;
  if (b === undefined) return time;
  if ((b.holdStart[i] as number) <= x + tol) return 1;
  if ((b.holdFinish[i] as number) <= x + tol) return 0;
  return time;
}

/** `1` when link `e` drives its milestone (at offset `x`) from a start event, else `0`. */
function linkTime(
  net: Links,
  d: Float64Array,
  es: Float64Array,
  atStart: Uint8Array,
  e: number,
  x: number,
  tol: number,
): number {
  const p = net.linkPred[e] as number;
  const type = net.linkType[e];
  const fromFinish = type === FS || type === FF;
  const at = (es[p] as number) + (fromFinish ? (d[p] as number) : 0) + (net.lag[e] as number);
  if (Math.abs(at - x) > tol) return 0;
  // A milestone predecessor passes on its own time; a task's start is 8:00, its finish 17:00.
  if (d[p] === 0) return atStart[p] as number;
  return fromFinish ? 0 : 1;
}
