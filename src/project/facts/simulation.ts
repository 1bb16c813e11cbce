/**
 * @internal One Monte Carlo run for the finish date and the cost
 * (`simulateProject`): the plan as it now stands, its resources' costs and
 * the risks linked to its tasks. Work already done is not drawn again: a
 * finished task keeps its duration, and a task in progress draws only its
 * remaining share of its three-point estimate.
 */
import type { Task } from '../../plan/index.js';
import { underProject } from '../internal/rooted.js';

import { simulateProject } from '../simulateProject.js';
import type { FactsContext, SimulationFacts } from './types.js';

/** The confidence the dashboard and the report quote (P80, the usual reserve level). */
const CONFIDENCE = 80;

/** Share of a task done: its percent complete, or what its remaining duration leaves. */
function doneShare(t: Task): number {
  if (t.percentComplete !== undefined) return t.percentComplete / 100;
  if (t.remainingDuration !== undefined && t.duration > 0)
    return Math.max(0, Math.min(1, 1 - t.remainingDuration / t.duration));
  return 0;
}

/** A task as the simulation draws it from the status date on. */
function remainingOf(t: Task): Task {
  if (t.estimate === undefined) return t;
  if (t.actualFinish !== undefined) {
    const { estimate: _drawn, ...done } = t;
    return done;
  }
  const share = t.actualStart === undefined ? 0 : doneShare(t);
  const e = t.estimate;
  const finite = [t.duration, share, e.optimistic, e.mostLikely, e.pessimistic].every(
    (x) => typeof x === 'number' && Number.isFinite(x),
  );
  // Anything malformed goes to simulateProject as given, which names it.
  if (!finite || share <= 0) return t;
  const done = t.duration * share;
  const left = 1 - share;
  return {
    ...t,
    estimate: {
      optimistic: done + e.optimistic * left,
      mostLikely: done + e.mostLikely * left,
      pessimistic: done + e.pessimistic * left,
    },
  };
}

/** @internal Builds the simulation facts: `null` without a plan. */
export function simulationFacts(c: FactsContext): SimulationFacts {
  const { project } = c;
  const { plan, calendar } = project;
  if (plan.length === 0) return { projectSimulation: null };
  const projectSimulation = underProject(() =>
    simulateProject(
      {
        tasks: plan.map(remainingOf),
        resources: project.resources ?? [],
        risks: project.risks,
      },
      {
        trials: c.options.trials,
        seed: c.seed,
        start: project.start,
        ...(calendar === undefined ? {} : { calendar }),
        percentiles: [50, CONFIDENCE],
        confidencePercent: CONFIDENCE,
      },
    ),
  );
  return { projectSimulation };
}
