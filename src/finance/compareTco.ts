import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { ownKeys, readProperty } from '../core/internal/readObject.js';
import type { Decimal } from '../core/numbers.js';
import { computeTco } from './internal/computeTco.js';
import type { TcoInput, TcoResult } from './totalCostOfOwnership.js';

/** One option's place in {@link CompareTcoResult.ranking}. */
export interface TcoRanking {
  /** The option's key in the input. */
  readonly optionId: string;
  /** 1 for the cheapest; equal costs share no rank (input order breaks ties). */
  readonly rank: number;
  /** Nominal TCO. */
  readonly total: Decimal;
  /** Present value of the TCO (equals `total` without a discount rate). */
  readonly presentValue: Decimal;
  /** How much dearer than the cheapest option, on the comparison basis; 0 for the cheapest. */
  readonly premium: Decimal;
}

/** A change of lead between two options' cumulative costs. */
export interface TcoCrossover {
  /** The first period in which `cheaper` is cumulatively cheaper (after the other one was). */
  readonly period: number;
  /** The option cumulatively cheaper from `period` on (until the next crossover). */
  readonly cheaper: string;
}

/** How two options' cumulative costs compare period by period. */
export interface TcoPairComparison {
  /** The option listed first in the input. */
  readonly a: string;
  /** The option listed second. */
  readonly b: string;
  /** Every change of lead, in period order; empty when one never overtakes the other. */
  readonly crossovers: readonly TcoCrossover[];
  /**
   * The period from which the option cheaper at the horizon stays cheaper
   * (the last crossover); `null` when there is no crossover.
   */
  readonly crossoverPeriod: number | null;
  /** The option cumulatively cheaper at the horizon; `null` when they cost the same. */
  readonly cheaperAtHorizon: string | null;
}

/** The result of {@link compareTco}. */
export interface CompareTcoResult {
  /** `'present-value'` when the options are discounted, else `'nominal'`. */
  readonly basis: 'present-value' | 'nominal';
  /** The common currency, when any option named one. */
  readonly currency?: string | undefined;
  /** Cheapest first on the basis; ties by nominal total, then input order. */
  readonly ranking: readonly TcoRanking[];
  /** The cheapest option's key. */
  readonly cheapest: string;
  /** Each option's full {@link TcoResult}, by key. */
  readonly results: Readonly<Record<string, TcoResult>>;
  /** Every pair of options (input order), with their crossovers. */
  readonly pairs: readonly TcoPairComparison[];
}

/** Throws unless `r` has the same horizon and discount rate as the first option. */
function checkSameTerms(r: TcoResult, first: TcoResult, key: string, firstKey: string): void {
  if (r.horizon !== first.horizon)
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', key, 'horizon'],
      `the same horizon as '${firstKey}' (${first.horizon})`,
      r.horizon,
    );
  const same =
    r.discountRate === null
      ? first.discountRate === null
      : first.discountRate !== null && r.discountRate.eq(first.discountRate);
  if (!same)
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', key, 'discountRate'],
      `the same discount rate as '${firstKey}' (${first.discountRate === null ? 'none' : first.discountRate})`,
      r.discountRate === null ? undefined : r.discountRate,
    );
}

/** Tracks the options' common currency: the first one named, which every later one must match. */
class CurrencyTracker {
  currency: string | undefined;
  private currencyKey = '';

  check(r: TcoResult, key: string): void {
    if (r.currency === undefined) return;
    if (this.currency === undefined) {
      this.currency = r.currency;
      this.currencyKey = key;
    } else if (r.currency !== this.currency)
      throw popmError(
        'CURRENCY_MISMATCH',
        ['options', key, 'currency'],
        `the currency of '${this.currencyKey}' (${this.currency})`,
        r.currency,
        {
          expected: this.currency,
          got: r.currency,
        },
      );
  }
}

/** Computes every option's TCO, checking each against the first as it goes. */
function computeAll(
  options: Readonly<Record<string, TcoInput>>,
  keys: readonly string[],
): { results: Record<string, TcoResult>; currency: string | undefined } {
  const results: Record<string, TcoResult> = {};
  const firstKey = keys[0] as string;
  const currencies = new CurrencyTracker();
  for (const key of keys) {
    const r = computeTco(readProperty(options, key, ['options']), ['options', key]);
    const first = results[firstKey];
    if (first !== undefined) checkSameTerms(r, first, key, firstKey);
    currencies.check(r, key);
    // defineProperty, not assignment: a key such as '__proto__' stays an ordinary option name.
    Object.defineProperty(results, key, {
      value: r,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { results, currency: currencies.currency };
}

/** Cheapest first on present value, then nominal total, then input order. */
function rankOptions(keys: readonly string[], get: (k: string) => TcoResult): TcoRanking[] {
  const order = keys.map((k, i) => ({ k, i }));
  order.sort((x, y) => {
    const a = get(x.k);
    const b = get(y.k);
    return a.presentValue.cmp(b.presentValue) || a.total.cmp(b.total) || x.i - y.i;
  });
  const best = get((order[0] as { k: string }).k).presentValue;
  return order.map(({ k }, i) => ({
    optionId: k,
    rank: i + 1,
    total: get(k).total,
    presentValue: get(k).presentValue,
    premium: get(k).presentValue.minus(best),
  }));
}

/** How two options' cumulative (discounted) costs compare period by period. */
function comparePair(a: string, b: string, get: (k: string) => TcoResult): TcoPairComparison {
  const pa = get(a).byPeriod;
  const pb = get(b).byPeriod;
  const crossovers: TcoCrossover[] = [];
  let lead = 0; // sign of (cum a − cum b) at the last period they differed
  let last = 0;
  for (let t = 0; t < pa.length; t++) {
    const diff = (pa[t] as { cumulativeDiscounted: Decimal }).cumulativeDiscounted.cmp(
      (pb[t] as { cumulativeDiscounted: Decimal }).cumulativeDiscounted,
    );
    last = diff;
    if (diff === 0) continue;
    if (lead !== 0 && diff !== lead) crossovers.push({ period: t, cheaper: diff < 0 ? a : b });
    lead = diff;
  }
  return {
    a,
    b,
    crossovers,
    crossoverPeriod:
      crossovers.length === 0 ? null : (crossovers[crossovers.length - 1] as TcoCrossover).period,
    cheaperAtHorizon: last === 0 ? null : last < 0 ? a : b,
  };
}

/**
 * Compares the total cost of ownership of two or more options (build vs
 * buy, SaaS vs on-premises): ranks them and finds the crossover periods where
 * one becomes cheaper cumulatively. All options must share the horizon, the
 * discount rate and the currency, or the comparison would mislead.
 *
 * @param options - `{ [name]: TcoInput }`, at least two
 * @returns ranking, cheapest, per-option results and pairwise crossovers, deep-frozen
 * @throws PopmError `EMPTY_INPUT` for fewer than two options, `INVALID_ARGUMENT` for
 *   different horizons or discount rates, `CURRENCY_MISMATCH` for different currencies,
 *   and any error of {@link totalCostOfOwnership} at `['options', key, …]`
 * @example
 * const r = compareTco({
 *   build: { horizon: 4, costs: [
 *     { id: 'dev', label: 'Build', category: 'implementation', amount: 300, recurrence: 'once' },
 *     { id: 'run', label: 'Run', category: 'operations', amount: 20, recurrence: 'per-period' } ] },
 *   saas: { horizon: 4, costs: [
 *     { id: 'sub', label: 'Subscription', category: 'licensing', amount: 100, recurrence: 'per-period' } ] },
 * });
 * r.ranking.map((x) => `${x.optionId} ${x.total}`); //=> ['build 380', 'saas 400']
 * // SaaS is cheaper until period 3 (360 vs 300); building wins from period 4 (380 vs 400)
 * r.pairs[0]?.crossovers; //=> [{ period: 4, cheaper: 'build' }]
 */
export function compareTco(options: Readonly<Record<string, TcoInput>>): CompareTcoResult {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw popmError('INVALID_ARGUMENT', ['options'], 'an object of { [name]: TcoInput }', options);
  const keys = ownKeys(options, ['options']);
  if (keys.length < 2)
    throw popmError('EMPTY_INPUT', ['options'], 'at least two options', keys.length);
  const { results, currency } = computeAll(options, keys);
  const get = (k: string): TcoResult => results[k] as TcoResult;
  const ranking = rankOptions(keys, get);
  const cheapest = (ranking[0] as TcoRanking).optionId;
  const pairs: TcoPairComparison[] = [];
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++)
      pairs.push(comparePair(keys[i] as string, keys[j] as string, get));
  const out: {
    basis: 'present-value' | 'nominal';
    currency?: string | undefined;
    ranking: TcoRanking[];
    cheapest: string;
    results: Record<string, TcoResult>;
    pairs: TcoPairComparison[];
  } = {
    basis: get(cheapest).discountRate === null ? 'nominal' : 'present-value',
    ranking,
    cheapest,
    results,
    pairs,
  };
  if (currency !== undefined) out.currency = currency;
  return deepFreeze(out);
}
