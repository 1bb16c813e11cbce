import { type PopmPath, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { ownKeys, readEntity, readMeta, readProperty } from '../core/internal/readObject.js';
import { requireOneOf, requireString } from '../core/validate.js';
import { readList } from './internal/readList.js';

/**
 * A participation letter: Responsible, Accountable, Consulted, Informed,
 * and, in RASCI only, Support.
 */
export type RaciLetter = 'R' | 'A' | 'S' | 'C' | 'I';

/** `'RACI'` (R, A, C, I) or `'RASCI'` (adds S, Support). */
export type RaciVariant = 'RACI' | 'RASCI';

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

/** An activity (row) of a RACI matrix. */
export interface RaciActivity {
  /** Unique id within the matrix. */
  readonly id: string;
  /** Optional display title. */
  readonly title?: string | undefined;
  /** Your own data (a JSON object), carried through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** A person or role (column) of a RACI matrix. */
export interface RaciPerson {
  /** Unique id within the matrix. */
  readonly id: string;
  /** Optional display name. */
  readonly name?: string | undefined;
  /** Optional job or role, e.g. `'Product Owner'`. */
  readonly role?: string | undefined;
  /** Your own data (a JSON object), carried through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** What a person holds on one activity: one letter, or several. */
export type RaciCell = RaciLetter | readonly RaciLetter[];

/** Input of {@link createRaci} (and of {@link validateRaci}). */
export interface RaciInput {
  /** The rows; a plain string is shorthand for `{ id }`. */
  readonly activities: readonly (string | RaciActivity)[];
  /** The columns; a plain string is shorthand for `{ id }`. */
  readonly people: readonly (string | RaciPerson)[];
  /** `assignments[activityId][personId]`: the letter or letters held. */
  readonly assignments: Readonly<Record<string, Readonly<Record<string, RaciCell>>>>;
  /** Which letters are allowed; default `'RACI'`. */
  readonly variant?: RaciVariant | undefined;
}

/**
 * A normalised RACI matrix: every cell is a list of distinct letters in
 * display order. Assignments to unknown activities or people are kept, so
 * that {@link validateRaci} can report them.
 */
export interface RaciMatrix {
  /** Which letters are allowed. */
  readonly variant: RaciVariant;
  /** The rows, in input order. */
  readonly activities: readonly RaciActivity[];
  /** The columns, in input order. */
  readonly people: readonly RaciPerson[];
  /** `assignments[activityId][personId]`: the letters held, in display order. */
  readonly assignments: Readonly<Record<string, Readonly<Record<string, readonly RaciLetter[]>>>>;
}

const ENTRY_KEYS = {
  activities: ['id', 'title', 'meta'],
  people: ['id', 'name', 'role', 'meta'],
} as const;

type Entry = { id: string; title?: string; name?: string; role?: string; meta?: object };

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

/**
 * Builds a RACI (or RASCI) responsibility assignment matrix: activities as
 * rows, people as columns, and the letters each person holds on each
 * activity. Letters are normalised to distinct lists in display order.
 * Activities and people may carry `meta` (your own JSON data), copied into
 * the matrix; other keys of your own are ignored.
 * Broken rules (no Accountable, unknown people…) are not errors here: ask
 * {@link validateRaci} for the findings.
 *
 * @param input - activities, people, assignments and the variant (default `'RACI'`)
 * @returns the normalised matrix, frozen
 * @throws PopmError `INVALID_ARGUMENT` for a wrong shape, an empty id, an empty
 *   cell, a letter the variant does not allow (`'S'` in RACI), a misspelled
 *   key (`input.assignment`: did you mean 'assignments'?) or a `meta` that is
 *   not JSON; `DUPLICATE_ID` for two activities or two people with one id.
 *   Paths start at `input` (`input.assignments.deploy.ana`).
 * @example
 * const m = createRaci({
 *   activities: ['order-backlog'],
 *   people: ['ana', 'team'],
 *   assignments: { 'order-backlog': { ana: ['A', 'R'], team: 'C' } },
 * });
 * m.assignments['order-backlog'].ana; //=> ['R', 'A']
 */
export function createRaci(input: RaciInput): RaciMatrix {
  const { variant, activities, people, rows } = normaliseRaci(input, ['input']);
  // fromEntries defines own properties, so an id like '__proto__' stays data.
  const assignments = Object.fromEntries(rows.map(([a, cells]) => [a, Object.fromEntries(cells)]));
  return deepFreeze({ variant, activities, people, assignments });
}
