/**
 * @internal A stable counting sort of indexes by a float64 key, for orders
 * where many keys repeat (scores on a Fibonacci scale, categories,
 * quadrants): no comparator call per element.
 */

// Scratch views to hash a float64 by its bits.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/**
 * @internal `indexes` in descending order of `keys[index]`; equal keys keep their order in
 * `indexes` (−0 and 0 are equal). A stable counting sort: each index gets the
 * id of its distinct key from an open-addressing hash of the key's bits, only
 * the distinct keys are sorted (usually a few hundred: WSJF on a Fibonacci
 * scale, MoSCoW, quadrants), then one pass places every index.
 */
export function orderByKeyDesc(indexes: Int32Array, keys: Float64Array): Int32Array {
  if (indexes.length === 0) return new Int32Array(0);
  const { idOf, distinct } = distinctKeys(indexes, keys);
  return placeByBucket(indexes, idOf, distinct);
}

/** An open-addressing table from a key's bits to the id of its distinct key. */
interface KeyTable {
  readonly mask: number;
  readonly slotKey: Float64Array;
  readonly slotId: Int32Array;
  readonly distinct: number[];
}

/** The id of `key` in `table`, adding it as a new distinct key when absent. */
function idOfKey(table: KeyTable, key: number): number {
  F64[0] = key;
  let h = Math.imul((U32[0] as number) ^ Math.imul(U32[1] as number, 0x9e3779b1), 0x85ebca6b);
  h = (h ^ (h >>> 15)) & table.mask;
  for (;;) {
    const id = table.slotId[h] as number;
    if (id < 0) {
      const added = table.distinct.length;
      table.distinct.push(key);
      table.slotId[h] = added;
      table.slotKey[h] = key;
      return added;
    }
    if (table.slotKey[h] === key) return id;
    h = (h + 1) & table.mask;
  }
}

/** For each position, the id of its distinct key (−0 folded into 0), and the distinct keys. */
function distinctKeys(
  indexes: Int32Array,
  keys: Float64Array,
): { idOf: Int32Array; distinct: number[] } {
  const m = indexes.length;
  let cap = 16;
  while (cap < 2 * m) cap *= 2;
  const table: KeyTable = {
    mask: cap - 1,
    slotKey: new Float64Array(cap),
    slotId: new Int32Array(cap).fill(-1),
    distinct: [],
  };
  const idOf = new Int32Array(m);
  let lastKey = Number.NaN;
  let lastId = -1;
  for (let p = 0; p < m; p++) {
    const key = (keys[indexes[p] as number] as number) + 0; // −0 → 0
    // Runs of equal keys are common: look each run up once.
    if (key !== lastKey) {
      lastId = idOfKey(table, key);
      lastKey = key;
    }
    idOf[p] = lastId;
  }
  return { idOf, distinct: table.distinct };
}

/** Sorts the distinct keys (highest first) and places every index in its key's bucket, stably. */
function placeByBucket(indexes: Int32Array, idOf: Int32Array, distinct: number[]): Int32Array {
  const m = indexes.length;
  const d = distinct.length;
  const byKey = Array.from({ length: d }, (_, id) => id).sort(
    (a, b) => (distinct[b] as number) - (distinct[a] as number) || a - b,
  );
  const bucketOf = new Int32Array(d);
  for (let k = 0; k < d; k++) bucketOf[byKey[k] as number] = k;
  const start = new Int32Array(d + 1);
  for (let p = 0; p < m; p++) {
    const g = bucketOf[idOf[p] as number] as number;
    idOf[p] = g;
    start[g + 1] = (start[g + 1] as number) + 1;
  }
  for (let k = 1; k <= d; k++) start[k] = (start[k] as number) + (start[k - 1] as number);
  const out = new Int32Array(m);
  for (let p = 0; p < m; p++) {
    const g = idOf[p] as number;
    const at = start[g] as number;
    out[at] = indexes[p] as number;
    start[g] = at + 1;
  }
  return out;
}
