import type { IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { durationForProbability } from './durationForProbability.js';
import { dateOfDuration, readAnalysisDating } from './internal/pertDates.js';
import type { PertAnalysisResult } from './pertAnalysis.js';

/**
 * The finish date met with probability `probability`, under PERT's normal
 * approximation: {@link durationForProbability} put on the analysis'
 * calendar. A project lasting `d` working days finishes at the end of
 * working day ⌈d⌉ − 1 counting the first working day as 0 (as
 * {@link criticalPath} dates a finish), so 17.2 days from a Monday is the
 * Tuesday of the fourth week. It is the date counterpart of
 * {@link durationForProbability}, and `probabilityOfCompletion(analysis,
 * dateForProbability(analysis, p)) >= p`.
 *
 * @param analysis - a dated {@link pertAnalysis} result (`pertAnalysis(tasks, { start })`;
 *   `mean`, `stdDev`, `start` and `calendar` are read)
 * @param probability - in (0, 1)
 * @returns the ISO date of the finish
 * @throws PopmError as {@link durationForProbability}; `INVALID_ARGUMENT` for an analysis
 *   without a `start`; `INVALID_DATE` for a bad `start` or holiday in it; `OUT_OF_RANGE` for
 *   a finish past 9999-12-31
 * @example
 * const r = pertAnalysis(
 *   [
 *     { id: 'A', duration: 3, estimate: { optimistic: 0, mostLikely: 3, pessimistic: 6 } },
 *     { id: 'B', duration: 8, dependsOn: ['A'], estimate: { optimistic: 2, mostLikely: 8, pessimistic: 14 } },
 *     { id: 'C', duration: 6, dependsOn: ['B'], estimate: { optimistic: 0, mostLikely: 6, pessimistic: 12 } },
 *   ],
 *   { start: '2026-11-30' }, // a Monday
 * );
 * durationForProbability(r, 0.5); //=> 17
 * dateForProbability(r, 0.5); //=> '2026-12-22' (the 17th working day, a Tuesday)
 * dateForProbability(r, 0.8413447460685427); //=> '2026-12-25' (20 working days: mean + 1σ)
 */
export function dateForProbability(analysis: PertAnalysisResult, probability: number): IsoDate {
  const duration = durationForProbability(analysis, probability);
  const dating = readAnalysisDating(analysis, ['analysis']);
  if (dating === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      ['analysis', 'start'],
      'a dated analysis (pertAnalysis(tasks, { start }))',
      undefined,
    );
  return dateOfDuration(dating, duration, ['probability']);
}
