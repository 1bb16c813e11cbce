import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import {
  RESPONSIBILITIES,
  type Responsibility,
  type ResponsibilityId,
  type RoleId,
} from './catalogue.js';
import { tokens } from './internal/tokens.js';

/** How {@link whoIsResponsible} found its answer. */
export type ResponsibilityMatchKind = 'id' | 'function' | 'keywords' | 'none';

/** One responsibility that matched an activity. */
export interface ResponsibilityMatch {
  /** The responsibility's id. */
  readonly id: ResponsibilityId;
  /** The role that holds it. */
  readonly role: RoleId;
  /** The responsibility's title. */
  readonly title: string;
  /** Match strength: higher is better (see {@link whoIsResponsible}). */
  readonly score: number;
  /** The keywords, function names or id that matched, in catalogue order. */
  readonly matched: readonly string[];
}

/** The answer of {@link whoIsResponsible}. */
export interface WhoIsResponsibleResult {
  /** The activity as given. */
  readonly activity: string;
  /** How the answer was found; `'none'` when nothing matched. */
  readonly matchedBy: ResponsibilityMatchKind;
  /**
   * The role of the best match; `'both'` when the best matches (equal top
   * score) belong to both roles; `null` when nothing matched.
   */
  readonly role: RoleId | 'both' | null;
  /** Every match, best first (score descending, then catalogue order). */
  readonly matches: readonly ResponsibilityMatch[];
}

interface Compiled {
  readonly r: Responsibility;
  readonly phrases: readonly { readonly text: string; readonly parts: readonly string[] }[];
  readonly fns: readonly string[];
}

let compiled: readonly Compiled[] | undefined;

function compile(): readonly Compiled[] {
  compiled ??= RESPONSIBILITIES.map((r) => ({
    r,
    phrases: r.keywords.map((k) => ({ text: k, parts: tokens(k) })),
    fns: r.functions.map((f) => f.toLowerCase()),
  }));
  return compiled;
}

function containsRun(hay: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= hay.length; i++) {
    for (let j = 0; j < run.length; j++) if (hay[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

function finish(
  activity: string,
  matchedBy: ResponsibilityMatchKind,
  matches: ResponsibilityMatch[],
): WhoIsResponsibleResult {
  // Stable sort keeps catalogue order between equal scores.
  matches.sort((a, b) => b.score - a.score);
  const top = matches[0]?.score;
  const roles = new Set(matches.filter((m) => m.score === top).map((m) => m.role));
  const role: RoleId | 'both' | null =
    roles.size === 0 ? null : roles.size > 1 ? 'both' : (matches[0] as ResponsibilityMatch).role;
  return deepFreeze({ activity, matchedBy, role, matches });
}

function matchOf(r: Responsibility, score: number, matched: string[]): ResponsibilityMatch {
  return { id: r.id, role: r.role, title: r.title, score, matched };
}

/**
 * Who holds an activity: the Product Owner, the Project Manager or both.
 *
 * Matching, in this order (the first rule that matches wins):
 * 1. **id**: the activity is a responsibility id (`'pm.risks'`), any case,
 *    surrounding spaces ignored; score 100.
 * 2. **function**: the activity is the name of a popm function in the
 *    catalogue (`'wsjf'`, `'forecastWhen'`), any case; every responsibility
 *    naming it matches with score 10.
 * 3. **keywords**: free text is lower-cased, split into words and lightly
 *    stemmed (plurals, `-ing`, `-ed`, American `-ize` to `-ise`), then each
 *    responsibility scores 1 per matching one-word keyword, 2 per matching
 *    phrase (its words consecutive in the text) and 3 per function named in
 *    the text.
 * Nothing matched gives `matchedBy: 'none'`, `role: null`, `matches: []`.
 *
 * @param activity - a responsibility id, a popm function name or a free-text activity
 * @returns the role, how it was found, and every match best first
 * @throws PopmError `INVALID_ARGUMENT` when `activity` is not a non-empty string
 * @example
 * whoIsResponsible('Prioritizing the backlog').role; //=> 'product-owner'
 * whoIsResponsible('update the risk register').matches[0].id; //=> 'pm.risks'
 * whoIsResponsible('npv').role; //=> 'both'
 */
export function whoIsResponsible(activity: string): WhoIsResponsibleResult {
  if (typeof activity !== 'string' || activity.trim().length === 0)
    throw popmError('INVALID_ARGUMENT', ['activity'], 'a non-empty string', activity);
  const key = activity.trim().toLowerCase();
  const table = compile();

  for (const c of table) {
    if (c.r.id === key) return finish(activity, 'id', [matchOf(c.r, 100, [c.r.id])]);
  }

  const byFunction: ResponsibilityMatch[] = [];
  for (const c of table) {
    const i = c.fns.indexOf(key);
    if (i >= 0) byFunction.push(matchOf(c.r, 10, [c.r.functions[i] as string]));
  }
  if (byFunction.length > 0) return finish(activity, 'function', byFunction);

  const words = tokens(activity);
  const raw = new Set(key.split(/[^a-z0-9]+/));
  const byKeywords: ResponsibilityMatch[] = [];
  for (const c of table) {
    const match = keywordMatch(c, words, raw);
    if (match !== null) byKeywords.push(match);
  }
  return finish(activity, byKeywords.length > 0 ? 'keywords' : 'none', byKeywords);
}

/** One responsibility's keyword score: 1 a word, 2 a phrase, 3 a function named. */
function keywordMatch(
  c: Compiled,
  words: readonly string[],
  raw: ReadonlySet<string>,
): ResponsibilityMatch | null {
  let score = 0;
  const matched: string[] = [];
  for (const p of c.phrases) {
    if (p.parts.length > 0 && containsRun(words, p.parts)) {
      score += p.parts.length > 1 ? 2 : 1;
      matched.push(p.text);
    }
  }
  c.fns.forEach((f, i) => {
    if (raw.has(f) && !matched.includes(c.r.functions[i] as string)) {
      score += 3;
      matched.push(c.r.functions[i] as string);
    }
  });
  return score > 0 ? matchOf(c.r, score, matched) : null;
}
