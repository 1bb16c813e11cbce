/**
 * zod schemas and parse functions for plans (tasks) and plan baselines.
 */
import * as z from 'zod/mini';
import { isPopmError } from '../core/errors.js';
import type { PlanBaseline } from '../plan/baselineVariance.js';
import type { Task } from '../plan/types.js';
import { assertPlan } from '../plan/validatePlan.js';
import {
  entity,
  finiteSchema,
  idSchema,
  isoDateSchema,
  issuesFromError,
  numericSchema,
  orThrow,
  part,
  runParser,
  type SafeParseResult,
} from './internal/common.js';

const finite = finiteSchema;
const days = z.number().check(
  z.refine((n) => Number.isFinite(n), { message: 'expected a finite number' }),
  z.gte(0, 'expected a number of working days >= 0'),
);

/**
 * A dependency: a predecessor id, or `{ id, type?, lag? }` with `type` one of
 * `'FS' | 'SS' | 'FF' | 'SF'` and a finite `lag` (negative is a lead).
 *
 * @example
 * z.safeParse(DependencySchema, { id: 'A', type: 'SS', lag: 2 }).success; //=> true
 */
export const DependencySchema = z.union([
  idSchema,
  part({
    id: idSchema,
    type: z.optional(z.enum(['FS', 'SS', 'FF', 'SF'])),
    lag: z.optional(finite),
  }),
]);

/**
 * A three-point estimate `{ optimistic, mostLikely, pessimistic }` with
 * `0 <= optimistic <= mostLikely <= pessimistic`.
 *
 * @example
 * z.safeParse(ThreePointEstimateSchema, { optimistic: 3, mostLikely: 2, pessimistic: 5 }).success; //=> false
 */
export const ThreePointEstimateSchema = part({
  optimistic: days,
  mostLikely: days,
  pessimistic: days,
}).check(
  z.superRefine((e, ctx) => {
    if (e.mostLikely < e.optimistic)
      ctx.issues.push({
        code: 'custom',
        message: `expected mostLikely >= optimistic (${e.optimistic}), got ${e.mostLikely}`,
        path: ['mostLikely'],
        input: e.mostLikely,
      });
    if (e.pessimistic < e.mostLikely)
      ctx.issues.push({
        code: 'custom',
        message: `expected pessimistic >= mostLikely (${e.mostLikely}), got ${e.pessimistic}`,
        path: ['pessimistic'],
        input: e.pessimistic,
      });
  }),
);

/**
 * One task: `id`, optional `name`, `duration` (working days `>= 0`; `0` is a
 * milestone; absent on a summary task), optional `dependsOn`, `estimate` and
 * `constraint` (`{ type, date }` with one of the six MS Project constraint
 * types, or `{ startNoEarlierThan }`, a day offset `>= 0`), `deadline`,
 * `parent`, `actualStart`, `actualFinish` (dates), `remainingDuration`
 * (working days `>= 0`), `percentComplete` (`0`–`100`), `assignments` (`{
 * resource, units > 0 }`, for resource levelling), a fixed `cost` (a number
 * or numeric string), and `meta`, your own
 * JSON object. A key close to a known one (`dependOn`) is an issue; other
 * unknown keys are ignored.
 *
 * @example
 * z.safeParse(TaskSchema, { id: 'A', duration: -1 }).success; //=> false
 */
export const TaskSchema = entity({
  id: idSchema,
  name: z.optional(z.string()),
  // Absent only on a summary task (checked with the plan rules).
  duration: z.optional(days),
  dependsOn: z.optional(z.array(DependencySchema)),
  estimate: z.optional(ThreePointEstimateSchema),
  constraint: z.optional(
    z.union([
      part({ startNoEarlierThan: days }),
      part({
        type: z.enum([
          'start-no-earlier-than',
          'finish-no-earlier-than',
          'start-no-later-than',
          'finish-no-later-than',
          'must-start-on',
          'must-finish-on',
        ]),
        date: isoDateSchema,
      }),
    ]),
  ),
  deadline: z.optional(isoDateSchema),
  parent: z.optional(idSchema),
  actualStart: z.optional(isoDateSchema),
  actualFinish: z.optional(isoDateSchema),
  remainingDuration: z.optional(days),
  percentComplete: z.optional(
    finite.check(z.gte(0, 'expected a percent >= 0'), z.lte(100, 'expected a percent <= 100')),
  ),
  assignments: z.optional(
    z.array(
      part({
        resource: idSchema,
        units: finite.check(z.gt(0, 'expected a number of units > 0')),
      }),
    ),
  ),
  cost: z.optional(numericSchema),
});

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function refIssue(path: readonly (string | number)[], message: string, input: unknown) {
  return { code: 'custom' as const, message, path: [...path], input };
}

/**
 * A plan: an array of {@link TaskSchema} with unique ids, known predecessors
 * (each listed once per task) and no dependency loop — the rules of
 * `assertPlan`, reported as schema issues with their paths.
 *
 * @example
 * z.safeParse(PlanSchema, [{ id: 'A', duration: 1, dependsOn: ['B'] }]).success; //=> false
 */
export const PlanSchema = z.array(TaskSchema).check(
  z.superRefine((tasks, ctx) => {
    // Task problems are already listed; the plan rules need well-formed tasks.
    if (ctx.issues.length > 0) return;
    const ids = new Set<string>();
    let problems = 0;
    tasks.forEach((t, i) => {
      if (ids.has(t.id)) {
        problems++;
        ctx.issues.push(
          refIssue([i, 'id'], `expected a unique id, got ${JSON.stringify(t.id)} again`, t.id),
        );
      }
      ids.add(t.id);
    });
    tasks.forEach((t, i) => {
      (t.dependsOn ?? []).forEach((d, j) => {
        const id = typeof d === 'string' ? d : d.id;
        if (!ids.has(id)) {
          problems++;
          ctx.issues.push(
            refIssue(
              typeof d === 'string' ? [i, 'dependsOn', j] : [i, 'dependsOn', j, 'id'],
              `expected the id of a task in the plan, got ${JSON.stringify(id)}`,
              id,
            ),
          );
        }
      });
    });
    if (problems > 0) return;
    try {
      assertPlan(tasks as readonly Task[]);
    } catch (e) {
      if (!isPopmError(e)) throw e;
      for (const i of issuesFromError(e, ['tasks']))
        ctx.issues.push({ ...refIssue(i.path, i.message, undefined), params: { popm: i.code } });
    }
  }),
);

/**
 * One task of a baseline: `id`, optional `name`, `start` and `finish`
 * (`YYYY-MM-DD`), optional `milestone`.
 *
 * @example
 * z.safeParse(BaselineTaskSchema, { id: 'A', start: '2026-11-30', finish: '2026-12-04' }).success; //=> true
 */
export const BaselineTaskSchema = entity({
  id: idSchema,
  name: z.optional(z.string()),
  start: isoDateSchema,
  finish: isoDateSchema,
  milestone: z.optional(z.boolean()),
});

/**
 * A plan baseline — the scheduled dates as planned: optional `start`,
 * `finish`, and `tasks` (unique ids, none finishing before it starts).
 *
 * @example
 * z.safeParse(PlanBaselineSchema, { finish: '2026-12-04', tasks: [] }).success; //=> true
 */
export const PlanBaselineSchema = part({
  start: z.optional(isoDateSchema),
  finish: isoDateSchema,
  tasks: z.array(BaselineTaskSchema).check(
    z.superRefine((tasks, ctx) => {
      const ids = new Set<string>();
      tasks.forEach((t, i) => {
        if (ids.has(t.id))
          ctx.issues.push(
            refIssue([i, 'id'], `expected a unique id, got ${JSON.stringify(t.id)} again`, t.id),
          );
        ids.add(t.id);
        // ISO dates compare as strings; only well-formed pairs are compared.
        if (ISO.test(t.start) && ISO.test(t.finish) && t.finish < t.start)
          ctx.issues.push(
            refIssue(
              [i, 'finish'],
              `expected a date on or after the start (${t.start}), got ${JSON.stringify(t.finish)}`,
              t.finish,
            ),
          );
      });
    }),
  ),
});

const PLAN = { what: 'plan', schema: PlanSchema };
const BASELINE = { what: 'baseline', schema: PlanBaselineSchema };

/**
 * Parses and validates a plan — the array of tasks `criticalPath` takes —
 * from JSON data.
 *
 * @param json - the parsed JSON: an array of tasks
 * @returns the tasks, deep-frozen, ready for `criticalPath` and friends
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parsePlan([{ id: 'A', duration: 3 }, { id: 'B', duration: 2, dependsOn: ['A'] }]).length; //=> 2
 * parsePlan([{ id: 'A', duration: 1, dependsOn: ['Z'] }]);
 * // throws PopmError SCHEMA, details.issues[0].path [0, 'dependsOn', 0]
 */
export function parsePlan(json: unknown): readonly Task[] {
  return orThrow(safeParsePlan(json));
}

/**
 * Like {@link parsePlan}, but returns the outcome instead of throwing (it
 * never throws).
 *
 * @param json - the parsed JSON: an array of tasks
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParsePlan([{ id: 'A', duration: -1 }]).success; //=> false
 * safeParsePlan([]).success; //=> true
 */
export function safeParsePlan(json: unknown): SafeParseResult<readonly Task[]> {
  return runParser<readonly Task[]>(PLAN, json);
}

/**
 * Parses and validates a plan baseline from JSON data.
 *
 * @param json - the parsed JSON
 * @returns the baseline, deep-frozen, ready for `baselineVariance`
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parsePlanBaseline({ finish: '2026-12-04', tasks: [] }).finish; //=> '2026-12-04'
 */
export function parsePlanBaseline(json: unknown): PlanBaseline {
  return orThrow(safeParsePlanBaseline(json));
}

/**
 * Like {@link parsePlanBaseline}, but returns the outcome instead of
 * throwing (it never throws).
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParsePlanBaseline({ finish: 'soon', tasks: [] }).success; //=> false
 */
export function safeParsePlanBaseline(json: unknown): SafeParseResult<PlanBaseline> {
  return runParser<PlanBaseline>(BASELINE, json);
}
