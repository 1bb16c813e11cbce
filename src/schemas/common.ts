/**
 * Building blocks shared by every schema file: dates, numerics, ids, and the
 * conversion of zod issues into one `SCHEMA` {@link PopmError}.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../core/dates.js';
import { formatPath, PopmError } from '../core/errors.js';

/** One problem found in a document: where it is and what is wrong. */
export interface SchemaIssue {
  /** The JSON path of the problem, outermost first. */
  readonly path: readonly (string | number)[];
  /** What is wrong, for people. */
  readonly message: string;
  /** zod's issue code, or `'reference'` for a cross-reference check. */
  readonly code: string;
}

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
  const lines = issues.slice(0, 20).map((i) => `  ${formatPath(i.path)}: ${i.message}`);
  if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
  return new PopmError(
    'SCHEMA',
    [...(issues[0]?.path ?? [])],
    `${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`,
    { issues },
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
