import type { WorkCalendar } from '../core/calendar.js';
import { type IsoDate, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import {
  type CompiledCalendar,
  compileCalendar,
  isWorkingEpochDay,
} from '../core/internal/calendarEpoch.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { requireArray, requireNumber } from '../core/internal/validate.js';
import { RESOURCE_KEYS } from './internal/readResources.js';

/**
 * A team member: a {@link Resource} works as is (`unitsPerDay` is the share
 * of a full-time person, its `calendar` the days off and part-time days).
 */
export interface TeamMember {
  /** Unique within the team. */
  readonly id: string;
  /** A label for people. */
  readonly name?: string | undefined;
  /** Share of a full-time person on each working day, `>= 0`; default `1`. */
  readonly unitsPerDay?: number | undefined;
  /** The person's own working days (weekend, days off); absent: every team working day. */
  readonly calendar?: WorkCalendar | undefined;
}

/** The sprint's dates; a `Sprint` of `popm/progress` works as is. */
export interface SprintDates {
  /** First day of the sprint. */
  readonly start: IsoDate;
  /** Last day of the sprint (inclusive), on or after `start`. */
  readonly end: IsoDate;
}

/** Options of {@link teamCapacity}. */
export interface TeamCapacityOptions {
  /** The team's working calendar; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar | undefined;
  /**
   * Share of available time spent on sprint work (meetings, support and
   * interruptions take the rest), `0 < focusFactor <= 1`; default `1`.
   */
  readonly focusFactor?: number | undefined;
  /**
   * Estimate units one full-time person delivers in a focused working day,
   * `> 0`; default `1`, so capacity is in person-days (`6` gives hours; a
   * team's points per person-day gives points).
   */
  readonly estimatePerDay?: number | undefined;
}

/** One person's availability in the sprint. */
export interface MemberCapacity {
  /** The person's id. */
  readonly id: string;
  /** The person's name, when given. */
  readonly name?: string | undefined;
  /** Team working days in the sprint the person works. */
  readonly workingDays: number;
  /** Team working days in the sprint the person is off (own calendar). */
  readonly daysOff: number;
  /** `workingDays × unitsPerDay`: person-days available. */
  readonly availableDays: number;
  /** `availableDays × focusFactor × estimatePerDay`. */
  readonly capacity: number;
}

/** The result of {@link teamCapacity}; its `total` is `selectForSprint`'s `capacity`. */
export interface TeamCapacityResult {
  /** The team's capacity: the sum of the people's `capacity`. */
  readonly total: number;
  /** Team working days in the sprint. */
  readonly workingDays: number;
  /** Person-days available, before the focus factor. */
  readonly availableDays: number;
  /** The focus factor used. */
  readonly focusFactor: number;
  /** The estimate per focused person-day used. */
  readonly estimatePerDay: number;
  /** One row per person, in input order. */
  readonly people: readonly MemberCapacity[];
}

const OPTION_KEYS = ['calendar', 'focusFactor', 'estimatePerDay'] as const;

/**
 * A team's capacity for a sprint from each person's availability: the
 * team's working days in the sprint, less each person's days off (their own
 * `calendar`: holidays, part-time weekdays), times their `unitsPerDay`, the
 * focus factor and the estimate per day. Pass the result (or its `total`)
 * to `selectForSprint` as `capacity`.
 *
 * @param people - the team members (resources of a plan work as is).
 * @param sprint - `{ start, end }` (inclusive); a `Sprint` works as is.
 * @param options - `calendar`, `focusFactor` (default 1), `estimatePerDay` (default 1).
 * @returns The total and per-person figures; deep-frozen.
 * @throws PopmError `INVALID_DATE` for a bad sprint date; `OUT_OF_RANGE` for
 *   an end before the start, `unitsPerDay < 0`, a focus factor outside
 *   (0, 1] or `estimatePerDay <= 0`; `DUPLICATE_ID` for a person listed twice;
 *   `INVALID_ARGUMENT` for a bad calendar or an unknown option.
 * @example
 * // A two-week sprint (10 working days): Ann full time with one day off, Bob half time.
 * const c = teamCapacity(
 *   [
 *     { id: 'ann', calendar: { weekend: [0, 6], holidays: ['2026-03-04'] } },
 *     { id: 'bob', unitsPerDay: 0.5 },
 *   ],
 *   { start: '2026-03-02', end: '2026-03-13' },
 *   { focusFactor: 0.8 },
 * );
 * c.people.map((p) => p.availableDays); //=> [9, 5]
 * c.total; //=> 11.2
 */
export function teamCapacity(
  people: readonly TeamMember[],
  sprint: SprintDates,
  options?: TeamCapacityOptions,
): TeamCapacityResult {
  const s = readEntity(sprint, ['sprint'], ['start', 'end'], 'a sprint { start, end }');
  const first = toEpochDay(s.start, ['sprint', 'start']);
  const last = toEpochDay(s.end, ['sprint', 'end']);
  if (last < first)
    throw popmError('OUT_OF_RANGE', ['sprint', 'end'], `a date on or after ${s.start}`, s.end);
  const opt = readOptions(options, ['options'], OPTION_KEYS);
  const cal = compileCalendar(opt.calendar as WorkCalendar | undefined, ['options', 'calendar']);
  const focus = requireNumber(opt.focusFactor ?? 1, ['options', 'focusFactor'], {
    minExclusive: 0,
    max: 1,
  });
  const perDay = requireNumber(opt.estimatePerDay ?? 1, ['options', 'estimatePerDay'], {
    minExclusive: 0,
  });
  const days: number[] = [];
  for (let d = first; d <= last; d++) if (isWorkingEpochDay(cal, d)) days.push(d);
  const seen = new Map<string, number>();
  const rows = requireArray(people, ['people']).map((raw, i) => {
    const m = readMember(raw, i, seen);
    const working =
      m.calendar === undefined
        ? days.length
        : days.filter((d) => isWorkingEpochDay(m.calendar as CompiledCalendar, d)).length;
    const availableDays = round(working * m.units);
    if (!Number.isFinite(availableDays * focus * perDay))
      throw popmError(
        'OUT_OF_RANGE',
        Number.isFinite(availableDays)
          ? ['options', 'estimatePerDay']
          : ['people', i, 'unitsPerDay'],
        'figures small enough for a finite capacity',
        Number.isFinite(availableDays) ? perDay : m.units,
      );
    return {
      id: m.id,
      ...(m.name === undefined ? {} : { name: m.name }),
      workingDays: working,
      daysOff: days.length - working,
      availableDays,
      capacity: round(availableDays * focus * perDay),
    };
  });
  const total = round(rows.reduce((a, r) => a + r.capacity, 0));
  if (!Number.isFinite(total))
    throw popmError(
      'OUT_OF_RANGE',
      ['options', 'estimatePerDay'],
      'figures small enough for a finite capacity',
      perDay,
    );
  return deepFreeze({
    total,
    workingDays: days.length,
    availableDays: round(rows.reduce((a, r) => a + r.availableDays, 0)),
    focusFactor: focus,
    estimatePerDay: perDay,
    people: rows,
  });
}

/** Reads person `i`, recording its id in `seen` (rejecting a duplicate). */
function readMember(
  raw: unknown,
  i: number,
  seen: Map<string, number>,
): {
  id: string;
  name?: string | undefined;
  units: number;
  calendar?: CompiledCalendar | undefined;
} {
  const p = ['people', i];
  const m = readEntity(raw, p, RESOURCE_KEYS, 'a team member { id }');
  if (typeof m.id !== 'string' || m.id.length === 0)
    throw popmError('INVALID_ARGUMENT', [...p, 'id'], 'a non-empty string id', m.id);
  const dup = seen.get(m.id);
  if (dup !== undefined)
    throw popmError('DUPLICATE_ID', [...p, 'id'], 'a unique id', m.id, {
      id: m.id,
      firstIndex: dup,
    });
  seen.set(m.id, i);
  if (m.name !== undefined && typeof m.name !== 'string')
    throw popmError('INVALID_ARGUMENT', [...p, 'name'], 'a string', m.name);
  return {
    id: m.id,
    ...(m.name === undefined ? {} : { name: m.name as string }),
    units: requireNumber(m.unitsPerDay ?? 1, [...p, 'unitsPerDay'], { min: 0 }),
    ...(m.calendar === undefined
      ? {}
      : { calendar: compileCalendar(m.calendar as WorkCalendar, [...p, 'calendar']) }),
  };
}

/** Rounds float noise (11.200000000000001) away: 12 significant digits. */
function round(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}
