import { describe, expect, it } from 'vitest';
import { forecastHowMany } from '../../src/progress/forecastHowMany.js';
import { forecastHowManyByDate } from '../../src/progress/forecastHowManyByDate.js';
import { expectPopm, frozen, isDeepFrozen, PUBLISHED_HISTORY } from './helpers.js';

describe('forecastHowManyByDate (issue 17)', () => {
  it('counts the working days of the window and forecasts that many periods', () => {
    const r = forecastHowManyByDate(
      frozen({ throughput: [2], start: '2026-03-02', end: '2026-03-13' }),
    );
    expect(r.periods).toBe(10);
    expect(r.percentiles).toEqual({ 50: 20, 70: 20, 85: 20, 95: 20 });
    expect([r.start, r.end, r.unit]).toEqual(['2026-03-02', '2026-03-13', 'working-days']);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('equals forecastHowMany over the same number of periods, with the same seed', () => {
    const byDate = forecastHowManyByDate({
      throughput: PUBLISHED_HISTORY,
      start: '2026-03-02',
      end: '2026-04-10',
      calendar: { weekend: [0, 6], holidays: ['2026-04-03'] },
      seed: 5,
    });
    expect(byDate.periods).toBe(29); // 30 working days, Good Friday off
    const { start: _s, end: _e, unit: _u, ...rest } = byDate;
    expect(rest).toEqual(forecastHowMany({ throughput: PUBLISHED_HISTORY, periods: 29, seed: 5 }));
  });

  it('counts calendar days with unit calendar-days, whole periods only, and 0 for no whole period', () => {
    const days = forecastHowManyByDate({
      throughput: [1],
      start: '2026-03-02',
      end: '2026-03-15',
      unit: 'calendar-days',
    });
    expect(days.periods).toBe(14);
    const weeks = forecastHowManyByDate({
      throughput: [5],
      start: '2026-03-02',
      end: '2026-03-15',
      periodDays: 5,
    });
    expect(weeks.periods).toBe(2);
    const weekend = forecastHowManyByDate({
      throughput: [3],
      start: '2026-03-07',
      end: '2026-03-08',
    });
    expect([weekend.periods, weekend.max]).toEqual([0, 0]);
  });

  it('rejects bad dates and options', () => {
    expectPopm(
      () => forecastHowManyByDate({ throughput: [1], start: '2026-03-10', end: '2026-03-02' }),
      'INVALID_DATE',
      ['input', 'end'],
    );
    expectPopm(
      () => forecastHowManyByDate({ throughput: [1], start: 'x', end: '2026-03-02' }),
      'INVALID_DATE',
      ['input', 'start'],
    );
    expectPopm(
      () =>
        forecastHowManyByDate({
          throughput: [1],
          start: '2026-03-02',
          end: '2026-03-10',
          unit: 'days' as never,
        }),
      'INVALID_ARGUMENT',
      ['input', 'unit'],
    );
  });
});
