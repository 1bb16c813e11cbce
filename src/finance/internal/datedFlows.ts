/** @internal Reads dated cash flows for `xnpv` and `xirr`. */
import { toEpochDay } from '../../core/dates.js';
import { popmError } from '../../core/errors.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import { requireArray } from '../../core/internal/validate.js';
import { toNumber } from '../../core/numbers.js';

const FLOW_KEYS = ['date', 'amount', 'meta'] as const;

/** @internal Dated flows read and checked: epoch days and amounts, in input order. */
export interface DatedFlows {
  /** Epoch day of each flow. */
  readonly days: Float64Array;
  /** Amount of each flow. */
  readonly amounts: Float64Array;
}

/**
 * @internal Reads dated flows; a date before the first listed one is
 * `INVALID_DATE` (Excel's rule), as is a malformed date.
 */
export function readDatedFlows(value: unknown, path: readonly (string | number)[]): DatedFlows {
  const flows = requireArray(value, path, 'an array of { date, amount }');
  const n = flows.length;
  const days = new Float64Array(n);
  const amounts = new Float64Array(n);
  let first = 0;
  for (let i = 0; i < n; i++) {
    const f: unknown = flows[i];
    const rec = readEntity(f, [...path, i], FLOW_KEYS, 'a { date, amount } object');
    readMeta(rec.meta, [...path, i, 'meta']);
    const { date, amount } = rec;
    const day = toEpochDay(date, [...path, i, 'date']);
    if (i === 0) first = day;
    else if (day < first)
      throw popmError(
        'INVALID_DATE',
        [...path, i, 'date'],
        `a date on or after the first flow's date (${String((flows[0] as { date: unknown }).date)})`,
        date,
      );
    days[i] = day;
    amounts[i] =
      typeof amount === 'number' && Number.isFinite(amount)
        ? amount
        : toNumber(amount, [...path, i, 'amount']);
  }
  return { days, amounts };
}
