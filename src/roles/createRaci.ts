import { deepFreeze } from '../core/freeze.js';
import { normaliseRaci } from './internal/normaliseRaci.js';

/**
 * A participation letter: Responsible, Accountable, Consulted, Informed,
 * and, in RASCI only, Support.
 */
export type RaciLetter = 'R' | 'A' | 'S' | 'C' | 'I';

/** `'RACI'` (R, A, C, I) or `'RASCI'` (adds S, Support). */
export type RaciVariant = 'RACI' | 'RASCI';

export { RACI_LETTERS } from './internal/normaliseRaci.js';

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
