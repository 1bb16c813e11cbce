import { type PopmPath, popmError } from '../core/errors.js';
import { readEntity } from '../core/internal/readObject.js';
import { readNumber } from './internal/readNumber.js';
import type { WsjfInput, WsjfResult } from './scoreTypes.js';

export type { WsjfInput, WsjfResult } from './scoreTypes.js';

const WSJF_KEYS = ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const;

/** A column of the SAFe WSJF table. */
export type WsjfColumn = 'businessValue' | 'timeCriticality' | 'riskReduction' | 'jobSize';

/**
 * The four WSJF columns, in the order SAFe's table shows them.
 *
 * @example
 * WSJF_COLUMNS.length; //=> 4
 */
export const WSJF_COLUMNS: readonly WsjfColumn[] = Object.freeze([
  'businessValue',
  'timeCriticality',
  'riskReduction',
  'jobSize',
] as const);

/**
 * The modified Fibonacci scale SAFe uses for every WSJF column.
 *
 * @example
 * WSJF_SCALE.join(', '); //=> '1, 2, 3, 5, 8, 13, 20'
 */
export const WSJF_SCALE: readonly number[] = Object.freeze([1, 2, 3, 5, 8, 13, 20]);

/**
 * Weighted Shortest Job First as SAFe defines it: cost of delay is the sum of
 * user-business value, time criticality and risk reduction/opportunity
 * enablement; the score is cost of delay divided by job size.
 *
 * @param input - the three cost-of-delay components and the job size
 * @returns the score, the cost of delay and the inputs used
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure, `OUT_OF_RANGE` for a
 *   negative component, `jobSize <= 0` or figures so large the score overflows;
 *   `INVALID_ARGUMENT` for a misspelled key (`jobsize`: did you mean 'jobSize'?);
 *   paths start at `['input']`
 * @example
 * wsjf({ businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 });
 * //=> { score: 5, costOfDelay: 15, businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 }
 */
export function wsjf(input: WsjfInput): WsjfResult {
  const rec = readEntity(input, ['input'], WSJF_KEYS, 'WSJF inputs ({ businessValue, … })');
  const businessValue = nonNegative(rec.businessValue, ['input', 'businessValue']);
  const timeCriticality = nonNegative(rec.timeCriticality, ['input', 'timeCriticality']);
  const riskReduction = nonNegative(rec.riskReduction, ['input', 'riskReduction']);
  const jobSize = readNumber(rec.jobSize, ['input', 'jobSize']);
  if (jobSize <= 0) throw popmError('OUT_OF_RANGE', ['input', 'jobSize'], '> 0', jobSize);
  const costOfDelay = businessValue + timeCriticality + riskReduction;
  const score = costOfDelay / jobSize;
  // Finite inputs can still overflow (1e308 + 1e308): never return Infinity.
  if (!Number.isFinite(score))
    throw popmError(
      'OUT_OF_RANGE',
      ['input'],
      'figures whose cost of delay and score are finite',
      score,
    );
  return Object.freeze({
    score,
    costOfDelay,
    businessValue,
    timeCriticality,
    riskReduction,
    jobSize,
  });
}

function nonNegative(value: unknown, path: PopmPath): number {
  const n = readNumber(value, path);
  if (n < 0) throw popmError('OUT_OF_RANGE', path, '>= 0', n);
  return n;
}
