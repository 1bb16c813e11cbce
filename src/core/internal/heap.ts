/**
 * @internal A binary min-heap of integer indexes (item positions), ordered by
 * a key array the caller owns: no objects per entry, so a topological sort
 * over thousands of items stays cheap.
 */

/**
 * @internal Pushes `x` onto a binary min-heap of indexes ordered by `key[x]`.
 */
export function heapPush(heap: number[], x: number, key: ArrayLike<number>): void {
  let i = heap.push(x) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as number;
    if ((key[p] as number) <= (key[x] as number)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = x;
}

/**
 * @internal Pops the index with the smallest `key` from a non-empty heap
 * built by {@link heapPush}.
 */
export function heapPop(heap: number[], key: ArrayLike<number>): number {
  const top = heap[0] as number;
  const last = heap.pop() as number;
  if (heap.length > 0) {
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c =
        r < n && (key[heap[r] as number] as number) < (key[heap[l] as number] as number) ? r : l;
      if ((key[heap[c] as number] as number) >= (key[last] as number)) break;
      heap[i] = heap[c] as number;
      i = c;
    }
    heap[i] = last;
  }
  return top;
}
