/** @internal Each person's load, the unassigned work and the role checks. */
import { resourceLoad, type TeamCapacityResult, teamCapacity } from '../../plan/index.js';
import { checkRoleAssignment } from '../../roles/index.js';
import { rooted, underProject } from '../internal/rooted.js';
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

/** The running sprint's availability per person (`teamCapacity`); `null` between sprints. */
function sprintCapacity(c: FactsContext, s: SprintFacts): TeamCapacityResult | null {
  const sprint = s.currentSprint;
  if (sprint === null) return null;
  const { people, calendar } = c.project;
  const team = people.filter((p) => p.capacity > 0);
  return rooted(
    ['project', 'people'],
    1,
    () =>
      teamCapacity(
        team.map((p) => ({
          id: p.id,
          name: p.name,
          unitsPerDay: p.availability,
          ...(p.calendar === undefined ? {} : { calendar: p.calendar }),
        })),
        sprint,
        calendar === undefined ? {} : { calendar },
      ),
    (i) => people.indexOf(team[i] as (typeof team)[number]),
  );
}

/** The plan's days in the running sprint on which each resource is over-allocated (`resourceLoad`). */
function overAllocation(c: FactsContext, s: SprintFacts): ReadonlyMap<string, readonly string[]> {
  const { plan, resources, calendar, start } = c.project;
  const sprint = s.currentSprint;
  if (sprint === null || resources === undefined || resources.length === 0 || plan.length === 0)
    return new Map();
  const load = underProject(() =>
    resourceLoad(
      { tasks: plan, resources },
      {
        start,
        ...(calendar === undefined ? {} : { calendar }),
        from: sprint.start,
        to: sprint.end,
      },
    ),
  );
  return new Map(load.resources.map((r) => [r.id, r.overAllocated]));
}

function loads(
  c: FactsContext,
  s: SprintFacts,
  work: readonly ProjectWorkItem[],
  aged: ReadonlySet<string>,
): PersonLoad[] {
  const { asOf } = c;
  const sprintId = s.currentSprint === null ? null : s.currentSprint.id;
  const cap = sprintCapacity(c, s);
  const rows = new Map((cap?.people ?? []).map((r) => [r.id, r]));
  const over = overAllocation(c, s);
  return c.project.people
    .filter((p) => p.capacity > 0)
    .map((p) => {
      const row = rows.get(p.id);
      // Points per sprint at full availability, scaled to the days the person works in it.
      const capacity =
        row === undefined || cap === null || cap.workingDays === 0
          ? p.capacity * p.availability
          : p.capacity * (row.availableDays / cap.workingDays);
      const { assigned, wip, old } = personWork(p.id, work, asOf, sprintId, aged);
      return {
        id: p.id,
        name: p.name,
        capacity,
        assigned,
        load: capacity > 0 ? assigned / capacity : null,
        wip,
        aged: old,
        availableDays: row?.availableDays ?? null,
        daysOff: row?.daysOff ?? null,
        overAllocated: over.get(p.id) ?? [],
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
    raci: c.sections.raci,
  };
}
