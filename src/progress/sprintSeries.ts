/**
 * @internal The day-by-day replay of a sprint's events shared by
 * {@link burndown} and {@link burnup}.
 */
import {
  type CompiledCalendar,
  compileCalendar,
  isWorkingEpochDay,
  type WorkCalendar,
} from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fromEpochDay, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { requireNumber, requireOneOf, requireString } from '../core/validate.js';
import { readCalendar, readList } from './internal.js';
import { checkSprint, type Sprint } from './sprint.js';

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

/** @internal One replayed day before the ideal line is attached. */
export interface RawDay {
  readonly date: IsoDate;
  readonly day: number;
  readonly scope: number;
  readonly completed: number;
  readonly remaining: number;
}

/** @internal The replayed sprint. */
export interface SprintSeries {
  readonly sprint: Sprint;
  readonly cal: CompiledCalendar;
  /** Working days of the whole sprint. */
  readonly workingDays: number;
  /** Epoch day of each emitted point. */
  readonly epochDays: readonly number[];
  readonly days: readonly RawDay[];
  readonly scopeChange: ScopeChange;
}

const KINDS: readonly SprintEventKind[] = [
  'completed',
  'reopened',
  'added',
  'removed',
  'reestimated',
];

// Sums of many 0.1-ish estimates drift; snap to 12 significant digits so
// `remaining` reads 0, not 1.1e-16, when everything is done.
function tidy(x: number): number {
  const r = Number(x.toPrecision(12));
  return r === 0 ? 0 : r;
}

/** @internal Validates and replays a sprint's events over its working days. */
export function replaySprint(
  sprintIn: Sprint,
  eventsIn: readonly SprintEvent[],
  optionsIn: BurnChartOptions | undefined,
): SprintSeries {
  const { sprint, startDay, endDay } = checkSprint(sprintIn, ['sprint']);
  const events = readList(eventsIn, ['events'], 'an array of sprint events');
  const options = readOptions(optionsIn, ['options'], ['calendar', 'asOf']);
  const cal =
    readCalendar(options.calendar, ['options', 'calendar']) ??
    compileCalendar(undefined, ['options', 'calendar']);
  const asOfDay =
    options.asOf === undefined ? endDay : toEpochDay(options.asOf, ['options', 'asOf']);

  const parsed = events.map((e, i) => {
    const rec = readEntity(
      e,
      ['events', i],
      ['on', 'kind', 'amount', 'itemId'],
      'a SprintEvent object',
    );
    const day = toEpochDay(rec.on, ['events', i, 'on']);
    if (day < startDay || day > endDay)
      throw popmError(
        'OUT_OF_RANGE',
        ['events', i, 'on'],
        `a date within the sprint ${sprint.start}..${sprint.end}`,
        rec.on,
      );
    const kind = requireOneOf(rec.kind, KINDS, ['events', i, 'kind']);
    const amount = requireNumber(
      rec.amount,
      ['events', i, 'amount'],
      kind === 'reestimated' ? {} : { min: 0 },
    );
    if (rec.itemId !== undefined) requireString(rec.itemId, ['events', i, 'itemId']);
    return { day, kind, amount, index: i };
  });
  // Stable by day, input order within a day.
  parsed.sort((a, b) => a.day - b.day || a.index - b.index);

  const working: number[] = [];
  for (let d = startDay; d <= endDay; d++) if (isWorkingEpochDay(cal, d)) working.push(d);
  if (working.length === 0)
    throw popmError(
      'INVALID_ARGUMENT',
      ['sprint'],
      'a sprint with at least one working day',
      sprint.id,
    );

  let scope = sprint.committed;
  let completed = 0;
  let added = 0;
  let removed = 0;
  let reestimated = 0;
  let next = 0;
  const days: RawDay[] = [];
  const epochDays: number[] = [];
  for (let i = 0; i < working.length; i++) {
    const d = working[i] as number;
    if (d > asOfDay) break;
    // The last working day also takes events dated on trailing days off.
    const upTo = i === working.length - 1 ? Math.min(endDay, asOfDay) : d;
    while (next < parsed.length && (parsed[next] as { day: number }).day <= upTo) {
      const e = parsed[next] as {
        day: number;
        kind: SprintEventKind;
        amount: number;
        index: number;
      };
      next++;
      // Scope changes move scope only; only completions move `completed`.
      if (e.kind === 'completed') completed += e.amount;
      else if (e.kind === 'reopened') completed -= e.amount;
      else if (e.kind === 'added') {
        scope += e.amount;
        added += e.amount;
      } else if (e.kind === 'removed') {
        scope -= e.amount;
        removed += e.amount;
      } else {
        scope += e.amount;
        reestimated += e.amount;
      }
      scope = tidy(scope);
      completed = tidy(completed);
      if (!Number.isFinite(scope) || !Number.isFinite(completed))
        throw popmError(
          'OUT_OF_RANGE',
          ['events', e.index, 'amount'],
          'amounts whose running sums fit a float',
          e.amount,
        );
      if (completed < 0)
        throw popmError(
          'OUT_OF_RANGE',
          ['events', e.index, 'amount'],
          'no more reopened than completed work',
          e.amount,
        );
      if (completed > scope)
        throw popmError(
          'OUT_OF_RANGE',
          ['events', e.index, 'amount'],
          `completed work (${completed}) within scope (${scope})`,
          e.amount,
        );
    }
    days.push({
      date: fromEpochDay(d),
      day: i + 1,
      scope,
      completed,
      remaining: tidy(scope - completed),
    });
    epochDays.push(d);
  }
  return {
    sprint,
    cal,
    workingDays: working.length,
    epochDays,
    days,
    scopeChange: { added: tidy(added), removed: tidy(removed), reestimated: tidy(reestimated) },
  };
}
