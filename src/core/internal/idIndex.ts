/**
 * @internal Ids to indexes: open addressing with linear probing in one typed
 * array of (hash, index + 1) pairs, sized once to a power of two at least
 * twice the expected count. Flat and allocated once, it stays far smaller
 * than a `Map` of the same ids, so a 100,000-entity collection's look-ups
 * mostly hit the cache; ids are compared only when their 32-bit hashes agree.
 *
 * The index keeps no strings of its own: callers pass the `ids` array whose
 * entry `i` is the id inserted as `i`.
 */

/** @internal The table; see the module comment. */
export interface IdIndex {
  readonly mask: number;
  readonly slots: Int32Array;
}

/** @internal An empty index for up to `n` ids. */
export function createIdIndex(n: number): IdIndex {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return { mask: size - 1, slots: new Int32Array(2 * size) };
}

/** @internal FNV-1a over the UTF-16 code units, then a murmur3 finaliser to spread the bits. */
export function hashId(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}

/**
 * @internal Inserts `id` as entry `i` (the caller stores `ids[i] = id`), or
 * returns the index already holding it; `-1` when it was new.
 */
export function addId(index: IdIndex, ids: readonly string[], id: string, i: number): number {
  const { mask, slots } = index;
  const h = hashId(id);
  let b = h & mask;
  for (;;) {
    const at = slots[2 * b + 1] as number;
    if (at === 0) {
      slots[2 * b] = h;
      slots[2 * b + 1] = i + 1;
      return -1;
    }
    if (slots[2 * b] === h && ids[at - 1] === id) return at - 1;
    b = (b + 1) & mask;
  }
}

/** @internal The index of `id`, `-1` when absent. */
export function findId(index: IdIndex, ids: readonly string[], id: string): number {
  const { mask, slots } = index;
  const h = hashId(id);
  let b = h & mask;
  for (;;) {
    const at = slots[2 * b + 1] as number;
    if (at === 0) return -1;
    if (slots[2 * b] === h && ids[at - 1] === id) return at - 1;
    b = (b + 1) & mask;
  }
}
