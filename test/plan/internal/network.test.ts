import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPopmError } from '../../../src/core/errors.js';
import {
  compileNetwork,
  createPass,
  forwardFinish,
  runPasses,
} from '../../../src/plan/internal/network.js';
import type { LinkType, Task } from '../../../src/plan/types.js';

const TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];

/** Random DAGs (a task links only to tasks listed before it), fractional durations, leads and lags. */
const plans = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.array(
    fc.record({
      duration: fc.double({ min: 0, max: 9, noNaN: true }),
      preds: fc.uniqueArray(fc.nat(n), { maxLength: 3 }),
      type: fc.constantFrom(...TYPES),
      lag: fc.integer({ min: -2, max: 3 }),
    }),
    { minLength: n, maxLength: n },
  ),
);

function tasksOf(
  rows: readonly { duration: number; preds: number[]; type: LinkType; lag: number }[],
): Task[] {
  return rows.map((r, i) => ({
    id: `T${i}`,
    duration: r.duration,
    dependsOn: r.preds.filter((p) => p < i).map((p) => ({ id: `T${p}`, type: r.type, lag: r.lag })),
  }));
}

describe('forwardFinish (the forward pass from a topological position)', () => {
  it('gives exactly the starts and the duration of both passes run again, when only tasks from that position on change', () => {
    fc.assert(
      fc.property(
        plans,
        fc.nat(),
        fc.array(fc.double({ min: 0, max: 12, noNaN: true }), { minLength: 14, maxLength: 14 }),
        (rows, at, fresh) => {
          const net = compileNetwork(tasksOf(rows));
          const before = createPass(net.n);
          const d = Float64Array.from(net.durations);
          runPasses(net, d, before);
          const from = at % (net.n + 1);
          for (let k = from; k < net.n; k++) {
            const s = net.order[k] as number;
            d[s] = fresh[k] as number;
          }
          const again = createPass(net.n);
          runPasses(net, d, again);
          const es = Float64Array.from(before.es);
          expect(forwardFinish(net, d, es, from)).toBe(again.duration);
          expect(Array.from(es)).toEqual(Array.from(again.es));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('from position n reads the duration off the starts it is given; from 0 it ignores them', () => {
    const net = compileNetwork([
      { id: 'A', duration: 3 },
      { id: 'B', duration: 2, dependsOn: ['A'] },
    ]);
    const d = Float64Array.from(net.durations);
    expect(forwardFinish(net, d, Float64Array.from([0, 3]), 2)).toBe(5);
    expect(forwardFinish(net, d, Float64Array.from([0, 10]), 2)).toBe(12);
    const es = Float64Array.from([7, 7]);
    expect(forwardFinish(net, d, es, 0)).toBe(5);
    expect(Array.from(es)).toEqual([0, 3]);
  });

  it('an overflowing duration is OUT_OF_RANGE, as runPasses has it', () => {
    const net = compileNetwork([
      { id: 'A', duration: 1e308 },
      { id: 'B', duration: 1e308, dependsOn: ['A'] },
    ]);
    let caught: unknown;
    try {
      forwardFinish(net, Float64Array.from(net.durations), new Float64Array(2), 0);
    } catch (e) {
      caught = e;
    }
    expect(isPopmError(caught) && caught.code).toBe('OUT_OF_RANGE');
  });
});
