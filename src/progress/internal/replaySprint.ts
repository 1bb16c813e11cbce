/**
 * @internal The day-by-day replay of a sprint's events shared by
 * {@link burndown} and {@link burnup}.
 */

import type { IsoDate } from '../../core/dates.js';
import { fromEpochDay, toEpochDay } from '../../core/dates.js';
import { popmError } from '../../core/errors.js';
import {
  type CompiledCalendar,
  compileCalendar,
  isWorkingEpochDay,
} from '../../core/internal/calendarEpoch.js';
import { readEntity, readOptions } from '../../core/internal/readObject.js';
import { requireNumber, requireOneOf, requireString } from '../../core/internal/validate.js';
import type { Sprint } from '../sprint.js';
import type {
  BurnChartOptions,
  ScopeChange,
  SprintEvent,
  SprintEventKind,
} from '../sprintSeries.js';
import { checkSprint } from './checkSprint.js';
import { readCalendar, readList } from './shared.js';

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

interface ParsedEvent {
  readonly day: number;
  readonly kind: SprintEventKind;
  readonly amount: number;
  readonly index: number;
}

interface Tally {
  scope: number;
  completed: number;
  added: number;
  removed: number;
  reestimated: number;
}

function parseEvent(
  e: unknown,
  i: number,
  sprint: Sprint,
  startDay: number,
  endDay: number,
): ParsedEvent {
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
}

function workingDaysOf(
  cal: CompiledCalendar,
  sprint: Sprint,
  startDay: number,
  endDay: number,
): number[] {
  const working: number[] = [];
  for (let d = startDay; d <= endDay; d++) if (isWorkingEpochDay(cal, d)) working.push(d);
  if (working.length === 0)
    throw popmError(
      'INVALID_ARGUMENT',
      ['sprint'],
      'a sprint with at least one working day',
      sprint.id,
    );
  return working;
}

// Scope changes move scope only; only completions move `completed`.
function applyEvent(t: Tally, e: ParsedEvent): void {
  if (e.kind === 'completed') t.completed += e.amount;
  else if (e.kind === 'reopened') t.completed -= e.amount;
  else if (e.kind === 'added') {
    t.scope += e.amount;
    t.added += e.amount;
  } else if (e.kind === 'removed') {
    t.scope -= e.amount;
    t.removed += e.amount;
  } else {
    t.scope += e.amount;
    t.reestimated += e.amount;
  }
  t.scope = tidy(t.scope);
  t.completed = tidy(t.completed);
}

function checkTally(t: Tally, e: ParsedEvent): void {
  const { scope, completed } = t;
  const path = ['events', e.index, 'amount'];
  if (!Number.isFinite(scope) || !Number.isFinite(completed))
    throw popmError('OUT_OF_RANGE', path, 'amounts whose running sums fit a float', e.amount);
  if (completed < 0)
    throw popmError('OUT_OF_RANGE', path, 'no more reopened than completed work', e.amount);
  if (completed > scope)
    throw popmError(
      'OUT_OF_RANGE',
      path,
      `completed work (${completed}) within scope (${scope})`,
      e.amount,
    );
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

  const parsed = events.map((e, i) => parseEvent(e, i, sprint, startDay, endDay));
  // Stable by day, input order within a day.
  parsed.sort((a, b) => a.day - b.day || a.index - b.index);

  const working = workingDaysOf(cal, sprint, startDay, endDay);

  const t: Tally = { scope: sprint.committed, completed: 0, added: 0, removed: 0, reestimated: 0 };
  let next = 0;
  const days: RawDay[] = [];
  const epochDays: number[] = [];
  for (let i = 0; i < working.length; i++) {
    const d = working[i] as number;
    if (d > asOfDay) break;
    // The last working day also takes events dated on trailing days off.
    const upTo = i === working.length - 1 ? Math.min(endDay, asOfDay) : d;
    while (next < parsed.length && (parsed[next] as ParsedEvent).day <= upTo) {
      const e = parsed[next] as ParsedEvent;
      next++;
      applyEvent(t, e);
      checkTally(t, e);
    }
    days.push({
      date: fromEpochDay(d),
      day: i + 1,
      scope: t.scope,
      completed: t.completed,
      remaining: tidy(t.scope - t.completed),
    });
    epochDays.push(d);
  }
  return {
    sprint,
    cal,
    workingDays: working.length,
    epochDays,
    days,
    scopeChange: {
      added: tidy(t.added),
      removed: tidy(t.removed),
      reestimated: tidy(t.reestimated),
    },
  };
}
