import { Shown, UNKNOWN_KEY_RULE } from './internal/errorText.js';

/**
 * The closed set of error codes a {@link PopmError} can carry. Callers branch
 * on the code; the message is for people.
 *
 * - `INVALID_NUMBER`: not a finite number (or a string that does not parse).
 * - `INVALID_DATE`: not a real `YYYY-MM-DD` calendar date, or a date in the wrong place.
 * - `INVALID_ARGUMENT`: the wrong type or shape, or a value a rule forbids.
 * - `OUT_OF_RANGE`: a number outside its allowed range.
 * - `EMPTY_INPUT`: a calculation that needs data got none (or too little).
 * - `DUPLICATE_ID`: two entities share an id within one collection.
 * - `NOT_FOUND`: a reference to an id that does not exist.
 * - `CYCLE`: a dependency loop (the loop is in `details`).
 * - `CURRENCY_MISMATCH`: amounts in different currencies were combined.
 * - `NO_SOLUTION`: a solver found no answer (e.g. IRR without a root).
 * - `DIVISION_BY_ZERO`: a ratio whose denominator is zero where no `null` is documented.
 * - `LIMIT_EXCEEDED`: a safety cap (iterations, periods, paths) was reached.
 * - `SCHEMA`: a JSON document failed validation (every issue is in `details.issues`).
 */
export type PopmErrorCode =
  | 'INVALID_NUMBER'
  | 'INVALID_DATE'
  | 'INVALID_ARGUMENT'
  | 'OUT_OF_RANGE'
  | 'EMPTY_INPUT'
  | 'DUPLICATE_ID'
  | 'NOT_FOUND'
  | 'CYCLE'
  | 'CURRENCY_MISMATCH'
  | 'NO_SOLUTION'
  | 'DIVISION_BY_ZERO'
  | 'LIMIT_EXCEEDED'
  | 'SCHEMA';

/**
 * Every {@link PopmErrorCode}, in a stable order.
 *
 * @example
 * ERROR_CODES.includes('CYCLE'); //=> true
 */
export const ERROR_CODES: readonly PopmErrorCode[] = Object.freeze([
  'INVALID_NUMBER',
  'INVALID_DATE',
  'INVALID_ARGUMENT',
  'OUT_OF_RANGE',
  'EMPTY_INPUT',
  'DUPLICATE_ID',
  'NOT_FOUND',
  'CYCLE',
  'CURRENCY_MISMATCH',
  'NO_SOLUTION',
  'DIVISION_BY_ZERO',
  'LIMIT_EXCEEDED',
  'SCHEMA',
] as const);

/** A location inside an input: property names and array indexes, outermost first. */
export type PopmPath = readonly (string | number)[];

/** One problem a parser found, as listed in a `SCHEMA` error's `details.issues`. */
export interface SchemaIssue {
  /** Where in the document, outermost first. */
  readonly path: PopmPath;
  /** A machine-readable kind (`'invalid_type'`, `'too_small'`, `'unknown_key'`, `'custom'`…). */
  readonly code: string;
  /** A worded message: `expected a finite number >= 0, got -2`. */
  readonly message: string;
}

/**
 * What a {@link PopmError}'s `details` may hold, by code. Every field is
 * optional because each appears only with the codes it belongs to:
 *
 * - `SCHEMA`: `issues`, every problem the parser found.
 * - `CYCLE`: `cycle`, the ids of the loop in order.
 * - `DUPLICATE_ID`: `id` and `firstIndex`, where the id was first seen.
 * - `INVALID_ARGUMENT` for an unknown key: `key`, the key as written;
 *   `suggestion`, the closest known key (when one is close); `known`, every
 *   key the object accepts.
 * - any code: other documented extras named in the throwing function's `@throws`.
 */
export interface PopmErrorDetails {
  /** `SCHEMA`: every problem, with its path. */
  readonly issues?: readonly SchemaIssue[] | undefined;
  /** `CYCLE`: the ids of the loop, in order. */
  readonly cycle?: readonly string[] | undefined;
  /** `DUPLICATE_ID`: the repeated id; unknown key: the key as written. */
  readonly id?: string | undefined;
  /** `DUPLICATE_ID`: the index where the id first appeared. */
  readonly firstIndex?: number | undefined;
  /** Unknown key: the key as written. */
  readonly key?: string | undefined;
  /** Unknown key: the closest known key, if any is close. */
  readonly suggestion?: string | undefined;
  /** Unknown key: every key the object accepts. */
  readonly known?: readonly string[] | undefined;
  /** Other documented extras. */
  readonly [extra: string]: unknown;
}

/** The JSON form of a {@link PopmError}, as `toJSON` returns it. */
export interface PopmErrorJson {
  readonly name: 'PopmError';
  readonly code: PopmErrorCode;
  readonly path: PopmPath;
  readonly expected: string;
  readonly received: string;
  readonly message: string;
  readonly details?: PopmErrorDetails | undefined;
}

/**
 * The one error type popm throws. `code` says which rule broke, `path` says
 * where in the input (starting at the public parameter's name, e.g.
 * `['backlog', 'items', 3, 'estimate']`), `expected` states the rule and
 * `received` shows what was there. The message is built from those fields:
 * `<path>: expected <rule>, got <value>` (for an unknown key: `<path>:
 * unknown key; did you mean '<key>'?`). `details` carries structured extras
 * typed per code ({@link PopmErrorDetails}).
 *
 * @example
 * try {
 *   toNumber('abc', ['items', 3, 'estimate']);
 * } catch (e) {
 *   if (isPopmError(e)) {
 *     e.code;     //=> 'INVALID_NUMBER'
 *     e.path;     //=> ['items', 3, 'estimate']
 *     e.expected; //=> 'a finite number'
 *     e.received; //=> '"abc"'
 *     e.message;  //=> 'items[3].estimate: expected a finite number, got "abc"'
 *   }
 * }
 */
export class PopmError extends Error {
  /** Which rule broke. */
  readonly code: PopmErrorCode;
  /** Where in the input, outermost first; `[]` for the input as a whole. */
  readonly path: PopmPath;
  /** The rule, in words: `'a finite number >= 0'`. */
  readonly expected: string;
  /** What was there, printed short: `'-2'`, `'"abc"'`, `'an object'`. */
  readonly received: string;
  /** Structured extras, typed per code. */
  readonly details?: PopmErrorDetails | undefined;

  /**
   * @param code - the rule that broke
   * @param path - where in the input
   * @param expected - the rule, in words
   * @param received - the offending value (shown short in the message), or
   *   its printed form when `details.printed` is not needed
   * @param details - structured extras
   */
  constructor(
    code: PopmErrorCode,
    path: PopmPath,
    expected: string,
    received?: unknown,
    details?: PopmErrorDetails,
  ) {
    const shown = isShown(received) ? received.text : showValue(received);
    const frozenPath = readPath(path);
    super(buildMessage(code, frozenPath, expected, shown, details));
    this.name = 'PopmError';
    this.code = code;
    this.path = frozenPath;
    this.expected = expected;
    this.received = shown;
    if (details !== undefined) this.details = deepFreezeDetails({ ...details });
  }

  /**
   * A plain object for logs and JSON responses.
   *
   * @returns `{ name, code, path, expected, received, message, details? }`
   */
  toJSON(): PopmErrorJson {
    const base = {
      name: 'PopmError' as const,
      code: this.code,
      path: this.path,
      expected: this.expected,
      received: this.received,
      message: this.message,
    };
    return Object.freeze(this.details === undefined ? base : { ...base, details: this.details });
  }
}

function isPathPart(part: unknown): part is string | number {
  return typeof part === 'string' || (typeof part === 'number' && Number.isSafeInteger(part));
}

/**
 * A frozen copy of an error's path. The path can come from a caller
 * (`toNumber(value, path)`): one that is not an array of keys and indexes
 * (a hole, an object, a Proxy) is itself the error, `INVALID_ARGUMENT` at
 * `path`, never a TypeError or a message reading `a.undefined.b` (issue 21).
 */
function readPath(path: unknown): PopmPath {
  let parts: unknown[] | undefined;
  try {
    parts = Array.isArray(path) ? Array.from(path as unknown[]) : undefined;
  } catch {
    parts = undefined;
  }
  const bad = parts === undefined ? -1 : parts.findIndex((p) => !isPathPart(p));
  if (parts === undefined || bad >= 0)
    throw new PopmError(
      'INVALID_ARGUMENT',
      bad >= 0 ? ['path', bad] : ['path'],
      'a path: an array of keys and indexes',
      bad >= 0 ? parts?.[bad] : path,
    );
  return Object.freeze(parts as (string | number)[]);
}

function deepFreezeDetails<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreezeDetails(v);
  }
  return value;
}

function buildMessage(
  code: PopmErrorCode,
  path: PopmPath,
  expected: string,
  received: string,
  details: PopmErrorDetails | undefined,
): string {
  const where = formatPath(path);
  const issues = details?.issues;
  if (code === 'SCHEMA' && issues !== undefined && issues.length > 0) {
    // One SCHEMA error lists every problem: `project: 2 problems` then a line each (first 20).
    const lines = issues.slice(0, 20).map((i) => `  ${formatPath(i.path)}: ${i.message}`);
    if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
    const n = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    return `${typeof details?.document === 'string' ? details.document : where}: ${n}\n${lines.join('\n')}`;
  }
  if (details?.key !== undefined && expected === UNKNOWN_KEY_RULE) {
    return details.suggestion === undefined
      ? `${where}: unknown key; expected one of ${(details.known ?? []).map((k) => `'${k}'`).join(', ')}`
      : `${where}: unknown key; did you mean '${details.suggestion}'?`;
  }
  return `${where}: expected ${expected}, got ${received}`;
}

function isShown(value: unknown): value is Shown {
  try {
    return value instanceof Shown;
  } catch {
    return false;
  }
}

/**
 * True when `value` is a {@link PopmError} (also across bundle copies, by name and code).
 *
 * @param value - anything caught
 * @returns whether it is a PopmError
 * @example
 * isPopmError(new PopmError('CYCLE', [], 'loop')); //=> true
 * isPopmError(new Error('x')); //=> false
 */
export function isPopmError(value: unknown): value is PopmError {
  try {
    if (value instanceof PopmError) return true;
    return (
      value instanceof Error &&
      value.name === 'PopmError' &&
      typeof (value as { code?: unknown }).code === 'string' &&
      Array.isArray((value as { path?: unknown }).path)
    );
  } catch {
    // A Proxy whose traps throw is not a PopmError.
    return false;
  }
}

/**
 * Formats a path the way messages show it: `items[3].estimate`; `input` for `[]`.
 *
 * @param path - the path
 * @returns the dotted form
 * @example
 * formatPath(['items', 3, 'estimate']); //=> 'items[3].estimate'
 */
export function formatPath(path: PopmPath): string {
  if (path.length === 0) return 'input';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? 'input' : out;
}

/**
 * Shows a received value in a message: strings quoted, long values cut.
 *
 * @param value - the offending value
 * @returns a short printable form
 * @example
 * showValue('abc'); //=> '"abc"'
 * showValue(-2); //=> '-2'
 */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = describe(value);
  } catch {
    // A Proxy or a throwing getter must not turn an error report into a crash.
    text = 'an unreadable value';
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (isDecimalLike(value)) return String(value);
  return 'an object';
}

function isDecimalLike(value: object): boolean {
  const ctor = Object.getPrototypeOf(value)?.constructor as { name?: unknown } | undefined;
  return ctor?.name === 'Decimal' && typeof (value as { toFixed?: unknown }).toFixed === 'function';
}

/**
 * Builds (does not throw) a {@link PopmError} with the standard message
 * `<path>: expected <rule>, got <value>`.
 *
 * @param code - the rule's code
 * @param path - where
 * @param expected - the rule, e.g. `'a finite number >= 0'`
 * @param got - the offending value
 * @param details - structured extras
 * @returns the error, ready to throw
 * @example
 * const e = popmError('OUT_OF_RANGE', ['duration'], '> 0', 0);
 * e.message; //=> 'duration: expected > 0, got 0'
 * throw e; // throws PopmError OUT_OF_RANGE at ['duration']
 */
export function popmError(
  code: PopmErrorCode,
  path: PopmPath,
  expected: string,
  got: unknown,
  details?: PopmErrorDetails,
): PopmError {
  return new PopmError(code, path, expected, got, details);
}
