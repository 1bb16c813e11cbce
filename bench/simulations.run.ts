/**
 * Interleaved timing of each popm simulation against its bare loop: the
 * median and the fastest of N calls of each, alternating, after warm-up
 * (the fastest is the least disturbed by other work on a shared machine). Prints the ratios
 * recorded in docs/perf/simulations.md.
 * Run: npx tsx bench/simulations.run.ts [calls]
 */
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

const calls = Number(process.argv[2] ?? 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const cases: [string, () => unknown, () => unknown][] = [
  ['forecastWhen (10,000 trials, 100 items, 30-day history)', popmWhen, bareWhen],
  ['forecastHowMany (10,000 trials, 67 periods)', popmHowMany, bareHowMany],
  ['simulateRiskCost (10,000 trials, 50 risks)', popmRiskCost, bareRiskCost],
  ['simulateSchedule (10,000 trials, 200 tasks, triangular)', popmSchedule, bareSchedule],
];

for (const [name, popm, bare] of cases) {
  for (let i = 0; i < 3; i++) {
    popm();
    bare();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < calls; i++) {
    a.push(time(popm));
    b.push(time(bare));
  }
  const ma = median(a);
  const mb = median(b);
  const fa = Math.min(...a);
  const fb = Math.min(...b);
  console.log(
    `${name}: median ${ma.toFixed(1)} / ${mb.toFixed(1)} ms = ${(ma / mb).toFixed(2)}x; ` +
      `fastest ${fa.toFixed(1)} / ${fb.toFixed(1)} ms = ${(fa / fb).toFixed(2)}x`,
  );
}
