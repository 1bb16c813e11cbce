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
  const m = indexes.length;
  const out = new Int32Array(m);
  if (m === 0) return out;
  let cap = 16;
  while (cap < 2 * m) cap *= 2;
  const mask = cap - 1;
  const slotKey = new Float64Array(cap);
  const slotId = new Int32Array(cap).fill(-1);
  const distinct: number[] = [];
  const idOf = new Int32Array(m);
  let lastKey = Number.NaN;
  let lastId = -1;
  for (let p = 0; p < m; p++) {
    const key = (keys[indexes[p] as number] as number) + 0; // −0 → 0
    if (key !== lastKey) {
      F64[0] = key;
      let h = Math.imul((U32[0] as number) ^ Math.imul(U32[1] as number, 0x9e3779b1), 0x85ebca6b);
      h = (h ^ (h >>> 15)) & mask;
      for (;;) {
        const id = slotId[h] as number;
        if (id < 0) {
          lastId = distinct.length;
          distinct.push(key);
          slotId[h] = lastId;
          slotKey[h] = key;
          break;
        }
        if (slotKey[h] === key) {
          lastId = id;
          break;
        }
        h = (h + 1) & mask;
      }
      lastKey = key;
    }
    idOf[p] = lastId;
  }
  // Bucket of each distinct key, highest key first.
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
  for (let p = 0; p < m; p++) {
    const g = idOf[p] as number;
    const at = start[g] as number;
    out[at] = indexes[p] as number;
    start[g] = at + 1;
  }
  return out;
}
