import { type PopmPath, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { requireNumber, requireObject } from '../core/validate.js';
import { normaliseRaci, type RaciInput, type RaciLetter } from './createRaci.js';

function checkFlag(value: unknown, path: PopmPath): boolean {
  if (typeof value !== 'boolean') throw popmError('INVALID_ARGUMENT', path, 'a boolean', value);
  return value;
}

/**
 * The rule a RACI finding reports:
 * - `exactly-one-accountable`: an activity has no Accountable, or more than one (the "golden rule").
 * - `at-least-one-responsible`: nobody is Responsible for an activity.
 * - `one-letter-per-person`: a person holds several letters on one activity
 *   (Accountable plus Responsible is allowed).
 * - `unknown-activity`: assignments name an activity that is not a row.
 * - `unknown-person`: assignments name a person who is not a column.
 * - `person-without-role`: a person holds no letter on any activity.
 * - `overloaded-person`: a person is Accountable for more than the allowed share of activities.
 */
export type RaciRule =
  | 'exactly-one-accountable'
  | 'at-least-one-responsible'
  | 'one-letter-per-person'
  | 'unknown-activity'
  | 'unknown-person'
  | 'person-without-role'
  | 'overloaded-person';

/**
 * Every {@link RaciRule}: the activity rules first, then the person rules.
 *
 * @example
 * RACI_RULES[0]; //=> 'exactly-one-accountable'
 */
export const RACI_RULES: readonly RaciRule[] = Object.freeze([
  'exactly-one-accountable',
  'at-least-one-responsible',
  'one-letter-per-person',
  'unknown-activity',
  'unknown-person',
  'person-without-role',
  'overloaded-person',
] as const);

/** One broken rule in a RACI matrix. */
export interface RaciFinding {
  /** Which rule. */
  readonly rule: RaciRule;
  /** `'error'` breaks the matrix; `'warning'` deserves a look. */
  readonly severity: 'error' | 'warning';
  /** The activity concerned, when the rule is about one activity. */
  readonly activity?: string;
  /** The person concerned, when the rule is about one person. */
  readonly person?: string;
  /** The people involved (e.g. the several Accountables), in column order. */
  readonly people?: readonly string[];
  /** What is wrong, for people. */
  readonly message: string;
}

/** One person's load in a RACI matrix. */
export interface RaciLoad {
  /** The person's id. */
  readonly person: string;
  /** Activities the person is Accountable for. */
  readonly accountable: number;
  /**
   * Activities the person is Responsible for (with `accountableImpliesResponsible`,
   * also those where their lone A stands for the missing R).
   */
  readonly responsible: number;
  /** Activities the person holds any letter on. */
  readonly involved: number;
  /** `accountable / number of activities` (0 when there are no activities). */
  readonly accountableShare: number;
}

/** Options of {@link validateRaci}. */
export interface ValidateRaciOptions {
  /**
   * A person Accountable for more than this share of the activities is
   * overloaded; default `0.5`. Must be in `[0, 1]`.
   */
  readonly maxAccountableShare?: number;
  /**
   * Overload is only judged when the matrix has at least this many
   * activities; default `4` (in a two-row matrix someone is always "half").
   */
  readonly minActivitiesForOverload?: number;
  /**
   * Read a lone Accountable with no Responsible on the activity as doing the
   * work too (the "implied R" convention some organisations use); default
   * `false`, so such a row is an `at-least-one-responsible` error. When
   * `true`, that person also counts as Responsible in {@link RaciLoad}.
   */
  readonly accountableImpliesResponsible?: boolean;
}

/** The result of {@link validateRaci}. */
export interface RaciValidation {
  /** True when there is no finding of severity `'error'`. */
  readonly valid: boolean;
  /**
   * Every finding: per activity in row order, then the unknown activities (each
   * followed by its unknown people) in key order, then per person in column order.
   */
  readonly findings: readonly RaciFinding[];
  /** Each person's load, in column order. */
  readonly load: readonly RaciLoad[];
}

/**
 * Checks a RACI (or RASCI) matrix against the rules of the responsibility
 * assignment matrix: exactly one Accountable per activity (the golden rule),
 * at least one Responsible (the Accountable may also be Responsible), one
 * letter per person per activity (except A with R), no unknown people or
 * activities, nobody without a role, nobody Accountable for too large a share.
 *
 * @param matrix - a matrix from {@link createRaci}, or its input
 * @param options - the overload threshold, and whether a lone A implies R
 * @returns `{ valid, findings, load }`, frozen
 * @throws PopmError as {@link createRaci} for a malformed matrix;
 *   `INVALID_NUMBER` / `OUT_OF_RANGE` for a bad share or activity count;
 *   `INVALID_ARGUMENT` when `options` is not an object or
 *   `accountableImpliesResponsible` is not a boolean
 * @example
 * const v = validateRaci({
 *   activities: ['approve-budget'],
 *   people: ['ana', 'ben'],
 *   assignments: { 'approve-budget': { ana: 'A', ben: 'A' } },
 * });
 * v.valid; //=> false
 * v.findings.map((f) => f.rule);
 * //=> ['exactly-one-accountable', 'at-least-one-responsible']
 * validateRaci(
 *   { activities: ['sign-off'], people: ['ana'], assignments: { 'sign-off': { ana: 'A' } } },
 *   { accountableImpliesResponsible: true },
 * ).valid; //=> true
 */
export function validateRaci(matrix: RaciInput, options: ValidateRaciOptions = {}): RaciValidation {
  const opts = requireObject(options, ['options']);
  const maxShare =
    opts.maxAccountableShare === undefined
      ? 0.5
      : requireNumber(opts.maxAccountableShare, ['options', 'maxAccountableShare'], {
          min: 0,
          max: 1,
        });
  const minActivities =
    opts.minActivitiesForOverload === undefined
      ? 4
      : requireNumber(opts.minActivitiesForOverload, ['options', 'minActivitiesForOverload'], {
          min: 0,
          integer: true,
        });
  const implied =
    opts.accountableImpliesResponsible === undefined
      ? false
      : checkFlag(opts.accountableImpliesResponsible, ['options', 'accountableImpliesResponsible']);
  const m = normaliseRaci(matrix);
  const findings: RaciFinding[] = [];
  const personIds = m.people.map((p) => p.id);
  const known = new Set(personIds);
  const activityIds = new Set(m.activities.map((a) => a.id));
  const load = new Map<string, { accountable: number; responsible: number; involved: number }>();
  for (const id of personIds) load.set(id, { accountable: 0, responsible: 0, involved: 0 });

  // Activities whose lone Accountable counts as Responsible (option accountableImpliesResponsible).
  const impliedR = new Set<string>();
  const checkRow = (activity: string, row: ReadonlyMap<string, readonly RaciLetter[]>) => {
    // Known people in column order, then unknown ones in key order.
    const cols: string[] = [];
    for (const p of personIds) if (row.has(p)) cols.push(p);
    for (const p of row.keys()) if (!known.has(p)) cols.push(p);
    const accountables: string[] = [];
    let responsible = false;
    for (const p of cols) {
      const letters = row.get(p) as readonly RaciLetter[];
      if (letters.includes('A')) accountables.push(p);
      if (letters.includes('R')) responsible = true;
    }
    if (accountables.length !== 1) {
      findings.push({
        rule: 'exactly-one-accountable',
        severity: 'error',
        activity,
        people: accountables,
        message:
          accountables.length === 0
            ? `${activity}: nobody is Accountable; exactly one person must be`
            : `${activity}: ${accountables.length} people are Accountable (${accountables.join(', ')}); exactly one must be`,
      });
    }
    if (!responsible && implied && accountables.length === 1) {
      responsible = true;
      impliedR.add(activity);
    }
    if (!responsible) {
      findings.push({
        rule: 'at-least-one-responsible',
        severity: 'error',
        activity,
        people: [],
        message: `${activity}: nobody is Responsible; at least one person must do the work`,
      });
    }
    for (const p of cols) {
      const letters = row.get(p) as readonly RaciLetter[];
      const isAr = letters.length === 2 && letters.includes('A') && letters.includes('R');
      if (letters.length > 1 && !isAr) {
        findings.push({
          rule: 'one-letter-per-person',
          severity: 'warning',
          activity,
          person: p,
          message: `${activity}: ${p} holds ${letters.join('+')}; give one letter per person (only A with R may combine)`,
        });
      }
    }
    for (const p of cols) {
      if (known.has(p)) continue;
      findings.push({
        rule: 'unknown-person',
        severity: 'error',
        activity,
        person: p,
        message: `${activity}: ${p} is not one of the people in the matrix`,
      });
    }
  };

  const byActivity = new Map(m.rows);
  const empty: ReadonlyMap<string, readonly RaciLetter[]> = new Map();
  for (const a of m.activities) {
    const row = byActivity.get(a.id) ?? empty;
    checkRow(a.id, row);
    const rImplied = impliedR.has(a.id);
    for (const [p, letters] of row) {
      const l = load.get(p);
      if (l === undefined) continue;
      l.involved++;
      if (letters.includes('A')) l.accountable++;
      if (letters.includes('R') || (rImplied && letters.includes('A'))) l.responsible++;
    }
  }
  for (const [activity, row] of m.rows) {
    if (activityIds.has(activity)) continue;
    findings.push({
      rule: 'unknown-activity',
      severity: 'error',
      activity,
      message: `${activity}: is not one of the activities in the matrix`,
    });
    // A stray row can name stray people too; report them rather than hide them behind the row.
    for (const p of row.keys()) {
      if (known.has(p)) continue;
      findings.push({
        rule: 'unknown-person',
        severity: 'error',
        activity,
        person: p,
        message: `${activity}: ${p} is not one of the people in the matrix`,
      });
    }
  }
  const n = m.activities.length;
  const loads: RaciLoad[] = personIds.map((person) => {
    const l = load.get(person) as { accountable: number; responsible: number; involved: number };
    return { person, ...l, accountableShare: n === 0 ? 0 : l.accountable / n };
  });
  for (const l of loads) {
    if (l.involved === 0) {
      findings.push({
        rule: 'person-without-role',
        severity: 'warning',
        person: l.person,
        message: `${l.person}: holds no letter on any activity`,
      });
    } else if (n >= minActivities && l.accountableShare > maxShare) {
      findings.push({
        rule: 'overloaded-person',
        severity: 'warning',
        person: l.person,
        message: `${l.person}: Accountable for ${l.accountable} of ${n} activities (${Math.round(l.accountableShare * 100)}%), more than ${Math.round(maxShare * 100)}%`,
      });
    }
  }
  return deepFreeze({
    valid: findings.every((f) => f.severity !== 'error'),
    findings,
    load: loads,
  });
}
