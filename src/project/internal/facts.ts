/**
 * @internal Everything the assessments, the dashboard and the report need,
 * computed once per (project, asOf, options) by one builder per section
 * (`./facts/*.ts`). Nothing here is public: each public function reads the
 * figures it needs from the facts.
 */
import { type IsoDate, toEpochDay } from '../../core/dates.js';
import { costFacts } from '../facts/cost.js';
import { flowFacts } from '../facts/flow.js';
import { riskFacts } from '../facts/risk.js';
import { scheduleFacts } from '../facts/schedule.js';
import { scopeFacts } from '../facts/scope.js';
import { simulationFacts } from '../facts/simulation.js';
import { sprintFacts } from '../facts/sprints.js';
import { stakeholderFacts } from '../facts/stakeholders.js';
import { teamFacts } from '../facts/team.js';
import type { Facts, FactsContext } from '../facts/types.js';
import { readSections } from './readSections.js';
import { resolveOptions } from './resolveOptions.js';

export type {
  ContingencyReserve,
  Facts,
  PersonLoad,
  ScheduleIndex,
  SprintForecast,
  TargetForecast,
  WorkForecast,
} from '../facts/types.js';

function contextOf(projectIn: unknown, asOf: IsoDate, optionsIn: unknown): FactsContext {
  // Every section read and checked once, as every project function reads it.
  const sections = readSections(projectIn, asOf);
  const { project, asOfDay } = sections;
  const options = resolveOptions(optionsIn);
  return {
    project,
    asOf,
    asOfDay,
    options,
    seed: options.seed ?? project.id,
    calendar: sections.calendar,
    people: new Map(project.people.map((p) => [p.id, p])),
    started: toEpochDay(project.start, ['project', 'start']) <= asOfDay,
    sections,
  };
}

/** @internal Computes the facts; validates the document, `asOf` and the options. */
export function computeFacts(project: unknown, asOf: IsoDate, options?: unknown): Facts {
  const c = contextOf(project, asOf, options);
  const sprints = sprintFacts(c);
  const cost = costFacts(c);
  const flow = flowFacts(c);
  return {
    ...c,
    ...sprints,
    ...scopeFacts(c, sprints),
    ...flow,
    ...teamFacts(c, sprints, flow),
    ...cost,
    ...scheduleFacts(c, cost),
    ...riskFacts(c),
    ...simulationFacts(c),
    ...stakeholderFacts(c),
  };
}

/** @internal Days from `from` to the facts' asOf. */
export function daysSince(facts: Facts, from: IsoDate): number {
  return facts.asOfDay - toEpochDay(from);
}
