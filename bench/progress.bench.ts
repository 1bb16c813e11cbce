/**
 * forecastWhen (10,000 trials, 100 items, 30-day history) against a
 * hand-written typed-array loop doing the same draws from the same generator.
 * Run: npx vitest bench --run bench/progress.bench.ts
 */
import { bench, describe } from 'vitest';
import { createRandom } from '../src/core/random.js';
import { forecastBacklog } from '../src/progress/forecastBacklog.js';
import { forecastWhen } from '../src/progress/forecastWhen.js';

// 30 days, 45 items: mean 1.5 a day, zeros included, so 100 items take about 67 draws a trial.
const HISTORY = [
  2, 0, 1, 3, 2, 0, 0, 4, 1, 2, 1, 0, 3, 2, 1, 0, 2, 5, 1, 0, 0, 2, 3, 1, 2, 0, 1, 3, 2, 1,
];
const ITEMS = 100;
const TRIALS = 10_000;
// Long runs: the 2-core VM is shared, so short samples are noisy.
const OPTS = { time: 4000, warmupTime: 500 };

function handLoop(sortAndRead: boolean): number {
  const random = createRandom(1);
  const u32 = random.uint32;
  const h = Float64Array.from(HISTORY);
  const scale = h.length / 4294967296;
  const out = new Int32Array(TRIALS);
  for (let t = 0; t < TRIALS; t++) {
    let done = 0;
    let p = 0;
    while (done < ITEMS) {
      done += h[Math.floor(u32() * scale)] as number;
      p++;
    }
    out[t] = p;
  }
  if (!sortAndRead) return out[0] as number;
  out.sort();
  return out[Math.ceil(0.85 * TRIALS) - 1] as number;
}

describe('forecastWhen: 10,000 trials, 100 items, 30-day history', () => {
  bench(
    'popm forecastWhen (validation, draws, sort, 4 percentiles, histogram, freeze)',
    () => {
      forecastWhen({ throughput: HISTORY, items: ITEMS, trials: TRIALS, seed: 1 });
    },
    OPTS,
  );
  bench(
    'hand-written typed-array loop, same draws, + sort and P85',
    () => {
      handLoop(true);
    },
    OPTS,
  );
  bench(
    'hand-written typed-array loop, same draws only',
    () => {
      handLoop(false);
    },
    OPTS,
  );
});

describe('forecastBacklog: 100 open items, 10,000 trials, 30-day history', () => {
  const backlog = {
    items: Array.from({ length: 100 }, (_, i) => ({ id: `i${i}`, status: 'todo' })),
  };
  bench(
    'popm forecastBacklog (every item its P50 and P85 from one pass per trial)',
    () => {
      forecastBacklog(backlog, { throughput: HISTORY, trials: TRIALS, seed: 1 });
    },
    OPTS,
  );
  bench(
    'popm forecastWhen for the last item only (same draws)',
    () => {
      forecastWhen({ throughput: HISTORY, items: ITEMS, trials: TRIALS, seed: 1 });
    },
    OPTS,
  );
});
