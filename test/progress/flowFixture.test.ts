/**
 * Hand-computed fixtures for the flow functions over one workflow
 * (test/progress/flowFixture.ts), with the ActionableAgile definitions they
 * follow:
 *
 * - cycle time = finished − started + 1 (Vacanti, "Kanban Calculations: How
 *   to Calculate Cycle Time"; a same-day item took 1 day);
 * - an item moved backwards is considered never to have been in the later
 *   stage (ActionableAgile help, "How does ActionableAgile handle work that
 *   moves backwards in the workflow?"): J's move back to Backlog clears its
 *   start;
 * - the Aging Work in Progress chart shows each item's current stage and its
 *   age since it started, against what finished items took (ActionableAgile
 *   help, "Aging Work in Progress");
 * - WIP is what sits in an in-progress state at the end of the day, so the
 *   cumulative flow diagram, the WIP run chart and the aging chart agree.
 */
import { describe, expect, it } from 'vitest';
import { agingWip } from '../../src/progress/agingWip.js';
import { controlChart } from '../../src/progress/controlChart.js';
import { cumulativeFlow } from '../../src/progress/cumulativeFlow.js';
import { flowEfficiency } from '../../src/progress/flowEfficiency.js';
import { flowMetrics } from '../../src/progress/flowMetrics.js';
import { serviceLevel } from '../../src/progress/serviceLevel.js';
import { throughputHistory } from '../../src/progress/throughputHistory.js';
import { timeInState } from '../../src/progress/timeInState.js';
import { cycleTime, leadTime } from '../../src/progress/workItem.js';
import { workItemsFromHistory } from '../../src/progress/workItemsFromHistory.js';
import { HISTORY, WEEKDAYS, WORKFLOW } from './flowFixture.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

const d = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
const ITEMS = workItemsFromHistory(frozen(HISTORY), frozen(WORKFLOW));
const byId = (id: string) => ITEMS.find((i) => i.id === id) as (typeof ITEMS)[number];
const RESTART = { ...WORKFLOW, reopen: 'restart' as const };

describe('workItemsFromHistory', () => {
  it('dates each item by the workflow: start on entering Dev/Test/Done, finish on staying done', () => {
    const dates = Object.fromEntries(ITEMS.map((i) => [i.id, [i.startedOn, i.finishedOn]]));
    expect(dates).toEqual({
      A: [d(3), d(9)],
      B: [d(2), d(2)],
      C: [d(4), d(10)], // Ready is a todo state: C starts in Dev on the 4th
      D: [d(5), d(11)], // back from Review to Dev keeps the start
      E: [d(2), d(10)], // reopened: 'continue' keeps the first start; finishes on the final Done
      F: [d(6), d(9)],
      G: [d(9), undefined],
      H: [d(10), undefined],
      I: [undefined, undefined],
      J: [d(10), d(12)], // ActionableAgile: the move back to Backlog makes the 3rd a false start
      K: [d(7), d(8)],
      L: [d(9), d(13)],
    });
    expect(isDeepFrozen(ITEMS)).toBe(true);
  });

  it("restarts a reopened item's cycle on the reopen day with reopen: 'restart'", () => {
    const e = workItemsFromHistory(HISTORY, RESTART).find((i) => i.id === 'E');
    expect([e?.startedOn, e?.finishedOn]).toEqual([d(9), d(10)]);
    expect(cycleTime(e as never)).toBe(2);
    expect(cycleTime(byId('E'))).toBe(9);
  });

  it('defaults createdOn to the first transition, keeps type, assignee and meta, and rejects unknown states', () => {
    const [w] = workItemsFromHistory(
      [
        {
          id: 'x',
          type: 'bug',
          assignee: 'ann',
          meta: { jira: 'X-1' },
          transitions: [
            { state: 'Done', on: d(5) },
            { state: 'Dev', on: d(4) },
          ],
        },
      ],
      WORKFLOW,
    );
    expect(w).toMatchObject({
      id: 'x',
      createdOn: d(4),
      startedOn: d(4),
      finishedOn: d(5),
      type: 'bug',
      assignee: 'ann',
      meta: { jira: 'X-1' },
    });
    expectPopm(
      () => workItemsFromHistory([{ id: 'x', transitions: [{ state: 'QA', on: d(4) }] }], WORKFLOW),
      'INVALID_ARGUMENT',
      ['history', 0, 'transitions', 0, 'state'],
    );
    expectPopm(
      () => workItemsFromHistory([{ id: 'x', transitions: [] }], WORKFLOW),
      'INVALID_ARGUMENT',
      ['history', 0, 'transitions'],
    );
    expectPopm(
      () => workItemsFromHistory([{ id: 'x', createdOn: d(5), transitions: [t(4)] }], WORKFLOW),
      'INVALID_DATE',
      ['history', 0, 'transitions', 0, 'on'],
    );
    expectPopm(
      () => workItemsFromHistory([{ id: 'x', transition: [] } as never], WORKFLOW),
      'INVALID_ARGUMENT',
      ['history', 0, 'transition'],
    );
  });

  it('rejects a workflow without each category, out of order, with a repeated state or an active queue', () => {
    const bad = (states: unknown, path: (string | number)[]) =>
      expectPopm(() => workItemsFromHistory([], { states } as never), 'INVALID_ARGUMENT', path);
    bad(
      [
        { name: 'a', category: 'todo' },
        { name: 'b', category: 'done' },
      ],
      ['workflow', 'states'],
    );
    bad(
      [
        { name: 'a', category: 'in-progress' },
        { name: 'b', category: 'todo' },
        { name: 'c', category: 'done' },
      ],
      ['workflow', 'states', 1, 'category'],
    );
    bad(
      [
        { name: 'a', category: 'todo' },
        { name: 'a', category: 'in-progress' },
        { name: 'c', category: 'done' },
      ],
      ['workflow', 'states', 1, 'name'],
    );
    bad(
      [
        { name: 'a', category: 'todo', active: true },
        { name: 'b', category: 'in-progress' },
        { name: 'c', category: 'done' },
      ],
      ['workflow', 'states', 0, 'active'],
    );
    expectPopm(
      () => workItemsFromHistory([], { ...WORKFLOW, reopen: 'again' } as never),
      'INVALID_ARGUMENT',
      ['workflow', 'reopen'],
    );
  });
});

const t = (day: number) => ({ state: 'Dev', on: d(day) });

describe('cycle and lead time in calendar and working days', () => {
  it('counts the fixture by hand: calendar days, then working days (weekends 7–8 out)', () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'J', 'K', 'L'];
    expect(ids.map((id) => cycleTime(byId(id)))).toEqual([7, 1, 7, 7, 9, 4, 3, 2, 5]);
    const cal = { calendar: WEEKDAYS };
    // F: Fri 6th to Mon 9th is 2 working days; K worked only at the weekend still took a day.
    expect(ids.map((id) => cycleTime(byId(id), cal))).toEqual([5, 1, 5, 5, 7, 2, 3, 1, 5]);
    expect(ids.map((id) => leadTime(byId(id)))).toEqual([8, 1, 9, 9, 9, 6, 11, 2, 5]);
    expect(ids.map((id) => leadTime(byId(id), cal))).toEqual([6, 1, 7, 7, 7, 4, 9, 1, 5]);
  });
});

describe('one WIP rule on the fixture', () => {
  // In progress at the end of each day, 2nd–13th:
  // 2 E | 3 A E J | 4 A C | 5 A C D | 6 A C D F | 7 A C D F K | 8 A C D F |
  // 9 C D E G L | 10 D G H J L | 11 G H J L | 12 G H L | 13 G H
  const WIP = [1, 3, 2, 3, 4, 5, 4, 5, 5, 4, 3, 2];

  it('flowMetrics, cumulativeFlow, agingWip and timeInState give the same WIP every day', () => {
    const window = { from: d(2), to: d(13) };
    const fm = flowMetrics(ITEMS, { ...window, workflow: WORKFLOW });
    expect(fm.daily.map((x) => x.wip)).toEqual(WIP);
    const cfd = cumulativeFlow(ITEMS, { ...window, workflow: WORKFLOW });
    expect(cfd.days.map((x) => x.wip)).toEqual(WIP);
    WIP.forEach((w, i) => {
      expect(agingWip(ITEMS, WORKFLOW, d(2 + i)).items).toHaveLength(w);
      const tis = timeInState(ITEMS, WORKFLOW, { asOf: d(2 + i) });
      expect(tis.items.filter((x) => x.category === 'in-progress')).toHaveLength(w);
    });
    // Without the workflow, the dates alone count E as in progress on its done
    // days (4th–8th, its cycle continues) and miss J's false start on the 3rd:
    // that is why every flow function takes the workflow.
    expect(flowMetrics(ITEMS, window).daily.map((x) => x.wip)).toEqual([
      1, 2, 3, 4, 5, 6, 5, 5, 5, 4, 3, 2,
    ]);
  });

  it('regression (issue 16, flowMetrics counted an item as WIP on its finish day): B, done the day it started, is never WIP', () => {
    const r = flowMetrics([{ id: 'B', createdOn: d(2), startedOn: d(2), finishedOn: d(2) }], {
      from: d(2),
      to: d(3),
    });
    expect(r.daily.map((x) => x.wip)).toEqual([0, 0]);
    const c = cumulativeFlow([{ id: 'B', createdOn: d(2), startedOn: d(2), finishedOn: d(2) }], {
      from: d(2),
      to: d(3),
      states: ['todo', 'doing', 'done'],
    });
    expect(c.days.map((x) => x.wip)).toEqual([0, 0]);
  });

  it('shows the cumulative flow diagram at the end of the 9th', () => {
    const cfd = cumulativeFlow(ITEMS, { from: d(9), to: d(9), workflow: WORKFLOW });
    expect(cfd.days[0]?.counts).toEqual({
      Backlog: 3, // H, I, and J after its false start
      Ready: 0,
      Dev: 4, // D (back from review), E (reopened), G, L
      Review: 0,
      Test: 1, // C
      Done: 4, // A, B, F, K
    });
    expect(cfd.days[0]?.arrivals.Dev).toBe(9);
  });

  it('counts throughput from the derived finish days: E counts once, on its final Done', () => {
    const h = throughputHistory(ITEMS, { from: d(2), to: d(13) });
    // B 2nd; K 8th; A, F 9th; C, E 10th; D 11th; J 12th; L 13th.
    expect(h.counts).toEqual([1, 0, 0, 0, 0, 0, 1, 2, 2, 1, 1, 1]);
  });
});

describe('timeInState', () => {
  it('gives each item days per state that add up to its lead time (the finish day goes to the state it left)', () => {
    const r = timeInState(ITEMS, WORKFLOW, { asOf: d(13) });
    const days = Object.fromEntries(r.items.map((i) => [i.id, Object.values(i.days)]));
    // [Backlog, Ready, Dev, Review, Test, Done]
    expect(days).toEqual({
      A: [1, 0, 2, 1, 4, 0], // Backlog 2nd; Dev 3rd–4th; Review 5th; Test 6th–8th + the 9th
      B: [0, 0, 1, 0, 0, 0],
      C: [1, 1, 2, 0, 5, 0],
      D: [2, 0, 2, 3, 2, 0], // Review 6th–8th, then Dev again on the 9th
      E: [0, 0, 4, 0, 0, 5], // done 4th–8th before the reopen
      F: [2, 0, 4, 0, 0, 0],
      G: [4, 0, 5, 0, 0, 0],
      H: [5, 0, 1, 3, 0, 0],
      I: [8, 0, 0, 0, 0, 0],
      J: [7, 0, 4, 0, 0, 0],
      K: [0, 0, 2, 0, 0, 0],
      L: [0, 0, 2, 0, 3, 0],
    });
    for (const i of r.items) if (i.finished) expect(i.total).toBe(leadTime(byId(i.id)));
    expect(r.items.find((i) => i.id === 'H')).toMatchObject({ state: 'Review', total: 9 });
    expect(r.totals).toEqual({ Backlog: 30, Ready: 1, Dev: 29, Review: 7, Test: 14, Done: 5 });
    expect(r.unit).toBe('calendar-days');
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('counts working days with a calendar, still adding up to the working-day lead time', () => {
    const r = timeInState(ITEMS, WORKFLOW, { asOf: d(13), calendar: WEEKDAYS });
    expect(r.unit).toBe('working-days');
    const f = r.items.find((i) => i.id === 'F');
    expect(f?.days).toMatchObject({ Backlog: 2, Dev: 2 }); // Fri 6th and Mon 9th
    const k = r.items.find((i) => i.id === 'K');
    expect(k?.total).toBe(1); // a weekend job still took a day
    for (const i of r.items)
      if (i.finished) expect(i.total).toBe(leadTime(byId(i.id), { calendar: WEEKDAYS }));
  });

  it('leaves out items created after asOf and rejects a missing asOf', () => {
    expect(timeInState(ITEMS, WORKFLOW, { asOf: d(4) }).items.map((i) => i.id)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'J',
    ]);
    expectPopm(() => timeInState(ITEMS, WORKFLOW, {} as never), 'INVALID_DATE', [
      'options',
      'asOf',
    ]);
    expectPopm(
      () => timeInState(ITEMS, WORKFLOW, { asOf: d(4), asof: 1 } as never),
      'INVALID_ARGUMENT',
      ['options', 'asof'],
    );
  });
});

describe('flowEfficiency', () => {
  it('divides active days (Dev, Test) by cycle time; Review is a queue', () => {
    const r = flowEfficiency(ITEMS, WORKFLOW);
    expect(r.items.map((i) => [i.id, i.activeDays, i.cycleTime])).toEqual([
      ['B', 1, 1],
      ['K', 2, 2],
      ['A', 6, 7], // one day in Review
      ['F', 4, 4],
      ['C', 7, 7],
      ['E', 4, 9], // five done days before the reopen are not work
      ['D', 4, 7], // three days in Review
      ['J', 3, 3],
      ['L', 5, 5],
    ]);
    expect(r.pooledShare).toBe(36 / 45);
    expect(r.shares?.count).toBe(9);
    expect(r.shares?.min).toBe(4 / 9);
    expect(r.shares?.max).toBe(1);
    const restart = flowEfficiency(
      ITEMS.map((i) => (i.id === 'E' ? { ...i, startedOn: undefined } : i)),
      RESTART,
    );
    expect(restart.items.find((i) => i.id === 'E')).toMatchObject({ cycleTime: 2, activeDays: 2 });
  });

  it('filters by finish date and is null without finished items', () => {
    const r = flowEfficiency(ITEMS, WORKFLOW, { from: d(11), to: d(12) });
    expect(r.items.map((i) => i.id)).toEqual(['D', 'J']);
    const none = flowEfficiency([], WORKFLOW);
    expect([none.pooledShare, none.shares]).toEqual([null, null]);
  });
});

describe('agingWip', () => {
  it('compares G (Dev) and H (Review) with the ages at which finished items left those states', () => {
    const r = agingWip(ITEMS, WORKFLOW, d(13), { percentiles: [50, 85, 95] });
    // Left Dev at ages A 3, B 1, C 3, D 2, E 3, F 4, J 3, K 2, L 3: P50 3, P85 3, P95 4.
    // Left Review at ages A 4, B 1, C 3, D 6, E 3, F 4, J 3, K 2, L 3: P50 3, P85 4, P95 6.
    expect(r.stages).toEqual([
      { state: 'Dev', historyCount: 9, percentiles: { 50: 3, 85: 3, 95: 4 } },
      { state: 'Review', historyCount: 9, percentiles: { 50: 3, 85: 4, 95: 6 } },
      { state: 'Test', historyCount: 9, percentiles: expect.any(Object) },
    ]);
    expect(r.items).toEqual([
      { id: 'G', state: 'Dev', startedOn: d(9), age: 5, passed: 95, next: null },
      { id: 'H', state: 'Review', startedOn: d(10), age: 4, passed: 50, next: 85 },
    ]);
    expect(agingWip(ITEMS, WORKFLOW, d(13), { calendar: WEEKDAYS }).items[0]?.age).toBe(5);
  });
});

describe('controlChart and serviceLevel', () => {
  it('plots the nine finished items with a rolling mean over 3 and no outlier', () => {
    const r = controlChart(ITEMS, { from: d(1), to: d(31), window: 3 });
    expect(r.points.map((p) => [p.id, p.cycleTime])).toEqual([
      ['B', 1],
      ['K', 2],
      ['A', 7],
      ['F', 4],
      ['C', 7],
      ['E', 9],
      ['D', 7],
      ['J', 3],
      ['L', 5],
    ]);
    expect(r.points.map((p) => p.rollingMean)).toEqual([
      1,
      1.5,
      10 / 3,
      13 / 3,
      6,
      20 / 3,
      23 / 3,
      19 / 3,
      5,
    ]);
    expect(r.overall?.mean).toBe(5);
    expect(r.overall?.stdDev).toBeCloseTo(Math.sqrt(58 / 9), 12);
    expect(r.outliers).toEqual([]);
    expect(r.points[0]?.bands).toEqual({ lower2: 1, lower1: 1, upper1: 1, upper2: 1 });
  });

  it('flags a point more than 2σ from the mean', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      id: `i${i}`,
      createdOn: d(1),
      startedOn: d(1),
      finishedOn: d(i === 9 ? 30 : 2),
    }));
    expect(controlChart(items, { from: d(1), to: d(31) }).outliers).toEqual(['i9']);
  });

  it('states the 85% service level: 7 days on 9 items; 8 of the 9 latest met it', () => {
    // Cycle times sorted 1, 2, 3, 4, 5, 7, 7, 7, 9: the 8th of 9 (⌈0.85 · 9⌉) is 7.
    const r = serviceLevel(ITEMS, { from: d(1), to: d(31) });
    expect(r).toEqual({
      from: d(1),
      to: d(31),
      percentile: 85,
      days: 7,
      unit: 'calendar-days',
      count: 9,
      recent: { count: 9, met: 8, metShare: 8 / 9 },
    });
    const w = serviceLevel(ITEMS, { from: d(1), to: d(31), calendar: WEEKDAYS, percentile: 50 });
    expect([w.days, w.unit]).toEqual([5, 'working-days']);
    const none = serviceLevel([], { from: d(1), to: d(31) });
    expect([none.days, none.recent.metShare]).toEqual([null, null]);
    expectPopm(
      () => serviceLevel(ITEMS, { from: d(1), to: d(31), percentile: 0 }),
      'OUT_OF_RANGE',
      ['options', 'percentile'],
    );
  });
});
