/**
 * Interleaved timing of forecastFeatures (20 features, WIP 3, 10,000 trials) and its
 * bare loop: medians and fastest of 15 calls each. Run: npx tsx bench/forecastFeatures.run.ts
 */
import { bareFeatures, popmFeatures } from './forecastFeatures.js';

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
for (let i = 0; i < 3; i++) {
  popmFeatures();
  bareFeatures();
}
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < 15; i++) {
  a.push(time(popmFeatures));
  b.push(time(bareFeatures));
}
console.log(
  `popm ${median(a).toFixed(1)} ms / bare ${median(b).toFixed(1)} ms = ${(median(a) / median(b)).toFixed(2)}x median; fastest ${Math.min(...a).toFixed(1)} / ${Math.min(...b).toFixed(1)} = ${(Math.min(...a) / Math.min(...b)).toFixed(2)}x; P85 last ${popmFeatures()} vs ${bareFeatures()}`,
);
