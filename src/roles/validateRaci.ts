import { type PopmErrorCode, type PopmPath, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/internal/validate.js';
import type { RaciInput, RaciMatrix } from './createRaci.js';
import { normaliseRaci } from './internal/normaliseRaci.js';
import { raciFindings } from './internal/raciFindings.js';

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
  readonly activity?: string | undefined;
  /** The person concerned, when the rule is about one person. */
  readonly person?: string | undefined;
  /** The people involved (e.g. the several Accountables), in column order. */
  readonly people?: readonly string[] | undefined;
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
  readonly maxAccountableShare?: number | undefined;
  /**
   * Overload is only judged when the matrix has at least this many
   * activities; default `4` (in a two-row matrix someone is always "half").
   */
  readonly minActivitiesForOverload?: number | undefined;
  /**
   * Read a lone Accountable with no Responsible on the activity as doing the
   * work too (the "implied R" convention some organisations use); default
   * `false`, so such a row is an `at-least-one-responsible` error. When
   * `true`, that person also counts as Responsible in {@link RaciLoad}.
   */
  readonly accountableImpliesResponsible?: boolean | undefined;
}

/** The report of {@link validateRaci}. */
export interface RaciValidation {
  /** The verdict: true when there is no finding of severity `'error'` (warnings allowed). */
  readonly ok: boolean;
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
 * @returns the report `{ ok, findings, load }`, frozen (use {@link assertRaci} to throw instead)
 * @throws PopmError as {@link createRaci} for a malformed matrix;
 *   `INVALID_NUMBER` / `OUT_OF_RANGE` for a bad share or activity count;
 *   `INVALID_ARGUMENT` when `options` is not an object, has an unknown key,
 *   or `accountableImpliesResponsible` is not a boolean. Paths start at
 *   `matrix` or `options`.
 * @example
 * const v = validateRaci({
 *   activities: ['approve-budget'],
 *   people: ['ana', 'ben'],
 *   assignments: { 'approve-budget': { ana: 'A', ben: 'A' } },
 * });
 * v.ok; //=> false
 * v.findings.map((f) => f.rule);
 * //=> ['exactly-one-accountable', 'at-least-one-responsible']
 * validateRaci(
 *   { activities: ['sign-off'], people: ['ana'], assignments: { 'sign-off': { ana: 'A' } } },
 *   { accountableImpliesResponsible: true },
 * ).ok; //=> true
 */
export function validateRaci(matrix: RaciInput, options?: ValidateRaciOptions): RaciValidation {
  const opts = readOptions(options, ['options'], OPTION_KEYS);
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
  const m = normaliseRaci(matrix, ['matrix']);
  const { findings, load } = raciFindings(m, { maxShare, minActivities, implied });
  return deepFreeze({
    ok: findings.every((f) => f.severity !== 'error'),
    findings,
    load,
  });
}

const OPTION_KEYS = [
  'maxAccountableShare',
  'minActivitiesForOverload',
  'accountableImpliesResponsible',
] as const;

const CODE_OF: Readonly<Record<RaciRule, PopmErrorCode>> = {
  'exactly-one-accountable': 'INVALID_ARGUMENT',
  'at-least-one-responsible': 'INVALID_ARGUMENT',
  'one-letter-per-person': 'INVALID_ARGUMENT',
  'unknown-activity': 'NOT_FOUND',
  'unknown-person': 'NOT_FOUND',
  'person-without-role': 'INVALID_ARGUMENT',
  'overloaded-person': 'INVALID_ARGUMENT',
};

const EXPECTED: Readonly<Record<RaciRule, string>> = {
  'exactly-one-accountable': 'exactly one Accountable',
  'at-least-one-responsible': 'at least one Responsible',
  'one-letter-per-person': 'one letter per person (only A with R may combine)',
  'unknown-activity': 'an activity of the matrix',
  'unknown-person': 'a person of the matrix',
  'person-without-role': 'a letter on some activity',
  'overloaded-person': 'a smaller share of Accountable activities',
};

/**
 * Checks a RACI (or RASCI) matrix like {@link validateRaci} and throws for
 * its first error finding (warnings do not throw); returns the matrix,
 * normalised and frozen as {@link createRaci} builds it.
 *
 * @param matrix - a matrix from {@link createRaci}, or its input
 * @param options - as for {@link validateRaci}
 * @returns the normalised matrix
 * @throws PopmError for the first error finding: `INVALID_ARGUMENT` at
 *   `matrix.assignments.<activity>` for `exactly-one-accountable` or
 *   `at-least-one-responsible`; `NOT_FOUND` at
 *   `matrix.assignments.<activity>` (`unknown-activity`) or
 *   `matrix.assignments.<activity>.<person>` (`unknown-person`);
 *   `details.rule` names the rule and `details.finding` holds the finding.
 *   Any error of {@link validateRaci} for a malformed matrix or options.
 * @example
 * const m = assertRaci({ activities: ['deploy'], people: ['ana'], assignments: { deploy: { ana: ['A', 'R'] } } });
 * m.assignments.deploy?.ana; //=> ['R', 'A']
 * try {
 *   assertRaci({ activities: ['deploy'], people: ['ana', 'ben'], assignments: { deploy: { ana: 'A', ben: 'A' } } });
 * } catch (e) {
 *   if (isPopmError(e)) {
 *     e.code; //=> 'INVALID_ARGUMENT'
 *     e.path; //=> ['matrix', 'assignments', 'deploy']
 *     e.details?.rule; //=> 'exactly-one-accountable'
 *   }
 * }
 */
export function assertRaci(matrix: RaciInput, options?: ValidateRaciOptions): RaciMatrix {
  const report = validateRaci(matrix, options);
  const first = report.findings.find((f) => f.severity === 'error');
  if (first !== undefined) {
    const path: (string | number)[] = ['matrix', 'assignments'];
    if (first.activity !== undefined) path.push(first.activity);
    if (first.rule === 'unknown-person' && first.person !== undefined) path.push(first.person);
    throw popmError(CODE_OF[first.rule], path, EXPECTED[first.rule], first.message, {
      rule: first.rule,
      finding: first,
    });
  }
  const m = normaliseRaci(matrix, ['matrix']);
  const assignments = Object.fromEntries(
    m.rows.map(([a, cells]) => [a, Object.fromEntries(cells)]),
  );
  return deepFreeze({
    variant: m.variant,
    activities: m.activities,
    people: m.people,
    assignments,
  });
}
