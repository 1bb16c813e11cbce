import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  DEFAULT_CALENDAR,
  isWorkingDay,
  nextWorkingDay,
  type WorkCalendar,
  workingDaysBetween,
} from '../../src/core/calendar.js';
import { addDays, dayOfWeek, fromEpochDay, toEpochDay } from '../../src/core/dates.js';
import { catchError, deepFreezeInput } from '../helpers/freeze.js';

const christmas: WorkCalendar = {
  weekend: [0, 6],
  holidays: ['2026-12-25', '2026-12-28', '2027-01-01'],
};

// A day-by-day oracle, obviously right and slow.
function slowAdd(date: string, n: number, cal: WorkCalendar): string {
  const works = (d: string) => !cal.weekend.includes(dayOfWeek(d)) && !cal.holidays.includes(d);
  let cur = date;
  if (n === 0) {
    while (!works(cur)) cur = addDays(cur, 1);
    return cur;
  }
  let left = Math.abs(n);
  while (left > 0) {
    cur = addDays(cur, Math.sign(n));
    if (works(cur)) left--;
  }
  return cur;
}

const arbCalendar = fc.record({
  weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
  holidays: fc.uniqueArray(fc.integer({ min: 20_400, max: 20_700 }).map(fromEpochDay), {
    maxLength: 40,
  }),
});

describe('WorkCalendar', () => {
  it('defaults to Saturday and Sunday off', () => {
    expect(DEFAULT_CALENDAR.weekend).toEqual([0, 6]);
    expect(isWorkingDay('2026-11-27')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(isWorkingDay('2026-12-25', christmas)).toBe(false);
  });
  it('moves over weekends and holidays', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-30', -1)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-30');
    expect(addWorkingDays('2026-12-24', 1, christmas)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-31', 1, christmas)).toBe('2027-01-04');
    expect(addWorkingDays('2026-11-02', 100)).toBe('2027-03-22');
  });
  it('counts working days as the inverse of addWorkingDays', () => {
    expect(workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1);
    expect(workingDaysBetween('2026-11-02', '2026-11-30')).toBe(20);
    expect(workingDaysBetween('2026-11-30', '2026-11-02')).toBe(-20);
    expect(workingDaysBetween('2026-12-24', '2026-12-29', christmas)).toBe(1);
    expect(workingDaysBetween('2026-11-02', '2026-11-02')).toBe(0);
  });
  it('finds the next working day', () => {
    expect(nextWorkingDay('2026-11-27')).toBe('2026-11-30');
    expect(nextWorkingDay('2026-11-27', undefined, { inclusive: true })).toBe('2026-11-27');
    expect(nextWorkingDay('2026-11-28', undefined, { inclusive: true })).toBe('2026-11-30');
    expect(nextWorkingDay('2026-12-24', christmas)).toBe('2026-12-29');
  });
  it('supports other weekends (Friday–Saturday)', () => {
    const gulf = { weekend: [5, 6], holidays: [] };
    expect(isWorkingDay('2026-11-29', gulf)).toBe(true);
    expect(addWorkingDays('2026-11-26', 1, gulf)).toBe('2026-11-29');
  });
  it('rejects bad calendars and arguments', () => {
    expect(
      catchError(() => isWorkingDay('2026-11-27', { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] }))
        .code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      catchError(() => isWorkingDay('2026-11-27', { weekend: [7], holidays: [] })).path,
    ).toEqual(['calendar', 'weekend', 0]);
    expect(
      catchError(() => isWorkingDay('2026-11-27', { weekend: [0.5], holidays: [] })).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      catchError(() => isWorkingDay('2026-11-27', { weekend: [0], holidays: ['2026-02-30'] })).path,
    ).toEqual(['calendar', 'holidays', 0]);
    expect(
      catchError(() => isWorkingDay('2026-11-27', { weekend: 'x', holidays: [] } as never)).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      catchError(() => isWorkingDay('2026-11-27', { weekend: [], holidays: 'x' } as never)).code,
    ).toBe('INVALID_ARGUMENT');
    expect(catchError(() => isWorkingDay('2026-11-27', 5 as never)).code).toBe('INVALID_ARGUMENT');
    expect(catchError(() => addWorkingDays('2026-11-27', 1.5)).code).toBe('INVALID_NUMBER');
    expect(catchError(() => addWorkingDays('bad', 1)).code).toBe('INVALID_DATE');
    expect(catchError(() => workingDaysBetween('2026-11-27', 'bad')).path).toEqual(['to']);
  });
  it('never lands on a non-working day and matches a day-by-day walk (property)', () => {
    fc.assert(
      fc.property(
        arbCalendar,
        fc.integer({ min: 20_300, max: 20_800 }),
        fc.integer({ min: -400, max: 400 }),
        (cal, start, n) => {
          deepFreezeInput(cal);
          const date = fromEpochDay(start);
          const got = addWorkingDays(date, n, cal);
          expect(isWorkingDay(got, cal)).toBe(true);
          expect(got).toBe(slowAdd(date, n, cal));
        },
      ),
      { numRuns: 150 },
    );
  });
  it('workingDaysBetween inverts addWorkingDays between working days (property)', () => {
    fc.assert(
      fc.property(
        arbCalendar,
        fc.integer({ min: 20_300, max: 20_800 }),
        fc.integer({ min: -300, max: 300 }),
        (cal, start, n) => {
          const a = addWorkingDays(fromEpochDay(start), 0, cal);
          const b = addWorkingDays(a, n, cal);
          expect(workingDaysBetween(a, b, cal)).toBe(n);
          expect(toEpochDay(b) - toEpochDay(a)).toSatisfy(
            (d: number) => Math.sign(d) === Math.sign(n),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
