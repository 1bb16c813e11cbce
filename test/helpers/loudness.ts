/**
 * Shared by the loudness sweeps: the bad values a careless caller (or JSON)
 * hands any argument, and the tools to break one field of a good input.
 */
// Values a careless caller (or JSON) may hand any argument or field.
export const BAD: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  1.5,
  '',
  'x',
  [],
  {},
  [null],
  true,
  '2026-02-30',
];

export type Leaf = readonly (string | number)[];

export function leaves(x: unknown, path: Leaf = [], out: Leaf[] = []): Leaf[] {
  if (path.length > 0) out.push(path);
  if (x !== null && typeof x === 'object' && path.length < 4)
    for (const k of Object.keys(x))
      leaves((x as Record<string, unknown>)[k], [...path, Array.isArray(x) ? Number(k) : k], out);
  return out;
}

export function setAt(x: unknown, path: Leaf, v: unknown): unknown {
  if (path.length === 0) return v;
  const [head, ...tail] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(x) ? [...x] : { ...(x as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = setAt((x as Record<string | number, unknown>)[head], tail, v);
  return copy;
}

export function finiteEverywhere(x: unknown, seen = new Set<unknown>()): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (x === null || typeof x !== 'object' || seen.has(x)) return true;
  seen.add(x);
  if (x instanceof Object && 'isFinite' in x && typeof x.isFinite === 'function')
    return (x as { isFinite(): boolean }).isFinite();
  return Object.values(x).every((v) => finiteEverywhere(v, seen));
}
