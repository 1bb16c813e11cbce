/**
 * @internal Scales and "nice" ticks: numbers in 1-2-5 steps, dates by day,
 * week, month, quarter or year as the span needs.
 */
import { fromEpochDay, toEpochDay } from '../../core/dates.js';

/** @internal A linear map from a domain to a pixel range. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  readonly at: (v: number) => number;
}

/** @internal The 1-2-5 step that gives about `count` ticks over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
  return step * mag;
}

/** @internal A linear scale over [lo, hi] widened to nice ticks, mapped to [from, to] px. */
export function linearScale(
  lo: number,
  hi: number,
  from: number,
  to: number,
  count = 5,
  integer = false,
): Scale {
  let a = Math.min(lo, hi);
  let b = Math.max(lo, hi);
  if (a === b) {
    a = a === 0 ? 0 : a - Math.abs(a) * 0.1;
    b = b === 0 ? 1 : b + Math.abs(b) * 0.1;
  }
  let step = niceStep(b - a, count);
  if (integer) step = Math.max(1, Math.round(step));
  const min = Math.floor(a / step + 1e-9) * step;
  const max = Math.ceil(b / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = min, i = 0; v <= max + step * 1e-6 && i < 100; v = min + ++i * step)
    ticks.push(clean(v));
  const span = max - min || 1;
  return { min, max, ticks, at: (v) => from + ((v - min) / span) * (to - from) };
}

function clean(v: number): number {
  const c = Number(v.toPrecision(12));
  return Object.is(c, -0) ? 0 : c;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** @internal A date axis tick: its epoch day and its label. */
export interface DateTick {
  readonly day: number;
  readonly label: string;
}

function parts(day: number): { y: number; m: number; d: number } {
  const iso = fromEpochDay(day);
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** @internal A day as `2 Mar` (or in `locale`). */
export function dayLabel(day: number, locale: string | undefined): string {
  const { m, d } = parts(day);
  if (locale === undefined) return `${d} ${MONTHS[m - 1]}`;
  return dateFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(day * 86_400_000);
}

function monthLabel(day: number, locale: string | undefined): string {
  const { y, m } = parts(day);
  if (locale === undefined) return m === 1 ? `${MONTHS[0]} ${y}` : (MONTHS[m - 1] as string);
  return dateFormat(locale, {
    month: 'short',
    year: m === 1 ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(day * 86_400_000);
}

/** @internal Ticks for an epoch-day span [lo, hi]: at most about `count` of them. */
export function dateTicks(lo: number, hi: number, count: number, locale?: string): DateTick[] {
  const span = Math.max(1, hi - lo);
  if (span <= count) return everyDay(lo, hi, 1, locale);
  for (const every of [7, 14]) {
    // Weeks start on Monday (epoch day 4 was a Monday).
    if (span / every <= count) return everyDay(lo + ((((4 - lo) % 7) + 7) % 7), hi, every, locale);
  }
  for (const months of [1, 2, 3, 6, 12, 24, 60]) {
    if (span / (30.44 * months) <= count) return everyMonth(lo, hi, months, locale);
  }
  return [];
}

function everyDay(first: number, hi: number, step: number, locale: string | undefined): DateTick[] {
  const out: DateTick[] = [];
  for (let d = first; d <= hi; d += step) out.push({ day: d, label: dayLabel(d, locale) });
  return out;
}

function everyMonth(
  lo: number,
  hi: number,
  months: number,
  locale: string | undefined,
): DateTick[] {
  const out: DateTick[] = [];
  const start = parts(lo);
  // Month index since year 0, stepping to the first month on the `months` grid.
  for (let k = start.y * 12 + start.m - 1; k < start.y * 12 + 12 * 400; k++) {
    const y = Math.floor(k / 12);
    const m = (k % 12) + 1;
    const day = toEpochDay(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
    if (day > hi) break;
    if (day < lo || (m - 1) % months !== 0) continue;
    out.push({ day, label: months >= 12 ? String(y) : monthLabel(day, locale) });
  }
  return out;
}

// Building an Intl formatter costs tens of microseconds, formatting with one
// well under one: keep one per locale and options (a memo, invisible outside).
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = numberFormats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, opts);
    if (numberFormats.size < 256) numberFormats.set(key, f);
  }
  return f;
}

function dateFormat(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = dateFormats.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, opts);
    if (dateFormats.size < 256) dateFormats.set(key, f);
  }
  return f;
}

/** @internal A number with thousands separators, at most `digits` decimals. */
export function formatNumber(v: number, locale?: string, digits = 2): string {
  return numberFormat(locale ?? 'en-US', { maximumFractionDigits: digits }).format(v);
}

/** @internal Money with its currency (whole units unless small). */
export function formatMoney(v: number, currency: string | undefined, locale?: string): string {
  const digits = Math.abs(v) >= 100 || v === 0 ? 0 : 2;
  if (currency === undefined) return formatNumber(v, locale, digits);
  return numberFormat(locale ?? 'en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(v);
}

/** @internal Compact money for axis ticks: 1.2M, 450k. */
export function formatCompact(v: number, currency: string | undefined, locale?: string): string {
  const opts: Intl.NumberFormatOptions = {
    notation: 'compact',
    maximumFractionDigits: 1,
    minimumFractionDigits: 0,
  };
  if (currency !== undefined) Object.assign(opts, { style: 'currency', currency });
  return numberFormat(locale ?? 'en-US', opts).format(v);
}
