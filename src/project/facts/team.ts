/** @internal Each person's load, the unassigned work and the role checks. */
import { checkRoleAssignment, validateRaci } from '../../roles/index.js';
import { rooted } from '../internal/rooted.js';
import { visibleWork } from '../internal/work.js';
import type { ProjectWorkItem } from '../types.js';
import type { FactsContext, FlowFacts, PersonLoad, SprintFacts, TeamFacts } from './types.js';

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
export function teamFacts(c: FactsContext, s: SprintFacts, flow: FlowFacts): TeamFacts {
  const { project, asOf } = c;
  const work = visibleWork(project.workItems, asOf);
  const ages = flow.ages;
  const aged = new Set(
    (ages?.items ?? []).filter((a) => a.passed !== null && a.passed >= 85).map((a) => a.id),
  );
  const running = s.currentSprint;
  const raci = project.raci;
  return {
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
