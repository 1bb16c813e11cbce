import type { IsoDate } from '../core/dates.js';
import { toEpochDay } from '../core/dates.js';
import { type PopmPath, popmError } from '../core/errors.js';
import {
  requireArray,
  requireNumber,
  requireObject,
  requireOneOf,
  requireString,
} from '../core/validate.js';

/**
 * A level of the Stakeholder Engagement Assessment Matrix (PMBOK Guide),
 * lowest first: unaware, resistant, neutral, supportive, leading.
 */
export type EngagementLevel = 'unaware' | 'resistant' | 'neutral' | 'supportive' | 'leading';

/**
 * The five engagement levels in the PMBOK Guide's order. The scale is
 * ordinal: the gap between two levels is a count of steps, not a measure.
 *
 * @example
 * ENGAGEMENT_LEVELS.indexOf('supportive'); //=> 3
 */
export const ENGAGEMENT_LEVELS: readonly EngagementLevel[] = Object.freeze([
  'unaware',
  'resistant',
  'neutral',
  'supportive',
  'leading',
] as const);

/** Where a stakeholder's engagement is and where the project needs it. */
export interface StakeholderEngagement {
  /** The level now ("C" in the PMBOK matrix). */
  readonly current: EngagementLevel;
  /** The level the project needs ("D" in the PMBOK matrix). */
  readonly desired: EngagementLevel;
}

/** How, and how often, to contact a stakeholder. */
export interface CommunicationPlan {
  /** The channel, e.g. `'email'`, `'meeting'`, `'newsletter'`. */
  readonly channel: string;
  /** Contact at least every this many calendar days (an integer >= 1). */
  readonly everyDays: number;
}

/** A person or group with a stake in the product or project. */
export interface Stakeholder {
  /** Unique id within the register. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** The organisation or department they belong to. */
  readonly organisation?: string;
  /** Power over the product or project, 1 (none) to 5 (decisive). */
  readonly power: number;
  /** Interest in the product or project, 1 (none) to 5 (intense). */
  readonly interest: number;
  /** Whether their claim is legitimate (Mitchell, Agle and Wood's legitimacy). */
  readonly legitimacy: boolean;
  /** Whether their claim is urgent: time-sensitive and critical to them. */
  readonly urgency: boolean;
  /** Current and desired engagement. */
  readonly engagement: StakeholderEngagement;
  /** How and how often to keep in touch. */
  readonly communication: CommunicationPlan;
  /** The last time they were contacted; absent when never. */
  readonly lastContactedOn?: IsoDate;
  /**
   * `true` invites them to every sprint review whatever their quadrant;
   * `false` leaves them out even when their quadrant would invite them.
   */
  readonly inviteToReviews?: boolean;
}

/** @internal Builds an error path only when one is needed. */
function at(base: PopmPath, i: number | undefined, ...rest: (string | number)[]): PopmPath {
  return i === undefined ? [...base, ...rest] : [...base, i, ...rest];
}

function isScore(v: unknown): v is number {
  return typeof v === 'number' && v >= 1 && v <= 5;
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

/** @internal Checks that a stakeholder is an object. */
export function checkRecord(s: unknown, base: PopmPath, i?: number): Record<string, unknown> {
  if (s !== null && typeof s === 'object' && !Array.isArray(s)) return s as Record<string, unknown>;
  return requireObject(s, at(base, i), 'a stakeholder object');
}

/** @internal The base path of a register argument. */
export const REGISTER_PATH: PopmPath = Object.freeze(['register']);

/** @internal Checks power and interest (1–5). */
export function checkScores(
  s: unknown,
  base: PopmPath,
  i?: number,
): { power: number; interest: number } {
  const rec = checkRecord(s, base, i);
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

/** @internal Checks the engagement pair; returns level indexes. */
export function checkEngagement(
  s: unknown,
  base: PopmPath,
  i?: number,
): { current: number; desired: number } {
  const rec = checkRecord(s, base, i);
  const e = rec.engagement;
  const ok = e !== null && typeof e === 'object' && !Array.isArray(e);
  const eng = ok
    ? (e as Record<string, unknown>)
    : requireObject(e, at(base, i, 'engagement'), '{ current, desired }');
  const c = ENGAGEMENT_LEVELS.indexOf(eng.current as EngagementLevel);
  const d = ENGAGEMENT_LEVELS.indexOf(eng.desired as EngagementLevel);
  // On a miss, requireOneOf throws with the path; the fast path builds no path.
  const current =
    c >= 0
      ? c
      : ENGAGEMENT_LEVELS.indexOf(
          requireOneOf(eng.current, ENGAGEMENT_LEVELS, at(base, i, 'engagement', 'current')),
        );
  const desired =
    d >= 0
      ? d
      : ENGAGEMENT_LEVELS.indexOf(
          requireOneOf(eng.desired, ENGAGEMENT_LEVELS, at(base, i, 'engagement', 'desired')),
        );
  return { current, desired };
}

/** @internal Checks the communication plan and last contact (`days` caches date parsing). */
export function checkCommunication(
  s: unknown,
  base: PopmPath,
  i?: number,
  days?: Map<string, number>,
): { channel: string; everyDays: number; last: number | null } {
  const rec = checkRecord(s, base, i);
  const c = rec.communication;
  const plan =
    c !== null && typeof c === 'object' && !Array.isArray(c)
      ? (c as Record<string, unknown>)
      : requireObject(c, at(base, i, 'communication'), '{ channel, everyDays }');
  const channel =
    typeof plan.channel === 'string' && plan.channel.length > 0
      ? plan.channel
      : requireString(plan.channel, at(base, i, 'communication', 'channel'));
  const everyDays =
    typeof plan.everyDays === 'number' && Number.isInteger(plan.everyDays) && plan.everyDays >= 1
      ? plan.everyDays
      : requireNumber(plan.everyDays, at(base, i, 'communication', 'everyDays'), {
          min: 1,
          integer: true,
        });
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

/** @internal Checks a register's shape, unique ids and names; returns it typed. */
export function checkRegister(
  register: unknown,
  path: PopmPath = ['register'],
): readonly Stakeholder[] {
  const list = requireArray<Stakeholder>(register, path);
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const rec = checkRecord(list[i], path, i);
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
  }
  return list;
}
