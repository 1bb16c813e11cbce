import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastWhen } from '../../src/progress/forecastWhen.js';
import { throughputHistory } from '../../src/progress/throughputHistory.js';
import type { WorkItem } from '../../src/progress/workItem.js';
import { expectPopm, frozen } from './helpers.js';

const done = (id: string, f: string): WorkItem => ({ id, createdOn: '2026-03-01', finishedOn: f });
const ITEMS = [done('a', '2026-03-02'), done('b', '2026-03-02'), done('c', '2026-03-07')];
const WEEKDAYS = { weekend: [0, 6], holidays: [] };

describe('throughputHistory', () => {
  it('gives the TSDoc examples: per calendar day, and per working day with Saturday on Friday', () => {
    const input = frozen(ITEMS);
    expect(throughputHistory(input, { from: '2026-03-02', to: '2026-03-08' })).toEqual({
      counts: [2, 0, 0, 0, 0, 1, 0],
      unit: 'calendar-days',
      periodDays: 1,
      calendar: null,
      start: '2026-03-02',
      end: '2026-03-08',
    });
    expect(
      throughputHistory(input, { from: '2026-03-02', to: '2026-03-08', calendar: WEEKDAYS }),
    ).toEqual({
      counts: [2, 0, 0, 0, 1],
      unit: 'working-days',
      periodDays: 1,
      calendar: WEEKDAYS,
      start: '2026-03-02',
      end: '2026-03-08',
    });
    expect(
      Object.isFrozen(throughputHistory(input, { from: '2026-03-02', to: '2026-03-08' })),
    ).toBe(true);
  });

  it('regression (issue 16, newest partial period dropped): periods are anchored at `to`, the oldest part-period is left out; unfinished items and those outside the window are ignored', () => {
    const items = [
      ...ITEMS,
      { id: 'u', createdOn: '2026-03-01' },
      done('late', '2026-03-20'),
      { id: 'early', createdOn: '2026-02-01', finishedOn: '2026-02-20' },
    ];
    const h = throughputHistory(items, { from: '2026-03-02', to: '2026-03-08', periodDays: 3 });
    // 3rd–5th, 6th–8th; the 2nd alone is the oldest part-period (its two items are left out).
    expect(h.counts).toEqual([0, 1]);
    expect(h.start).toBe('2026-03-03');
    expect(h.end).toBe('2026-03-08');
    expect(
      throughputHistory(items, {
        from: '2026-03-02',
        to: '2026-03-13',
        calendar: WEEKDAYS,
        periodDays: 5,
      }).counts,
    ).toEqual([3, 0]);
    // Seven working days (Mon 2nd – Tue 10th) in periods of 3: Mon 2nd is the part-period,
    // then Tue 3rd – Thu 5th and Fri 6th – Tue 10th (Saturday's item counts on Friday).
    const w = throughputHistory(items, {
      from: '2026-03-02',
      to: '2026-03-10',
      calendar: WEEKDAYS,
      periodDays: 3,
    });
    expect(w.counts).toEqual([0, 1]);
    expect(w.start).toBe('2026-03-03');
  });

  it('puts items finished on days off before the first working day into the first period; [] without a working day', () => {
    expect(
      throughputHistory([done('s', '2026-03-07')], {
        from: '2026-03-07',
        to: '2026-03-10',
        calendar: WEEKDAYS,
      }).counts,
    ).toEqual([1, 0]);
    const none = throughputHistory([done('s', '2026-03-07')], {
      from: '2026-03-07',
      to: '2026-03-08',
      calendar: WEEKDAYS,
    });
    expect(none.counts).toEqual([]);
    expect(none.start).toBeNull();
  });

  it('feeds the forecasts its counts', () => {
    const history = throughputHistory(ITEMS, {
      from: '2026-03-02',
      to: '2026-03-08',
      calendar: WEEKDAYS,
    });
    expect(
      forecastWhen({ throughput: history.counts, items: 3, trials: 100 }).min,
    ).toBeGreaterThanOrEqual(1);
  });

  it('regression (issue 16 #8, day units that disagree): the history carries its unit, calendar days by default and working days with a calendar', () => {
    // One item per working day for four weeks.
    const items: WorkItem[] = [];
    for (let d = 0; d < 28; d++) {
      const date = new Date(Date.UTC(2026, 2, 2 + d)).toISOString().slice(0, 10);
      const dow = new Date(Date.UTC(2026, 2, 2 + d)).getUTCDay();
      if (dow !== 0 && dow !== 6) items.push(done(`i${d}`, date));
    }
    const cal = throughputHistory(items, { from: '2026-03-02', to: '2026-03-29' });
    expect(cal.unit).toBe('calendar-days');
    expect(cal.counts).toHaveLength(28); // weekend zeros included: 20 items in 28 calendar days
    const work = throughputHistory(items, {
      from: '2026-03-02',
      to: '2026-03-29',
      calendar: WEEKDAYS,
    });
    expect(work.unit).toBe('working-days');
    expect(work.counts).toEqual(new Array(20).fill(1)); // one a working day, no zeros
    expect(work.calendar).toEqual(WEEKDAYS);
  });

  it('rejects each bad input', () => {
    expectPopm(
      () => throughputHistory(ITEMS, { from: '2026-03-08', to: '2026-03-02' }),
      'INVALID_DATE',
      ['options', 'to'],
    );
    expectPopm(
      () => throughputHistory(ITEMS, { from: '1800-01-01', to: '2026-03-02' }),
      'LIMIT_EXCEEDED',
      ['options', 'to'],
    );
    expectPopm(
      () => throughputHistory(ITEMS, { from: '2026-03-02', to: '2026-03-08', periodDays: 0 }),
      'OUT_OF_RANGE',
      ['options', 'periodDays'],
    );
    expectPopm(
      () =>
        throughputHistory(ITEMS, {
          from: '2026-03-02',
          to: '2026-03-08',
          calendar: { weekend: [9], holidays: [] },
        }),
      'INVALID_ARGUMENT',
      ['options', 'calendar', 'weekend', 0],
    );
    expectPopm(() => throughputHistory(ITEMS, null as never), 'INVALID_ARGUMENT', ['options']);
    expectPopm(
      () =>
        throughputHistory(ITEMS, { from: '2026-03-02', to: '2026-03-08', periodDay: 2 } as never),
      'INVALID_ARGUMENT',
      ['options', 'periodDay'],
    );
    expectPopm(
      () =>
        throughputHistory([ITEMS[0] as WorkItem, ITEMS[0] as WorkItem], {
          from: '2026-03-02',
          to: '2026-03-08',
        }),
      'DUPLICATE_ID',
      ['items', 1, 'id'],
    );
  });

  it('property: with periodDays 1 the total equals the items finished in the window', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 30 }), fc.boolean(), (days, weekdays) => {
        const items = frozen(
          days.map((d, i) =>
            done(`i${i}`, new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10)),
          ),
        );
        const opts = weekdays
          ? { from: '2026-03-02', to: '2026-03-15', calendar: WEEKDAYS }
          : { from: '2026-03-02', to: '2026-03-15' };
        const h = throughputHistory(items, opts).counts;
        const inWindow = days.filter((d) => d >= 1 && d <= 14).length;
        expect(h.reduce((a, b) => a + b, 0)).toBe(inWindow);
        expect(h.length).toBe(weekdays ? 10 : 14);
      }),
      { numRuns: 100 },
    );
  });
});
