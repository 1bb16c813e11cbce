/**
 * zod schemas for the backlog: a {@link BacklogItem} and a {@link Backlog} as
 * JSON, and the parse functions that turn a document into a frozen backlog.
 */
import * as z from 'zod/mini';
import { createBacklog } from '../backlog/createBacklog.js';
import type { Backlog, BacklogItemInput } from '../backlog/types.js';
import { isPopmError } from '../core/errors.js';
import { findCycle } from '../core/validate.js';
import {
  idSchema,
  isoDateSchema,
  type SafeParseResult,
  type SchemaIssue,
  schemaError,
} from './common.js';

const nonNegative = () => z.number().check(z.gte(0));
const positive = () => z.number().check(z.gt(0));
const tenPoint = () => z.number().check(z.gte(0), z.lte(10));

/**
 * A backlog item as JSON: the fields of a `BacklogItem`; `status`,
 * `dependsOn` and `tags` may be left out (defaults `'todo'`, `[]`, `[]`).
 * Unknown keys are dropped.
 *
 * @example
 * z.safeParse(BacklogItemSchema, { id: 'a', title: 'A', estimate: -1 }).success; //=> false
 */
export const BacklogItemSchema = z.object({
  id: idSchema,
  title: z.string().check(z.minLength(1)),
  kind: z.optional(z.enum(['feature', 'story', 'bug', 'chore', 'spike', 'epic'])),
  status: z.optional(z.enum(['todo', 'ready', 'in-progress', 'done', 'wont-do'])),
  estimate: z.optional(nonNegative()),
  dependsOn: z.optional(z.array(idSchema)),
  tags: z.optional(z.array(z.string().check(z.minLength(1)))),
  createdOn: z.optional(isoDateSchema),
  wsjf: z.optional(
    z.object({
      businessValue: nonNegative(),
      timeCriticality: nonNegative(),
      riskReduction: nonNegative(),
      jobSize: positive(),
    }),
  ),
  rice: z.optional(
    z.object({
      reach: nonNegative(),
      impact: z.union([nonNegative(), z.enum(['massive', 'high', 'medium', 'low', 'minimal'])]),
      confidence: z.union([
        z.number().check(z.gte(0), z.lte(1)),
        z.enum(['high', 'medium', 'low']),
      ]),
      effort: positive(),
    }),
  ),
  ice: z.optional(z.object({ impact: tenPoint(), confidence: tenPoint(), ease: tenPoint() })),
  cd3: z.optional(z.object({ costOfDelay: nonNegative(), duration: positive() })),
  moscow: z.optional(z.enum(['must', 'should', 'could', 'wont'])),
  kano: z.optional(
    z.enum(['attractive', 'one-dimensional', 'must-be', 'indifferent', 'reverse', 'questionable']),
  ),
  valueEffort: z.optional(z.object({ value: nonNegative(), effort: nonNegative() })),
  criteria: z.optional(z.record(z.string(), z.number())),
});

/**
 * A backlog as JSON: `{ items: [...] }`, top first.
 *
 * @example
 * z.safeParse(BacklogSchema, { items: [] }).success; //=> true
 */
export const BacklogSchema = z.object({ items: z.array(BacklogItemSchema) });

// Cross-reference rules zod cannot see: unique ids, known dependencies, no loops.
function referenceIssues(items: readonly BacklogItemInput[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (first.has(item.id))
      issues.push({
        path: ['items', i, 'id'],
        message: `duplicate id '${item.id}' (first at items[${first.get(item.id)}])`,
        code: 'reference',
      });
    else first.set(item.id, i);
  });
  items.forEach((item, i) => {
    const seen = new Set<string>();
    (item.dependsOn ?? []).forEach((dep, j) => {
      if (!first.has(dep))
        issues.push({
          path: ['items', i, 'dependsOn', j],
          message: `unknown dependency '${dep}'`,
          code: 'reference',
        });
      else if (dep === item.id)
        issues.push({
          path: ['items', i, 'dependsOn', j],
          message: `'${dep}' depends on itself`,
          code: 'reference',
        });
      if (seen.has(dep))
        issues.push({
          path: ['items', i, 'dependsOn', j],
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
        path: ['items', first.get(cycle[0] as string) as number, 'dependsOn'],
        message: `dependency loop ${[...cycle, cycle[0]].join(' -> ')}`,
        code: 'reference',
      });
  }
  return issues;
}

/**
 * Parses a backlog document (`{ items: [...] }`) into a frozen {@link Backlog}.
 *
 * @param json - the parsed JSON value
 * @returns the backlog, as {@link createBacklog} builds it
 * @throws PopmError `SCHEMA` listing every problem with its path in `details.issues`
 *   (shape and range problems, duplicate ids, unknown dependencies, dependency loops)
 * @example
 * parseBacklog({ items: [{ id: 'a', title: 'A' }] }).items[0].status; //=> 'todo'
 * parseBacklog({ items: [{ id: 'a' }, { id: 'a', title: 'A', estimate: -2 }] });
 * // throws PopmError SCHEMA with 3 issues: items[0].title, items[1].estimate, items[1].id
 */
export function parseBacklog(json: unknown): Backlog {
  const shape = z.safeParse(BacklogSchema, json);
  if (!shape.success) {
    const issues: SchemaIssue[] = shape.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: i.message,
      code: i.code,
    }));
    // Reference problems too, where the items array itself is readable.
    const raw = (json as { items?: unknown } | null)?.items;
    if (Array.isArray(raw)) {
      const readable = raw.filter(
        (it): it is BacklogItemInput =>
          it !== null && typeof it === 'object' && typeof (it as { id?: unknown }).id === 'string',
      );
      if (readable.length === raw.length) issues.push(...referenceIssues(readable));
    }
    throw schemaError('backlog', issues);
  }
  const items = shape.data.items as readonly BacklogItemInput[];
  const refs = referenceIssues(items);
  if (refs.length > 0) throw schemaError('backlog', refs);
  try {
    return createBacklog(items);
  } catch (e) {
    if (isPopmError(e))
      throw schemaError('backlog', [{ path: e.path, message: e.message, code: 'reference' }]);
    throw e;
  }
}

/**
 * Like {@link parseBacklog}, but returns the outcome instead of throwing.
 *
 * @param json - the parsed JSON value
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `SCHEMA` PopmError)
 * @example
 * safeParseBacklog({ items: [{ id: 'a', title: 'A', dependsOn: ['zz'] }] }).success; //=> false
 */
export function safeParseBacklog(json: unknown): SafeParseResult<Backlog> {
  try {
    return Object.freeze({ success: true as const, data: parseBacklog(json) });
  } catch (e) {
    if (isPopmError(e) && e.code === 'SCHEMA')
      return Object.freeze({ success: false as const, error: e });
    throw e;
  }
}
