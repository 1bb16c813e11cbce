/**
 * The throughput histories the forecasts read (the clock that turns their
 * periods into dates is private: internal/forecastClock.ts).
 */
import type { WorkCalendar } from '../core/calendar.js';

/** The day a throughput history counts: every calendar day, or working days only. */
export type ThroughputUnit = 'calendar-days' | 'working-days';

/**
 * A throughput history for the forecasts: items finished per period, oldest
 * first, or a `throughputHistory` result, whose `unit`, `periodDays` and
 * `calendar` the dated forecasts then use.
 */
export type Throughput =
  | readonly number[]
  | {
      readonly counts: readonly number[];
      readonly unit?: ThroughputUnit | undefined;
      readonly periodDays?: number | undefined;
      readonly calendar?: WorkCalendar | null | undefined;
    };
