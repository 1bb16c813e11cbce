/**
 * Each popm simulation against its own bare loop: a typed-array loop with
 * the sfc32 generator inline (state in locals) doing the same work per trial
 * (issue 20: within 1.5×). Figures and ratios: docs/perf/simulations.md.
 * Run: npx vitest bench --run bench/simulations.bench.ts
 * (or, interleaved and steadier on a busy machine: npx tsx bench/simulations.run.ts)
 */
import { bench, describe } from 'vitest';
import {
  bareHowMany,
  bareRiskCost,
  bareSchedule,
  bareWhen,
  popmHowMany,
  popmRiskCost,
  popmSchedule,
  popmWhen,
} from './simulations.js';

const OPTS = { time: 1500, warmupTime: 300 };

describe('forecastWhen: 10,000 trials, 100 items, 30-day history', () => {
  bench(
    'popm forecastWhen',
    () => {
      popmWhen();
    },
    OPTS,
  );
  bench(
    'bare loop, generator inline',
    () => {
      bareWhen();
    },
    OPTS,
  );
});

describe('forecastHowMany: 10,000 trials, 67 periods', () => {
  bench(
    'popm forecastHowMany',
    () => {
      popmHowMany();
    },
    OPTS,
  );
  bench(
    'bare loop, generator inline',
    () => {
      bareHowMany();
    },
    OPTS,
  );
});

describe('simulateRiskCost: 10,000 trials, 50 risks', () => {
  bench(
    'popm simulateRiskCost',
    () => {
      popmRiskCost();
    },
    OPTS,
  );
  bench(
    'bare loop, generator inline',
    () => {
      bareRiskCost();
    },
    OPTS,
  );
});

describe('simulateSchedule: 10,000 trials, 200 tasks, triangular', () => {
  bench(
    'popm simulateSchedule',
    () => {
      popmSchedule();
    },
    { ...OPTS, iterations: 3 },
  );
  bench(
    'bare loop, generator inline',
    () => {
      bareSchedule();
    },
    { ...OPTS, iterations: 3 },
  );
});
