/**
 * Issue 17's speed case for `forecastFeatures`: 20 features sharing one team
 * under a feature-WIP limit, 10,000 trials, against a bare loop doing the same
 * work per trial (draws with the sfc32 generator inline, the same equal-share
 * water-filling, a sort and the P85 per feature) without validation, per-trial
 * streams, distributions or freezing. Shared by the bench and the runner.
 */
import { forecastFeatures } from '../src/progress/forecastFeatures.js';
import { HISTORY, TRIALS } from './simulations.js';

/** 20 features of 5–24 items, in priority order: 290 items in all. */
export const FEATURES = Array.from({ length: 20 }, (_, i) => ({
  id: `F${i + 1}`,
  items: 5 + ((i * 7) % 20),
}));
export const WIP = 3;

export function popmFeatures(): number {
  const r = forecastFeatures(FEATURES, {
    throughput: HISTORY,
    wipLimit: WIP,
    trials: TRIALS,
    seed: 1,
  });
  return r.features[19]?.periods.percentiles[85] ?? 0;
}

/** The same work with the generator inline and no checks. */
export function bareFeatures(): number {
  let a = 0x9e3779b9 | 0;
  let b = 0x243f6a88;
  let c = 0xb7e15162 | 0;
  let d = 1;
  const h = Float64Array.from(HISTORY);
  const scale = h.length / 4294967296;
  const f = FEATURES.length;
  const goal = Float64Array.from(FEATURES, (x) => x.items);
  const out = FEATURES.map(() => new Int32Array(TRIALS));
  const done = new Float64Array(f);
  const active = new Int32Array(f);
  for (let t = 0; t < TRIALS; t++) {
    done.fill(0);
    let next = 0;
    let nActive = 0;
    while (nActive < WIP && next < f) active[nActive++] = next++;
    let p = 0;
    while (nActive > 0) {
      const r = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      let x = h[Math.floor((r >>> 0) * scale)] as number;
      p++;
      // Water-filling: an equal share each; a feature needing less finishes and passes the rest on.
      while (x > 0 && nActive > 0) {
        const share = x / nActive;
        let finished = false;
        for (let k = 0; k < nActive; ) {
          const id = active[k] as number;
          const need = (goal[id] as number) - (done[id] as number);
          if (need <= share) {
            x -= need;
            done[id] = goal[id] as number;
            (out[id] as Int32Array)[t] = p;
            active[k] = active[--nActive] as number;
            finished = true;
          } else k++;
        }
        if (finished) {
          active.subarray(0, nActive).sort();
          while (nActive < WIP && next < f) active[nActive++] = next++;
        } else {
          for (let k = 0; k < nActive; k++) {
            const id = active[k] as number;
            done[id] = (done[id] as number) + share;
          }
          x = 0;
        }
      }
    }
  }
  let p85 = 0;
  for (const col of out) {
    col.sort();
    p85 = col[Math.ceil(0.85 * TRIALS) - 1] as number;
  }
  return p85;
}
