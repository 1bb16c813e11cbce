import type { IsoDate } from '../core/dates.js';

/**
 * A sprint (iteration) and what it delivered. `committed`, `completed`,
 * `added` and `removed` are in one unit per team: story points (`estimate`s)
 * or item counts.
 */
export interface Sprint {
  /** Unique id within the sprint list. */
  readonly id: string;
  /** First day of the sprint. */
  readonly start: IsoDate;
  /** Last day of the sprint (inclusive), on or after `start`. */
  readonly end: IsoDate;
  /** Work committed at sprint planning (the "say"), >= 0. */
  readonly committed: number;
  /** Work done by the end of the sprint (the velocity of the sprint), >= 0. */
  readonly completed: number;
  /** Work added after the sprint started, >= 0 (default 0). */
  readonly added?: number | undefined;
  /** Work removed after the sprint started, >= 0 (default 0). */
  readonly removed?: number | undefined;
  /**
   * The part of `completed` that was added after the start, >= 0 and
   * <= `completed` (default 0). {@link sayDoRatio} leaves it out of the "do",
   * since nobody said it.
   */
  readonly completedFromAdded?: number | undefined;
  /** Your own data (a JSON object), carried through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}
