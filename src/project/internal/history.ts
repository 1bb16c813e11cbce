/**
 * @internal The Project document's work items by its workflow: one
 * definition of "started" and "done" for every figure. A work item's
 * transitions (its own, or those of the status history with its id) decide
 * its `startedOn` and `finishedOn` by `workItemsFromHistory`'s rules, as
 * known on the date of the figures (a later move back or reopen is not known
 * yet); a status history with no work item of its id is one more work item.
 */
import type { IsoDate } from '../../core/dates.js';
import type { PopmPath } from '../../core/errors.js';
import {
  type StateTransition,
  type StatusHistory,
  type Workflow,
  type WorkItem,
  workItemsFromHistory,
} from '../../progress/index.js';
import type { Project, ProjectWorkItem } from '../types.js';
import { rooted } from './rooted.js';

/** A list of histories and where each came from in the document. */
interface Source {
  readonly histories: StatusHistory[];
  /** Index of each history in the document's list. */
  readonly at: number[];
}

/** Derives the items of `s` (full histories first: the errors, and each item's creation day). */
function derive(s: Source, workflow: Workflow, path: PopmPath, asOf: IsoDate): readonly WorkItem[] {
  const run = (list: readonly StatusHistory[]): readonly WorkItem[] =>
    rooted(
      path,
      1,
      () => workItemsFromHistory(list, workflow),
      (i) => s.at[i] as number,
    );
  const full = run(s.histories);
  const known = s.histories.map(
    (h, i): StatusHistory => ({
      ...h,
      createdOn: (full[i] as WorkItem).createdOn,
      transitions: h.transitions.filter((t: StateTransition) => t.on <= asOf),
    }),
  );
  return run(known);
}

/** The work item with the derived dates and transitions in place of its own. */
function withDates(w: ProjectWorkItem, d: WorkItem): ProjectWorkItem {
  const { startedOn: _s, finishedOn: _f, transitions: _t, ...rest } = w;
  return {
    ...rest,
    ...(d.startedOn === undefined ? {} : { startedOn: d.startedOn }),
    ...(d.finishedOn === undefined ? {} : { finishedOn: d.finishedOn }),
    transitions: d.transitions ?? [],
  };
}

/**
 * @internal The project's work items as the figures on `asOf` read them:
 * unchanged without a workflow; with one, each item with transitions dated by
 * it, and the status histories of no work item appended (in their order).
 */
export function workOf(project: Project, asOf: IsoDate): readonly ProjectWorkItem[] {
  const workflow = project.workflow;
  if (workflow === undefined) return project.workItems;
  // Checked whole first, so every error has its path in the document.
  rooted(['project', 'workflow'], 1, () => workItemsFromHistory([], workflow));
  const histories = project.statusHistory ?? [];
  const checked = rooted(['project', 'statusHistory'], 1, () =>
    workItemsFromHistory(histories, workflow),
  );
  const byId = new Map(checked.map((h, i) => [h.id, i]));
  const own: Source = { histories: [], at: [] };
  const listed: Source = { histories: [], at: [] };
  const slot: { readonly from: Source | null; readonly k: number }[] = [];
  const claimed = new Set<number>();
  const add = (to: Source, h: StatusHistory, at: number): void => {
    slot.push({ from: to, k: to.histories.length });
    to.histories.push(h);
    to.at.push(at);
  };
  project.workItems.forEach((w, i) => {
    const h = byId.get(w.id);
    const created = { createdOn: w.createdOn };
    if (h !== undefined) {
      claimed.add(h);
      add(
        listed,
        { id: w.id, transitions: (histories[h] as StatusHistory).transitions, ...created },
        h,
      );
    } else if (Array.isArray(w.transitions) && w.transitions.length > 0)
      add(own, { id: w.id, transitions: w.transitions, ...created }, i);
    else slot.push({ from: null, k: -1 });
  });
  const extra: number[] = [];
  checked.forEach((_, i) => {
    if (!claimed.has(i)) extra.push(i);
  });
  for (const i of extra) {
    listed.histories.push(histories[i] as StatusHistory);
    listed.at.push(i);
  }
  const ownItems = derive(own, workflow, ['project', 'workItems'], asOf);
  const listedItems = derive(listed, workflow, ['project', 'statusHistory'], asOf);
  const out: ProjectWorkItem[] = project.workItems.map((w, i) => {
    const { from, k } = slot[i] as { from: Source | null; k: number };
    if (from === null) return w;
    return withDates(w, (from === own ? ownItems : listedItems)[k] as WorkItem);
  });
  for (let j = listedItems.length - extra.length; j < listedItems.length; j++)
    out.push(listedItems[j] as ProjectWorkItem);
  return out;
}
