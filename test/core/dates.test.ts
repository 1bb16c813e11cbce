import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertIsoDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  toEpochDay,
} from '../../src/core/dates.js';
import { catchError } from '../helpers/freeze.js';

// An independent oracle: JavaScript's UTC calendar (never local time).
const utcDay = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const arbDay = fc.integer({ min: -719_162, max: 2_932_896 }); // 0001-01-01 .. 9999-12-31

describe('IsoDate validation', () => {
  it.each([
    '2026-02-30',
    '2026-2-3',
    '',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2025-02-29',
    '0000-01-01',
    '2026-01-01T00:00',
    ' 2026-01-01',
    '20260101',
  ])('rejects %p with INVALID_DATE', (bad) => {
    expect(isIsoDate(bad)).toBe(false);
    const e = catchError(() => toEpochDay(bad, ['start']));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.path).toEqual(['start']);
  });
  it('rejects non-strings', () => {
    for (const bad of [20260101, null, undefined, {}, new Date(0)]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(catchError(() => assertIsoDate(bad)).code).toBe('INVALID_DATE');
    }
  });
  it('accepts leap days and the range ends', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(assertIsoDate('0001-01-01')).toBe('0001-01-01');
    expect(assertIsoDate('9999-12-31')).toBe('9999-12-31');
  });
});

describe('epoch days', () => {
  it('counts from 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(fromEpochDay(20_000)).toBe('2024-10-04');
    expect(fromEpochDay(toEpochDay('0001-01-01'))).toBe('0001-01-01');
  });
  it('rejects days outside years 0001-9999 and non-integers', () => {
    expect(catchError(() => fromEpochDay(1.5)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => fromEpochDay(3_000_000)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => fromEpochDay(-800_000)).code).toBe('OUT_OF_RANGE');
  });
  it('agrees with the UTC calendar and round-trips (property)', () => {
    fc.assert(
      fc.property(arbDay, (day) => {
        const iso = fromEpochDay(day);
        expect(isIsoDate(iso)).toBe(true);
        expect(toEpochDay(iso)).toBe(day);
        if (day > -600_000) expect(utcDay(iso)).toBe(day);
      }),
      { numRuns: 500 },
    );
  });
});

describe('addDays, daysBetween, compareDates, dayOfWeek', () => {
  it('crosses month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
  });
  it('orders dates', () => {
    expect(['2026-03-01', '2026-01-15', '2025-12-31'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
  });
  it('knows the weekday (2026-11-28 is a Saturday, 1970-01-01 a Thursday)', () => {
    expect(dayOfWeek('2026-11-28')).toBe(6);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });
  it('rejects bad arguments', () => {
    expect(catchError(() => addDays('2026-02-30', 1)).path).toEqual(['date']);
    expect(catchError(() => addDays('2026-01-01', 0.5)).code).toBe('INVALID_NUMBER');
    expect(catchError(() => addDays('9999-12-31', 1)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => daysBetween('2026-01-01', 'x')).path).toEqual(['to']);
    expect(catchError(() => compareDates('x', '2026-01-01')).path).toEqual(['a']);
  });
  it('round-trips: addDays(a, daysBetween(a, b)) = b (property)', () => {
    fc.assert(
      fc.property(arbDay, arbDay, (a, b) => {
        const da = fromEpochDay(a);
        const db = fromEpochDay(b);
        expect(addDays(da, daysBetween(da, db))).toBe(db);
        expect(Math.sign(compareDates(da, db))).toBe(Math.sign(a - b));
        expect(dayOfWeek(da)).toBe((((a + 4) % 7) + 7) % 7);
      }),
      { numRuns: 300 },
    );
  });
});
