/**
 * The issue-21 fuzz harness. Over every public function of the contract
 * registry, valid seed arguments are mutated one site at a time (a leaf, or
 * a whole object or array) with hostile values: NaN, ±Infinity, 1e308, junk
 * strings, holes, BigInt, cycles, Proxies whose traps throw, throwing
 * getters, deep nesting and `JSON.parse` objects with `__proto__` keys. Each
 * call is judged on the 1.0 contract:
 *
 * - a deep-frozen result without NaN or Infinity, or a `PopmError` with a
 *   known code and a path; nothing else escapes;
 * - the inputs are unchanged and none of the caller's objects gets frozen;
 * - the same input gives the same outcome (deterministic);
 * - no call takes longer than 2 s;
 * - `Object.prototype` and `Array.prototype` are untouched.
 *
 * `runFuzz` is shared by `scripts/fuzz.ts` (a million calls) and the CI
 * slice in `test/fuzz/fuzz.test.ts`.
 */
import { ERROR_CODES, isPopmError } from '../../src/index.js';
import { PUBLIC_FUNCTIONS, REGISTRY } from '../contract/registry.js';
import {
  canon,
  isContainer,
  OPAQUE,
  type Path,
  REMOVE,
  replaceAt,
  resultProblem,
  type Site,
  sites,
  unfrozenContainers,
} from '../contract/walk.js';

/** The kinds of broken promise, for the known-failure list. */
export type FailureCategory =
  | 'foreign error from a Proxy or getter'
  | 'foreign error'
  | 'NaN or Infinity'
  | 'not frozen'
  | 'input changed'
  | "froze the caller's object"
  | 'not deterministic'
  | 'slow'
  | 'prototype touched'
  | 'bad PopmError'
  | 'seed';

/** The category of a problem text. */
export function categoryOf(problem: string): FailureCategory {
  if (/proxy trap|Error: getter/.test(problem)) return 'foreign error from a Proxy or getter';
  if (/ is (NaN|Infinity|-Infinity|Decimal)/.test(problem)) return 'NaN or Infinity';
  if (problem.includes('not frozen')) return 'not frozen';
  if (problem.includes('input changed')) return 'input changed';
  if (problem.includes('froze')) return "froze the caller's object";
  if (problem.includes('deterministic')) return 'not deterministic';
  if (problem.startsWith('took')) return 'slow';
  if (problem.includes('prototype')) return 'prototype touched';
  if (problem.startsWith('PopmError without')) return 'bad PopmError';
  if (problem.includes('seed')) return 'seed';
  return 'foreign error';
}

/** One broken promise of the contract. */
export interface FuzzFailure {
  readonly fn: string;
  readonly mutation: string;
  readonly path: string;
  readonly problem: string;
  readonly category: FailureCategory;
}

/** What a run did. */
export interface FuzzReport {
  readonly calls: number;
  readonly ms: number;
  readonly failures: readonly FuzzFailure[];
  /** Calls per function. */
  readonly perFunction: Readonly<Record<string, number>>;
}

/** Options of {@link runFuzz}. */
export interface FuzzOptions {
  /** How many calls in all. */
  readonly calls: number;
  /** The seed of the choice of function, site and mutation. */
  readonly seed: number;
  /** Only these functions (default: every registered function with seeds). */
  readonly only?: readonly string[] | undefined;
  /** Functions to leave out (known failures). */
  readonly skip?: ReadonlySet<string> | undefined;
  /**
   * Known failures, not reported: `fn` → the failure categories it is known
   * for (`'*'`: any). Every call is still made and judged.
   */
  readonly known?:
    | Readonly<Record<string, { readonly categories: readonly FailureCategory[] | '*' }>>
    | undefined;
  /** Check determinism on one call in this many (default 1: every call). */
  readonly determinismEvery?: number | undefined;
  /** Called after each failure (e.g. to print it). */
  readonly onFailure?: ((f: FuzzFailure) => void) | undefined;
  /** Functions to fuzz instead of the registry's (to test the harness itself). */
  readonly entries?:
    | Readonly<Record<string, { fn: (...a: never[]) => unknown; args: () => readonly unknown[] }>>
    | undefined;
  /** Stop recording after this many failures per function and mutation (default 3). */
  readonly maxPerKind?: number | undefined;
}

/** A small, fast, seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of worker `index`: distinct per worker, fixed by `--seed` (a 32-bit mix). */
export function workerSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function throwingProxy(target: object): object {
  const boom = () => {
    throw new Error('proxy trap');
  };
  const p = new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
  });
  OPAQUE.add(p);
  return p;
}

function withThrowingGetter(old: unknown): object {
  const out: Record<string, unknown> = {};
  const keys = isContainer(old) && !Array.isArray(old) ? Object.keys(old) : ['value'];
  keys.forEach((k, i) => {
    if (i === 0)
      Object.defineProperty(out, k, {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      });
    else out[k] = (old as Record<string, unknown>)[k];
  });
  OPAQUE.add(out);
  return out;
}

function withProtoKey(old: unknown): object {
  const base = isContainer(old) && !Array.isArray(old) ? JSON.stringify(old) : '{}';
  // JSON.parse makes `__proto__` an own key, as a JSON document received by an app would.
  const inner = base === '{}' ? '' : `${base.slice(1, -1)},`;
  return JSON.parse(`{${inner}"__proto__":{"polluted":true,"isAdmin":true}}`);
}

function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** A mutation: a name, whether it applies to a site, and the replacement. */
interface Mutation {
  readonly name: string;
  readonly applies: (site: Site) => boolean;
  readonly make: (old: unknown, root: readonly unknown[]) => unknown;
}

const any = () => true;
const leaf = (s: Site) => !isContainer(s.value);
const container = (s: Site) => isContainer(s.value);
const inside = (s: Site) => s.path.length > 1;
const value = (name: string, v: () => unknown): Mutation => ({ name, applies: any, make: v });

/** Every mutation the fuzz applies. */
export const MUTATIONS: readonly Mutation[] = [
  value('NaN', () => Number.NaN),
  value('Infinity', () => Number.POSITIVE_INFINITY),
  value('-Infinity', () => Number.NEGATIVE_INFINITY),
  value('1e308', () => 1e308),
  value('-1e308', () => -1e308),
  value('5e-324', () => 5e-324),
  value('-0', () => -0),
  value('-1', () => -1),
  value('1.5', () => 1.5),
  value('2^53', () => 2 ** 53),
  value('empty string', () => ''),
  value('junk string', () => 'x'),
  value('junk numeric string', () => '45000x'),
  value('huge numeric string', () => '1e999'),
  value('padded string', () => ' 12 '),
  value('__proto__ string', () => '__proto__'),
  value('null', () => null),
  value('undefined', () => undefined),
  value('true', () => true),
  value('BigInt', () => 10n),
  value('symbol', () => Symbol('s')),
  value('empty object', () => ({})),
  value('empty array', () => []),
  value('function returning NaN', () => () => Number.NaN),
  value('Date', () => new Date(0)),
  { name: 'hole', applies: inside, make: () => REMOVE },
  { name: 'cycle (root)', applies: any, make: (_, root) => root[0] },
  {
    name: 'Proxy with throwing traps',
    applies: any,
    make: (old) => throwingProxy(isContainer(old) ? old : {}),
  },
  { name: 'throwing getter', applies: any, make: (old) => withThrowingGetter(old) },
  { name: 'JSON __proto__ key', applies: container, make: (old) => withProtoKey(old) },
  { name: 'JSON __proto__ key (leaf)', applies: leaf, make: () => withProtoKey(undefined) },
  { name: 'deep nesting', applies: any, make: () => deepArray(5000) },
  {
    name: 'sparse array',
    applies: (s) => Array.isArray(s.value),
    make: (old) => {
      const a = (old as unknown[]).slice();
      a.length += 2;
      return a;
    },
  },
];

const NO_SITE: Site = { path: [], value: undefined };
const NONE: Mutation = { name: 'none', applies: any, make: (old) => old };

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function outcomeKey(o: Outcome): string {
  if (o.ok) return `ok ${canon(o.value)}`;
  const e = o.error;
  if (isPopmError(e)) return `err ${e.code} ${JSON.stringify(e.path)}`;
  return `throw ${String((e as Error)?.message ?? e)}`;
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.split('\n')[0]?.slice(0, 200) ?? '';
  return `${typeof e} ${String(e)}`.slice(0, 200);
}

const CODES = new Set<string>(ERROR_CODES);
const PROTO_NAMES = () =>
  `${Object.getOwnPropertyNames(Object.prototype).length}/${Object.getOwnPropertyNames(Array.prototype).length}`;

function prototypesTouched(before: string): string | null {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || probe.isAdmin !== undefined)
    return 'Object.prototype gained a key from the input';
  if (PROTO_NAMES() !== before) return 'Object.prototype or Array.prototype changed';
  return null;
}

interface Prepared {
  readonly name: string;
  readonly fn: (...a: unknown[]) => unknown;
  readonly base: () => readonly unknown[];
  readonly sites: readonly Site[];
  readonly stateful: boolean;
}

function prepare(name: string, options: FuzzOptions): Prepared | string {
  const custom = options.entries?.[name];
  const entry = custom ?? REGISTRY[name];
  const fn = (custom?.fn ?? PUBLIC_FUNCTIONS[name]) as ((...a: unknown[]) => unknown) | undefined;
  if (entry?.args === undefined || fn === undefined) return 'no seed arguments';
  let cached: readonly unknown[];
  try {
    cached = entry.args();
  } catch (e) {
    return `the seed builder threw ${describe(e)}`;
  }
  const build = entry.args;
  return {
    name,
    fn,
    stateful: REGISTRY[name]?.stateful === true,
    base: REGISTRY[name]?.stateful ? build : () => cached,
    sites: sites(cached),
  };
}

function build(p: Prepared, site: Site, m: Mutation): unknown[] {
  const base = p.base();
  if (site === NO_SITE) return base.slice();
  return replaceAt(base, site.path as Path, (old) => m.make(old, base));
}

function callWith(p: Prepared, args: readonly unknown[]): { outcome: Outcome; ms: number } {
  const t = performance.now();
  let outcome: Outcome;
  try {
    outcome = { ok: true, value: p.fn(...args) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  return { outcome, ms: performance.now() - t };
}

/**
 * Runs `calls` fuzz calls: round-robin over the functions, a seeded choice
 * of site and mutation for each, every call judged on the contract.
 */
export function runFuzz(options: FuzzOptions): FuzzReport {
  const random = rng(options.seed);
  const names = (options.only ?? Object.keys(options.entries ?? REGISTRY)).filter(
    (n) =>
      (options.entries?.[n] ?? REGISTRY[n])?.args !== undefined && !(options.skip?.has(n) ?? false),
  );
  const failures: FuzzFailure[] = [];
  const kinds = new Map<string, number>();
  const perFunction: Record<string, number> = {};
  const maxPerKind = options.maxPerKind ?? 3;
  const every = Math.max(1, options.determinismEvery ?? 1);
  const record = (raw: Omit<FuzzFailure, 'category'>) => {
    const f: FuzzFailure = { ...raw, category: categoryOf(raw.problem) };
    const known = options.known?.[f.fn]?.categories;
    if (known === '*' || (known?.includes(f.category) ?? false)) return;
    const kind = `${f.fn}\u0000${f.mutation}\u0000${f.problem.slice(0, 60)}`;
    const n = kinds.get(kind) ?? 0;
    kinds.set(kind, n + 1);
    if (n < maxPerKind) {
      failures.push(f);
      options.onFailure?.(f);
    }
  };
  const prepared: Prepared[] = [];
  for (const name of names) {
    const p = prepare(name, options);
    if (typeof p === 'string') record({ fn: name, mutation: '-', path: '-', problem: p });
    else prepared.push(p);
  }
  // Heavy functions (a whole Project) get one turn in ten.
  const turns: Prepared[] = [];
  let round = 0;
  while (turns.length < Math.min(options.calls, 1_000_000) && prepared.length > 0) {
    for (const p of prepared) {
      if (REGISTRY[p.name]?.heavy && round % 10 !== 0) continue;
      turns.push(p);
    }
    round++;
    if (turns.length >= options.calls) break;
  }
  const started = performance.now();
  let calls = 0;
  for (let i = 0; calls < options.calls && turns.length > 0 && i < options.calls * 20; i++) {
    const p = turns[i % turns.length] as Prepared;
    // A function without arguments is called as it is.
    const site = (p.sites[Math.floor(random() * p.sites.length)] ?? NO_SITE) as Site;
    const applicable = site === NO_SITE ? [NONE] : MUTATIONS.filter((m) => m.applies(site));
    const m = applicable[Math.floor(random() * applicable.length)] as Mutation;
    const checkTwice = calls % every === 0;
    calls++;
    perFunction[p.name] = (perFunction[p.name] ?? 0) + 1;
    const where = JSON.stringify(site.path);
    const fail = (problem: string) =>
      record({ fn: p.name, mutation: m.name, path: where, problem });

    const protoBefore = PROTO_NAMES();
    const args = build(p, site, m);
    const snapshot = p.stateful ? '' : canon(args);
    const unfrozen = unfrozenContainers(args);
    const first = callWith(p, args);
    if (first.ms > 2000) fail(`took ${Math.round(first.ms)} ms`);
    const touched = prototypesTouched(protoBefore);
    if (touched !== null) fail(touched);
    const o = first.outcome;
    if (o.ok) {
      const problem = resultProblem(o.value);
      if (problem !== null) fail(problem);
    } else if (!isPopmError(o.error)) fail(`threw ${describe(o.error)}`);
    else if (!CODES.has(o.error.code) || !Array.isArray(o.error.path))
      fail(`PopmError without a known code and a path: ${describe(o.error)}`);
    if (!p.stateful) {
      if (canon(args) !== snapshot) fail('an input changed');
      if (unfrozen.some((c) => Object.isFrozen(c))) fail("froze the caller's object");
      if (checkTwice) {
        const second = callWith(p, build(p, site, m));
        if (outcomeKey(second.outcome) !== outcomeKey(o)) fail('not deterministic');
      }
    }
  }
  return { calls, ms: performance.now() - started, failures, perFunction };
}
