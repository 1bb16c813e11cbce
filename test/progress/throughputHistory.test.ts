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
    expect(throughputHistory(input, { from: '2026-03-02', to: '2026-03-08' })).toEqual([
      2, 0, 0, 0, 0, 1, 0,
    ]);
    expect(
      throughputHistory(input, { from: '2026-03-02', to: '2026-03-08', calendar: WEEKDAYS }),
    ).toEqual([2, 0, 0, 0, 1]);
    expect(
      Object.isFrozen(throughputHistory(input, { from: '2026-03-02', to: '2026-03-08' })),
    ).toBe(true);
  });

  it('groups whole periods, drops a trailing part-period, ignores unfinished items and those outside the window', () => {
    const items = [
      ...ITEMS,
      { id: 'u', createdOn: '2026-03-01' },
      done('late', '2026-03-20'),
      { id: 'early', createdOn: '2026-02-01', finishedOn: '2026-02-20' },
    ];
    expect(
      throughputHistory(items, { from: '2026-03-02', to: '2026-03-08', periodDays: 3 }),
    ).toEqual([2, 1]); // 2nd–4th, 5th–7th; the 8th alone is a part-period
    expect(
      throughputHistory(items, {
        from: '2026-03-02',
        to: '2026-03-13',
        calendar: WEEKDAYS,
        periodDays: 5,
      }),
    ).toEqual([3, 0]);
  });

  it('puts items finished on days off before the first working day into the first period; [] without a working day', () => {
    expect(
      throughputHistory([done('s', '2026-03-07')], {
        from: '2026-03-07',
        to: '2026-03-10',
        calendar: WEEKDAYS,
      }),
    ).toEqual([1, 0]);
    expect(
      throughputHistory([done('s', '2026-03-07')], {
        from: '2026-03-07',
        to: '2026-03-08',
        calendar: WEEKDAYS,
      }),
    ).toEqual([]);
  });

  it('feeds the forecasts directly', () => {
    const history = throughputHistory(ITEMS, {
      from: '2026-03-02',
      to: '2026-03-08',
      calendar: WEEKDAYS,
    });
    expect(forecastWhen({ throughput: history, items: 3, trials: 100 }).min).toBeGreaterThanOrEqual(
      1,
    );
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
        const h = throughputHistory(items, opts);
        const inWindow = days.filter((d) => d >= 1 && d <= 14).length;
        expect(h.reduce((a, b) => a + b, 0)).toBe(inWindow);
        expect(h.length).toBe(weekdays ? 10 : 14);
      }),
      { numRuns: 100 },
    );
  });
});
