/**
 * @internal Reading the results a chart draws: every chart validates what it
 * is given (a hand-built object with a missing field or `NaN` is a
 * `PopmError` with a path, never a broken SVG), and reads its options
 * strictly.
 */
import { assertIsoDate, type IsoDate, toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { UNKNOWN_KEY_RULE } from '../../core/internal/errorText.js';
import { closestKey, ownKeys, readOptions, readProperty } from '../../core/internal/readObject.js';

/** @internal An object (not an array), read safely. */
export function obj(value: unknown, path: PopmPath, what = 'an object'): object {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw popmError('INVALID_ARGUMENT', path, what, value);
  return value;
}

/**
 * @internal A field of an object; a missing field with a near-miss key beside
 * it is that key's error. `siblings` are the object's other known keys, never
 * taken for a misspelling of `key` (`lower2` beside a missing `lower1`).
 */
export function get(
  o: object,
  key: string,
  path: PopmPath,
  siblings: readonly string[] = [],
): unknown {
  const v = readProperty(o, key, path);
  if (v === undefined) nearMiss(o, key, path, siblings);
  return v;
}

/** The 1.0 unknown-key rule on results: `dyas` where `days` is missing names `days`. */
function nearMiss(o: object, key: string, path: PopmPath, siblings: readonly string[]): void {
  for (const k of ownKeys(o, path)) {
    if (k !== key && !siblings.includes(k) && closestKey(k, [key]) === key)
      throw popmError('INVALID_ARGUMENT', [...path, k], UNKNOWN_KEY_RULE, k, {
        key: k,
        suggestion: key,
        known: [key],
      });
  }
}

/** @internal A finite number field. */
export function num(
  o: object,
  key: string,
  path: PopmPath,
  opts: { min?: number | undefined; optional?: boolean | undefined } = {},
): number {
  const v = get(o, key, path);
  if (v === undefined && opts.optional === true) return Number.NaN;
  return finite(v, [...path, key], opts.min);
}

/** @internal A finite number (a `Decimal` or numeric string is read as a number). */
export function finite(v: unknown, path: PopmPath, min?: number): number {
  const n = asNumber(v);
  if (!Number.isFinite(n) || Math.abs(n) > 1e15)
    throw popmError('INVALID_NUMBER', path, 'a finite number of at most 1e15', v);
  if (min !== undefined && n < min) throw popmError('OUT_OF_RANGE', path, `a number >= ${min}`, v);
  return n;
}

/** A number, a numeric string or a Decimal as a float; `NaN` for anything else (a Proxy's traps included). */
function asNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? Number.NaN : Number(v);
  if (v === null || typeof v !== 'object') return Number.NaN;
  try {
    const toNumber = (v as { toNumber?: unknown }).toNumber;
    const n: unknown = typeof toNumber === 'function' ? toNumber.call(v) : Number.NaN;
    return typeof n === 'number' ? n : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** @internal A number field that may be `null` (or absent). */
export function numOrNull(o: object, key: string, path: PopmPath): number | null {
  const v = get(o, key, path);
  return v === null || v === undefined ? null : finite(v, [...path, key]);
}

/** @internal A string field. */
export function str(o: object, key: string, path: PopmPath, optional = false): string {
  const v = get(o, key, path);
  if (v === undefined && optional) return '';
  if (typeof v !== 'string') throw popmError('INVALID_ARGUMENT', [...path, key], 'a string', v);
  return v;
}

/** @internal An ISO date field, as an epoch day. */
export function day(o: object, key: string, path: PopmPath): number {
  return toEpochDay(get(o, key, path), [...path, key]);
}

/** @internal An ISO date field or `null`. */
export function dayOrNull(o: object, key: string, path: PopmPath): number | null {
  const v = get(o, key, path);
  return v === null || v === undefined ? null : toEpochDay(v, [...path, key]);
}

/** @internal An array field (capped, so a hostile length cannot hang a chart). */
export function list(
  o: object | unknown[],
  key: string | null,
  path: PopmPath,
  max = 100_000,
): readonly unknown[] {
  const v = key === null ? o : get(o as object, key, path);
  const p = key === null ? path : [...path, key];
  if (!Array.isArray(v)) throw popmError('INVALID_ARGUMENT', p, 'an array', v);
  const length = readProperty(v, 'length', p) as number;
  if (length > max) throw popmError('LIMIT_EXCEEDED', p, `at most ${max} entries`, v);
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) out.push(entry(v, i, p));
  return out;
}

/** One array entry; a hole, a throwing getter or a Proxy trap is `INVALID_ARGUMENT` at its index. */
function entry(v: unknown[], i: number, p: PopmPath): unknown {
  let present: boolean;
  try {
    present = i in v;
  } catch {
    present = false;
  }
  if (!present) throw popmError('INVALID_ARGUMENT', [...p, i], 'an entry (no holes)', undefined);
  return readProperty(v, String(i), p);
}

import type { ChartOptions } from '../types.js';

export type { ChartOptions };

/** @internal Chart options after validation. */
export interface ResolvedChartOptions {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly locale: string | undefined;
  readonly currency: string | undefined;
}

const KEYS = ['width', 'height', 'title', 'locale', 'currency'] as const;

/** @internal Reads a chart's options (strict), with the chart's defaults. */
export function chartOptions(
  value: unknown,
  defaults: { width: number; height: number; title: string },
  extra: readonly string[] = [],
): ResolvedChartOptions & { readonly extra: Readonly<Record<string, unknown>> } {
  const o = readOptions(value, ['options'], [...KEYS, ...extra]) as Record<string, unknown>;
  const title = o.title;
  if (title !== undefined && typeof title !== 'string')
    throw popmError('INVALID_ARGUMENT', ['options', 'title'], 'a string', title);
  const locale = readLocale(o.locale, ['options', 'locale']);
  const currency = o.currency;
  if (currency !== undefined && (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)))
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', 'currency'],
      'an ISO 4217 code such as "EUR"',
      currency,
    );
  const rest: Record<string, unknown> = {};
  for (const k of extra) if (o[k] !== undefined) rest[k] = o[k];
  return {
    width: readSize(o.width, 'width', defaults.width, 120),
    height: readSize(o.height, 'height', defaults.height, 100),
    title: (title as string | undefined) ?? defaults.title,
    locale,
    currency: currency as string | undefined,
    extra: rest,
  };
}

/** @internal An ISO date option (e.g. `today`). */
export function dateOption(value: unknown, path: PopmPath): IsoDate {
  return assertIsoDate(value, path);
}

function readSize(v: unknown, key: 'width' | 'height', fallback: number, min: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw popmError('INVALID_NUMBER', ['options', key], 'a finite number', v);
  if (v < min || v > 4000)
    throw popmError('OUT_OF_RANGE', ['options', key], `a number from ${min} to 4000`, v);
  return v;
}

/** @internal A BCP 47 locale that `Intl` accepts, or `undefined`. */
export function readLocale(v: unknown, path: PopmPath): string | undefined {
  if (v === undefined) return undefined;
  let ok = typeof v === 'string';
  try {
    if (ok) new Intl.NumberFormat(v as string);
  } catch {
    ok = false;
  }
  if (!ok) throw popmError('INVALID_ARGUMENT', path, 'a BCP 47 locale such as "en-GB"', v);
  return v as string;
}

/** @internal An array field of strings. */
export function strings(o: object, key: string, path: PopmPath, max = 100_000): string[] {
  return list(o, key, path, max).map((v, i) => {
    if (typeof v !== 'string')
      throw popmError('INVALID_ARGUMENT', [...path, key, i], 'a string', v);
    return v;
  });
}

/** @internal An object's own keys; a Proxy trap that throws is `INVALID_ARGUMENT` at the object. */
export function keysOf(o: object, path: PopmPath): string[] {
  return ownKeys(o, path);
}

/** @internal A percentile record's key (`'85'`, `'97.5'`); other keys are the app's own and are skipped. */
export function isPercentileKey(key: string): boolean {
  return /^\d+(\.\d+)?$/.test(key);
}
