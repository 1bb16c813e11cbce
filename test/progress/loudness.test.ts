import { describe, expect, it } from 'vitest';
import { ERROR_CODES, PopmError } from '../../src/core/errors.js';
import * as P from '../../src/progress/index.js';
import { deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';
import { BAD, finiteEverywhere, leaves, setAt } from '../helpers/loudness.js';
import { HISTORY, WEEKDAYS, WORKFLOW } from './flowFixture.js';

// A short slice of the fixture keeps the leaf-by-leaf sweep quick.
const FLOW = P.workItemsFromHistory(HISTORY.slice(0, 5), WORKFLOW);

describe('progress: every export is loud on bad input', () => {
  const sprint = { id: 's1', start: '2026-03-02', end: '2026-03-13', committed: 20, completed: 18 };
  const events = [{ on: '2026-03-03', kind: 'completed', amount: 2, itemId: 'a' }];
  const items = [
    {
      id: 'a',
      createdOn: '2026-03-01',
      startedOn: '2026-03-02',
      finishedOn: '2026-03-04',
      type: 'story',
      transitions: [{ state: 'doing', on: '2026-03-02' }],
    },
    { id: 'b', createdOn: '2026-03-01', startedOn: '2026-03-03', assignee: 'ann' },
  ];
  const cases: [string, (...a: never[]) => unknown, unknown[]][] = [
    ['velocity', P.velocity, [[sprint], { window: 3 }]],
    ['sayDoRatio', P.sayDoRatio, [{ ...sprint, added: 2, removed: 1, completedFromAdded: 1 }]],
    ['burndown', P.burndown, [sprint, events, { asOf: '2026-03-05' }]],
    ['burnup', P.burnup, [sprint, events, { asOf: '2026-03-05' }]],
    ['sprintCapacityForecast', P.sprintCapacityForecast, [20, [5, { id: 'x', estimate: 8 }]]],
    ['cycleTime', P.cycleTime, [items[0]]],
    ['leadTime', P.leadTime, [items[0]]],
    [
      'flowMetrics',
      P.flowMetrics,
      [items, { from: '2026-03-01', to: '2026-03-06', method: 'linear' }],
    ],
    ['workItemAge', P.workItemAge, [items, '2026-03-08', { percentiles: [50, 85] }]],
    [
      'cumulativeFlow',
      P.cumulativeFlow,
      [items, { from: '2026-03-01', to: '2026-03-06', states: ['todo', 'doing', 'done'] }],
    ],
    [
      'throughputHistory',
      P.throughputHistory,
      [items, { from: '2026-03-01', to: '2026-03-06', periodDays: 2 }],
    ],
    ['workItemsFromHistory', P.workItemsFromHistory, [HISTORY, WORKFLOW]],
    ['timeInState', P.timeInState, [FLOW, WORKFLOW, { asOf: '2026-03-13', calendar: WEEKDAYS }]],
    ['flowEfficiency', P.flowEfficiency, [FLOW, WORKFLOW, { from: '2026-03-01' }]],
    ['agingWip', P.agingWip, [FLOW, WORKFLOW, '2026-03-10', { percentiles: [50, 85] }]],
    ['controlChart', P.controlChart, [FLOW, { from: '2026-03-01', to: '2026-03-31', window: 3 }]],
    ['serviceLevel', P.serviceLevel, [FLOW, { from: '2026-03-01', to: '2026-03-31', recent: 3 }]],
    [
      'forecastHowMany',
      P.forecastHowMany,
      [{ throughput: [1, 2], periods: 5, trials: 20, seed: 3 }],
    ],
    [
      'forecastWhen',
      P.forecastWhen,
      [{ throughput: [1, 2], items: 5, trials: 20, maxPeriods: 50 }],
    ],
    [
      'forecastWhenDate',
      P.forecastWhenDate,
      [{ throughput: [1, 2], items: 5, trials: 20, start: '2026-03-02', periodDays: 2 }],
    ],
    [
      'forecastBacklog',
      P.forecastBacklog,
      [
        { items: [{ id: 'a', status: 'todo', estimate: 2 }] },
        { velocities: [1, 2], trials: 20, start: '2026-03-02', percentiles: [50, 85] },
      ],
    ],
  ];

  it.each(cases)(
    '%s: frozen inputs untouched, output frozen all the way down, same input same output',
    (_, fn, good) => {
      const input = good.map((a) => deepFreezeInput(structuredClone(a)));
      const before = JSON.stringify(input);
      const a = fn(...(input as never[]));
      const b = fn(...(input as never[]));
      expect(JSON.stringify(input)).toBe(before);
      expect(isDeepFrozen(a)).toBe(true);
      const show = (x: unknown) =>
        JSON.stringify(x, (_k, v) => (typeof v === 'function' ? '[fn]' : v));
      expect(show(b)).toBe(show(a));
    },
  );

  it.each(cases)(
    '%s: a PopmError or a finite, valid answer — never a TypeError, NaN or Infinity',
    (_, fn, good) => {
      expect(finiteEverywhere(fn(...(good as never[])))).toBe(true);
      let thrown = 0;
      good.forEach((arg, i) => {
        for (const path of [[], ...leaves(arg)])
          for (const bad of BAD) {
            const args = [...good];
            args[i] = setAt(arg, path, bad);
            try {
              expect(finiteEverywhere(fn(...(args as never[])))).toBe(true);
            } catch (e) {
              if (!(e instanceof PopmError)) throw e;
              expect(ERROR_CODES).toContain(e.code);
              thrown++;
            }
          }
      });
      expect(thrown).toBeGreaterThan(0);
    },
  );
});
