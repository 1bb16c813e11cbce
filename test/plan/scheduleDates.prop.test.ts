import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/core/calendar.js';
import { compareDates } from '../../src/core/dates.js';
import { baselineVariance, toBaseline } from '../../src/plan/baselineVariance.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import type { Task } from '../../src/plan/types.js';
import { frozen, isDeepFrozen } from './helpers.js';

const plans = fc.integer({ min: 1, max: 15 }).chain((n) =>
  fc
    .array(
      fc.record({
        duration: fc.oneof(
          fc.integer({ min: 0, max: 8 }),
          fc.integer({ min: 1, max: 30 }).map((k) => k / 4),
        ),
        preds: fc.uniqueArray(fc.nat(n), { maxLength: 2 }),
        type: fc.constantFrom('FS', 'SS', 'FF', 'SF'),
        lag: fc.integer({ min: -2, max: 3 }),
      }),
      { minLength: n, maxLength: n },
    )
    .map((rows) =>
      rows.map(
        (r, i): Task => ({
          id: `t${i}`,
          duration: r.duration,
          dependsOn: r.preds
            .filter((p) => p < i)
            .map((p) => ({ id: `t${p}`, type: r.type, lag: r.lag })),
        }),
      ),
    ),
);

const calendars = fc.record({
  weekend: fc.constantFrom([0, 6], [5, 6], [0], []),
  holidays: fc.uniqueArray(
    fc.integer({ min: 0, max: 60 }).map((d) => `2026-12-${String((d % 31) + 1).padStart(2, '0')}`),
    {
      maxLength: 5,
    },
  ),
});

describe('scheduleDates properties', () => {
  it('dates are working days, start <= finish, the project finish is the latest finish', () => {
    fc.assert(
      fc.property(plans, calendars, fc.integer({ min: 0, max: 27 }), (tasks, calendar, day) => {
        const start = `2026-11-${String(day + 1).padStart(2, '0')}`;
        const r = scheduleDates(frozen(tasks), { start, calendar });
        expect(isDeepFrozen(r)).toBe(true);
        let latest = r.start;
        for (const t of r.tasks) {
          for (const d of [t.start, t.finish, t.lateStart, t.lateFinish])
            expect(isWorkingDay(d, calendar)).toBe(true);
          expect(compareDates(t.start, t.finish)).toBeLessThanOrEqual(0);
          expect(compareDates(t.start, t.lateStart)).toBeLessThanOrEqual(0);
          expect(compareDates(r.start, t.start)).toBeLessThanOrEqual(0);
          if (compareDates(t.finish, latest) > 0) latest = t.finish;
        }
        expect(r.finish).toBe(latest);
        expect(r.milestones.map((m) => m.id)).toEqual(
          tasks.filter((t) => t.duration === 0).map((t) => t.id),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('a schedule compared with its own baseline has no slip, nothing added or removed', () => {
    fc.assert(
      fc.property(plans, calendars, (tasks, calendar) => {
        const s = scheduleDates(tasks, { start: '2026-11-30', calendar });
        const v = baselineVariance(JSON.parse(JSON.stringify(toBaseline(s))), s, { calendar });
        expect(v.finishSlip).toBe(0);
        expect(v.added).toEqual([]);
        expect(v.removed).toEqual([]);
        expect(v.late).toEqual([]);
        for (const t of v.tasks) expect([t.startSlip, t.finishSlip]).toEqual([0, 0]);
      }),
      { numRuns: 100 },
    );
  });

  it('a later start slips every date by the same number of working days', () => {
    fc.assert(
      fc.property(plans, fc.integer({ min: 1, max: 10 }), (tasks, shift) => {
        const base = scheduleDates(tasks, { start: '2026-11-30' });
        const later = scheduleDates(tasks, {
          start: `2026-12-${String(shift + 1 + Math.floor(shift / 5) * 2).padStart(2, '0')}`,
        });
        const v = baselineVariance(base, later);
        const slips = new Set(v.tasks.flatMap((t) => [t.startSlip, t.finishSlip]));
        slips.add(v.finishSlip);
        expect(slips.size).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});
