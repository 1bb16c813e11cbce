/**
 * Properties of the flow functions on random status histories (issue 17):
 * one WIP definition across flowMetrics, cumulativeFlow, agingWip and
 * timeInState; time in state sums to lead time; flow efficiency in [0, 1];
 * inputs untouched, outputs frozen, same input same output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agingWip } from '../../src/progress/agingWip.js';
import { controlChart } from '../../src/progress/controlChart.js';
import { cumulativeFlow } from '../../src/progress/cumulativeFlow.js';
import { flowEfficiency } from '../../src/progress/flowEfficiency.js';
import { flowMetrics } from '../../src/progress/flowMetrics.js';
import { serviceLevel } from '../../src/progress/serviceLevel.js';
import { timeInState } from '../../src/progress/timeInState.js';
import { cycleTime, leadTime } from '../../src/progress/workItem.js';
import { workItemsFromHistory } from '../../src/progress/workItemsFromHistory.js';
import { WEEKDAYS, WORKFLOW } from './flowFixture.js';
import { frozen, isDeepFrozen } from './helpers.js';

const day = (n: number): string => new Date(Date.UTC(2026, 2, 1 + n)).toISOString().slice(0, 10);
const STATES = WORKFLOW.states.map((s) => s.name);

/** Up to 12 items, each created on day 0–15 with up to 6 moves, 0–3 days apart, to any state. */
const histories = fc
  .array(
    fc.record({
      created: fc.nat(15),
      moves: fc.array(fc.tuple(fc.nat(3), fc.nat(STATES.length - 1)), { maxLength: 6 }),
    }),
    { maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r, i) => {
      let at = r.created;
      return {
        id: `i${i}`,
        createdOn: day(r.created),
        transitions: r.moves.map(([gap, s]) => {
          at += gap;
          return { state: STATES[s] as string, on: day(at) };
        }),
      };
    }),
  );
const policies = fc.constantFrom('restart' as const, 'continue' as const);

describe('flow properties on random status histories', () => {
  it('one WIP definition: flowMetrics, cumulativeFlow, agingWip and timeInState agree every day', () => {
    fc.assert(
      fc.property(histories, policies, (history, reopen) => {
        const workflow = frozen({ ...WORKFLOW, reopen });
        const items = workItemsFromHistory(frozen(history), workflow);
        const window = { from: day(0), to: day(30) };
        const fm = flowMetrics(items, { ...window, workflow });
        const cfd = cumulativeFlow(items, { ...window, workflow });
        for (let d = 0; d <= 30; d += 3) {
          const wip = fm.daily[d]?.wip;
          expect(cfd.days[d]?.wip).toBe(wip);
          // The in-progress bands of the diagram hold the same items.
          const counts = cfd.days[d]?.counts ?? {};
          expect((counts.Dev ?? 0) + (counts.Review ?? 0) + (counts.Test ?? 0)).toBe(wip);
          expect(agingWip(items, workflow, day(d)).items).toHaveLength(wip as number);
          const tis = timeInState(items, workflow, { asOf: day(d) });
          expect(tis.items.filter((x) => x.category === 'in-progress')).toHaveLength(wip as number);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('time in state sums to lead time (calendar and working days); open items to their days so far', () => {
    fc.assert(
      fc.property(histories, policies, fc.boolean(), (history, reopen, working) => {
        const workflow = { ...WORKFLOW, reopen };
        const items = workItemsFromHistory(history, workflow);
        const cal = working ? { calendar: WEEKDAYS } : {};
        const r = timeInState(items, workflow, { asOf: day(40), ...cal });
        r.items.forEach((row) => {
          const item = items.find((i) => i.id === row.id);
          const sum = Object.values(row.days).reduce((a, b) => a + b, 0);
          expect(sum).toBe(row.total);
          expect(Object.values(row.days).every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
          if (row.finished) expect(row.total).toBe(leadTime(item as never, cal));
        });
      }),
      { numRuns: 80 },
    );
  });

  it('flow efficiency lies in [0, 1]; active + waiting = cycle time; pooled share within the items’ range', () => {
    fc.assert(
      fc.property(histories, policies, fc.boolean(), (history, reopen, working) => {
        const workflow = { ...WORKFLOW, reopen };
        const items = workItemsFromHistory(history, workflow);
        const cal = working ? { calendar: WEEKDAYS } : {};
        const r = flowEfficiency(items, workflow, cal);
        for (const row of r.items) {
          expect(row.activeShare).toBeGreaterThanOrEqual(0);
          expect(row.activeShare).toBeLessThanOrEqual(1);
          expect(row.activeDays + row.waitingDays).toBe(row.cycleTime);
          const item = items.find((i) => i.id === row.id);
          expect(row.cycleTime).toBe(cycleTime(item as never, cal));
        }
        if (r.pooledShare !== null) {
          expect(r.pooledShare).toBeGreaterThanOrEqual((r.shares?.min ?? 0) - 1e-12);
          expect(r.pooledShare).toBeLessThanOrEqual((r.shares?.max ?? 1) + 1e-12);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('never mutates input; frozen, deterministic output', () => {
    fc.assert(
      fc.property(histories, policies, (history, reopen) => {
        const workflow = frozen({ ...WORKFLOW, reopen });
        const input = frozen(history);
        const before = JSON.stringify(input);
        const items = frozen(workItemsFromHistory(input, workflow));
        const window = { from: day(0), to: day(30) };
        const calls = [
          () => timeInState(items, workflow, { asOf: day(20) }),
          () => flowEfficiency(items, workflow),
          () => agingWip(items, workflow, day(20)),
          () => controlChart(items, { ...window, workflow }),
          () => serviceLevel(items, { ...window, workflow }),
        ];
        for (const call of calls) {
          const a = call();
          expect(isDeepFrozen(a)).toBe(true);
          expect(JSON.stringify(call())).toBe(JSON.stringify(a));
        }
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });
});
