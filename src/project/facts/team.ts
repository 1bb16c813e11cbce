/** @internal Flow over the last eight weeks, each person's load, and the role checks. */
import { addDays } from '../../core/dates.js';
import { flowMetrics, workItemAge } from '../../progress/index.js';
import { checkRoleAssignment, validateRaci } from '../../roles/index.js';
import { rooted } from '../internal/rooted.js';
import { laterOf, visibleWork } from '../internal/work.js';
import type { ProjectWorkItem } from '../types.js';
import type { FactsContext, PersonLoad, SprintFacts, TeamFacts } from './types.js';

/** Days of flow history the dashboard shows (eight weeks). */
const FLOW_WINDOW_DAYS = 56;

/** One person's open work: points in the running sprint, items in progress, aged items. */
function personWork(
  id: string,
  work: readonly ProjectWorkItem[],
  asOf: string,
  sprintId: string | null,
  aged: ReadonlySet<string>,
): { assigned: number; wip: number; old: string[] } {
  let assigned = 0;
  let wip = 0;
  const old: string[] = [];
  for (const w of work) {
    if (w.assignee !== id) continue;
    const open = w.finishedOn === undefined || w.finishedOn > asOf;
    const inProgress = open && w.startedOn !== undefined && w.startedOn <= asOf;
    if (inProgress) wip++;
    if (inProgress && aged.has(w.id)) old.push(w.id);
    if (open && sprintId !== null && w.sprint === sprintId) assigned += w.estimate ?? 0;
  }
  return { assigned, wip, old };
}

function loads(
  c: FactsContext,
  s: SprintFacts,
  work: readonly ProjectWorkItem[],
  aged: ReadonlySet<string>,
): PersonLoad[] {
  const { asOf } = c;
  const sprintId = s.currentSprint === null ? null : s.currentSprint.id;
  return c.project.people
    .filter((p) => p.capacity > 0)
    .map((p) => {
      const capacity = p.capacity * p.availability;
      const { assigned, wip, old } = personWork(p.id, work, asOf, sprintId, aged);
      return {
        id: p.id,
        name: p.name,
        capacity,
        assigned,
        load: capacity > 0 ? assigned / capacity : null,
        wip,
        aged: old,
      };
    });
}

/** @internal Builds the team facts: the work as it stood on asOf (later dates are not known yet). */
export function teamFacts(c: FactsContext, s: SprintFacts): TeamFacts {
  const { project, asOf } = c;
  const work = visibleWork(project.workItems, asOf);
  const workIndex = (i: number): number => project.workItems.findIndex((w) => w.id === work[i]?.id);
  const from = laterOf(addDays(asOf, 1 - FLOW_WINDOW_DAYS), project.start);
  const flow =
    work.length === 0 || !c.started
      ? null
      : rooted(['project', 'workItems'], 1, () => flowMetrics(work, { from, to: asOf }), workIndex);
  const ages =
    work.length === 0
      ? null
      : rooted(
          ['project', 'workItems'],
          1,
          () => workItemAge(work, asOf, { percentiles: [50, 70, 85, 95] }),
          workIndex,
        );
  const aged = new Set(
    (ages?.items ?? []).filter((a) => a.passed !== null && a.passed >= 85).map((a) => a.id),
  );
  const running = s.currentSprint;
  const raci = project.raci;
  return {
    flow,
    ages,
    team: loads(c, s, work, aged),
    unassignedOpen: work
      .filter(
        (w) =>
          w.assignee === undefined &&
          (w.finishedOn === undefined || w.finishedOn > asOf) &&
          running !== null &&
          w.sprint === running.id,
      )
      .map((w) => w.id),
    roleCheck: checkRoleAssignment({
      productOwner: project.roles.productOwner,
      projectManager: project.roles.projectManager,
      people: project.people,
    }),
    raci: raci === undefined ? null : rooted(['project', 'raci'], 1, () => validateRaci(raci)),
  };
}
