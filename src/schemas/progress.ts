/**
 * zod schemas and parse functions for the progress domain: sprints, sprint
 * events and work items.
 */
import * as z from 'zod/mini';
import type { Sprint } from '../progress/sprint.js';
import type { SprintEvent } from '../progress/sprintSeries.js';
import type { WorkItem } from '../progress/workItem.js';
import {
  entity,
  finiteSchema,
  idSchema,
  isoDateSchema,
  orThrow,
  part,
  runParser,
  type SafeParseResult,
} from './internal/common.js';
import {
  before,
  issue,
  name,
  StateTransitionSchema,
  workItemRules,
  workItemShape,
} from './internal/workItemShape.js';

const finite = finiteSchema;
const amount = z.number().check(
  z.refine((n) => Number.isFinite(n), { message: 'expected a finite number' }),
  z.gte(0, 'expected a number >= 0'),
);
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
 * (>= 0, the last at most `completed`), and `meta`. A key close to a known
 * one is an issue; other unknown keys are ignored.
 *
 * @example
 * z.safeParse(SprintSchema, { id: 's1', start: '2026-03-02', end: '2026-02-27', committed: 5, completed: 5 }).success;
 * //=> false
 */
export const SprintSchema = entity({
  id: idSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  committed: amount,
  completed: amount,
  added: z.optional(amount),
  removed: z.optional(amount),
  completedFromAdded: z.optional(amount),
}).check(
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
export const SprintEventSchema = entity({
  on: isoDateSchema,
  kind: z.enum(['completed', 'reopened', 'added', 'removed', 'reestimated']),
  amount: finite,
  itemId: z.optional(idSchema),
}).check(
  z.superRefine((e, ctx) => {
    if (e.kind !== 'reestimated' && e.amount < 0)
      ctx.issues.push(
        issue(['amount'], `expected a number >= 0 for '${e.kind}', got ${e.amount}`, e.amount),
      );
  }),
);

export { StateTransitionSchema } from './internal/workItemShape.js';

/**
 * A work item: `id`, `createdOn`, optional `startedOn` (>= createdOn),
 * `finishedOn` (>= startedOn and createdOn), `type`, `assignee` (a person id),
 * `transitions` (each on or after `createdOn`) and `meta`.
 *
 * @example
 * z.safeParse(WorkItemSchema, { id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-05', finishedOn: '2026-03-04' }).success;
 * //=> false
 */
export const WorkItemSchema = entity(workItemShape).check(workItemRules);

/**
 * A list of {@link WorkItemSchema} items with unique ids.
 *
 * @example
 * z.safeParse(WorkItemsSchema, [{ id: 'a', createdOn: '2026-03-01' }, { id: 'a', createdOn: '2026-03-01' }]).success;
 * //=> false
 */
export const WorkItemsSchema = z.array(WorkItemSchema).check(uniqueIds('work item'));

const RANK = { todo: 0, 'in-progress': 1, done: 2 } as const;

/** The workflow rules: unique names, categories in process order, one of each, `active` only in progress. */
const workflowRules = z.superRefine(
  (
    w: {
      states: readonly {
        name: string;
        category: keyof typeof RANK;
        active?: boolean | undefined;
      }[];
    },
    ctx,
  ) => {
    const seen = new Set<string>();
    let rank = 0;
    w.states.forEach((s, i) => {
      if (seen.has(s.name))
        ctx.issues.push(
          issue(
            ['states', i, 'name'],
            `expected a unique state name, got ${JSON.stringify(s.name)} again`,
            s.name,
          ),
        );
      seen.add(s.name);
      if (RANK[s.category] < rank)
        ctx.issues.push(
          issue(
            ['states', i, 'category'],
            `expected categories in process order (todo, then in-progress, then done), got '${s.category}'`,
            s.category,
          ),
        );
      rank = Math.max(rank, RANK[s.category]);
      if (s.active === true && s.category !== 'in-progress')
        ctx.issues.push(
          issue(
            ['states', i, 'active'],
            'expected active only on an in-progress state, got true',
            true,
          ),
        );
    });
    const missing = (['todo', 'in-progress', 'done'] as const).filter(
      (c) => !w.states.some((s) => s.category === c),
    );
    if (missing.length > 0)
      ctx.issues.push(
        issue(
          ['states'],
          `expected at least one todo, one in-progress and one done state, got none ${missing.join(', ')}`,
          w.states,
        ),
      );
  },
);

/**
 * A team's workflow (see `Workflow` in `popm/progress`): `states` in process
 * order, each `{ name, category, active? }` (names unique; categories `todo`,
 * `in-progress`, `done` in that order, at least one of each; `active` only on
 * an in-progress state), and `reopen` (`'restart' | 'continue'`).
 *
 * @example
 * z.safeParse(WorkflowSchema, {
 *   states: [
 *     { name: 'To Do', category: 'todo' },
 *     { name: 'Doing', category: 'in-progress' },
 *     { name: 'Done', category: 'done' },
 *   ],
 * }).success; //=> true
 * z.safeParse(WorkflowSchema, {
 *   states: [{ name: 'Done', category: 'done' }, { name: 'To Do', category: 'todo' }],
 * }).success; //=> false
 */
export const WorkflowSchema = part({
  states: z.array(
    entity({
      name,
      category: z.enum(['todo', 'in-progress', 'done']),
      active: z.optional(z.boolean()),
    }),
  ),
  reopen: z.optional(z.enum(['restart', 'continue'])),
}).check(workflowRules);

/**
 * One item's status history (see `StatusHistory` in `popm/progress`): `id`,
 * `transitions` (`{ state, on }`, any order; each on or after `createdOn`),
 * optional `createdOn`, `type`, `assignee` and `meta`. A history needs a
 * transition or a `createdOn`. Whether each state is in the workflow is
 * checked where the workflow is known (`ProjectSchema`, `workItemsFromHistory`).
 *
 * @example
 * z.safeParse(StatusHistorySchema, { id: 'a', transitions: [{ state: 'Doing', on: '2026-03-03' }] }).success; //=> true
 * z.safeParse(StatusHistorySchema, { id: 'a', transitions: [] }).success; //=> false
 */
export const StatusHistorySchema = entity({
  id: idSchema,
  transitions: z.array(StateTransitionSchema),
  createdOn: z.optional(isoDateSchema),
  type: z.optional(name),
  assignee: z.optional(idSchema),
}).check(
  z.superRefine((h, ctx) => {
    if (h.transitions.length === 0 && h.createdOn === undefined)
      ctx.issues.push(
        issue(['transitions'], 'expected at least one transition, or a createdOn, got none', []),
      );
    h.transitions.forEach((t, i) => {
      if (before(h.createdOn, t.on))
        ctx.issues.push(
          issue(
            ['transitions', i, 'on'],
            `expected a date on or after createdOn ${h.createdOn}, got ${t.on}`,
            t.on,
          ),
        );
    });
  }),
);

function parser<T>(what: string, schema: z.ZodMiniType) {
  return (json: unknown): SafeParseResult<T> => runParser<T>({ what, schema }, json);
}

const sprint = parser<Sprint>('sprint', SprintSchema);
const sprints = parser<readonly Sprint[]>('sprints', SprintsSchema);
const sprintEvents = parser<readonly SprintEvent[]>('sprint events', z.array(SprintEventSchema));
const workItem = parser<WorkItem>('work item', WorkItemSchema);
const workItems = parser<readonly WorkItem[]>('work items', WorkItemsSchema);

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
  return orThrow(sprint(json));
}

/**
 * Like {@link parseSprint}, but returns the outcome instead of throwing (it never throws).
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseSprint({ id: 's1', start: '2026-03-02', end: '2026-03-13', committed: 20, complete: 18 }).success; //=> false
 */
export function safeParseSprint(json: unknown): SafeParseResult<Sprint> {
  return sprint(json);
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
  return orThrow(sprints(json));
}

/**
 * Like {@link parseSprints}, but returns the outcome instead of throwing (it never throws).
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseSprints('nope').success; //=> false
 */
export function safeParseSprints(json: unknown): SafeParseResult<readonly Sprint[]> {
  return sprints(json);
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
  return orThrow(sprintEvents(json));
}

/**
 * Like {@link parseSprintEvents}, but returns the outcome instead of throwing (it never throws).
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseSprintEvents([{ on: '2026-03-03', kind: 'added', amount: -2 }]).success; //=> false
 */
export function safeParseSprintEvents(json: unknown): SafeParseResult<readonly SprintEvent[]> {
  return sprintEvents(json);
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
  return orThrow(workItem(json));
}

/**
 * Like {@link parseWorkItem}, but returns the outcome instead of throwing (it never throws).
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseWorkItem({ id: 'a', createdOn: '2026-03-01', finishedOn: '2026-02-01' }).success; //=> false
 */
export function safeParseWorkItem(json: unknown): SafeParseResult<WorkItem> {
  return workItem(json);
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
  return orThrow(workItems(json));
}

/**
 * Like {@link parseWorkItems}, but returns the outcome instead of throwing (it never throws).
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseWorkItems([{ id: 'a', createdOn: '2026-03-01' }]).success; //=> true
 */
export function safeParseWorkItems(json: unknown): SafeParseResult<readonly WorkItem[]> {
  return workItems(json);
}
