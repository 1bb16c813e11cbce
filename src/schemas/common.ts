/**
 * Building blocks shared by every schema file: dates, numerics, ids, and the
 * conversion of zod issues into one `SCHEMA` {@link PopmError}.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../core/dates.js';
import type { SchemaIssue } from '../core/errors.js';
import { PopmError, Shown } from '../core/errors.js';

export type { SchemaIssue } from '../core/errors.js';

/** @internal `YYYY-MM-DD` calendar date. */
export const isoDateSchema = z
  .string()
  .check(z.refine((s) => isIsoDate(s), { message: 'expected a YYYY-MM-DD calendar date' }));

/** @internal A finite number or a numeric string (money in JSON). */
export const numericSchema = z.union([
  z.number().check(z.refine((n) => Number.isFinite(n), { message: 'expected a finite number' })),
  z
    .string()
    .check(z.regex(/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/, 'expected a numeric string')),
]);

/** @internal A finite JSON number (zod's number already refuses NaN; this names the rule). */
export const finiteSchema = z
  .number()
  .check(z.refine((n) => Number.isFinite(n), { message: 'expected a finite number' }));

/** @internal A non-empty string id. */
export const idSchema = z.string().check(z.minLength(1));

/** @internal Turns zod issues into {@link SchemaIssue}s. */
export function toSchemaIssues(issues: readonly z.core.$ZodIssue[]): SchemaIssue[] {
  return issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
    code: i.code,
  }));
}

/**
 * @internal Builds the one `SCHEMA` error that carries every issue in
 * `details.issues`; the message lists them (first 20).
 */
export function schemaError(what: string, issues: readonly SchemaIssue[]): PopmError {
  return new PopmError(
    'SCHEMA',
    [...(issues[0]?.path ?? [])],
    `a valid ${what}`,
    new Shown(`${issues.length} problem${issues.length === 1 ? '' : 's'}`),
    { document: what, issues },
  );
}

/** The outcome of a `safeParse…` function: the value, or every issue. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: PopmError };

/**
 * @internal Runs a zod schema and throws one `SCHEMA` error with every issue.
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown, what: string): T {
  const result = z.safeParse(schema, json);
  if (!result.success) throw schemaError(what, toSchemaIssues(result.error.issues));
  return result.data;
}
