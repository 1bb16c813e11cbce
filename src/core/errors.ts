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

/**
 * The one error type popm throws. `code` says which rule broke, `path` says
 * where in the input (e.g. `['items', 3, 'estimate']`), and `details` carries
 * structured extras (the ids of a dependency loop, every schema issue…).
 *
 * @example
 * try {
 *   toNumber('abc', ['items', 3, 'estimate']);
 * } catch (e) {
 *   if (isPopmError(e)) {
 *     e.code;    //=> 'INVALID_NUMBER'
 *     e.path;    //=> ['items', 3, 'estimate']
 *     e.message; //=> 'items[3].estimate: expected a finite number, got "abc"'
 *   }
 * }
 */
export class PopmError extends Error {
  /** Which rule broke. */
  readonly code: PopmErrorCode;
  /** Where in the input, outermost first; `[]` for the input as a whole. */
  readonly path: PopmPath;
  /** Structured extras, such as a dependency loop's ids or every schema issue. */
  readonly details?: Readonly<Record<string, unknown>>;

  /**
   * @param code - the rule that broke
   * @param path - where in the input
   * @param message - `<path>: expected <rule>, got <value>`
   * @param details - structured extras
   */
  constructor(
    code: PopmErrorCode,
    path: PopmPath,
    message: string,
    details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'PopmError';
    this.code = code;
    this.path = Object.freeze([...path]);
    if (details !== undefined) this.details = Object.freeze({ ...details });
  }

  /**
   * A plain object for logs and JSON responses.
   *
   * @returns `{ name, code, path, message, details? }`
   */
  toJSON(): {
    name: string;
    code: PopmErrorCode;
    path: PopmPath;
    message: string;
    details?: Readonly<Record<string, unknown>>;
  } {
    const out: {
      name: string;
      code: PopmErrorCode;
      path: PopmPath;
      message: string;
      details?: Readonly<Record<string, unknown>>;
    } = { name: this.name, code: this.code, path: this.path, message: this.message };
    if (this.details !== undefined) out.details = this.details;
    return out;
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
  if (value instanceof PopmError) return true;
  return (
    value instanceof Error &&
    value.name === 'PopmError' &&
    typeof (value as { code?: unknown }).code === 'string' &&
    Array.isArray((value as { path?: unknown }).path)
  );
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
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    text = String(value);
  else if (value === undefined) text = 'undefined';
  else if (value === null) text = 'null';
  else if (typeof value === 'function') text = 'a function';
  else if (Array.isArray(value)) text = `an array of ${value.length}`;
  else if (
    typeof value === 'object' &&
    typeof (value as { toString?: unknown }).toString === 'function' &&
    (value as object).constructor?.name === 'Decimal'
  )
    text = String(value);
  else if (typeof value === 'object') text = 'an object';
  else text = typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
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
  details?: Readonly<Record<string, unknown>>,
): PopmError {
  return new PopmError(
    code,
    path,
    `${formatPath(path)}: expected ${expected}, got ${showValue(got)}`,
    details,
  );
}
