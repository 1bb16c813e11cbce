/**
 * The Project document's schema: the domain schemas composed, plus the checks
 * that tie the parts together (role holders and risk owners are people,
 * dependencies and references point at ids that exist, currencies agree).
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { findCycle } from '../core/internal/validate.js';
import type { Project } from '../project/types.js';
import { BacklogItemSchema } from './backlog.js';
import { BudgetSchema, BusinessCaseSchema, EarnedValueSnapshotSchema } from './finance.js';
import {
  entity,
  idSchema,
  isoDateSchema,
  numericSchema,
  orThrow,
  part,
  runParser,
  type SafeParseResult,
} from './internal/common.js';
import { workItemRules, workItemShape } from './internal/workItemShape.js';
import { PlanBaselineSchema, PlanSchema } from './plan.js';
import { SprintsSchema, StatusHistorySchema, WorkflowSchema } from './progress.js';
import { RiskMatrixSchema, RiskSchema } from './risk.js';
import { RaciInputSchema } from './roles.js';
import { StakeholderRegisterSchema } from './stakeholders.js';

const RESPONSIBILITY_IDS = [
  'po.funding',
  'po.value',
  'po.backlog',
  'po.stakeholders',
  'po.progress',
  'pm.business-case',
  'pm.plans',
  'pm.progress',
  'pm.risks',
  'pm.admin',
] as const;

const CURRENCY = /^[A-Z]{3}$/;

const text = z.string().check(z.minLength(1, 'expected a non-empty string'));

/**
 * A working calendar as JSON: `weekend` (weekdays off, 0 = Sunday … 6 =
 * Saturday, at least one day worked) and `holidays` (dates off).
 *
 * @example
 * z.safeParse(WorkCalendarSchema, { weekend: [0, 6], holidays: ['2026-12-25'] }).success; //=> true
 * z.safeParse(WorkCalendarSchema, { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] }).success; //=> false
 */
export const WorkCalendarSchema = part({
  weekend: z
    .array(
      z
        .int()
        .check(
          z.gte(0, 'expected a weekday 0..6 (0 = Sunday)'),
          z.lte(6, 'expected a weekday 0..6 (0 = Sunday)'),
        ),
    )
    .check(
      z.refine((w) => new Set(w).size < 7, { message: 'expected at least one working weekday' }),
    ),
  holidays: z.array(isoDateSchema),
});

/**
 * A person: `id`, `name`, optional `title`, `capacity` (points per sprint,
 * `>= 0`) and `availability` (`0..1`).
 *
 * @example
 * z.safeParse(PersonSchema, { id: 'p1', name: 'Li', capacity: 8, availability: 1.5 }).success; //=> false
 */
export const PersonSchema = entity({
  id: idSchema,
  name: text,
  title: z.optional(text),
  capacity: z.number().check(z.gte(0, 'expected a number >= 0')),
  availability: z
    .number()
    .check(z.gte(0, 'expected a number from 0 to 1'), z.lte(1, 'expected a number from 0 to 1')),
  calendar: z.optional(WorkCalendarSchema),
});

const resourceSchema = entity({
  id: idSchema,
  name: z.optional(text),
  unitsPerDay: z.number().check(z.gte(0, 'expected a number >= 0')),
  costPerDay: z.optional(numericSchema),
  calendar: z.optional(WorkCalendarSchema),
});

/**
 * A project work item: a work item (`WorkItemSchema`) with an optional
 * `estimate` (`>= 0`), `sprint` id and `backlogItem` id.
 *
 * @example
 * z.safeParse(ProjectWorkItemSchema, { id: 'w1', createdOn: '2026-03-02', estimate: 3, sprint: 'S1' }).success; //=> true
 */
export const ProjectWorkItemSchema = entity({
  ...workItemShape,
  estimate: z.optional(z.number().check(z.gte(0, 'expected a number >= 0'))),
  sprint: z.optional(idSchema),
  backlogItem: z.optional(idSchema),
}).check(workItemRules);

/**
 * A sprint review: `id`, `sprint`, `on`, `invited` and `attended`
 * (stakeholder ids), optional `decisions`.
 *
 * @example
 * z.safeParse(SprintReviewSchema, { id: 'r1', sprint: 'S1', on: '2026-03-13', invited: ['s1'], attended: [] }).success; //=> true
 */
export const SprintReviewSchema = entity({
  id: idSchema,
  sprint: idSchema,
  on: isoDateSchema,
  invited: z.array(idSchema),
  attended: z.array(idSchema),
  decisions: z.optional(z.array(text)),
});

/**
 * A target: `id`, `title`, `due` and the backlog `items` it needs.
 *
 * @example
 * z.safeParse(TargetSchema, { id: 'g1', title: 'Beta', due: '2026-06-30', items: ['b1'] }).success; //=> true
 */
export const TargetSchema = entity({
  id: idSchema,
  title: text,
  due: isoDateSchema,
  items: z.array(idSchema),
});

/**
 * A decision the project needs: `id`, `title`, `needBy`, optional `decider`
 * (a stakeholder id), `decidedOn` and `outcome`.
 *
 * @example
 * z.safeParse(DecisionSchema, { id: 'd1', title: 'Go live?', needBy: '2026-06-01' }).success; //=> true
 */
export const DecisionSchema = entity({
  id: idSchema,
  title: text,
  needBy: isoDateSchema,
  decider: z.optional(idSchema),
  decidedOn: z.optional(isoDateSchema),
  outcome: z.optional(text),
});

const ProjectObjectSchema = entity({
  id: idSchema,
  name: text,
  currency: z.string().check(z.regex(CURRENCY, 'expected an ISO 4217 currency code')),
  start: isoDateSchema,
  calendar: z.optional(WorkCalendarSchema),
  people: z.array(PersonSchema),
  roles: entity({
    productOwner: idSchema,
    projectManager: idSchema,
    sponsor: z.optional(idSchema),
  }),
  raci: z.optional(RaciInputSchema),
  backlog: z.array(BacklogItemSchema),
  sprints: SprintsSchema,
  workItems: z.array(ProjectWorkItemSchema),
  workflow: z.optional(WorkflowSchema),
  statusHistory: z.optional(z.array(StatusHistorySchema)),
  plan: PlanSchema,
  statusDate: z.optional(isoDateSchema),
  resources: z.optional(z.array(resourceSchema)),
  baseline: z.optional(PlanBaselineSchema),
  budget: z.optional(BudgetSchema),
  businessCase: z.optional(BusinessCaseSchema),
  earnedValue: z.array(EarnedValueSnapshotSchema),
  risks: z.array(RiskSchema),
  riskMatrix: z.optional(RiskMatrixSchema),
  stakeholders: StakeholderRegisterSchema,
  reviews: z.array(SprintReviewSchema),
  targets: z.array(TargetSchema),
  decisions: z.optional(z.array(DecisionSchema)),
  notApplicable: z.optional(z.partialRecord(z.enum(RESPONSIBILITY_IDS), text)),
});

type Ctx = { readonly issues: z.core.$ZodRawIssue[] };
type Rec = Record<string, unknown>;

// The cross checks also run when parts of the document are malformed (so
// every problem is reported at once), hence these forgiving readers.
function rec(v: unknown): Rec {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {};
}
function arr(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function idOf(v: unknown): string | undefined {
  return typeof v === 'string' ? v : str(rec(v).id);
}

function ref(ctx: Ctx, path: (string | number)[], message: string, input: unknown): void {
  ctx.issues.push({ code: 'custom', message, path, input });
}

function unique(ctx: Ctx, list: unknown, key: string, report = true): Set<string> {
  const seen = new Set<string>();
  arr(list).forEach((x, i) => {
    const id = str(rec(x).id);
    if (id === undefined) return;
    if (report && seen.has(id))
      ref(ctx, [key, i, 'id'], `expected a unique id, got ${JSON.stringify(id)} again`, id);
    seen.add(id);
  });
  return seen;
}

function mustExist(
  ctx: Ctx,
  ids: ReadonlySet<string>,
  id: unknown,
  path: (string | number)[],
  what: string,
): void {
  if (typeof id === 'string' && !ids.has(id))
    ref(ctx, path, `expected the id of ${what}, got ${JSON.stringify(id)}`, id);
}

// Every state a history or work item moves to is one of the workflow's; a
// history of a work item starts on or after the item's createdOn.
function movesCheck(p: Rec, ctx: Ctx): void {
  const states = new Set(arr(rec(p.workflow).states).map((s) => str(rec(s).name)));
  const created = new Map<string, string>();
  arr(p.workItems).forEach((w) => {
    const id = str(rec(w).id);
    const on = str(rec(w).createdOn);
    if (id !== undefined && on !== undefined) created.set(id, on);
  });
  const moves = (list: unknown, at: (string | number)[], createdOn: string | undefined): void => {
    arr(list).forEach((t, j) => {
      const state = rec(t).state;
      if (typeof state === 'string' && !states.has(state))
        ref(
          ctx,
          [...at, j, 'state'],
          `expected a state of the workflow, got ${JSON.stringify(state)}`,
          state,
        );
      const on = str(rec(t).on);
      if (createdOn !== undefined && on !== undefined && on < createdOn)
        ref(
          ctx,
          [...at, j, 'on'],
          `expected a date on or after the work item's createdOn ${createdOn}, got ${on}`,
          on,
        );
    });
  };
  arr(p.statusHistory).forEach((h, i) => {
    const id = str(rec(h).id);
    const createdOn = id === undefined ? undefined : created.get(id);
    moves(rec(h).transitions, ['statusHistory', i, 'transitions'], createdOn);
  });
  arr(p.workItems).forEach((w, i) => {
    moves(rec(w).transitions, ['workItems', i, 'transitions'], undefined);
  });
}

// Assignments name the plan's resources; risks delay tasks of the plan.
function planCheck(p: Rec, ctx: Ctx): void {
  const resources = unique(ctx, p.resources, 'resources');
  const tasks = new Set(arr(p.plan).map((t) => str(rec(t).id)));
  arr(p.plan).forEach((t, i) => {
    arr(rec(t).assignments).forEach((a, j) => {
      mustExist(
        ctx,
        resources,
        rec(a).resource,
        ['plan', i, 'assignments', j, 'resource'],
        'a resource in resources',
      );
    });
  });
  arr(p.risks).forEach((r, i) => {
    arr(rec(r).tasks).forEach((id, j) => {
      if (typeof id === 'string' && !tasks.has(id))
        ref(
          ctx,
          ['risks', i, 'tasks', j],
          `expected the id of a task in plan, got ${JSON.stringify(id)}`,
          id,
        );
    });
  });
}

// Status histories need a workflow, have unique ids and people as assignees.
function historyCheck(p: Rec, ctx: Ctx, people: ReadonlySet<string>): void {
  const histories = arr(p.statusHistory);
  unique(ctx, histories, 'statusHistory');
  histories.forEach((h, i) => {
    mustExist(ctx, people, rec(h).assignee, ['statusHistory', i, 'assignee'], 'a person in people');
  });
  if (p.statusHistory !== undefined && p.workflow === undefined)
    ref(
      ctx,
      ['workflow'],
      'expected a workflow (statusHistory is read by it), got none',
      undefined,
    );
  if (p.workflow !== undefined) movesCheck(p, ctx);
}

// The cross-reference rules. Duplicate ids inside sprints, the plan and the
// stakeholder register are already reported by their own schemas.
function crossCheck(value: unknown, ctx: Ctx): void {
  const p = rec(value);
  const people = unique(ctx, p.people, 'people');
  const backlog = unique(ctx, p.backlog, 'backlog');
  unique(ctx, p.workItems, 'workItems');
  historyCheck(p, ctx, people);
  planCheck(p, ctx);
  const risks = unique(ctx, p.risks, 'risks');
  unique(ctx, p.reviews, 'reviews');
  unique(ctx, p.targets, 'targets');
  unique(ctx, p.decisions, 'decisions');
  const sprints = unique(ctx, p.sprints, 'sprints', false);
  const stakeholders = unique(ctx, p.stakeholders, 'stakeholders', false);
  const person = 'a person in people';
  const roles = rec(p.roles);
  mustExist(ctx, people, roles.productOwner, ['roles', 'productOwner'], person);
  mustExist(ctx, people, roles.projectManager, ['roles', 'projectManager'], person);
  mustExist(ctx, people, roles.sponsor, ['roles', 'sponsor'], person);
  arr(rec(p.raci).people).forEach((x, i) => {
    const path = typeof x === 'string' ? ['raci', 'people', i] : ['raci', 'people', i, 'id'];
    mustExist(ctx, people, idOf(x), path, person);
  });
  const deps = new Map<string, string[]>();
  let allKnown = true;
  arr(p.backlog).forEach((item, i) => {
    const list = arr(rec(item).dependsOn).filter((d): d is string => typeof d === 'string');
    const id = str(rec(item).id);
    if (id !== undefined) deps.set(id, list);
    arr(rec(item).dependsOn).forEach((d, j) => {
      if (typeof d === 'string' && !backlog.has(d)) allKnown = false;
      mustExist(ctx, backlog, d, ['backlog', i, 'dependsOn', j], 'a backlog item');
    });
  });
  if (allKnown) {
    const loop = findCycle([...deps.keys()], (id) => deps.get(id) ?? []);
    if (loop !== null) {
      const at = arr(p.backlog).findIndex((i) => rec(i).id === loop[0]);
      ref(
        ctx,
        ['backlog', at, 'dependsOn'],
        `expected no dependency loop, got ${[...loop, loop[0]].join(' → ')}`,
        loop,
      );
    }
  }
  arr(p.workItems).forEach((x, i) => {
    const w = rec(x);
    mustExist(ctx, people, w.assignee, ['workItems', i, 'assignee'], person);
    mustExist(ctx, sprints, w.sprint, ['workItems', i, 'sprint'], 'a sprint');
    mustExist(ctx, backlog, w.backlogItem, ['workItems', i, 'backlogItem'], 'a backlog item');
  });
  arr(p.risks).forEach((x, i) => {
    const r = rec(x);
    mustExist(ctx, people, r.owner, ['risks', i, 'owner'], person);
    mustExist(ctx, people, r.actionee, ['risks', i, 'actionee'], person);
  });
  arr(rec(p.businessCase).risks).forEach((id, i) => {
    mustExist(ctx, risks, id, ['businessCase', 'risks', i], 'a risk');
  });
  arr(p.reviews).forEach((x, i) => {
    const r = rec(x);
    mustExist(ctx, sprints, r.sprint, ['reviews', i, 'sprint'], 'a sprint');
    for (const key of ['invited', 'attended'] as const)
      arr(r[key]).forEach((id, j) => {
        mustExist(ctx, stakeholders, id, ['reviews', i, key, j], 'a stakeholder');
      });
  });
  arr(p.targets).forEach((t, i) => {
    arr(rec(t).items).forEach((id, j) => {
      mustExist(ctx, backlog, id, ['targets', i, 'items', j], 'a backlog item');
    });
  });
  arr(p.decisions).forEach((d, i) => {
    mustExist(ctx, stakeholders, rec(d).decider, ['decisions', i, 'decider'], 'a stakeholder');
  });
  for (const key of ['budget', 'businessCase'] as const) {
    const currency = rec(p[key]).currency;
    if (
      typeof currency === 'string' &&
      typeof p.currency === 'string' &&
      CURRENCY.test(p.currency) &&
      currency !== p.currency
    )
      ref(
        ctx,
        [key, 'currency'],
        `expected the project currency ${p.currency}, got ${currency}`,
        currency,
      );
  }
}

/**
 * The whole Project document (see `Project` in `popm/project`) with its
 * cross-reference checks: unique ids in every collection; role holders, RACI
 * people, work-item assignees and risk owners and actionees exist in
 * `people`; backlog dependencies, work items' backlog items and targets'
 * items exist in `backlog` (and backlog dependencies have no loop); plan
 * dependencies exist in `plan`; work items' and reviews' sprints exist in
 * `sprints`; review invitees and attendees and decision makers exist in
 * `stakeholders`; business-case risks exist in `risks`; the budget and
 * business case use the project currency; `statusHistory` comes with a
 * `workflow`, and every state a history or work item moves to is one of its
 * states (a history of a work item starting on or after its `createdOn`);
 * plan assignments name `resources`, and risks' `tasks` are plan tasks.
 *
 * @example
 * z.safeParse(ProjectSchema, sampleProject).success; //=> true
 */
export const ProjectSchema = ProjectObjectSchema.check(
  z.superRefine((value, ctx) => crossCheck(value, ctx), { when: () => true }),
);

const PROJECT = { what: 'project', schema: ProjectSchema };

/**
 * Validates a Project document from JSON and returns it frozen. Every problem
 * is reported at once, each with its JSON path, in one `SCHEMA` error
 * (`details.issues`): shape and range problems from the domain schemas and
 * the cross-reference checks of {@link ProjectSchema}. A key close to a known
 * one (`risks[0].probabilty`) is an issue; other unknown keys are ignored;
 * `meta` (the document's and each entity's) is carried through.
 *
 * @param json - the parsed JSON value
 * @returns the project, frozen
 * @throws PopmError `SCHEMA` listing every issue with its path
 * @example
 * const p = parseProject(JSON.parse(JSON.stringify(sampleProject)));
 * p.backlog.length; //=> 40
 * parseProject({ ...sampleProject, roles: { productOwner: 'nobody', projectManager: 'p-jonas' } });
 * // throws PopmError SCHEMA: roles.productOwner: expected the id of a person in people, got "nobody"
 */
export function parseProject(json: unknown): Project {
  return orThrow(safeParseProject(json));
}

/**
 * {@link parseProject} without throwing: `{ success: true, data }` or
 * `{ success: false, error }` where `error` is the frozen `SCHEMA`
 * PopmError. It never throws.
 *
 * @param json - the parsed JSON value
 * @returns the outcome, frozen
 * @example
 * safeParseProject({}).success; //=> false
 * safeParseProject(sampleProject).success; //=> true
 */
export function safeParseProject(json: unknown): SafeParseResult<Project> {
  return runParser<Project>(PROJECT, json);
}

/**
 * The JSON Schema (draft 2020-12) of the Project document, from zod's
 * `toJSONSchema`, so dashboards in other languages can validate the same
 * document. It describes the shapes and ranges; the cross-reference checks
 * and date validity are enforced by {@link parseProject} only. The package
 * ships the same schema as `schema/project.schema.json`.
 *
 * @returns a fresh, deep-frozen JSON Schema object
 * @example
 * const s = projectJsonSchema();
 * s.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * (s.required as string[]).includes('backlog'); //=> true
 */
export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ProjectSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return deepFreeze({
    ...schema,
    $id: 'https://popm.dev/schema/project.schema.json',
    title: 'popm Project document',
    description:
      'One project as popm reads it: people and roles, backlog, sprints, work items, plan and baseline, budget, business case, earned value, risks, stakeholders, reviews and targets.',
  });
}
