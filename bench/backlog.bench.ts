import { bench, describe } from 'vitest';
import { createBacklog } from '../src/backlog/createBacklog.js';
import { moveItem } from '../src/backlog/moveItem.js';
import { prioritise } from '../src/backlog/prioritise.js';
import type { Backlog, BacklogItemInput } from '../src/backlog/types.js';
import { wsjf } from '../src/backlog/wsjf.js';
import { createRandom } from '../src/core/random.js';

const SCALE = [1, 2, 3, 5, 8, 13, 20] as const;

function makeItems(
  n: number,
  dependencyShare: number,
  seed: number,
  offset = 0,
): BacklogItemInput[] {
  const rnd = createRandom(seed);
  const pick = () => (SCALE[rnd.int(SCALE.length)] as number) + offset;
  const items: BacklogItemInput[] = [];
  for (let i = 0; i < n; i++) {
    const item: BacklogItemInput = {
      id: `item-${i}`,
      title: `Item ${i}`,
      estimate: pick(),
      wsjf: {
        businessValue: pick(),
        timeCriticality: pick(),
        riskReduction: pick(),
        jobSize: pick(),
      },
    };
    // One dependency on a random other item; pointing at a later item keeps the graph acyclic.
    if (i < n - 1 && rnd.next() < dependencyShare) {
      const target = i + 1 + rnd.int(n - i - 1);
      items.push({ ...item, dependsOn: [`item-${target}`] });
    } else items.push(item);
  }
  return items;
}

const big = createBacklog(makeItems(100_000, 0.1, 42));
// Baseline: the same scores, computed up front, sorted with Array.prototype.sort.
const precomputed = big.items.map((item, index) => ({
  index,
  score: wsjf(item.wsjf as NonNullable<typeof item.wsjf>).score,
}));

describe('prioritise by WSJF, 100,000 items, 10% with one dependency', () => {
  bench(
    'baseline: Array.prototype.sort of precomputed scores',
    () => {
      precomputed.slice().sort((a, b) => b.score - a.score || a.index - b.index);
    },
    { time: 3000 },
  );
  bench(
    'prioritise(backlog, "wsjf")',
    () => {
      prioritise(big, 'wsjf');
    },
    { time: 3000 },
  );
});

// Off-scale estimates (each + 0.25): no two items share a breakdown object.
// Built on first use, in its own group, so it does not weigh on the heap of
// the group above.
let offScale: Backlog | undefined;
describe('prioritise by WSJF, 100,000 items, non-integer estimates', () => {
  bench(
    'baseline: Array.prototype.sort of precomputed scores',
    () => {
      precomputed.slice().sort((a, b) => b.score - a.score || a.index - b.index);
    },
    { time: 3000 },
  );
  bench(
    'prioritise(backlog, "wsjf"), non-integer estimates',
    () => {
      offScale ??= createBacklog(makeItems(100_000, 0.1, 42, 0.25));
      prioritise(offScale, 'wsjf');
    },
    { time: 3000 },
  );
});

const tenK = createBacklog(makeItems(10_000, 0, 7));
let flip = false;
describe('moveItem in a 10,000-item backlog', () => {
  bench('moveItem bottom to top', () => {
    flip = !flip;
    moveItem(tenK, flip ? 'item-9999' : 'item-5000', { to: 0 });
  });
  bench('moveItem { after } (worst case: both ends)', () => {
    moveItem(tenK, 'item-0', { after: 'item-9999' });
  });
});
