/** @internal The duration summary the flow metrics share. */

import { percentileOfSorted, sumUnchecked } from '../../core/internal/statsKernels.js';
import type { PercentileMethod } from '../../core/stats.js';
import type { DurationSummary } from '../flowMetrics.js';

/** @internal Summary of durations (unsorted input); `null` for none. */
export function summarise(
  values: number[],
  ps: readonly number[],
  method: PercentileMethod,
): DurationSummary | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const percentiles: Record<number, number> = {};
  for (const p of ps) percentiles[p] = percentileOfSorted(sorted, p, method);
  const n = sorted.length;
  const mean = sumUnchecked(sorted) / n;
  let ss = 0;
  for (const v of sorted) ss += (v - mean) * (v - mean);
  return {
    count: n,
    mean,
    stdDev: n < 2 ? null : Math.sqrt(ss / (n - 1)),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    percentiles,
  };
}
