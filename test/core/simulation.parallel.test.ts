import { describe, expect, it } from 'vitest';
import { forecastInWorkers, job } from '../../examples/parallel-forecast.js';
import { forecastWhen } from '../../src/progress/forecastWhen.js';

// Issue 20: the parallel example's shards, run in real worker threads and
// merged, give the one-thread result (the speed-up is recorded, not asserted).
describe('examples/parallel-forecast.ts', () => {
  it('merges worker-thread shards into exactly the one-thread forecast', async () => {
    const input = job(3000);
    const merged = await forecastInWorkers(input, 3);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(forecastWhen(input)));
    expect(merged.trials).toBe(3000);
  }, 120_000);
});
