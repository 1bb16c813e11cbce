/**
 * Walking argument trees for the contract sweep and the fuzz: the sites of
 * a tree, a path-copying replace (the seed is never written), a canonical
 * form for comparing results, and the result checks of the 1.0 contract.
 */
import { Decimal } from '../../src/index.js';

export type Path = readonly (string | number)[];

/** Objects the harness built to be hostile: never walked or printed. */
export const OPAQUE = new WeakSet<object>();

/** A plain object (or array) the walkers descend into. */
export function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  if (v === null || typeof v !== 'object' || OPAQUE.has(v)) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export interface Site {
  readonly path: Path;
  readonly value: unknown;
}

/** Every node of the argument list (containers and leaves), at most `limit`, breadth first. */
export function sites(args: readonly unknown[], limit = 4000): Site[] {
  const out: Site[] = [];
  const seen = new Set<object>();
  const queue: Site[] = args.map((value, i) => ({ path: [i], value }));
  while (queue.length > 0 && out.length < limit) {
    const site = queue.shift() as Site;
    out.push(site);
    const v = site.value;
    if (!isContainer(v) || seen.has(v) || site.path.length > 14) continue;
    seen.add(v);
    for (const key of Object.keys(v))
      queue.push({
        path: [...site.path, Array.isArray(v) ? Number(key) : key],
        value: (v as Record<string, unknown>)[key],
      });
  }
  return out;
}

function copyContainer(
  v: Record<string, unknown> | unknown[],
): Record<string, unknown> | unknown[] {
  if (Array.isArray(v)) return v.slice();
  const out: Record<string, unknown> = Object.getPrototypeOf(v) === null ? Object.create(null) : {};
  for (const key of Object.keys(v))
    Object.defineProperty(out, key, {
      value: v[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/**
 * A copy of `args` where the node at `path` is `replace(old)`; only the
 * containers on the path are copied (unfrozen), the rest is shared.
 */
export function replaceAt(
  args: readonly unknown[],
  path: Path,
  replace: (old: unknown, parent: unknown) => unknown,
): unknown[] {
  const root = args.slice();
  let parent: Record<string, unknown> | unknown[] = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    const child = (parent as Record<string, unknown>)[key];
    if (!isContainer(child)) return root;
    const copy = copyContainer(child);
    Object.defineProperty(parent, key, {
      value: copy,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    parent = copy;
  }
  const last = path[path.length - 1] as string | number;
  const next = replace((parent as Record<string, unknown>)[last], parent);
  if (next === REMOVE) {
    if (Array.isArray(parent)) delete parent[last as number];
    else delete (parent as Record<string, unknown>)[last];
  } else
    Object.defineProperty(parent, last, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}

/** Returned by a `replaceAt` callback: delete the key (a hole in an array). */
export const REMOVE = Symbol('remove');

/** A copy of `args` where the object at `path` has `key` renamed to `to` (same place in key order). */
export function renameKey(
  args: readonly unknown[],
  path: Path,
  key: string,
  to: string,
): unknown[] {
  const rename = (obj: unknown) => {
    const src = obj as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(src))
      Object.defineProperty(out, k === key ? to : k, {
        value: src[k],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  };
  return path.length === 0 ? (rename(args) as unknown as unknown[]) : replaceAt(args, path, rename);
}

/** A stable text form for comparing values (Decimals by value, cycles and hostile objects marked). */
export function canon(value: unknown): string {
  const onPath = new Set<object>();
  const go = (v: unknown, depth: number): string => {
    if (typeof v === 'number') return Object.is(v, -0) ? '0' : String(v);
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'function') return 'fn';
    if (typeof v === 'symbol') return 'sym';
    if (v === undefined) return 'undef';
    if (v === null) return 'null';
    if (typeof v !== 'object') return String(v);
    if (OPAQUE.has(v)) return 'opaque';
    if (v instanceof Decimal) return `D(${v.toString()})`;
    if (onPath.has(v)) return 'cycle';
    if (depth > 40) return 'deep';
    onPath.add(v);
    try {
      if (Array.isArray(v)) {
        const parts: string[] = [];
        for (let i = 0; i < v.length; i++) parts.push(i in v ? go(v[i], depth + 1) : 'hole');
        return `[${parts.join(',')}]`;
      }
      const proto = Object.getPrototypeOf(v);
      const tag = proto === Object.prototype || proto === null ? '' : 'inst';
      return `${tag}{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${go((v as Record<string, unknown>)[k], depth + 1)}`)
        .join(',')}}`;
    } finally {
      onPath.delete(v);
    }
  };
  try {
    return go(value, 0);
  } catch {
    return 'unreadable';
  }
}

/** Why a returned value breaks the result contract, or `null`: frozen all the way, no NaN/Infinity. */
export function resultProblem(value: unknown): string | null {
  const seen = new Set<object>();
  const go = (v: unknown, where: string): string | null => {
    if (typeof v === 'number') return Number.isFinite(v) ? null : `${where} is ${v}`;
    if (v === null || typeof v !== 'object') return null;
    if (v instanceof Decimal) return v.isFinite() ? null : `${where} is Decimal ${v.toString()}`;
    if (seen.has(v)) return null;
    seen.add(v);
    if (ArrayBuffer.isView(v)) return null;
    if (!Object.isFrozen(v)) return `${where || 'result'} is not frozen`;
    for (const key of Object.keys(v)) {
      const p = go((v as Record<string, unknown>)[key], `${where}.${key}`);
      if (p !== null) return p;
    }
    return null;
  };
  return go(value, '');
}

/** Every container reachable from `args` that is not frozen (to check none gets frozen by a call). */
export function unfrozenContainers(args: readonly unknown[]): object[] {
  const out: object[] = [];
  const seen = new Set<object>();
  const go = (v: unknown, depth: number) => {
    if (!isContainer(v) || seen.has(v) || depth > 30) return;
    seen.add(v);
    if (!Object.isFrozen(v)) out.push(v);
    for (const key of Object.keys(v)) go((v as Record<string, unknown>)[key], depth + 1);
  };
  go(args, 0);
  return out;
}
