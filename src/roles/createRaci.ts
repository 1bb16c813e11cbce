import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { requireArray, requireObject, requireOneOf, requireString } from '../core/validate.js';

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
  readonly title?: string;
}

/** A person or role (column) of a RACI matrix. */
export interface RaciPerson {
  /** Unique id within the matrix. */
  readonly id: string;
  /** Optional display name. */
  readonly name?: string;
  /** Optional job or role, e.g. `'Product Owner'`. */
  readonly role?: string;
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
  readonly variant?: RaciVariant;
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

function normaliseEntries(
  list: unknown,
  key: 'activities' | 'people',
  extra: 'title' | 'name',
): { id: string; title?: string; name?: string; role?: string }[] {
  const arr = requireArray(list, [key]);
  const seen = new Map<string, number>();
  return arr.map((entry, i) => {
    let out: { id: string; title?: string; name?: string; role?: string };
    if (typeof entry === 'string') {
      out = { id: requireString(entry, [key, i], 'a non-empty string id or an object with an id') };
    } else {
      const rec = requireObject(entry, [key, i], 'a non-empty string id or an object with an id');
      out = { id: requireString(rec.id, [key, i, 'id'], 'a non-empty string id') };
      if (rec[extra] !== undefined) out[extra] = requireString(rec[extra], [key, i, extra]);
      if (key === 'people' && rec.role !== undefined)
        out.role = requireString(rec.role, [key, i, 'role']);
    }
    const first = seen.get(out.id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [key, i, 'id'], 'a unique id', out.id, {
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
  activityId: string,
  personId: string,
): readonly RaciLetter[] {
  const list: readonly unknown[] = Array.isArray(cell) ? cell : [cell];
  if (list.length === 0)
    throw popmError(
      'INVALID_ARGUMENT',
      ['assignments', activityId, personId],
      `at least one letter of ${variant}`,
      cell,
    );
  let mask = 0;
  for (let k = 0; k < list.length; k++) {
    const letter = list[k];
    if (typeof letter === 'string' && (allowed as readonly string[]).includes(letter)) {
      mask |= BIT[letter] as number;
    } else {
      const path = ['assignments', activityId, personId];
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

/** @internal Checks the shape of a RACI input and normalises its cells; does not freeze. */
export function normaliseRaci(input: RaciInput): NormalisedRaci {
  const rec = requireObject(input, []);
  const variant =
    rec.variant === undefined
      ? 'RACI'
      : requireOneOf<RaciVariant>(rec.variant, ['RACI', 'RASCI'], ['variant']);
  const allowed = RACI_LETTERS[variant];
  const activities = normaliseEntries(rec.activities, 'activities', 'title') as RaciActivity[];
  const people = normaliseEntries(rec.people, 'people', 'name') as RaciPerson[];
  const raw = requireObject(rec.assignments, ['assignments']);
  const rows: [string, Map<string, readonly RaciLetter[]>][] = [];
  for (const activityId of Object.keys(raw)) {
    const row = requireObject(raw[activityId], ['assignments', activityId]);
    const cells = new Map<string, readonly RaciLetter[]>();
    for (const personId of Object.keys(row)) {
      cells.set(personId, cellLetters(row[personId], allowed, variant, activityId, personId));
    }
    rows.push([activityId, cells]);
  }
  return { variant, activities, people, rows };
}

/**
 * Builds a RACI (or RASCI) responsibility assignment matrix: activities as
 * rows, people as columns, and the letters each person holds on each
 * activity. Letters are normalised to distinct lists in display order.
 * Broken rules (no Accountable, unknown people…) are not errors here: ask
 * {@link validateRaci} for the findings.
 *
 * @param input - activities, people, assignments and the variant (default `'RACI'`)
 * @returns the normalised matrix, frozen
 * @throws PopmError `INVALID_ARGUMENT` for a wrong shape, an empty id, an empty
 *   cell or a letter the variant does not allow (`'S'` in RACI);
 *   `DUPLICATE_ID` for two activities or two people with one id
 * @example
 * const m = createRaci({
 *   activities: ['order-backlog'],
 *   people: ['ana', 'team'],
 *   assignments: { 'order-backlog': { ana: ['A', 'R'], team: 'C' } },
 * });
 * m.assignments['order-backlog'].ana; //=> ['R', 'A']
 */
export function createRaci(input: RaciInput): RaciMatrix {
  const { variant, activities, people, rows } = normaliseRaci(input);
  // fromEntries defines own properties, so an id like '__proto__' stays data.
  const assignments = Object.fromEntries(rows.map(([a, cells]) => [a, Object.fromEntries(cells)]));
  return deepFreeze({ variant, activities, people, assignments });
}
