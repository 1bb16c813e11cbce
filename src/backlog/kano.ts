import { popmError } from '../core/errors.js';
import { readEntity } from '../core/internal/readObject.js';
import { requireArray, requireOneOf } from '../core/internal/validate.js';
import type { KanoCategory } from './scoreTypes.js';

export type { KanoCategory } from './scoreTypes.js';

/** An answer to a Kano question ("How do you feel if … is present / absent?"). */
export type KanoAnswer = 'like' | 'expect' | 'neutral' | 'tolerate' | 'dislike';

/**
 * The five answers, in the order of the evaluation table's rows and columns.
 *
 * @example
 * KANO_ANSWERS[0]; //=> 'like'
 */
export const KANO_ANSWERS: readonly KanoAnswer[] = Object.freeze([
  'like',
  'expect',
  'neutral',
  'tolerate',
  'dislike',
] as const);

/**
 * The six categories, in the order used to break ties in {@link kanoSummary}
 * (Berger et al.'s rule M > O > A > I, then reverse, then questionable).
 *
 * @example
 * KANO_CATEGORIES[0]; //=> 'must-be'
 */
export const KANO_CATEGORIES: readonly KanoCategory[] = Object.freeze([
  'must-be',
  'one-dimensional',
  'attractive',
  'indifferent',
  'reverse',
  'questionable',
] as const);

const A = 'attractive';
const O = 'one-dimensional';
const M = 'must-be';
const I = 'indifferent';
const R = 'reverse';
const Q = 'questionable';

// The standard Kano evaluation table (Kano et al. 1984; Berger et al. 1993).
// Rows: functional answer; columns: dysfunctional answer; both in KANO_ANSWERS order.
const TABLE: readonly (readonly KanoCategory[])[] = [
  [Q, A, A, A, O],
  [R, I, I, I, M],
  [R, I, I, I, M],
  [R, I, I, I, M],
  [R, R, R, R, Q],
];

/**
 * Classifies one Kano response by the standard evaluation table: the answer to
 * the functional question ("if the feature is present") and to the
 * dysfunctional question ("if it is absent").
 *
 * @param functional - answer when the feature is present
 * @param dysfunctional - answer when the feature is absent
 * @returns the category
 * @throws PopmError `INVALID_ARGUMENT` for an answer that is not one of the five
 * @example
 * kano('like', 'dislike'); //=> 'one-dimensional'
 * kano('expect', 'dislike'); //=> 'must-be'
 * kano('like', 'neutral'); //=> 'attractive'
 */
export function kano(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  const f = KANO_ANSWERS.indexOf(requireOneOf(functional, KANO_ANSWERS, ['functional']));
  const d = KANO_ANSWERS.indexOf(requireOneOf(dysfunctional, KANO_ANSWERS, ['dysfunctional']));
  return (TABLE[f] as readonly KanoCategory[])[d] as KanoCategory;
}

const RESPONSE_KEYS = ['functional', 'dysfunctional'] as const;

/** One respondent's pair of answers about one feature. */
export interface KanoResponse {
  /** Answer when the feature is present. */
  readonly functional: KanoAnswer;
  /** Answer when the feature is absent. */
  readonly dysfunctional: KanoAnswer;
}

/** Result of {@link kanoSummary}. */
export interface KanoSummary {
  /** How many responses were classified. */
  readonly responses: number;
  /** How many responses fell in each category. */
  readonly counts: Readonly<Record<KanoCategory, number>>;
  /** The most frequent category; ties go by M > O > A > I > R > Q. */
  readonly category: KanoCategory;
  /**
   * Berger et al.'s satisfaction coefficient (A + O) / (A + O + M + I), 0..1;
   * `null` when no response is A, O, M or I.
   */
  readonly better: number | null;
  /**
   * Berger et al.'s dissatisfaction coefficient −(O + M) / (A + O + M + I), −1..0;
   * `null` when no response is A, O, M or I.
   */
  readonly worse: number | null;
}

/**
 * Classifies many respondents' answers about one feature and summarises them:
 * the count per category, the most frequent category, and the better/worse
 * customer-satisfaction coefficients.
 *
 * @param responses - each respondent's functional and dysfunctional answers
 * @returns counts, the dominant category, and the better/worse coefficients
 * @throws PopmError `EMPTY_INPUT` for no responses, `INVALID_ARGUMENT` for a bad answer
 *   (path `['responses', index, 'functional' | 'dysfunctional']`) or a misspelled key
 * @example
 * const s = kanoSummary([
 *   { functional: 'like', dysfunctional: 'neutral' },
 *   { functional: 'like', dysfunctional: 'tolerate' },
 *   { functional: 'expect', dysfunctional: 'dislike' },
 *   { functional: 'neutral', dysfunctional: 'neutral' },
 * ]);
 * s.category; //=> 'attractive'
 * s.better;   //=> 0.5
 * s.worse;    //=> -0.25
 */
export function kanoSummary(responses: readonly KanoResponse[]): KanoSummary {
  const list = requireArray<KanoResponse>(responses, ['responses']);
  if (list.length === 0)
    throw popmError('EMPTY_INPUT', ['responses'], 'at least one response', list);
  const counts: Record<KanoCategory, number> = {
    'must-be': 0,
    'one-dimensional': 0,
    attractive: 0,
    indifferent: 0,
    reverse: 0,
    questionable: 0,
  };
  for (let i = 0; i < list.length; i++) {
    const r = readEntity(
      list[i],
      ['responses', i],
      RESPONSE_KEYS,
      'a { functional, dysfunctional } response',
    );
    const f = requireOneOf(r.functional, KANO_ANSWERS, ['responses', i, 'functional']);
    const d = requireOneOf(r.dysfunctional, KANO_ANSWERS, ['responses', i, 'dysfunctional']);
    counts[kano(f, d)] += 1;
  }
  let category: KanoCategory = 'must-be';
  for (const c of KANO_CATEGORIES) if (counts[c] > counts[category]) category = c;
  const denom =
    counts.attractive + counts['one-dimensional'] + counts['must-be'] + counts.indifferent;
  return Object.freeze({
    responses: list.length,
    counts: Object.freeze(counts),
    category,
    better: denom === 0 ? null : (counts.attractive + counts['one-dimensional']) / denom,
    worse: denom === 0 ? null : -(counts['one-dimensional'] + counts['must-be']) / denom,
  });
}
