/**
 * Building blocks shared by every schema file: dates, numerics, ids, entity
 * objects that follow the 1.0 unknown-key rule, worded messages, and the one
 * runner that turns a document into a frozen value or one `SCHEMA`
 * {@link PopmError} listing every issue.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../../core/dates.js';
import type { SchemaIssue } from '../../core/errors.js';
import { formatPath, isPopmError, PopmError, showValue } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { Shown } from '../../core/internal/errorText.js';
import { closestKey } from '../../core/internal/readObject.js';

export type { SchemaIssue } from '../../core/errors.js';

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

/** True for JSON data: finite numbers, strings, booleans, null, arrays and plain objects of them. */
function isJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) return value.every((v) => isJson(v, depth + 1));
  return Object.values(value).every((v) => isJson(v, depth + 1));
}

/**
 * @internal An entity's `meta`: a JSON object popm carries through untouched.
 */
export const metaSchema = z
  .record(z.string(), z.unknown())
  .check(z.refine((m) => isJson(m), { message: 'expected a JSON object' }));

const UNKNOWN_KEY = 'unknown_key';

/**
 * @internal The 1.0 unknown-key rule for a parsed object: a key close to a
 * known one is an issue at that key (`unknown key; did you mean
 * 'probability'?`); any other unknown key is ignored and left out of the
 * parsed value. `when` makes the check run even when a sibling field failed,
 * so every problem is listed at once.
 */
function nearMissKeys(known: readonly string[]) {
  const knownSet = new Set(known);
  return z.superRefine(
    (value: object, ctx) => {
      if (value === null || typeof value !== 'object') return;
      for (const key of Object.keys(value)) {
        if (knownSet.has(key)) continue;
        const suggestion = closestKey(key, known);
        if (suggestion !== undefined)
          ctx.issues.push({
            code: 'custom',
            message: `unknown key; did you mean '${suggestion}'?`,
            path: [key],
            input: (value as Record<string, unknown>)[key],
            params: { popm: UNKNOWN_KEY, key, suggestion },
          });
      }
    },
    { when: () => true },
  );
}

function pickKnown(known: readonly string[]) {
  return <T extends object>(value: T): T => {
    const out: Record<string, unknown> = {};
    for (const key of known)
      if (Object.hasOwn(value, key)) out[key] = (value as Record<string, unknown>)[key];
    return out as T;
  };
}

/**
 * @internal A part of an entity (`wsjf`, `response`, `engagement`…): an
 * object whose near-miss keys are issues and whose other unknown keys are
 * ignored (left out of the parsed value).
 */
export function part<S extends z.core.$ZodLooseShape>(shape: S) {
  const known = Object.keys(shape);
  return z.looseObject(shape).check(nearMissKeys(known), z.overwrite(pickKnown(known)));
}

/**
 * @internal An entity (a backlog item, a task, a risk…): a {@link part}
 * that also accepts `meta`, a JSON object carried through untouched.
 */
export function entity<S extends z.core.$ZodLooseShape>(shape: S) {
  return part({ ...shape, meta: z.optional(metaSchema) });
}

/** @internal A fixed custom issue for `superRefine`s, worded `expected …, got …`. */
export function customIssue(
  path: readonly (string | number)[],
  message: string,
  input: unknown,
): { code: 'custom'; message: string; path: (string | number)[]; input: unknown } {
  return { code: 'custom', message, path: [...path], input };
}

// ---------------------------------------------------------------------------
// Worded messages. zod/mini ships no messages (every default is "Invalid
// input"), so each issue is worded here from its code and input, in the
// library's `expected <rule>, got <value>` style.

function got(value: unknown): string {
  return value === undefined ? 'nothing' : showValue(value);
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a finite number',
  int: 'an integer',
  string: 'a string',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  record: 'an object',
  bigint: 'a bigint',
  date: 'a date',
  null: 'null',
  undefined: 'nothing',
};

function typeWord(expected: string): string {
  return TYPE_WORDS[expected] ?? (/^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`);
}

type AnyIssue = z.core.$ZodIssue & { readonly input?: unknown };

function hasInput(issue: AnyIssue): boolean {
  return Object.hasOwn(issue, 'input');
}

function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const input = (issue as AnyIssue).input;
  if (issue.origin === 'string' && small && Number(limit) === 1 && issue.inclusive !== false)
    return `expected a non-empty string, got ${got(input)}`;
  if (issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set')
    return sizeBound(issue.origin, small, Number(limit), input);
  const op = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
  const what = issue.origin === 'int' ? 'an integer' : 'a finite number';
  return `expected ${what} ${op} ${String(limit)}, got ${got(input)}`;
}

/** "expected at least 1 item, got 0" for an array, string or set bound. */
function sizeBound(origin: string, small: boolean, n: number, input: unknown): string {
  const unit = origin === 'string' ? 'character' : 'item';
  const size = Array.isArray(input) || typeof input === 'string' ? input.length : undefined;
  return `expected ${small ? 'at least' : 'at most'} ${n} ${unit}${n === 1 ? '' : 's'}, got ${size ?? got(input)}`;
}

/**
 * @internal The worded message of one zod issue: `expected a finite number
 * >= 0, got -2`. A message a schema already wrote (`expected a YYYY-MM-DD
 * calendar date`) gains its `, got <value>`; zod's "Invalid input" is
 * replaced by a message built from the issue's code.
 */
export function worded(issue: z.core.$ZodIssue): string {
  const raw = issue as AnyIssue;
  if (issue.message !== 'Invalid input' && issue.message !== '') {
    if (/^expected /.test(issue.message) && !issue.message.includes(', got ') && hasInput(raw))
      return `${issue.message}, got ${got(raw.input)}`;
    return issue.message;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${typeWord(issue.expected)}, got ${got(raw.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ')}, got ${got(raw.input)}`;
    case 'too_small':
    case 'too_big':
      return bound(issue);
    case 'unrecognized_keys':
      return `expected only known keys, got ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_format':
      return `expected a valid ${issue.format}, got ${got(raw.input)}`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}, got ${got(raw.input)}`;
    case 'invalid_key':
      return `expected a valid key, got ${got(raw.input)}`;
    case 'invalid_union':
      return `expected one of the allowed forms, got ${got(raw.input)}`;
    default:
      return `expected a valid value, got ${got(raw.input)}`;
  }
}

function isTypeMiss(issue: z.core.$ZodIssue): boolean {
  return (
    issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_union')
  );
}

function isAnyTypeMiss(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' || issue.code === 'invalid_union';
}

/** The types a union's branches expected, for `expected a finite number or a string`. */
function unionTypes(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'invalid_type') return [typeWord(issue.expected)];
  if (issue.code === 'invalid_union') return issue.errors.flatMap((b) => b.flatMap(unionTypes));
  return [];
}

/**
 * A union that failed: when one branch accepted the input's type and failed
 * on a rule, that branch's issues say what is wrong (`expected a numeric
 * string, got "45000x"`); otherwise one issue names the accepted types.
 */
function flatten(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): AnyIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // The branch that got furthest: fewest type mismatches at any depth, then fewest issues.
    const typed = issue.errors
      .filter((branch) => !branch.every(isTypeMiss))
      .map((branch) => ({ branch, misses: branch.filter(isAnyTypeMiss).length }))
      .sort((a, b) => a.misses - b.misses || a.branch.length - b.branch.length);
    const best = typed[0];
    if (best !== undefined) return best.branch.flatMap((i) => flatten(i, path));
    const types = [...new Set(issue.errors.flatMap((b) => b.flatMap(unionTypes)))];
    const input = (issue as AnyIssue).input;
    const last = types.pop();
    const rule = types.length === 0 ? last : `${types.join(', ')} or ${last}`;
    return [
      {
        ...issue,
        path,
        message: `expected ${rule ?? 'one of the allowed forms'}, got ${got(input)}`,
      } as AnyIssue,
    ];
  }
  return [{ ...issue, path } as AnyIssue];
}

/** @internal Turns zod issues into worded, de-duplicated {@link SchemaIssue}s. */
export function toSchemaIssues(issues: readonly z.core.$ZodIssue[]): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues.flatMap((i) => flatten(i, []))) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (
      | string
      | number
    )[];
    const params = (issue as { params?: { popm?: unknown } | undefined }).params;
    const code = typeof params?.popm === 'string' ? params.popm : issue.code;
    const message = worded(issue);
    const key = `${JSON.stringify(path)}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, code, message });
  }
  return out;
}

/**
 * @internal Builds the one `SCHEMA` error that carries every issue in
 * `details.issues`; the message lists them (first 20). The error is frozen.
 */
export function schemaError(what: string, issues: readonly SchemaIssue[]): PopmError {
  return Object.freeze(
    new PopmError(
      'SCHEMA',
      [...(issues[0]?.path ?? [])],
      `a valid ${what}`,
      new Shown(`${issues.length} problem${issues.length === 1 ? '' : 's'}`),
      { document: what, issues },
    ),
  );
}

/**
 * @internal One issue from an error a domain function threw while building
 * the parsed value: a {@link PopmError}'s path without its leading parameter
 * name (when it is one of `roots`) and its worded message; anything else is
 * an `internal` issue at the root (a parser never throws it).
 */
export function issuesFromError(error: unknown, roots: readonly string[] = []): SchemaIssue[] {
  if (isPopmError(error)) {
    if (error.code === 'SCHEMA' && error.details?.issues !== undefined)
      return [...error.details.issues];
    const where = `${formatPath(error.path)}: `;
    const message = error.message.startsWith(where)
      ? error.message.slice(where.length)
      : error.message;
    const first = error.path[0];
    const drop = typeof first === 'string' && roots.includes(first) ? 1 : 0;
    return [{ path: error.path.slice(drop), code: 'reference', message }];
  }
  const text = error instanceof Error ? error.message : 'an unreadable error';
  return [{ path: [], code: 'internal', message: `expected data popm can read, got ${text}` }];
}

// ---------------------------------------------------------------------------
// Reading untrusted input before zod sees it.

const MAX_DEPTH = 100;

/**
 * A fresh copy of the document holding own enumerable data only: a
 * `__proto__` key stays an ordinary key (never a prototype), a cycle, a
 * throwing getter or Proxy trap, a class instance or nesting deeper than 100
 * levels is an issue at its path. Leaves are kept as they are, so zod words
 * a NaN, a bigint or a function in its own issue.
 */
function copyDocument(
  value: unknown,
  path: (string | number)[],
  onPath: Set<object>,
  issues: SchemaIssue[],
): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function') return value;
  const fail = (message: string): undefined => {
    issues.push({ path: [...path], code: 'invalid_type', message });
    return undefined;
  };
  if (onPath.has(value)) return fail('expected data without a cycle, got a reference back');
  if (path.length > MAX_DEPTH) return fail(`expected data nested at most ${MAX_DEPTH} levels deep`);
  try {
    if (Array.isArray(value)) {
      onPath.add(value);
      const len = value.length;
      const out: unknown[] = [];
      for (let i = 0; i < len; i++) {
        path.push(i);
        out.push(copyDocument(value[i], path, onPath, issues));
        path.pop();
      }
      onPath.delete(value);
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      return fail('expected JSON data (a plain object), got an instance of a class');
    onPath.add(value);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      path.push(key);
      const v = copyDocument((value as Record<string, unknown>)[key], path, onPath, issues);
      path.pop();
      Object.defineProperty(out, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    onPath.delete(value);
    return out;
  } catch {
    onPath.delete(value);
    return fail('expected readable JSON data, got an object that throws when read');
  }
}

import type { SafeParseResult } from '../safeParseResult.js';

export type { SafeParseResult };

/** @internal What a parser does after zod accepted the document. */
export interface ParserSpec<T> {
  /** The document's name in messages: `'backlog'`, `'risk register'`. */
  readonly what: string;
  /** The zod schema of the document. */
  readonly schema: z.ZodMiniType;
  /** Builds the value from zod's output (default: deep-freeze it). */
  readonly build?: ((data: unknown) => T) | undefined;
  /** The parameter names a build error's path may start with (dropped from issue paths). */
  readonly roots?: readonly string[] | undefined;
  /** Rewrites a copied input before zod sees it. */
  readonly prepare?: ((copy: unknown) => unknown) | undefined;
  /** Rewrites an issue path (e.g. a plain array read as `{ risks }`). */
  readonly repath?:
    | ((path: readonly (string | number)[]) => readonly (string | number)[])
    | undefined;
}

/**
 * @internal The one parser runner. It never throws: a safe copy of the
 * input, zod with worded issues, then the domain's own build, whose errors
 * become issues too. Success data and the failure's error are frozen.
 */
export function runParser<T>(spec: ParserSpec<T>, json: unknown): SafeParseResult<T> {
  const fail = (issues: readonly SchemaIssue[]): SafeParseResult<T> => {
    const list = spec.repath
      ? issues.map((i) => ({ ...i, path: [...(spec.repath?.(i.path) ?? i.path)] }))
      : issues;
    return Object.freeze({ success: false as const, error: schemaError(spec.what, list) });
  };
  try {
    const copyIssues: SchemaIssue[] = [];
    const copy = copyDocument(json, [], new Set(), copyIssues);
    if (copyIssues.length > 0) return fail(copyIssues);
    const input = spec.prepare ? spec.prepare(copy) : copy;
    const result = z.safeParse(spec.schema, input, { reportInput: true });
    if (!result.success) return fail(toSchemaIssues(result.error.issues));
    let data: T;
    try {
      data = spec.build ? spec.build(result.data) : deepFreeze(result.data as T);
    } catch (e) {
      return fail(issuesFromError(e, spec.roots));
    }
    return Object.freeze({ success: true as const, data });
  } catch (e) {
    return fail(issuesFromError(e));
  }
}

/** @internal The data of a successful parse, or its `SCHEMA` error thrown. */
export function orThrow<T>(result: SafeParseResult<T>): T {
  if (result.success) return result.data;
  throw result.error;
}

/**
 * @internal Runs a zod schema and throws one `SCHEMA` error with every issue.
 * (Kept for the schemas' own cross checks; parsers use {@link runParser}.)
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown, what: string): T {
  return orThrow(runParser<T>({ what, schema, build: (d) => d as T }, json));
}
