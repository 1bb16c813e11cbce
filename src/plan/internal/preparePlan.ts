/**
 * @internal A compiled plan made ready for the passes, as criticalPath,
 * pertAnalysis, scheduleDates and simulateSchedule schedule it: summaries
 * expanded, dated constraints, deadlines and progress applied.
 */

import { toEpochDay } from '../../core/dates.js';
import { popmError } from '../../core/errors.js';
import type { CompiledCalendar } from '../../core/internal/calendarEpoch.js';
import { applyBounds } from './bounds.js';
import type { WorkDays } from './dating.js';
import { expandSummaries, type SummaryNodes } from './expandSummaries.js';
import type { Network } from './network.js';

const NO_CLOCK = { cal: undefined as unknown as CompiledCalendar, first: 0 };

/** @internal A compiled plan ready for the passes: summaries expanded, dated bounds applied. */
export interface PreparedPlan {
  readonly net: Network;
  readonly d: Float64Array;
  readonly nodes: SummaryNodes | undefined;
}

/**
 * @internal Expands the summaries of `net` and applies its dated fields for
 * the working days `days` and the status date (`options.statusDate`).
 * @throws PopmError `INVALID_ARGUMENT` for a date field or a status date without a start
 */
export function preparePlan(
  net: Network,
  days: WorkDays | undefined,
  statusDate: unknown,
): PreparedPlan {
  const path = ['tasks'];
  let statusDay: number | undefined;
  if (statusDate !== undefined) {
    if (days === undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        ['options', 'start'],
        'a start date with a status date',
        undefined,
      );
    statusDay = toEpochDay(statusDate, ['options', 'statusDate']);
  }
  let plan: Network = net;
  let nodes: SummaryNodes | undefined;
  if (net.tree !== undefined) ({ net: plan, nodes } = expandSummaries(net, net.tree, path));
  const x = net.extras;
  const dated = x !== undefined && (x.hasBounds || x.hasProgress);
  if (!dated && statusDay === undefined) return { net: plan, d: plan.durations, nodes };
  if (days === undefined && x?.dated !== undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      x.dated,
      'a plan with a start date (options.start) for a date',
      undefined,
    );
  // Without a start only progress in working days is left (no date is read).
  const clock = days === undefined ? NO_CLOCK : { cal: days.cal, first: days.first };
  const bounded = applyBounds(plan, clock, statusDay, nodes, path);
  return { net: bounded.net, d: bounded.d, nodes };
}
