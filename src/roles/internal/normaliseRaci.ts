/**
 * @internal Reading a RACI input: its activities and people as entities,
 * its assignments as records keyed by ids (read safely, `__proto__`
 * included), every cell normalised to a shared frozen list of letters.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { ownKeys, readEntity, readMeta, readProperty } from '../../core/internal/readObject.js';
import { requireOneOf, requireString } from '../../core/internal/validate.js';
import type { RaciActivity, RaciLetter, RaciPerson, RaciVariant } from '../createRaci.js';
import { readList } from './readList.js';

/**
 * The letters each variant allows, in display order.
 *
 * @example
 * RACI_LETTERS.RASCI; //=> ['R', 'A', 'S', 'C', 'I']
 */
export const RACI_LETTERS: Readonly<Record<RaciVariant, readonly RaciLetter[]>> = deepFreeze({
  RACI: ['R', 'A', 'C', 'I'],
  RASCI: ['R', 'A', 'S', 'C', 'I'],
} satisfies Record<RaciVariant, RaciLetter[]>);

const ENTRY_KEYS = {
  activities: ['id', 'title', 'meta'],
  people: ['id', 'name', 'role', 'meta'],
} as const;

type Entry = {
  id: string;
  title?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  meta?: object | undefined;
};

function readEntry(entry: unknown, path: PopmPath, key: 'activities' | 'people'): Entry {
  const what = 'a non-empty string id or an object with an id';
  if (typeof entry === 'string') return { id: requireString(entry, path, what) };
  const rec: Readonly<Record<string, unknown>> = readEntity(entry, path, ENTRY_KEYS[key], what);
  const out: Entry = { id: requireString(rec.id, [...path, 'id'], 'a non-empty string id') };
  for (const field of ['title', 'name', 'role'] as const)
    if (rec[field] !== undefined) out[field] = requireString(rec[field], [...path, field]);
  const meta = readMeta(rec.meta, [...path, 'meta']);
  if (meta !== undefined) out.meta = meta;
  return out;
}

function normaliseEntries(list: unknown, base: PopmPath, key: 'activities' | 'people'): Entry[] {
  const path = [...base, key];
  const seen = new Map<string, number>();
  return readList(list, path).map((entry, i) => {
    const out = readEntry(entry, [...path, i], key);
    const first = seen.get(out.id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [...path, i, 'id'], 'a unique id', out.id, {
        id: out.id,
        firstIndex: first,
      });
    seen.set(out.id, i);
    return out;
  });
}

const BIT: Readonly<Record<string, number>> = { R: 1, A: 2, S: 4, C: 8, I: 16 };
const ORDER: readonly RaciLetter[] = ['R', 'A', 'S', 'C', 'I'];
// One shared frozen array per set of letters: cells repeat, and results are frozen anyway.
const BY_MASK: (readonly RaciLetter[] | undefined)[] = [];

function lettersOf(mask: number): readonly RaciLetter[] {
  let out = BY_MASK[mask];
  if (out === undefined) {
    out = Object.freeze(ORDER.filter((l) => (mask & (BIT[l] as number)) !== 0));
    BY_MASK[mask] = out;
  }
  return out;
}

function cellLetters(
  cell: unknown,
  allowed: readonly RaciLetter[],
  variant: RaciVariant,
  path: PopmPath,
): readonly RaciLetter[] {
  const list: readonly unknown[] = Array.isArray(cell) ? readList(cell, path) : [cell];
  if (list.length === 0)
    throw popmError('INVALID_ARGUMENT', path, `at least one letter of ${variant}`, cell);
  let mask = 0;
  for (let k = 0; k < list.length; k++) {
    const letter = list[k];
    if (typeof letter === 'string' && (allowed as readonly string[]).includes(letter)) {
      mask |= BIT[letter] as number;
    } else {
      requireOneOf(letter, allowed, Array.isArray(cell) ? [...path, k] : path);
    }
  }
  return lettersOf(mask);
}

/** @internal A checked RACI input, with rows and cells as entries in input order. */
export interface NormalisedRaci {
  readonly variant: RaciVariant;
  readonly activities: RaciActivity[];
  readonly people: RaciPerson[];
  /** `[activityId, Map<personId, letters>]` in key order. */
  readonly rows: [string, Map<string, readonly RaciLetter[]>][];
}

const RACI_KEYS = ['activities', 'people', 'assignments', 'variant'] as const;

/** Own entries of a record keyed by ids (any string, `__proto__` included), read safely. */
function entriesOf(value: unknown, path: PopmPath, what: string): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw popmError('INVALID_ARGUMENT', path, what, value);
  return ownKeys(value, path).map((k) => [k, readProperty(value, k, path)]);
}

/**
 * @internal Checks the shape of a RACI input and normalises its cells; does
 * not freeze. Paths start at `base` (the public parameter's name).
 */
export function normaliseRaci(input: unknown, base: PopmPath): NormalisedRaci {
  const rec = readEntity(
    input,
    base,
    RACI_KEYS,
    'a RACI matrix { activities, people, assignments }',
  );
  const variant =
    rec.variant === undefined
      ? 'RACI'
      : requireOneOf<RaciVariant>(rec.variant, ['RACI', 'RASCI'], [...base, 'variant']);
  const allowed = RACI_LETTERS[variant];
  const activities = normaliseEntries(rec.activities, base, 'activities') as RaciActivity[];
  const people = normaliseEntries(rec.people, base, 'people') as RaciPerson[];
  const path = [...base, 'assignments'];
  const rows: [string, Map<string, readonly RaciLetter[]>][] = [];
  for (const [activityId, rowValue] of entriesOf(rec.assignments, path, 'an object of rows')) {
    const rowPath = [...path, activityId];
    const cells = new Map<string, readonly RaciLetter[]>();
    for (const [personId, cell] of entriesOf(rowValue, rowPath, 'an object of cells'))
      cells.set(personId, cellLetters(cell, allowed, variant, [...rowPath, personId]));
    rows.push([activityId, cells]);
  }
  return { variant, activities, people, rows };
}
