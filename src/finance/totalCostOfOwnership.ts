import { deepFreeze } from '../core/freeze.js';
import { computeTco } from './internal/computeTco.js';
import type { TcoInput, TcoResult } from './totalCostOfOwnershipTypes.js';

export type {
  TcoCategory,
  TcoCategoryTotal,
  TcoCostLine,
  TcoInput,
  TcoLineTotal,
  TcoPeriod,
  TcoPriceBase,
  TcoRecurrence,
  TcoResult,
} from './totalCostOfOwnershipTypes.js';
export { MAX_TCO_HORIZON, TCO_CATEGORIES } from './totalCostOfOwnershipTypes.js';

/**
 * Total cost of ownership: every cost of a solution over its life —
 * acquisition, implementation, licences, infrastructure, operations,
 * support, staff, training, downtime, disposal — per period, per category and
 * per line, nominal (exact decimals) and discounted.
 *
 * Periods run `0..horizon`: period 0 is today and is not discounted; a
 * `'once'` line defaults to period 0, a `'per-period'` line to periods
 * `1..horizon`. Escalation compounds from a line's start period by default
 * (`priceBase: 'lineStart'`: the amount is in the prices of the line's first
 * period); with `priceBase: 'today'` the amount is in period-0 prices and
 * escalation compounds from period 0.
 *
 * @param input - horizon, optional discount rate and currency, and the cost lines
 * @returns totals, present value and the breakdowns, deep-frozen
 * @throws PopmError `INVALID_ARGUMENT` for a malformed input, an unknown category or
 *   recurrence, or `endPeriod`/`escalation` on a `'once'` line; `DUPLICATE_ID` for a
 *   repeated line id; `INVALID_NUMBER` for a bad amount, rate or escalation, or a horizon or
 *   period that is not a finite number; `OUT_OF_RANGE` for a horizon below 1 or not whole, a period outside `0..horizon` (or an end before the start), a rate or
 *   escalation <= -1; `LIMIT_EXCEEDED` for a horizon above {@link MAX_TCO_HORIZON};
 *   `CURRENCY_MISMATCH` when lines use different currencies
 * @example
 * const tco = totalCostOfOwnership({
 *   horizon: 3,
 *   costs: [
 *     { id: 'hw', label: 'Servers', category: 'acquisition', amount: '0.1', recurrence: 'once' },
 *     { id: 'fix', label: 'Set-up', category: 'implementation', amount: '0.2', recurrence: 'once' },
 *     { id: 'ops', label: 'Hosting', category: 'operations', amount: 100,
 *       recurrence: 'per-period', escalation: 0.1 },
 *   ],
 * });
 * tco.byPeriod.map((p) => p.nominal.toString()); //=> ['0.3', '100', '110', '121']
 * tco.total.toString(); //=> '331.3'
 * // A licence quoted at today's 100, first paid in period 3, rising 10 % a period
 * totalCostOfOwnership({ horizon: 3, costs: [{ id: 'l', label: 'Licence', category: 'licensing',
 *   amount: 100, recurrence: 'per-period', startPeriod: 3, escalation: 0.1, priceBase: 'today' }],
 * }).byPeriod[3]?.nominal.toString(); //=> '133.1'
 */
export function totalCostOfOwnership(input: TcoInput): TcoResult {
  return deepFreeze(computeTco(input, ['input']));
}
