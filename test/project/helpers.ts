import { produce } from 'immer';
import { type PlanBaseline, scheduleDates, toBaseline } from '../../src/plan/index.js';
import { sampleProject } from '../../src/project/sample.js';
import type { Project } from '../../src/project/types.js';

/** The demo date: Friday of the first week of sprint 9. */
export const AS_OF = '2026-11-20';

/** Few Monte Carlo trials: these tests check rules, not simulation accuracy. */
export const FAST = { trials: 200 } as const;

type Draft = { -readonly [K in keyof Project]: Project[K] } & Record<string, unknown>;

/** The sample with a change applied (immer: the sample itself is never touched). */
export function variant(recipe: (draft: Draft) => void): Project {
  return produce(sampleProject, (d) => {
    recipe(d as unknown as Draft);
  });
}

/** The current plan as its own baseline: no slip. */
export function baselineOfCurrentPlan(p: Project): PlanBaseline {
  return toBaseline(
    scheduleDates(p.plan, { start: p.start, ...(p.calendar ? { calendar: p.calendar } : {}) }),
  );
}

/** A project with one person and nothing else: every section has no data. */
export const EMPTY_PROJECT: Project = {
  id: 'empty',
  name: 'Empty',
  currency: 'EUR',
  start: '2026-01-05',
  people: [{ id: 'a', name: 'A', capacity: 5, availability: 1 }],
  roles: { productOwner: 'a', projectManager: 'a' },
  backlog: [],
  sprints: [],
  workItems: [],
  plan: [],
  earnedValue: [],
  risks: [],
  stakeholders: [],
  reviews: [],
  targets: [],
};
