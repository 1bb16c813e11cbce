/**
 * @internal Reads one backlog item from untrusted input into a fresh, frozen
 * {@link BacklogItem}: the 1.0 entity rule (near-miss keys rejected, other
 * unknown keys ignored), every field checked, defaults filled in.
 */
import { assertIsoDate } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity, readMeta, safeCopy } from '../../core/internal/readObject.js';
import { requireNumber, requireOneOf, requireString } from '../../core/internal/validate.js';
import { cd3 } from '../cd3.js';
import { ice } from '../ice.js';
import { KANO_CATEGORIES } from '../kano.js';
import { RICE_CONFIDENCE, RICE_IMPACT, rice } from '../rice.js';
import type { BacklogItem } from '../types.js';
import { ITEM_KINDS, ITEM_STATUSES, MOSCOW_CATEGORIES } from '../types.js';
import { valueEffort } from '../valueEffort.js';
import { wsjf } from '../wsjf.js';
import { ownItem } from './own.js';
import { rooted } from './rooted.js';

/** @internal Every key a backlog item accepts. */
export const ITEM_KEYS = [
  'id',
  'title',
  'kind',
  'status',
  'estimate',
  'dependsOn',
  'tags',
  'createdOn',
  'wsjf',
  'rice',
  'ice',
  'cd3',
  'moscow',
  'kano',
  'valueEffort',
  'criteria',
  'meta',
] as const;

type ItemRecord = { readonly [K in (typeof ITEM_KEYS)[number]]?: unknown };

const EMPTY: readonly string[] = Object.freeze([]);

/** @internal A list of unique non-empty strings (ids or tags), copied and frozen. */
export function readStringList(value: unknown, path: PopmPath, what: string): readonly string[] {
  if (!Array.isArray(value)) throw popmError('INVALID_ARGUMENT', path, 'an array', value);
  const list = safeCopy(value, path) as readonly unknown[];
  const seen = new Set<string>();
  list.forEach((v, j) => {
    const s = requireString(v, [...path, j], what);
    if (seen.has(s)) throw popmError('DUPLICATE_ID', [...path, j], 'no repeats', s);
    seen.add(s);
  });
  return list as readonly string[];
}

function readCriteria(value: unknown, path: PopmPath): Readonly<Record<string, number>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw popmError('INVALID_ARGUMENT', path, 'an object of values by criterion', value);
  const copy = safeCopy(value, path) as Readonly<Record<string, unknown>>;
  for (const k of Object.keys(copy)) requireNumber(copy[k], [...path, k]);
  return copy as Readonly<Record<string, number>>;
}

// A named RICE level is kept as written; any other figure as the number used.
function riceLevel(raw: unknown, used: number, names: object): number | string {
  return typeof raw === 'string' && Object.hasOwn(names, raw) ? raw : used;
}

/** The scoring inputs, each read once into a fresh object and checked by its scorer. */
function readScoreInputs(r: ItemRecord, path: PopmPath, out: Record<string, unknown>): void {
  if (r.wsjf !== undefined) {
    const w = rooted([...path, 'wsjf'], 1, () => wsjf(r.wsjf as never));
    out.wsjf = Object.freeze({
      businessValue: w.businessValue,
      timeCriticality: w.timeCriticality,
      riskReduction: w.riskReduction,
      jobSize: w.jobSize,
    });
  }
  if (r.rice !== undefined) {
    const raw = rooted([...path, 'rice'], 1, () =>
      readEntity(r.rice, ['input'], ['reach', 'impact', 'confidence', 'effort'], 'RICE inputs'),
    );
    const x = rooted([...path, 'rice'], 1, () => rice(raw as never));
    out.rice = Object.freeze({
      reach: x.reach,
      impact: riceLevel(raw.impact, x.impact, RICE_IMPACT),
      confidence: riceLevel(raw.confidence, x.confidence, RICE_CONFIDENCE),
      effort: x.effort,
    });
  }
  if (r.ice !== undefined) {
    const x = rooted([...path, 'ice'], 1, () => ice(r.ice as never));
    out.ice = Object.freeze({ impact: x.impact, confidence: x.confidence, ease: x.ease });
  }
  if (r.cd3 !== undefined) {
    const x = rooted([...path, 'cd3'], 1, () => cd3(r.cd3 as never));
    out.cd3 = Object.freeze({ costOfDelay: x.costOfDelay, duration: x.duration });
  }
}

/**
 * @internal Validates one item and returns a fresh frozen {@link BacklogItem}
 * holding only the known fields, defaults filled in, recorded as popm's own.
 * Does not check that dependencies exist (the backlog does that).
 */
export function readItem(input: unknown, path: PopmPath): BacklogItem {
  const r: ItemRecord = readEntity(input, path, ITEM_KEYS, 'a backlog item ({ id, title, … })');
  const id = requireString(r.id, [...path, 'id'], 'a non-empty string id');
  const out: Record<string, unknown> = {
    id,
    title: requireString(r.title, [...path, 'title'], 'a non-empty title'),
  };
  if (r.kind !== undefined) out.kind = requireOneOf(r.kind, ITEM_KINDS, [...path, 'kind']);
  out.status =
    r.status === undefined ? 'todo' : requireOneOf(r.status, ITEM_STATUSES, [...path, 'status']);
  if (r.estimate !== undefined)
    out.estimate = requireNumber(r.estimate, [...path, 'estimate'], { min: 0 });
  const dependsOn =
    r.dependsOn === undefined
      ? EMPTY
      : readStringList(r.dependsOn, [...path, 'dependsOn'], 'a non-empty string id');
  const self = dependsOn.indexOf(id);
  if (self >= 0)
    throw popmError('CYCLE', [...path, 'dependsOn', self], 'no dependency on itself', id, {
      cycle: [id],
    });
  out.dependsOn = dependsOn;
  out.tags =
    r.tags === undefined
      ? EMPTY
      : readStringList(r.tags, [...path, 'tags'], 'a non-empty string tag');
  if (r.createdOn !== undefined) out.createdOn = assertIsoDate(r.createdOn, [...path, 'createdOn']);
  readScoreInputs(r, path, out);
  if (r.moscow !== undefined)
    out.moscow = requireOneOf(r.moscow, MOSCOW_CATEGORIES, [...path, 'moscow']);
  if (r.kano !== undefined) out.kano = requireOneOf(r.kano, KANO_CATEGORIES, [...path, 'kano']);
  if (r.valueEffort !== undefined) {
    const x = rooted([...path, 'valueEffort'], 1, () => valueEffort(r.valueEffort as never));
    out.valueEffort = Object.freeze({ value: x.value, effort: x.effort });
  }
  if (r.criteria !== undefined) out.criteria = readCriteria(r.criteria, [...path, 'criteria']);
  const meta = readMeta(r.meta, [...path, 'meta']);
  if (meta !== undefined) out.meta = meta;
  return ownItem(out);
}
