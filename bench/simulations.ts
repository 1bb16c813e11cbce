/**
 * The cases of bench/simulations.bench.ts: each popm simulation and its own
 * bare loop, a typed-array loop with the sfc32 generator inline (state in
 * locals) doing the same work per trial without validation, streams per
 * trial, distributions or freezing. Shared with bench/simulations.run.ts.
 */
import { compileNetwork, createPass, runPasses } from '../src/plan/internal/network.js';
import { simulateSchedule } from '../src/plan/simulateSchedule.js';
import { forecastHowMany } from '../src/progress/forecastHowMany.js';
import { forecastWhen } from '../src/progress/forecastWhen.js';
import { createRiskRegister } from '../src/risk/register.js';
import { simulateRiskCost } from '../src/risk/simulateRiskCost.js';

export const TRIALS = 10_000;

// 30 days, mean 1.5 items a day, zeros included: 100 items take about 67 draws a trial.
export const HISTORY = [
  2, 0, 1, 3, 2, 0, 0, 4, 1, 2, 1, 0, 3, 2, 1, 0, 2, 5, 1, 0, 0, 2, 3, 1, 2, 0, 1, 3, 2, 1,
];
export const ITEMS = 100;
export const PERIODS = 67;

/** forecastWhen's work with the generator inline: draws, counting sort, P85. */
export function bareWhen(): number {
  // sfc32 from a fixed state (enough for a speed baseline), its state in locals.
  let a = 0x9e3779b9 | 0;
  let b = 0x243f6a88;
  let c = 0xb7e15162 | 0;
  let d = 1;
  const h = Float64Array.from(HISTORY);
  const scale = h.length / 4294967296;
  const out = new Int32Array(TRIALS);
  for (let t = 0; t < TRIALS; t++) {
    let done = 0;
    let p = 0;
    while (done < ITEMS) {
      const r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      done += h[Math.floor((r >>> 0) * scale)] as number;
      p++;
    }
    out[t] = p;
  }
  out.sort();
  return out[Math.ceil(0.85 * TRIALS) - 1] as number;
}

/** forecastHowMany's work with the generator inline: draws, sort, P85. */
export function bareHowMany(): number {
  // sfc32 from a fixed state (enough for a speed baseline), its state in locals.
  let a = 0x9e3779b9 | 0;
  let b = 0x243f6a88;
  let c = 0xb7e15162 | 0;
  let d = 1;
  const h = Float64Array.from(HISTORY);
  const scale = h.length / 4294967296;
  const out = new Float64Array(TRIALS);
  for (let t = 0; t < TRIALS; t++) {
    let total = 0;
    for (let p = 0; p < PERIODS; p++) {
      const r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      total += h[Math.floor((r >>> 0) * scale)] as number;
    }
    out[t] = total;
  }
  out.sort();
  return out[Math.ceil(0.15 * TRIALS) - 1] as number;
}

export const RISKS = Array.from({ length: 50 }, (_, i) => ({
  id: `R${i}`,
  title: 'risk',
  kind: i % 5 === 0 ? ('opportunity' as const) : ('threat' as const),
  probability: ((i * 37) % 90) / 100 + 0.05,
  costImpact: { min: 1000 + i * 10, mostLikely: 2000 + i * 20, max: 6000 + i * 50 },
  scheduleImpactDays: { min: 1, mostLikely: 2 + (i % 3), max: 8 },
}));
export const REGISTER = createRiskRegister(RISKS);

/** simulateRiskCost's work with the generator inline: occurrences, triangular draws, sums, sort. */
export function bareRiskCost(): number {
  // sfc32 from a fixed state (enough for a speed baseline), its state in locals.
  let a = 0x9e3779b9 | 0;
  let b = 0x243f6a88;
  let c = 0xb7e15162 | 0;
  let d = 1;
  const m = RISKS.length;
  const thr = Float64Array.from(RISKS, (r) => r.probability * 4294967296);
  const sign = Float64Array.from(RISKS, (r) => (r.kind === 'threat' ? 1 : -1));
  const lo = Float64Array.from(RISKS, (r) => r.costImpact.min);
  const mo = Float64Array.from(RISKS, (r) => r.costImpact.mostLikely);
  const hi = Float64Array.from(RISKS, (r) => r.costImpact.max);
  const dlo = Float64Array.from(RISKS, (r) => r.scheduleImpactDays.min);
  const dmo = Float64Array.from(RISKS, (r) => r.scheduleImpactDays.mostLikely);
  const dhi = Float64Array.from(RISKS, (r) => r.scheduleImpactDays.max);
  const costs = new Float64Array(TRIALS);
  const days = new Float64Array(TRIALS);
  const tri = (u: number, x: number, y: number, z: number): number => {
    const range = z - x;
    const fc = (y - x) / range;
    return u < fc ? x + Math.sqrt(u * range * (y - x)) : z - Math.sqrt((1 - u) * range * (z - y));
  };
  for (let t = 0; t < TRIALS; t++) {
    let s = 0;
    let e = 0;
    let dd = 0;
    for (let i = 0; i < m; i++) {
      let r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      if (r >>> 0 >= (thr[i] as number)) continue;
      r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      const v =
        (sign[i] as number) *
        tri((r >>> 0) / 4294967296, lo[i] as number, mo[i] as number, hi[i] as number);
      const tt = s + v;
      e += Math.abs(s) >= Math.abs(v) ? s - tt + v : v - tt + s;
      s = tt;
      r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      dd +=
        (sign[i] as number) *
        tri((r >>> 0) / 4294967296, dlo[i] as number, dmo[i] as number, dhi[i] as number);
    }
    costs[t] = s + e;
    days[t] = dd;
  }
  costs.sort();
  days.sort();
  return (costs[Math.ceil(0.8 * TRIALS) - 1] as number) + (days[0] as number);
}

/** A 200-task plan: each task depends on one or two of the ten before it. */
export const TASKS = Array.from({ length: 200 }, (_, i) => ({
  id: `T${i}`,
  duration: 5,
  estimate: { optimistic: 3, mostLikely: 5, pessimistic: 10 + (i % 7) },
  ...(i === 0
    ? {}
    : { dependsOn: [...new Set([`T${Math.max(0, i - 1 - (i % 10))}`, `T${i - 1}`])] }),
}));

/** simulateSchedule's work (triangular) with the generator inline: draws, CPM passes, criticality, sort. */
export function bareSchedule(): number {
  // sfc32 from a fixed state (enough for a speed baseline), its state in locals.
  let a = 0x9e3779b9 | 0;
  let b = 0x243f6a88;
  let c = 0xb7e15162 | 0;
  let d = 1;
  const net = compileNetwork(TASKS);
  const n = net.n;
  const lo = Float64Array.from(TASKS, (t) => t.estimate.optimistic);
  const mo = Float64Array.from(TASKS, (t) => t.estimate.mostLikely);
  const hi = Float64Array.from(TASKS, (t) => t.estimate.pessimistic);
  const dur = new Float64Array(n);
  const crit = new Float64Array(n);
  const pass = createPass(n);
  const finishes = new Float64Array(TRIALS);
  for (let t = 0; t < TRIALS; t++) {
    for (let k = 0; k < n; k++) {
      const r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      const u = (r >>> 0) / 4294967296;
      const x = lo[k] as number;
      const y = mo[k] as number;
      const z = hi[k] as number;
      const range = z - x;
      dur[k] =
        u < (y - x) / range
          ? x + Math.sqrt(u * range * (y - x))
          : z - Math.sqrt((1 - u) * range * (z - y));
    }
    runPasses(net, dur, pass);
    finishes[t] = pass.duration;
    for (let i = 0; i < n; i++)
      if ((pass.ls[i] as number) - (pass.es[i] as number) <= 1e-9)
        crit[i] = (crit[i] as number) + 1;
  }
  finishes.sort();
  return (finishes[Math.ceil(0.85 * TRIALS) - 1] as number) + (crit[0] as number);
}

export const popmWhen = () => forecastWhen({ throughput: HISTORY, items: ITEMS, trials: TRIALS });
export const popmHowMany = () =>
  forecastHowMany({ throughput: HISTORY, periods: PERIODS, trials: TRIALS });
export const popmRiskCost = () => simulateRiskCost(REGISTER, { trials: TRIALS });
export const popmSchedule = () =>
  simulateSchedule(TASKS, { trials: TRIALS, distribution: 'triangular' });
