import { fromEpochDay, type IsoDate, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/internal/validate.js';
import {
  checkCommunication,
  checkRegister,
  checkScores,
  metaOf,
  REGISTER_PATH,
} from './internal/check.js';
import type { Stakeholder } from './stakeholder.js';

// The last day an IsoDate can name (core dates cover years 0001–9999).
const LAST_DAY = toEpochDay('9999-12-31');

/** One stakeholder due (or overdue) for contact. */
export interface CommunicationDue {
  /** The stakeholder's id. */
  readonly id: string;
  /** The stakeholder's name. */
  readonly name: string;
  /** The planned channel. */
  readonly channel: string;
  /** The planned interval in days. */
  readonly everyDays: number;
  /** The last contact, or `null` when never contacted. */
  readonly lastContactedOn: IsoDate | null;
  /** When the next contact falls due (`lastContactedOn + everyDays`); `null` when never contacted (due now). */
  readonly dueOn: IsoDate | null;
  /** `asOf − dueOn` in days (0 = due today, negative = due within the look-ahead); `null` when never contacted. */
  readonly daysOverdue: number | null;
  /** Power, 1–5 (for ordering and display). */
  readonly power: number;
  /** The stakeholder's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Options of {@link communicationsDue}. */
export interface CommunicationsDueOptions {
  /** Also list contacts falling due within this many days after `asOf`; default 0. */
  readonly withinDays?: number | undefined;
}

/**
 * Who must be contacted, by the communication plan: stakeholders never
 * contacted, and those whose `lastContactedOn + everyDays` is on or before
 * `asOf` (plus `withinDays` of look-ahead). Never-contacted first, then the
 * most overdue, then by power (descending) and id.
 *
 * @param register - the stakeholders (unique ids)
 * @param asOf - the day to judge on
 * @param options - look-ahead in days
 * @returns the due contacts, frozen; `[]` when nobody is due
 * @throws PopmError `INVALID_DATE` for a bad `asOf` or `lastContactedOn`, or a
 *   `lastContactedOn` after `asOf`; `INVALID_ARGUMENT` for a malformed register
 *   or plan; `OUT_OF_RANGE` for `everyDays < 1`, a non-integer `everyDays`, an
 *   `everyDays` whose next contact falls after 9999-12-31, or a negative or
 *   non-integer `withinDays`;
 *   `DUPLICATE_ID` for a repeated id
 * @example
 * communicationsDue(
 *   [
 *     { id: 'cfo', name: 'CFO', power: 5, interest: 2, communication: { channel: 'meeting', everyDays: 30 }, lastContactedOn: '2026-01-01' },
 *     { id: 'ops', name: 'Operations', power: 3, interest: 5, communication: { channel: 'email', everyDays: 14 }, lastContactedOn: '2026-01-28' },
 *   ],
 *   '2026-02-05',
 * ).map((d) => [d.id, d.dueOn, d.daysOverdue]);
 * //=> [['cfo', '2026-01-31', 5]]
 */
export function communicationsDue(
  register: readonly Pick<
    Stakeholder,
    'id' | 'name' | 'power' | 'interest' | 'communication' | 'lastContactedOn' | 'meta'
  >[],
  asOf: IsoDate,
  options?: CommunicationsDueOptions,
): readonly CommunicationDue[] {
  const today = toEpochDay(asOf, ['asOf']);
  const o = readOptions(options, ['options'], ['withinDays']);
  const within =
    o.withinDays === undefined
      ? 0
      : requireNumber(o.withinDays, ['options', 'withinDays'], { min: 0, integer: true });
  const list = checkRegister(register);
  const due: CommunicationDue[] = [];
  const dayOf: number[] = [];
  const days = new Map<string, number>();
  const isoOf = new Map<number, IsoDate>();
  const iso = (day: number): IsoDate => {
    let d = isoOf.get(day);
    if (d === undefined) {
      d = fromEpochDay(day);
      isoOf.set(day, d);
    }
    return d;
  };
  list.forEach((s, i) => {
    const { power } = checkScores(s, REGISTER_PATH, i);
    const c = checkCommunication(s, REGISTER_PATH, i, days);
    if (c.last !== null && c.last > today)
      throw popmError(
        'INVALID_DATE',
        ['register', i, 'lastContactedOn'],
        `a date on or before asOf (${asOf})`,
        s.lastContactedOn,
      );
    const meta = s.meta === undefined ? undefined : metaOf(s, REGISTER_PATH, i);
    const withMeta = (row: CommunicationDue): CommunicationDue =>
      meta === undefined ? row : { ...row, meta: meta as CommunicationDue['meta'] };
    if (c.last === null) {
      dayOf.push(Number.MIN_SAFE_INTEGER);
      due.push(
        withMeta({
          id: s.id,
          name: s.name,
          channel: c.channel,
          everyDays: c.everyDays,
          lastContactedOn: null,
          dueOn: null,
          daysOverdue: null,
          power,
        }),
      );
      return;
    }
    const day = c.last + c.everyDays;
    // Checked whether or not the contact is reported, so a register is valid or not whatever `asOf` is.
    if (day > LAST_DAY)
      throw popmError(
        'OUT_OF_RANGE',
        ['register', i, 'communication', 'everyDays'],
        `an interval whose next contact falls on or before ${fromEpochDay(LAST_DAY)}`,
        c.everyDays,
      );
    if (day > today + within) return;
    dayOf.push(day);
    due.push(
      withMeta({
        id: s.id,
        name: s.name,
        channel: c.channel,
        everyDays: c.everyDays,
        lastContactedOn: iso(c.last),
        dueOn: iso(day),
        daysOverdue: today - day,
        power,
      }),
    );
  });
  const order = due.map((_, k) => k);
  order.sort((x, y) => {
    const a = due[x] as CommunicationDue;
    const b = due[y] as CommunicationDue;
    return (
      (dayOf[x] as number) - (dayOf[y] as number) ||
      b.power - a.power ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
  // Rows hold only primitives, so freezing each row freezes the result deeply.
  return Object.freeze(order.map((k) => Object.freeze(due[k] as CommunicationDue)));
}
