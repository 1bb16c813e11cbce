/**
 * @internal Flow over the last eight weeks, by the project's workflow when it
 * has one: flow metrics, item ages, the service level, and (with a workflow)
 * time in state, flow efficiency and aging by stage. Every figure reads the
 * same work items (dated by the workflow as of asOf), so "started" and
 * "done" mean one thing everywhere.
 */
import { addDays } from '../../core/dates.js';
import {
  agingWip,
  flowEfficiency,
  flowMetrics,
  serviceLevel,
  timeInState,
  type Workflow,
  workItemAge,
} from '../../progress/index.js';
import { rooted } from '../internal/rooted.js';
import { laterOf, visibleWork } from '../internal/work.js';
import type { ProjectWorkItem } from '../types.js';
import type { FactsContext, FlowFacts } from './types.js';

/** Days of flow history the dashboard shows (eight weeks). */
const FLOW_WINDOW_DAYS = 56;

/** The confidence of the service level expectation (the Kanban Guide's usual 85%). */
const SERVICE_LEVEL_PERCENTILE = 85;

const AGE_PERCENTILES = [50, 70, 85, 95];

/** The figures that need a workflow; `null`s without one. */
function workflowFacts(
  c: FactsContext,
  work: readonly ProjectWorkItem[],
  workflow: Workflow | undefined,
  from: string,
  root: <T>(fn: () => T) => T,
): Pick<FlowFacts, 'timeInState' | 'efficiency' | 'stageAging'> {
  if (workflow === undefined || work.length === 0)
    return { timeInState: null, efficiency: null, stageAging: null };
  const { asOf } = c;
  // Time in state needs the moves: an item dated only by startedOn/finishedOn
  // would count as active from start to finish and flatter flow efficiency.
  const tracked = work.filter((w) => w.transitions !== undefined && w.transitions.length > 0);
  const finished = tracked.filter(
    (w) => w.finishedOn !== undefined && w.finishedOn >= from && w.finishedOn <= asOf,
  );
  return {
    timeInState:
      finished.length === 0 ? null : root(() => timeInState(finished, workflow, { asOf })),
    efficiency: root(() => flowEfficiency(tracked, workflow, { from, to: asOf })),
    stageAging: root(() => agingWip(work, workflow, asOf, { percentiles: AGE_PERCENTILES })),
  };
}

/** @internal Builds the flow facts: the work as it stood on asOf (later dates are not known yet). */
export function flowFacts(c: FactsContext): FlowFacts {
  const { project, asOf } = c;
  const work = visibleWork(project.workItems, asOf);
  const workIndex = (i: number): number => project.workItems.findIndex((w) => w.id === work[i]?.id);
  const root = <T>(fn: () => T): T => rooted(['project', 'workItems'], 1, fn, workIndex);
  const from = laterOf(addDays(asOf, 1 - FLOW_WINDOW_DAYS), project.start);
  const workflow = project.workflow;
  const wf = workflow === undefined ? {} : { workflow };
  const measured = work.length > 0 && c.started;
  return {
    flow: measured ? root(() => flowMetrics(work, { from, to: asOf, ...wf })) : null,
    ages:
      work.length === 0
        ? null
        : root(() => workItemAge(work, asOf, { percentiles: AGE_PERCENTILES })),
    serviceLevel: measured
      ? root(() =>
          serviceLevel(work, { from, to: asOf, percentile: SERVICE_LEVEL_PERCENTILE, ...wf }),
        )
      : null,
    ...workflowFacts(c, work, workflow, from, root),
  };
}
