/**
 * @internal Number and text formatting for evidence sentences and reports:
 * fixed rules, no locale, so the same project gives the same words everywhere.
 */
import type { Decimal } from '../../core/numbers.js';

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** @internal `1234567.891` → `'1,234,567.89'`; whole amounts lose `.00`. */
export function formatMoney(value: Decimal | number, currency?: string): string {
  const d = typeof value === 'number' ? value.toFixed(2) : value.toFixed(2);
  const negative = d.startsWith('-');
  const [i, f] = (negative ? d.slice(1) : d).split('.') as [string, string];
  const body = f === '00' ? group(i) : `${group(i)}.${f}`;
  const signed = negative && body !== '0' ? `-${body}` : body;
  return currency === undefined ? signed : `${currency} ${signed}`;
}

/** @internal A number with at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 1): string {
  const fixed = value.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** @internal A fraction as a percentage: `0.587` → `'58.7%'`. */
export function formatPercent(fraction: number, digits = 1): string {
  return `${formatNumber(fraction * 100, digits)}%`;
}

/** @internal A ratio with two decimals: `0.9195` → `'0.92'`. */
export function formatRatio(value: number): string {
  return value.toFixed(2);
}

/** @internal `1 item`, `3 items`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** @internal `a, b and c`; the first `max` then `and N more`. */
export function list(values: readonly string[], max = 5): string {
  if (values.length === 0) return '';
  const shown = values.slice(0, max);
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** @internal A sprint-resolved forecast point. */
export interface SprintPoint {
  readonly sprint: number;
  readonly end: string;
}

/**
 * @internal How a forecast resolved to whole sprints reads:
 * `in sprint 12, ending 2027-01-08; all trials` when every simulated future is
 * done by the P85 sprint and P50 falls in the same sprint; otherwise
 * `in sprint 11 (ending 2026-12-25) at P50, sprint 12 (ending 2027-01-08) at P85`,
 * with `, all trials by then` when every future is done by the P85 sprint.
 */
export function sprintForecastPhrase(
  p50: SprintPoint | null,
  p85: SprintPoint | null,
  p85AllTrials: boolean,
): string {
  if (p85 === null) return 'no forecast';
  if (p50 === null || p50.sprint === p85.sprint)
    return `in sprint ${p85.sprint}, ending ${p85.end}; ${p85AllTrials ? 'all trials' : '85% of trials'}`;
  return `in sprint ${p50.sprint} (ending ${p50.end}) at P50, sprint ${p85.sprint} (ending ${p85.end}) at P85${p85AllTrials ? ', all trials by then' : ''}`;
}

/** @internal The sprint phrase of a dashboard forecast (dates and sprint numbers side by side). */
export function forecastPhraseOf(t: {
  readonly p50: string | null;
  readonly p50Sprint: number | null;
  readonly p85: string | null;
  readonly p85Sprint: number | null;
  readonly p85AllTrials: boolean;
}): string {
  const p50 = t.p50 === null || t.p50Sprint === null ? null : { sprint: t.p50Sprint, end: t.p50 };
  const p85 = t.p85 === null || t.p85Sprint === null ? null : { sprint: t.p85Sprint, end: t.p85 };
  return sprintForecastPhrase(p50, p85, t.p85AllTrials);
}
