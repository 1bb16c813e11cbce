/**
 * @internal Reading and checking stakeholders. A register is read once into
 * fresh records of known keys (the core's entity reader), so no getter,
 * Proxy, prototype or unknown key of the caller's objects reaches a result;
 * the functions then check the fields each one needs.
 */
import { toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { closestKey, readEntity, readMeta } from '../../core/internal/readObject.js';
import { requireNumber, requireOneOf, requireString } from '../../core/internal/validate.js';
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

// Unknown keys already judged against each key list (an app's own keys repeat on every row); bounded.
const NEAR_MISS = new Map<readonly string[], Map<string, boolean>>();

function isNearMiss(key: string, known: readonly string[]): boolean {
  let verdicts = NEAR_MISS.get(known);
  if (verdicts === undefined) {
    verdicts = new Map();
    NEAR_MISS.set(known, verdicts);
  }
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = closestKey(key, known) !== undefined;
    if (verdicts.size < 1024) verdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * Reads an entity by the core's rule (near-miss keys rejected, others
 * ignored, own enumerable data only) into `fresh`, a record that already has
 * every known key (so all records share one shape: a register of 10,000
 * rows reads three times faster than with keys added one by one). Anything
 * unusual — a near-miss key, a throwing getter or Proxy, a prototype other
 * than Object's, a non-object — goes to the core reader, which reports it.
 */
function readFast<K extends string>(
  value: unknown,
  where: Where,
  known: readonly K[],
  knownSet: ReadonlySet<string>,
  fresh: Record<string, unknown>,
  what: string,
): { readonly [P in K]?: unknown } {
  return copyPlain(value, known, knownSet, fresh) ?? readEntity(value, pathOf(where), known, what);
}

/**
 * The fast path of {@link readFast}: copies a plain object's known keys into
 * `fresh`, or returns null for anything unusual (the core reader then reports it).
 */
function copyPlain<K extends string>(
  value: unknown,
  known: readonly K[],
  knownSet: ReadonlySet<string>,
  fresh: Record<string, unknown>,
): { readonly [P in K]?: unknown } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return null;
    const keys = Object.keys(value);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      if (knownSet.has(key)) fresh[key] = (value as Record<string, unknown>)[key];
      else if (isNearMiss(key, known)) return null;
    }
    return fresh as { readonly [P in K]?: unknown };
  } catch {
    // The core reader reports the object or key that failed.
    return null;
  }
}

/** Where an object sits, kept apart so the path array is only built for an error. */
interface Where {
  readonly base: PopmPath;
  readonly i: number | undefined;
  readonly key: string | undefined;
}

function pathOf(w: Where): PopmPath {
  return w.key === undefined ? at(w.base, w.i) : at(w.base, w.i, w.key);
}

const KNOWN: ReadonlySet<string> = new Set(STAKEHOLDER_KEYS);

/** @internal Reads one stakeholder into a fresh record (near-miss keys rejected, others ignored). */
export function readStakeholder(
  value: unknown,
  base: PopmPath,
  i?: number | undefined,
): StakeholderRecord {
  return readFast(
    value,
    { base, i, key: undefined },
    STAKEHOLDER_KEYS,
    KNOWN,
    {
      id: undefined,
      name: undefined,
      organisation: undefined,
      power: undefined,
      interest: undefined,
      legitimacy: undefined,
      urgency: undefined,
      engagement: undefined,
      communication: undefined,
      lastContactedOn: undefined,
      inviteToReviews: undefined,
      meta: undefined,
    },
    'a stakeholder object',
  );
}

const ENGAGEMENT_KEYS = ['current', 'desired'] as const;
const ENGAGEMENT_SET: ReadonlySet<string> = new Set(ENGAGEMENT_KEYS);
const PLAN_KEYS = ['channel', 'everyDays'] as const;
const PLAN_SET: ReadonlySet<string> = new Set(PLAN_KEYS);

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

function levelIndex(value: unknown, base: PopmPath, i: number | undefined, key: string): number {
  const k = ENGAGEMENT_LEVELS.indexOf(value as EngagementLevel);
  if (k >= 0) return k;
  // On a miss, requireOneOf throws with the path; the fast path builds no path.
  const path = at(base, i, 'engagement', key);
  return ENGAGEMENT_LEVELS.indexOf(requireOneOf(value, ENGAGEMENT_LEVELS, path));
}

/** @internal Checks the engagement pair of a record; returns level indexes. */
export function checkEngagement(
  rec: StakeholderRecord,
  base: PopmPath,
  i?: number,
): { current: number; desired: number } {
  const eng = readFast(
    rec.engagement,
    { base, i, key: 'engagement' },
    ENGAGEMENT_KEYS,
    ENGAGEMENT_SET,
    { current: undefined, desired: undefined },
    '{ current, desired }',
  );
  return {
    current: levelIndex(eng.current, base, i, 'current'),
    desired: levelIndex(eng.desired, base, i, 'desired'),
  };
}

/** @internal Checks the communication plan and last contact (`days` caches date parsing). */
export function checkCommunication(
  rec: StakeholderRecord,
  base: PopmPath,
  i?: number,
  days?: Map<string, number>,
): { channel: string; everyDays: number; last: number | null } {
  const plan = readFast(
    rec.communication,
    { base, i, key: 'communication' },
    PLAN_KEYS,
    PLAN_SET,
    { channel: undefined, everyDays: undefined },
    '{ channel, everyDays }',
  );
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

/**
 * The near-miss rule for a stakeholder's nested entities, whichever function
 * reads the register: `engagement: { curret }` is refused with its suggestion
 * even by a function that never reads the engagement (the register is one
 * document). Their values are checked by the functions that use them.
 */
function checkNestedKeys(rec: StakeholderRecord, base: PopmPath, i: number): void {
  if (isPlainObject(rec.engagement))
    readFast(
      rec.engagement,
      { base, i, key: 'engagement' },
      ENGAGEMENT_KEYS,
      ENGAGEMENT_SET,
      {},
      '{ current, desired }',
    );
  if (isPlainObject(rec.communication))
    readFast(
      rec.communication,
      { base, i, key: 'communication' },
      PLAN_KEYS,
      PLAN_SET,
      {},
      '{ channel, everyDays }',
    );
}

function isPlainObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
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
    const rec = readStakeholder(value, path, i);
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
    checkNestedKeys(rec, path, i);
    return rec as CheckedStakeholder;
  });
}
