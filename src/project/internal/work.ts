/** @internal Helpers over the Project document's sprints, work items and reviews. */
import type { IsoDate } from '../../core/dates.js';
import type { Sprint, SprintEvent } from '../../progress/index.js';
import type { ProjectWorkItem, SprintReview } from '../types.js';

/** @internal Backlog statuses that are no longer open work. */
export const CLOSED: ReadonlySet<string> = new Set(['done', 'wont-do']);

/** @internal The later of two ISO dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? b : a;
}

/** @internal Orders sprints by end date, then id. */
export function byEnd(a: Sprint, b: Sprint): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** @internal The review last held on or before `asOf` (latest date, then last listed). */
export function lastReviewOf(reviews: readonly SprintReview[], asOf: IsoDate): SprintReview | null {
  let best: SprintReview | null = null;
  for (const r of reviews) if (r.on <= asOf && (best === null || r.on >= best.on)) best = r;
  return best;
}

/** One work item as known on `asOf`: dates and transitions after it dropped. */
function knownOn(w: ProjectWorkItem, asOf: IsoDate): ProjectWorkItem {
  const lateStart = w.startedOn !== undefined && w.startedOn > asOf;
  const lateFinish = w.finishedOn !== undefined && w.finishedOn > asOf;
  if (!lateStart && !lateFinish && w.transitions === undefined) return w;
  const { startedOn, finishedOn, transitions, ...rest } = w;
  return {
    ...rest,
    ...(startedOn === undefined || lateStart ? {} : { startedOn }),
    ...(finishedOn === undefined || lateFinish ? {} : { finishedOn }),
    ...(transitions === undefined ? {} : { transitions: transitions.filter((t) => t.on <= asOf) }),
  };
}

/** @internal The work items as known on `asOf`: created by then, with later dates dropped. */
export function visibleWork(items: readonly ProjectWorkItem[], asOf: IsoDate): ProjectWorkItem[] {
  const out: ProjectWorkItem[] = [];
  for (const w of items) if (w.createdOn <= asOf) out.push(knownOn(w, asOf));
  return out;
}

/** @internal Builds the burndown events of a sprint from its work items. */
export function sprintEvents(
  sprint: Sprint,
  items: readonly ProjectWorkItem[],
  asOf: IsoDate,
): SprintEvent[] {
  const events: SprintEvent[] = [];
  for (const w of items) {
    if (w.sprint !== sprint.id || w.estimate === undefined) continue;
    if (w.createdOn > sprint.start && w.createdOn <= sprint.end && w.createdOn <= asOf)
      events.push({ on: w.createdOn, kind: 'added', amount: w.estimate, itemId: w.id });
    const f = w.finishedOn;
    if (f !== undefined && f >= sprint.start && f <= sprint.end && f <= asOf)
      events.push({ on: f, kind: 'completed', amount: w.estimate, itemId: w.id });
  }
  return events;
}
