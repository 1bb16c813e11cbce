/**
 * zod schemas and parse functions for the progress domain: sprints, sprint
 * events and work items.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import type { Sprint } from '../progress/sprint.js';
import type { SprintEvent } from '../progress/sprintSeries.js';
import type { WorkItem } from '../progress/workItem.js';
import {
  finiteSchema,
  idSchema,
  isoDateSchema,
  parseWith,
  type SafeParseResult,
  schemaError,
  toSchemaIssues,
} from './common.js';

const finite = finiteSchema;
const amount = z.number().check(
  z.refine((n) => Number.isFinite(n), { message: 'expected a finite number' }),
  z.gte(0, 'expected a number >= 0'),
);
const name = z.string().check(z.minLength(1, 'expected a non-empty string'));

function issue(path: readonly (string | number)[], message: string, input: unknown) {
  return { code: 'custom' as const, message, path: [...path], input };
}

/** Dates a and b both valid and b before a. */
function before(a: unknown, b: unknown): boolean {
  return isIsoDate(a) && isIsoDate(b) && b < a;
}

function uniqueIds<T extends { id: string }>(what: string) {
  return z.superRefine((list: T[], ctx) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id))
        ctx.issues.push(
          issue([i, 'id'], `expected a unique ${what} id, got ${JSON.stringify(x.id)} again`, x.id),
        );
      seen.add(x.id);
    });
  });
}

/**
 * A sprint: `id`, `start` and `end` (`end >= start`), `committed` and
 * `completed` (>= 0), optional `added`, `removed` and `completedFromAdded`
 * (>= 0, the last at most `completed`). Unknown keys are dropped.
 *
 * @example
 * z.safeParse(SprintSchema, { id: 's1', start: '2026-03-02', end: '2026-02-27', committed: 5, completed: 5 }).success;
 * //=> false
 */
export const SprintSchema = z
  .object({
    id: idSchema,
    start: isoDateSchema,
    end: isoDateSchema,
    committed: amount,
    completed: amount,
    added: z.optional(amount),
    removed: z.optional(amount),
    completedFromAdded: z.optional(amount),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (before(s.start, s.end))
        ctx.issues.push(
          issue(['end'], `expected a date on or after start ${s.start}, got ${s.end}`, s.end),
        );
      if (s.completedFromAdded !== undefined && s.completedFromAdded > s.completed)
        ctx.issues.push(
          issue(
            ['completedFromAdded'],
            `expected a number <= completed (${s.completed}), got ${s.completedFromAdded}`,
            s.completedFromAdded,
          ),
        );
    }),
  );

/**
 * A list of {@link SprintSchema} sprints with unique ids.
 *
 * @example
 * z.safeParse(SprintsSchema, []).success; //=> true
 */
export const SprintsSchema = z.array(SprintSchema).check(uniqueIds('sprint'));

/**
 * A sprint event: `on` (a date), `kind` (`'completed' | 'reopened' | 'added'
 * | 'removed' | 'reestimated'`), `amount` (>= 0, except a signed change for
 * `'reestimated'`), optional `itemId`. Whether `on` falls within the sprint is
 * checked by `burndown`, which knows the sprint.
 *
 * @example
 * z.safeParse(SprintEventSchema, { on: '2026-03-03', kind: 'added', amount: -2 }).success; //=> false
 */
export const SprintEventSchema = z
  .object({
    on: isoDateSchema,
    kind: z.enum(['completed', 'reopened', 'added', 'removed', 'reestimated']),
    amount: finite,
    itemId: z.optional(idSchema),
  })
  .check(
    z.superRefine((e, ctx) => {
      if (e.kind !== 'reestimated' && e.amount < 0)
        ctx.issues.push(
          issue(['amount'], `expected a number >= 0 for '${e.kind}', got ${e.amount}`, e.amount),
        );
    }),
  );

/**
 * A workflow state change `{ state, on }`.
 *
 * @example
 * z.safeParse(StateTransitionSchema, { state: 'Done', on: '2026-03-03' }).success; //=> true
 */
export const StateTransitionSchema = z.object({ state: name, on: isoDateSchema });

/**
 * A work item: `id`, `createdOn`, optional `startedOn` (>= createdOn),
 * `finishedOn` (>= startedOn and createdOn), `type`, `assignee` (a person id)
 * and `transitions` (each on or after `createdOn`).
 *
 * @example
 * z.safeParse(WorkItemSchema, { id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-05', finishedOn: '2026-03-04' }).success;
 * //=> false
 */
export const WorkItemSchema = z
  .object({
    id: idSchema,
    createdOn: isoDateSchema,
    startedOn: z.optional(isoDateSchema),
    finishedOn: z.optional(isoDateSchema),
    type: z.optional(name),
    assignee: z.optional(idSchema),
    transitions: z.optional(z.array(StateTransitionSchema)),
  })
  .check(
    z.superRefine((w, ctx) => {
      if (before(w.createdOn, w.startedOn))
        ctx.issues.push(
          issue(
            ['startedOn'],
            `expected a date on or after createdOn ${w.createdOn}, got ${w.startedOn}`,
            w.startedOn,
          ),
        );
      if (before(w.startedOn, w.finishedOn))
        ctx.issues.push(
          issue(
            ['finishedOn'],
            `expected a date on or after startedOn ${w.startedOn}, got ${w.finishedOn}`,
            w.finishedOn,
          ),
        );
      else if (before(w.createdOn, w.finishedOn))
        ctx.issues.push(
          issue(
            ['finishedOn'],
            `expected a date on or after createdOn ${w.createdOn}, got ${w.finishedOn}`,
            w.finishedOn,
          ),
        );
      (w.transitions ?? []).forEach((t, i) => {
        if (before(w.createdOn, t.on))
          ctx.issues.push(
            issue(
              ['transitions', i, 'on'],
              `expected a date on or after createdOn ${w.createdOn}, got ${t.on}`,
              t.on,
            ),
          );
      });
    }),
  );

/**
 * A list of {@link WorkItemSchema} items with unique ids.
 *
 * @example
 * z.safeParse(WorkItemsSchema, [{ id: 'a', createdOn: '2026-03-01' }, { id: 'a', createdOn: '2026-03-01' }]).success;
 * //=> false
 */
export const WorkItemsSchema = z.array(WorkItemSchema).check(uniqueIds('work item'));

function safe<T>(schema: z.ZodMiniType, json: unknown, what: string): SafeParseResult<T> {
  const result = z.safeParse(schema, json);
  if (!result.success)
    return Object.freeze({
      success: false as const,
      error: schemaError(what, toSchemaIssues(result.error.issues)),
    });
  return Object.freeze({ success: true as const, data: deepFreeze(result.data as T) });
}

/**
 * Parses and validates one sprint from JSON data.
 *
 * @param json - the parsed JSON
 * @returns the sprint, deep-frozen
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parseSprint({ id: 's1', start: '2026-03-02', end: '2026-03-13', committed: 20, completed: 18 }).completed; //=> 18
 */
export function parseSprint(json: unknown): Sprint {
  return deepFreeze(parseWith(SprintSchema, json, 'sprint') as Sprint);
}

/**
 * Parses and validates a list of sprints (unique ids) from JSON data.
 *
 * @param json - the parsed JSON
 * @returns the sprints, deep-frozen, ready for `velocity` and `sayDoRatio`
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parseSprints([{ id: 's1', start: '2026-03-02', end: '2026-03-13', committed: -1, completed: 1 }]);
 * // throws PopmError SCHEMA, details.issues[0].path [0, 'committed']
 */
export function parseSprints(json: unknown): readonly Sprint[] {
  return deepFreeze(parseWith(SprintsSchema, json, 'sprints') as Sprint[]);
}

/**
 * Like {@link parseSprints}, but returns the outcome instead of throwing.
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `SCHEMA` PopmError)
 * @example
 * safeParseSprints('nope').success; //=> false
 */
export function safeParseSprints(json: unknown): SafeParseResult<readonly Sprint[]> {
  return safe<readonly Sprint[]>(SprintsSchema, json, 'sprints');
}

/**
 * Parses and validates a list of sprint events from JSON data.
 *
 * @param json - the parsed JSON
 * @returns the events, deep-frozen, ready for `burndown` and `burnup`
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parseSprintEvents([{ on: '2026-03-03', kind: 'completed', amount: 3 }]).length; //=> 1
 */
export function parseSprintEvents(json: unknown): readonly SprintEvent[] {
  return deepFreeze(parseWith(z.array(SprintEventSchema), json, 'sprint events') as SprintEvent[]);
}

/**
 * Parses and validates one work item from JSON data.
 *
 * @param json - the parsed JSON
 * @returns the work item, deep-frozen
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parseWorkItem({ id: 'a', createdOn: '2026-03-01', assignee: 'p1' }).assignee; //=> 'p1'
 */
export function parseWorkItem(json: unknown): WorkItem {
  return deepFreeze(parseWith(WorkItemSchema, json, 'work item') as WorkItem);
}

/**
 * Parses and validates a list of work items (unique ids) from JSON data.
 *
 * @param json - the parsed JSON
 * @returns the items, deep-frozen, ready for `flowMetrics`, `workItemAge` and `cumulativeFlow`
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parseWorkItems([{ id: 'a', createdOn: '2026-03-01', finishedOn: '2026-02-01' }]);
 * // throws PopmError SCHEMA, details.issues[0].path [0, 'finishedOn']
 */
export function parseWorkItems(json: unknown): readonly WorkItem[] {
  return deepFreeze(parseWith(WorkItemsSchema, json, 'work items') as WorkItem[]);
}

/**
 * Like {@link parseWorkItems}, but returns the outcome instead of throwing.
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `SCHEMA` PopmError)
 * @example
 * safeParseWorkItems([{ id: 'a', createdOn: '2026-03-01' }]).success; //=> true
 */
export function safeParseWorkItems(json: unknown): SafeParseResult<readonly WorkItem[]> {
  return safe<readonly WorkItem[]>(WorkItemsSchema, json, 'work items');
}
