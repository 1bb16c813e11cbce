/** @internal The working days a dated plan function reads from its `start` and `calendar` options. */
import type { WorkCalendar } from '../../core/calendar.js';
import { toEpochDay } from '../../core/dates.js';
import { popmError } from '../../core/errors.js';
import { addWorkingEpochDays, compileCalendar } from '../../core/internal/calendarEpoch.js';
import { WorkDays } from './dating.js';

/** @internal The working days of `options.start` and `options.calendar`, or `undefined` without a start. */
export function readDating(start: unknown, calendar: unknown): WorkDays | undefined {
  if (start === undefined) {
    if (calendar !== undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        ['options', 'start'],
        'a start date with a calendar',
        start,
      );
    return undefined;
  }
  const day = toEpochDay(start, ['options', 'start']);
  const cal = compileCalendar(calendar as WorkCalendar | undefined, ['options', 'calendar']);
  return new WorkDays(cal, addWorkingEpochDays(cal, day, 0));
}
