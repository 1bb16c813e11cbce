/**
 * zod schemas for the backlog: a {@link BacklogItem} and a {@link Backlog} as
 * JSON, and the parse functions that turn a document into a frozen backlog.
 */
import * as z from 'zod/mini';
import { createBacklog } from '../backlog/createBacklog.js';
import type { Backlog, BacklogItemInput } from '../backlog/types.js';
import { findCycle } from '../core/internal/validate.js';
import {
  customIssue,
  entity,
  finiteSchema,
  idSchema,
  isoDateSchema,
  orThrow,
  part,
  runParser,
  type SafeParseResult,
  type SchemaIssue,
} from './internal/common.js';

const nonNegative = () => z.number().check(z.gte(0));
const positive = () => z.number().check(z.gt(0));
const tenPoint = () => z.number().check(z.gte(0), z.lte(10));

/**
 * A backlog item as JSON: the fields of a `BacklogItem`; `status`,
 * `dependsOn` and `tags` may be left out (defaults `'todo'`, `[]`, `[]`),
 * `meta` is your own JSON object, carried through. A key close to a known
 * one (`estimat`) is an issue; other unknown keys are ignored.
 *
 * @example
 * z.safeParse(BacklogItemSchema, { id: 'a', title: 'A', estimate: -1 }).success; //=> false
 * z.safeParse(BacklogItemSchema, { id: 'a', title: 'A', estimat: 3 }).success; //=> false
 */
export const BacklogItemSchema = entity({
  id: idSchema,
  title: z.string().check(z.minLength(1)),
  kind: z.optional(z.enum(['feature', 'story', 'bug', 'chore', 'spike', 'epic'])),
  status: z.optional(z.enum(['todo', 'ready', 'in-progress', 'done', 'wont-do'])),
  estimate: z.optional(nonNegative()),
  dependsOn: z.optional(z.array(idSchema)),
  tags: z.optional(z.array(z.string().check(z.minLength(1)))),
  createdOn: z.optional(isoDateSchema),
  wsjf: z.optional(
    part({
      businessValue: nonNegative(),
      timeCriticality: nonNegative(),
      riskReduction: nonNegative(),
      jobSize: positive(),
    }),
  ),
  rice: z.optional(
    part({
      reach: nonNegative(),
      impact: z.union([nonNegative(), z.enum(['massive', 'high', 'medium', 'low', 'minimal'])]),
      confidence: z.union([
        z.number().check(z.gte(0), z.lte(1)),
        z.enum(['high', 'medium', 'low']),
      ]),
      effort: positive(),
    }),
  ),
  ice: z.optional(part({ impact: tenPoint(), confidence: tenPoint(), ease: tenPoint() })),
  cd3: z.optional(part({ costOfDelay: nonNegative(), duration: positive() })),
  moscow: z.optional(z.enum(['must', 'should', 'could', 'wont'])),
  kano: z.optional(
    z.enum(['attractive', 'one-dimensional', 'must-be', 'indifferent', 'reverse', 'questionable']),
  ),
  valueEffort: z.optional(part({ value: nonNegative(), effort: nonNegative() })),
  criteria: z.optional(z.record(z.string(), finiteSchema)),
});

// Cross-reference rules zod cannot see: unique ids, known dependencies, no loops.
function referenceIssues(items: readonly BacklogItemInput[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (first.has(item.id))
      issues.push({
        path: [i, 'id'],
        message: `duplicate id '${item.id}' (first at [${first.get(item.id)}])`,
        code: 'reference',
      });
    else first.set(item.id, i);
  });
  items.forEach((item, i) => {
    const seen = new Set<string>();
    (item.dependsOn ?? []).forEach((dep, j) => {
      if (!first.has(dep))
        issues.push({
          path: [i, 'dependsOn', j],
          message: `unknown dependency '${dep}'`,
          code: 'reference',
        });
      else if (dep === item.id)
        issues.push({
          path: [i, 'dependsOn', j],
          message: `'${dep}' depends on itself`,
          code: 'reference',
        });
      if (seen.has(dep))
        issues.push({
          path: [i, 'dependsOn', j],
          message: `'${dep}' listed twice`,
          code: 'reference',
        });
      seen.add(dep);
    });
  });
  if (issues.length === 0) {
    const ids = items.map((it) => it.id);
    const cycle = findCycle(ids, (id) => items[first.get(id) as number]?.dependsOn ?? []);
    if (cycle !== null)
      issues.push({
        path: [first.get(cycle[0] as string) as number, 'dependsOn'],
        message: `dependency loop ${[...cycle, cycle[0]].join(' -> ')}`,
        code: 'reference',
      });
  }
  return issues;
}

/**
 * A backlog as JSON: the array of items `createBacklog` takes, top first,
 * with unique ids, known dependencies and no dependency loop.
 *
 * @example
 * z.safeParse(BacklogSchema, []).success; //=> true
 * z.safeParse(BacklogSchema, [{ id: 'a', title: 'A', dependsOn: ['zz'] }]).success; //=> false
 */
export const BacklogSchema = z.array(BacklogItemSchema).check(
  // Also when an item is malformed, as long as every id is readable, so all
  // problems are listed at once.
  z.superRefine(
    (items: unknown, ctx) => {
      if (!Array.isArray(items)) return;
      const readable: BacklogItemInput[] = [];
      for (const it of items) {
        const id = (it as { id?: unknown } | null)?.id;
        if (it === null || typeof it !== 'object' || typeof id !== 'string') return;
        const deps = (it as { dependsOn?: unknown }).dependsOn;
        readable.push({
          id,
          title: '',
          dependsOn: Array.isArray(deps) ? deps.filter((d) => typeof d === 'string') : [],
        });
      }
      for (const issue of referenceIssues(readable))
        ctx.issues.push({
          ...customIssue(issue.path, issue.message, undefined),
          params: { popm: 'reference' },
        });
    },
    { when: () => true },
  ),
);

const BACKLOG = {
  what: 'backlog',
  schema: BacklogSchema,
  build: (items: unknown) => createBacklog(items as readonly BacklogItemInput[]),
  roots: ['items'],
};

/**
 * Parses a backlog document — the array of items {@link createBacklog}
 * takes — into a frozen {@link Backlog}.
 *
 * @param json - the parsed JSON value: an array of backlog items
 * @returns the backlog, as {@link createBacklog} builds it
 * @throws PopmError `SCHEMA` listing every problem with its path in `details.issues`
 *   (shape and range problems, near-miss keys, duplicate ids, unknown dependencies, dependency loops)
 * @example
 * parseBacklog([{ id: 'a', title: 'A' }]).items[0].status; //=> 'todo'
 * parseBacklog([]).items; //=> []
 * parseBacklog([{ id: 'a' }, { id: 'a', title: 'A', estimate: -2 }]);
 * // throws PopmError SCHEMA with 3 issues: [0].title, [1].estimate, [1].id
 */
export function parseBacklog(json: unknown): Backlog {
  return orThrow(safeParseBacklog(json));
}

/**
 * Like {@link parseBacklog}, but returns the outcome instead of throwing
 * (it never throws).
 *
 * @param json - the parsed JSON value: an array of backlog items
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseBacklog([{ id: 'a', title: 'A', dependsOn: ['zz'] }]).success; //=> false
 */
export function safeParseBacklog(json: unknown): SafeParseResult<Backlog> {
  return runParser<Backlog>(BACKLOG, json);
}
