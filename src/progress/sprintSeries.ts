/**
 * The events and options of {@link burndown} and {@link burnup} (their
 * day-by-day replay is private: internal/replaySprint.ts).
 */
import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';

/**
 * What happened to the sprint's work on a day:
 * - `'completed'`: work finished (burns `amount`);
 * - `'reopened'`: finished work reopened (un-burns `amount`);
 * - `'added'`: scope added after the start (raises scope by `amount`);
 * - `'removed'`: scope taken out (lowers scope by `amount`);
 * - `'reestimated'`: an open item's estimate changed by `amount` (signed).
 */
export type SprintEventKind = 'completed' | 'reopened' | 'added' | 'removed' | 'reestimated';

/** One change to a sprint's work, dated. */
export interface SprintEvent {
  /** The day it happened, within the sprint. */
  readonly on: IsoDate;
  /** What happened. */
  readonly kind: SprintEventKind;
  /** How much work (points or items): >= 0, except `'reestimated'` which is the signed change. */
  readonly amount: number;
  /** The work item concerned, for the reader (not used in the arithmetic). */
  readonly itemId?: string | undefined;
}

/** Options of {@link burndown} and {@link burnup}. */
export interface BurnChartOptions {
  /** Working days (default Saturday and Sunday off, no holidays). */
  readonly calendar?: WorkCalendar | undefined;
  /**
   * The day the chart is drawn: days after it are left out, and so are events
   * after it. Default: the whole sprint.
   */
  readonly asOf?: IsoDate | undefined;
}

/** Scope changes after the start, totalled. */
export interface ScopeChange {
  /** Work added after the start. */
  readonly added: number;
  /** Work removed after the start. */
  readonly removed: number;
  /** Net change of estimates of work in the sprint. */
  readonly reestimated: number;
}
