/**
 * The issue-12 sweep: every public function gets each object of its seed
 * arguments with one key misspelled (generated from the key list) and must
 * throw a PopmError at that key's path naming the key it meant; and the same
 * objects with an unrelated extra key (`color`) must give an unchanged result
 * (or, for a strict options bag, `INVALID_ARGUMENT` at that key).
 */
import { closestKey } from '../../src/core/internal/readObject.js';
import { isPopmError } from '../../src/index.js';
import { PUBLIC_FUNCTIONS, paramNames, REGISTRY, strictPaths } from './registry.js';
import { canon, isContainer, type Path, renameKey, replaceAt, sites } from './walk.js';

export interface SweepFailure {
  readonly fn: string;
  readonly case: string;
  readonly problem: string;
}

/**
 * Objects whose keys are data (ids, criteria, option names), not field names:
 * misspelling one renames a record entry, which is not a typo of a field.
 */
export const RECORD_PATHS: Readonly<Record<string, readonly Path[]>> = {
  weightedScore: [[0], [1]],
  // A generator from createRandom: an object of methods, checked as a whole.
  sampleTriangular: [[0]],
  sampleBetaPert: [[0]],
  compareTco: [[0]],
  createRaci: [
    [0, 'assignments'],
    [0, 'assignments', '*'],
  ],
  validateRaci: [
    [0, 'assignments'],
    [0, 'assignments', '*'],
  ],
  parseRaci: [
    [0, 'assignments'],
    [0, 'assignments', '*'],
  ],
  safeParseRaci: [
    [0, 'assignments'],
    [0, 'assignments', '*'],
  ],
};

function matches(path: Path, pattern: Path): boolean {
  return path.length === pattern.length && pattern.every((p, i) => p === '*' || p === path[i]);
}

/** Keys whose value is a record keyed by data (RACI assignments, criteria scores). */
const RECORD_KEYS = new Set(['assignments', 'criteria', 'notApplicable']);

function isRecordPath(fn: string, path: Path): boolean {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (RECORD_KEYS.has(String(last)) || parent === 'assignments') return true;
  return (RECORD_PATHS[fn] ?? []).some((p) => matches(path, p));
}

/** A misspelling of `key` in another case (`Estimate`, `dependson`), which the rule must catch. */
export function recase(key: string, siblings: readonly string[]): string | undefined {
  const first = key.charAt(0);
  const typo =
    first === first.toUpperCase() ? key.toLowerCase() : first.toUpperCase() + key.slice(1);
  if (typo === key || siblings.includes(typo)) return undefined;
  return closestKey(typo, siblings) === key ? typo : undefined;
}

/** A misspelling of `key` that the one rule must catch: a letter dropped near the end. */
export function misspell(key: string, siblings: readonly string[]): string | undefined {
  if (key.length < 4) return undefined;
  for (const at of [key.length - 2, key.length - 1, 1]) {
    const typo = key.slice(0, at) + key.slice(at + 1);
    if (siblings.includes(typo)) continue;
    if (closestKey(typo, siblings) === key) return typo;
  }
  return undefined;
}

function isParser(fn: string): boolean {
  return /^(safeP|p)arse[A-Z]/.test(fn);
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function call(fn: (...a: unknown[]) => unknown, args: readonly unknown[]): Outcome {
  try {
    const value = fn(...args);
    // A safeParse failure is the parser's way of throwing.
    if (
      value !== null &&
      typeof value === 'object' &&
      (value as { success?: unknown }).success === false
    )
      return { ok: false, error: (value as { error: unknown }).error };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error };
  }
}

function describe(o: Outcome): string {
  if (o.ok) return 'a result';
  const e = o.error;
  if (isPopmError(e)) return `PopmError ${e.code} at ${JSON.stringify(e.path)}: ${e.message}`;
  return `${(e as Error)?.name ?? typeof e}: ${(e as Error)?.message ?? String(e)}`;
}

/** Checks a misspelled-key outcome; returns the problem or null. */
function judgeTypo(
  fnName: string,
  o: Outcome,
  expectedPath: Path,
  key: string,
  params: readonly string[],
): string | null {
  if (o.ok) {
    // validateX reports instead of throwing: a finding that names the key counts.
    const report = o.value as { ok?: unknown; findings?: unknown } | null;
    if (report?.ok === false && Array.isArray(report.findings)) {
      const text = JSON.stringify(report.findings);
      if (
        text.includes(`'${key}'`) ||
        text.includes(JSON.stringify(expectedPath[expectedPath.length - 1]))
      )
        return null;
    }
    return 'silently accepted';
  }
  const e = o.error;
  if (!isPopmError(e)) return `threw ${describe(o)}`;
  if (isParser(fnName)) {
    const docPath = expectedPath.slice(1);
    const issues = e.details?.issues ?? [];
    const hit = issues.find(
      (i) => JSON.stringify(i.path) === JSON.stringify(docPath) && i.message.includes(`'${key}'`),
    );
    return hit ? null : `got ${describe(o)}`;
  }
  const argIndex = expectedPath[0] as number;
  const path = [params[argIndex] ?? `arg${argIndex}`, ...expectedPath.slice(1)];
  if (JSON.stringify(e.path) !== JSON.stringify(path))
    return `expected path ${JSON.stringify(path)}, got ${describe(o)}`;
  if (e.details?.suggestion !== key && !e.message.includes(`'${key}'`))
    return `no suggestion '${key}': ${e.message}`;
  return null;
}

/** Runs the sweep over `names` (default: every registered function with seeds). */
export function runSweep(
  names: readonly string[] = Object.keys(REGISTRY),
  maxObjects = 40,
): { failures: SweepFailure[]; cases: number } {
  const failures: SweepFailure[] = [];
  let cases = 0;
  for (const fnName of names) {
    const entry = REGISTRY[fnName];
    const fn = PUBLIC_FUNCTIONS[fnName];
    if (entry?.args === undefined || fn === undefined) continue;
    const params = paramNames(fn);
    let base: readonly unknown[];
    try {
      base = entry.args();
    } catch (e) {
      failures.push({ fn: fnName, case: 'seed', problem: `the seed builder threw: ${String(e)}` });
      continue;
    }
    const baseline = call(fn, base);
    if (!baseline.ok) {
      failures.push({
        fn: fnName,
        case: 'seed',
        problem: `seed arguments fail: ${describe(baseline)}`,
      });
      continue;
    }
    const baseCanon = canon(baseline.value);
    const strict = strictPaths(fnName);
    const objects = sites(base).filter(
      (s) => isContainer(s.value) && !Array.isArray(s.value) && !isRecordPath(fnName, s.path),
    );
    // A spread of at most maxObjects objects, deterministic.
    const step = Math.max(1, Math.ceil(objects.length / maxObjects));
    for (let i = 0; i < objects.length; i += step) {
      const site = objects[i] as (typeof objects)[number];
      const keys = Object.keys(site.value as object);
      const isStrict = strict.some((p) => matches(site.path, p));
      for (const [k, key] of keys.entries()) {
        // Every other key in another case, the rest with a letter dropped.
        const typo = k % 2 === 1 ? (recase(key, keys) ?? misspell(key, keys)) : misspell(key, keys);
        if (typo === undefined) continue;
        cases++;
        const args = entry.stateful ? entry.args() : base;
        const o = call(fn, renameKey(args, site.path, key, typo));
        const inResult = (entry.results ?? []).includes(site.path[0] as number);
        // In a result passed back, a key the function never reads may go unnoticed,
        // as long as the answer does not change.
        if (inResult && o.ok && canon(o.value) === baseCanon) continue;
        const problem = judgeTypo(fnName, o, [...site.path, typo], key, params);
        if (problem !== null)
          failures.push({
            fn: fnName,
            case: `${JSON.stringify(site.path)}.${key} -> ${typo}`,
            problem,
          });
      }
      cases++;
      const withColor = replaceAt(entry.stateful ? entry.args() : base, site.path, (old) => {
        const copy = { ...(old as object) } as Record<string, unknown>;
        copy.color = 'red';
        return copy;
      });
      const o = call(fn, withColor);
      if (isStrict) {
        const e = o.ok ? undefined : o.error;
        const argIndex = site.path[0] as number;
        const want = isParser(fnName)
          ? undefined
          : JSON.stringify([params[argIndex], ...site.path.slice(1), 'color']);
        if (
          !isPopmError(e) ||
          e.code !== 'INVALID_ARGUMENT' ||
          (want !== undefined && JSON.stringify(e.path) !== want)
        )
          failures.push({
            fn: fnName,
            case: `${JSON.stringify(site.path)} + color (options)`,
            problem: `expected INVALID_ARGUMENT at ${want}, got ${describe(o)}`,
          });
      } else if (!o.ok || canon(o.value) !== baseCanon)
        failures.push({
          fn: fnName,
          case: `${JSON.stringify(site.path)} + color`,
          problem: o.ok ? 'the result changed' : `threw ${describe(o)}`,
        });
    }
  }
  return { failures, cases };
}
