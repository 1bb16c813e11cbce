/**
 * Issue 12 (input contract) and issue 21 (hostile input) for progress:
 * named regressions, misspelled and unrelated keys, `meta` carried through,
 * and hostile values that must end as a PopmError, never a TypeError, NaN,
 * Infinity, a hang or a prototype taken from the input.
 */
import { describe, expect, it } from 'vitest';
import { isPopmError } from '../../src/core/errors.js';
import { agingWip } from '../../src/progress/agingWip.js';
import { burndown } from '../../src/progress/burndown.js';
import { burnup } from '../../src/progress/burnup.js';
import { controlChart } from '../../src/progress/controlChart.js';
import { cumulativeFlow } from '../../src/progress/cumulativeFlow.js';
import { flowMetrics } from '../../src/progress/flowMetrics.js';
import { sayDoRatio } from '../../src/progress/sayDoRatio.js';
import { timeInState } from '../../src/progress/timeInState.js';
import { velocity } from '../../src/progress/velocity.js';
import { cycleTime } from '../../src/progress/workItem.js';
import { workItemAge } from '../../src/progress/workItemAge.js';
import { WORKFLOW } from './flowFixture.js';
import { expectPopm, isDeepFrozen } from './helpers.js';

const item = {
  id: 'a',
  createdOn: '2026-03-01',
  startedOn: '2026-03-02',
  finishedOn: '2026-03-04',
};
const open = { id: 'b', createdOn: '2026-03-01', startedOn: '2026-03-03' };
const sprint = { id: 's1', start: '2026-03-02', end: '2026-03-13', committed: 20, completed: 0 };

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('issue 12: misspelled keys, unrelated keys and meta', () => {
  it('rejects a near-miss work item key with a suggestion, at the path from the parameter', () => {
    const e = caught(() =>
      flowMetrics([item, { ...open, startOn: '2026-03-03' } as never], {
        from: '2026-03-01',
        to: '2026-03-05',
      }),
    );
    expect(isPopmError(e)).toBe(true);
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['items', 1, 'startOn'] });
    expect((e as Error).message).toBe("items[1].startOn: unknown key; did you mean 'startedOn'?");
  });

  it('rejects any unknown option (options are strict) and a near-miss sprint key', () => {
    expectPopm(
      () =>
        flowMetrics([item], { from: '2026-03-01', to: '2026-03-05', percentile: [50] } as never),
      'INVALID_ARGUMENT',
      ['options', 'percentile'],
    );
    expectPopm(() => velocity([sprint], { windw: 2 } as never), 'INVALID_ARGUMENT', [
      'options',
      'windw',
    ]);
    expectPopm(() => sayDoRatio({ ...sprint, comitted: 5 } as never), 'INVALID_ARGUMENT', [
      'sprints',
      'comitted',
    ]);
    expectPopm(
      () => burndown(sprint, [{ on: '2026-03-03', kind: 'completed', amout: 1 } as never]),
      'INVALID_ARGUMENT',
      ['events', 0, 'amout'],
    );
  });

  it("ignores an app's own keys: the result is the same with `color` on every item", () => {
    const window = { from: '2026-03-01', to: '2026-03-05' };
    const plain = flowMetrics([item, open], window);
    // An app's own rows, passed as they are.
    const rows = [
      { ...item, color: 'red', sprint: 's1' },
      { ...open, color: 'blue', estimate: 3 },
    ];
    const coloured = flowMetrics(rows, window);
    expect(coloured).toEqual(plain);
  });

  it('carries meta to the results that list items, deep-frozen, without freezing the caller’s object', () => {
    const meta = { jira: 'X-1', tags: ['a'] };
    const items = [
      { ...item, meta },
      { ...open, meta },
    ];
    expect(workItemAge(items, '2026-03-05').items[0]?.meta).toEqual(meta);
    const tis = timeInState(
      [
        {
          id: 'a',
          createdOn: '2026-03-01',
          transitions: [{ state: 'Dev', on: '2026-03-02' }],
          meta,
        },
      ],
      WORKFLOW,
      { asOf: '2026-03-05' },
    );
    expect(tis.items[0]?.meta).toEqual(meta);
    expect(isDeepFrozen(tis)).toBe(true);
    expect(controlChart(items, { from: '2026-03-01', to: '2026-03-31' }).points[0]?.meta).toEqual(
      meta,
    );
    const aging = agingWip(
      [
        {
          id: 'b',
          createdOn: '2026-03-01',
          transitions: [{ state: 'Dev', on: '2026-03-02' }],
          meta,
        },
      ],
      WORKFLOW,
      '2026-03-05',
    );
    expect(aging.items[0]?.meta).toEqual(meta);
    expect(Object.isFrozen(meta)).toBe(false);
    expect(Object.isFrozen(meta.tags)).toBe(false);
  });
});

describe('issue 21: hostile input in progress', () => {
  it('regression (huge committed work gave an Infinity ideal line): burndown with committed 1e308 stays finite', () => {
    const r = burndown({ ...sprint, committed: 1e308 }, []);
    expect(r.days.every((d) => Number.isFinite(d.ideal))).toBe(true);
    expect(r.days[0]?.ideal).toBe(1e308 * (9 / 10));
  });

  it('regression (a glacial burn rate projected past year 9999): burnup projects null, never a hang or a bad date', () => {
    const r = burnup({ ...sprint, committed: 1e300 }, [
      { on: '2026-03-02', kind: 'completed', amount: 1e-300 },
    ]);
    expect(r.projection?.projected).toBeNull();
    expect(r.projection?.pessimistic).toBeNull();
  });

  it('regression (sums overflowed to Infinity): velocity of two 1e308 sprints is OUT_OF_RANGE', () => {
    expectPopm(
      () =>
        velocity([
          { ...sprint, completed: 1e308 },
          { ...sprint, id: 's2', completed: 1e308 },
        ]),
      'OUT_OF_RANGE',
      ['sprints'],
    );
  });

  it('never takes a prototype from a JSON __proto__ key; a state named __proto__ stays an own key', () => {
    const parsed = JSON.parse(
      '[{"id":"a","createdOn":"2026-03-01","startedOn":"2026-03-02","__proto__":{"isAdmin":true},"meta":{"__proto__":{"isAdmin":true}}}]',
    );
    const r = workItemAge(parsed, '2026-03-05');
    expect((r.items[0] as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    expect((r.items[0]?.meta as Record<string, unknown> | undefined)?.isAdmin).toBeUndefined();
    const cfd = cumulativeFlow(
      [
        {
          id: 'a',
          createdOn: '2026-03-01',
          transitions: [{ state: '__proto__', on: '2026-03-02' }],
        },
      ],
      { from: '2026-03-02', to: '2026-03-02', states: ['todo', '__proto__', 'done'] },
    );
    const counts = cfd.days[0]?.counts as Record<string, number>;
    expect(Object.getPrototypeOf(counts)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(counts, '__proto__')?.value).toBe(1);
  });

  it('reports holes, Proxies and throwing getters as PopmError at their path', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is the hostile input
    expectPopm(() => workItemAge([item, , open] as never, '2026-03-05'), 'INVALID_ARGUMENT', [
      'items',
      1,
    ]);
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expectPopm(() => cycleTime(trap as never), 'INVALID_ARGUMENT', ['item']);
    const getter = Object.defineProperty({ ...item }, 'finishedOn', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    expectPopm(() => cycleTime(getter as never), 'INVALID_ARGUMENT', ['item', 'finishedOn']);
    const cal = Object.defineProperty({ holidays: [] }, 'weekend', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    expectPopm(() => cycleTime(item, { calendar: cal as never }), 'INVALID_ARGUMENT', [
      'options',
      'calendar',
      'weekend',
    ]);
  });
});
