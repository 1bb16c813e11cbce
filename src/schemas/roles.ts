/**
 * zod schema and parse functions for RACI matrices.
 */
import * as z from 'zod/mini';
import { createRaci, type RaciInput, type RaciMatrix } from '../roles/createRaci.js';
import { idSchema, orThrow, part, runParser, type SafeParseResult } from './internal/common.js';

const letter = z.enum(['R', 'A', 'S', 'C', 'I']);

/**
 * A RACI (or RASCI) matrix as JSON: `activities` and `people` (ids, or
 * objects with an `id`), `assignments[activityId][personId]` holding a letter
 * or a non-empty array of letters, and an optional `variant` (`'RACI'`
 * default, or `'RASCI'`). Ids must be unique; `S` only in RASCI. The golden
 * rule and the other findings are `validateRaci`'s job, not the schema's.
 *
 * @example
 * z.safeParse(RaciInputSchema, { activities: [], people: [], assignments: {} }).success; //=> true
 */
export const RaciInputSchema = part({
  activities: z.array(
    z.union([
      idSchema,
      part({ id: idSchema, title: z.optional(z.string().check(z.minLength(1))) }),
    ]),
  ),
  people: z.array(
    z.union([
      idSchema,
      part({
        id: idSchema,
        name: z.optional(z.string().check(z.minLength(1))),
        role: z.optional(z.string().check(z.minLength(1))),
      }),
    ]),
  ),
  assignments: z.record(
    z.string(),
    z.record(z.string(), z.union([letter, z.array(letter).check(z.minLength(1))])),
  ),
  variant: z.optional(z.enum(['RACI', 'RASCI'])),
}).check(
  z.superRefine((m, ctx) => {
    for (const key of ['activities', 'people'] as const) {
      const seen = new Set<string>();
      m[key].forEach((e, i) => {
        const id = typeof e === 'string' ? e : e.id;
        if (seen.has(id))
          ctx.issues.push({
            code: 'custom',
            message: `expected a unique id, got ${JSON.stringify(id)} again`,
            path: typeof e === 'string' ? [key, i] : [key, i, 'id'],
            input: id,
          });
        seen.add(id);
      });
    }
    if (m.variant === 'RASCI') return;
    for (const a of Object.keys(m.assignments)) {
      const row = m.assignments[a] as Record<string, string | string[]>;
      for (const p of Object.keys(row)) {
        const cell = row[p] as string | string[];
        const list = Array.isArray(cell) ? cell : [cell];
        list.forEach((l, k) => {
          if (l === 'S')
            ctx.issues.push({
              code: 'custom',
              message: "expected one of 'R', 'A', 'C', 'I' (S needs variant 'RASCI')",
              path: Array.isArray(cell) ? ['assignments', a, p, k] : ['assignments', a, p],
              input: l,
            });
        });
      }
    }
  }),
);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = strip(v);
    return out;
  }
  return value;
}

const RACI = {
  what: 'raci',
  schema: RaciInputSchema,
  roots: ['input'],
  build: (data: unknown) => createRaci(strip(data) as RaciInput),
};

/**
 * Parses a RACI matrix from JSON data (what `createRaci` takes) and
 * normalises it with `createRaci`.
 *
 * @param json - the parsed JSON
 * @returns the normalised matrix, frozen
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parseRaci({ activities: ['a'], people: ['p'], assignments: { a: { p: ['A', 'R'] } } })
 *   .assignments.a.p; //=> ['R', 'A']
 */
export function parseRaci(json: unknown): RaciMatrix {
  return orThrow(safeParseRaci(json));
}

/**
 * Like {@link parseRaci}, but returns the outcome instead of throwing (it never throws).
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseRaci({ activities: ['a'], people: ['p'], assignments: { a: { p: 'X' } } }).success; //=> false
 */
export function safeParseRaci(json: unknown): SafeParseResult<RaciMatrix> {
  return runParser<RaciMatrix>(RACI, json);
}
