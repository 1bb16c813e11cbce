import { describe, expect, it } from 'vitest';
import { simulateSchedule } from '../../src/plan/simulateSchedule.js';
import { likelihoodBy } from '../../src/progress/forecastWhenDate.js';
import { catchError } from '../helpers/freeze.js';

describe('likelihoodBy over a dated simulation', () => {
  const tasks = [
    { id: 'a', duration: 3, estimate: { optimistic: 2, mostLikely: 3, pessimistic: 6 } },
    { id: 'b', duration: 2, dependsOn: ['a'] },
  ];

  it("reads simulateSchedule's dated histogram: the share of trials done by the end of a day", () => {
    const r = simulateSchedule(tasks, { start: '2026-03-02', trials: 2000, seed: 1 });
    // The plan cannot finish before day 4 (2 + 2 days: Thu 5 Mar) and always by day 8 (Wed 11 Mar).
    expect(likelihoodBy(r, '2026-03-04')).toBe(0);
    expect(likelihoodBy(r, '2026-03-11')).toBe(1);
    // By definition: the cumulative share of the last histogram row dated on or before the day
    // (rows are binned, so several may share a date).
    for (const day of ['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10']) {
      const upTo = r.histogram.filter((h) => (h.date as string) <= day);
      expect(likelihoodBy(r, day)).toBe(upTo.length === 0 ? 0 : upTo[upTo.length - 1]?.cumulative);
    }
  });

  it('an undated simulation has no dates to read: INVALID_DATE at the first row', () => {
    const r = simulateSchedule(tasks, { trials: 100, seed: 1 });
    expect(catchError(() => likelihoodBy(r as never, '2026-03-04'))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['forecast', 'histogram', 0, 'date'],
    });
  });
});
