import type { IsoDate } from '../core/dates.js';
import { toEpochDay } from '../core/dates.js';
import { type PopmPath, popmError } from '../core/errors.js';
import {
  indexById,
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

/** @internal Checks power and interest (1–5). */
export function checkScores(s: unknown, path: PopmPath): { power: number; interest: number } {
  const rec = requireObject(s, path, 'a stakeholder object');
  return {
    power: requireNumber(rec.power, [...path, 'power'], { min: 1, max: 5 }),
    interest: requireNumber(rec.interest, [...path, 'interest'], { min: 1, max: 5 }),
  };
}

/** @internal Checks a boolean field. */
export function checkBoolean(value: unknown, path: PopmPath): boolean {
  if (typeof value !== 'boolean') throw popmError('INVALID_ARGUMENT', path, 'a boolean', value);
  return value;
}

/** @internal Checks the engagement pair; returns level indexes. */
export function checkEngagement(s: unknown, path: PopmPath): { current: number; desired: number } {
  const rec = requireObject(s, path, 'a stakeholder object');
  const e = requireObject(rec.engagement, [...path, 'engagement'], '{ current, desired }');
  return {
    current: ENGAGEMENT_LEVELS.indexOf(
      requireOneOf(e.current, ENGAGEMENT_LEVELS, [...path, 'engagement', 'current']),
    ),
    desired: ENGAGEMENT_LEVELS.indexOf(
      requireOneOf(e.desired, ENGAGEMENT_LEVELS, [...path, 'engagement', 'desired']),
    ),
  };
}

/** @internal Checks the communication plan and last contact. */
export function checkCommunication(
  s: unknown,
  path: PopmPath,
): { channel: string; everyDays: number; last: number | null } {
  const rec = requireObject(s, path, 'a stakeholder object');
  const c = requireObject(rec.communication, [...path, 'communication'], '{ channel, everyDays }');
  return {
    channel: requireString(c.channel, [...path, 'communication', 'channel']),
    everyDays: requireNumber(c.everyDays, [...path, 'communication', 'everyDays'], {
      min: 1,
      integer: true,
    }),
    last:
      rec.lastContactedOn === undefined
        ? null
        : toEpochDay(rec.lastContactedOn, [...path, 'lastContactedOn']),
  };
}

/** @internal Checks a register's shape, ids and names; returns it typed. */
export function checkRegister(
  register: unknown,
  path: PopmPath = ['register'],
): readonly Stakeholder[] {
  const list = requireArray<Stakeholder>(register, path);
  indexById(list, path);
  list.forEach((s, i) => {
    requireString((s as unknown as Record<string, unknown>).name, [...path, i, 'name']);
  });
  return list;
}
