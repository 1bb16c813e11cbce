/**
 * @internal Reading and checking stakeholders. A register is read once into
 * fresh records of known keys (the core's entity reader), so no getter,
 * Proxy, prototype or unknown key of the caller's objects reaches a result;
 * the functions then check the fields each one needs.
 */
import { toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import { requireNumber, requireOneOf, requireString } from '../../core/validate.js';
import { ENGAGEMENT_LEVELS, type EngagementLevel, type Stakeholder } from '../stakeholder.js';
import { readList } from './readList.js';

/** @internal Every key a stakeholder may have. */
export const STAKEHOLDER_KEYS = [
  'id',
  'name',
  'organisation',
  'power',
  'interest',
  'legitimacy',
  'urgency',
  'engagement',
  'communication',
  'lastContactedOn',
  'inviteToReviews',
  'meta',
] as const satisfies readonly (keyof Stakeholder)[];

/** @internal A stakeholder as read: a fresh record of its known keys (values not yet checked). */
export type StakeholderRecord = { readonly [K in (typeof STAKEHOLDER_KEYS)[number]]?: unknown };

/** @internal A register as read: fresh records with a checked, unique `id` and `name`. */
export type CheckedStakeholder = StakeholderRecord & { readonly id: string; readonly name: string };

/** @internal The base path of a register argument. */
export const REGISTER_PATH: PopmPath = Object.freeze(['register']);

/** Builds an error path only when one is needed. */
function at(base: PopmPath, i: number | undefined, ...rest: (string | number)[]): PopmPath {
  return i === undefined ? [...base, ...rest] : [...base, i, ...rest];
}

function isScore(v: unknown): v is number {
  return typeof v === 'number' && v >= 1 && v <= 5;
}

/** @internal Reads one stakeholder into a fresh record (near-miss keys rejected, others ignored). */
export function readStakeholder(value: unknown, path: PopmPath): StakeholderRecord {
  return readEntity(value, path, STAKEHOLDER_KEYS, 'a stakeholder object');
}

/** @internal Checks a 1–5 score. */
export function checkScore(
  value: unknown,
  base: PopmPath,
  i: number | undefined,
  key: string,
): number {
  // Fast path first: the error path is only built for a bad value.
  return isScore(value) ? value : requireNumber(value, at(base, i, key), { min: 1, max: 5 });
}

/** @internal Checks power and interest (1–5) of a record. */
export function checkScores(
  rec: StakeholderRecord,
  base: PopmPath,
  i?: number,
): { power: number; interest: number } {
  return {
    power: checkScore(rec.power, base, i, 'power'),
    interest: checkScore(rec.interest, base, i, 'interest'),
  };
}

/** @internal Checks a boolean field. */
export function checkBoolean(value: unknown, path: PopmPath): boolean {
  if (typeof value !== 'boolean') throw popmError('INVALID_ARGUMENT', path, 'a boolean', value);
  return value;
}

function levelIndex(value: unknown, path: PopmPath): number {
  const k = ENGAGEMENT_LEVELS.indexOf(value as EngagementLevel);
  // On a miss, requireOneOf throws with the path; the fast path builds no path.
  return k >= 0 ? k : ENGAGEMENT_LEVELS.indexOf(requireOneOf(value, ENGAGEMENT_LEVELS, path));
}

/** @internal Checks the engagement pair of a record; returns level indexes. */
export function checkEngagement(
  rec: StakeholderRecord,
  base: PopmPath,
  i?: number,
): { current: number; desired: number } {
  const path = at(base, i, 'engagement');
  const eng = readEntity(rec.engagement, path, ['current', 'desired'], '{ current, desired }');
  return {
    current: levelIndex(eng.current, [...path, 'current']),
    desired: levelIndex(eng.desired, [...path, 'desired']),
  };
}

/** @internal Checks the communication plan and last contact (`days` caches date parsing). */
export function checkCommunication(
  rec: StakeholderRecord,
  base: PopmPath,
  i?: number,
  days?: Map<string, number>,
): { channel: string; everyDays: number; last: number | null } {
  const path = at(base, i, 'communication');
  const plan = readEntity(
    rec.communication,
    path,
    ['channel', 'everyDays'],
    '{ channel, everyDays }',
  );
  const channel =
    typeof plan.channel === 'string' && plan.channel.length > 0
      ? plan.channel
      : requireString(plan.channel, [...path, 'channel']);
  const everyDays =
    typeof plan.everyDays === 'number' && Number.isInteger(plan.everyDays) && plan.everyDays >= 1
      ? plan.everyDays
      : requireNumber(plan.everyDays, [...path, 'everyDays'], { min: 1, integer: true });
  const date = rec.lastContactedOn;
  let last: number | null = null;
  if (date !== undefined) {
    // Registers repeat dates; core's toEpochDay costs about 1 µs, a Map hit far less.
    const hit = typeof date === 'string' ? days?.get(date) : undefined;
    if (hit !== undefined) last = hit;
    else {
      last = toEpochDay(date, at(base, i, 'lastContactedOn'));
      days?.set(date as string, last);
    }
  }
  return { channel, everyDays, last };
}

/** @internal The stakeholder's `meta`, deep-copied and frozen, or `undefined`. */
export function metaOf(rec: StakeholderRecord, base: PopmPath, i: number): object | undefined {
  return rec.meta === undefined ? undefined : readMeta(rec.meta, [...base, i, 'meta']);
}

/**
 * @internal Reads a register: each stakeholder into a fresh record, with a
 * non-empty string `id` (unique) and `name`.
 */
export function checkRegister(
  register: unknown,
  path: PopmPath = REGISTER_PATH,
): readonly CheckedStakeholder[] {
  const list = readList(register, path, 'an array of stakeholders');
  const seen = new Map<string, number>();
  return list.map((value, i) => {
    const rec = readStakeholder(value, [...path, i]);
    const id = rec.id;
    if (typeof id !== 'string' || id.length === 0)
      throw popmError('INVALID_ARGUMENT', [...path, i, 'id'], 'a non-empty string id', id);
    const first = seen.get(id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [...path, i, 'id'], 'a unique id', id, {
        id,
        firstIndex: first,
      });
    seen.set(id, i);
    if (typeof rec.name !== 'string' || rec.name.length === 0)
      throw popmError('INVALID_ARGUMENT', [...path, i, 'name'], 'a non-empty string', rec.name);
    return rec as CheckedStakeholder;
  });
}
