/** @internal The sprints: finished and running, velocity, say/do and the running burndown. */

import { toEpochDay } from '../../core/dates.js';
import { workingDaysBetweenEpoch } from '../../core/internal/calendarEpoch.js';
import { burndown, type Sprint, sayDoRatio, velocity } from '../../progress/index.js';
import { rooted } from '../internal/rooted.js';
import { byEnd, sprintEvents } from '../internal/work.js';
import type { FactsContext, SprintFacts } from './types.js';

/** Working days per sprint when no sprint is recorded. */
const DEFAULT_SPRINT_DAYS = 10;

function runningBurndown(c: FactsContext, sprint: Sprint): SprintFacts['burndown'] {
  const { project, asOf } = c;
  const calendar = project.calendar;
  return rooted(
    ['project', 'sprints', project.sprints.indexOf(sprint)],
    Number.POSITIVE_INFINITY,
    () =>
      burndown(sprint, sprintEvents(sprint, project.workItems, asOf), {
        ...(calendar === undefined ? {} : { calendar }),
        asOf,
      }),
  );
}

/** @internal Builds the sprint facts. */
export function sprintFacts(c: FactsContext): SprintFacts {
  const { project, asOf } = c;
  const sprints = [...project.sprints].sort(byEnd);
  const finishedSprints = sprints.filter((s) => s.end < asOf);
  const currentSprint = sprints.find((s) => s.start <= asOf && asOf <= s.end) ?? null;
  const vel =
    finishedSprints.length === 0
      ? null
      : rooted(
          ['project', 'sprints'],
          1,
          () => velocity(finishedSprints, { window: 6 }),
          (i) => project.sprints.indexOf(finishedSprints[i] as Sprint),
        );
  const lastThree = finishedSprints.slice(-3);
  const sayDo =
    lastThree.length === 0 || lastThree.every((s) => s.committed === 0)
      ? null
      : sayDoRatio(lastThree);
  const lastSprint = finishedSprints[finishedSprints.length - 1] ?? currentSprint;
  return {
    finishedSprints,
    currentSprint,
    velocity: vel,
    sayDo,
    sayDoTrend: finishedSprints
      .filter((s) => s.committed > 0)
      .map((s) => ({ sprint: s.id, ratio: sayDoRatio(s) as number })), // committed > 0: never null
    burndown: currentSprint === null ? null : runningBurndown(c, currentSprint),
    sprintWorkingDays:
      lastSprint === null
        ? DEFAULT_SPRINT_DAYS
        : Math.max(
            1,
            workingDaysBetweenEpoch(
              c.calendar,
              toEpochDay(lastSprint.start) - 1,
              toEpochDay(lastSprint.end),
            ),
          ),
  };
}
