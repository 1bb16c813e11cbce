/**
 * Issue 21: the reproductions of the issue and of the 100,000-call fuzz of
 * 2026-12-06 that have no named test in their domain's own files, each as a
 * regression test. (The others: test/risk/hostileInput.test.ts,
 * test/finance/hostileInput.test.ts, test/backlog/hostile.test.ts,
 * test/project/hostile.test.ts, test/schemas/contract.test.ts,
 * test/core/random.test.ts, test/plan/contracts.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  baselineVariance,
  isPopmError,
  isWorkingDay,
  mean,
  median,
  nextWorkingDay,
  normalQuantile,
  PopmError,
  percentile,
  percentiles,
  roundMoney,
  sampleStdDev,
  sum,
  toDecimal,
  toNumber,
  workingDaysBetween,
} from '../../src/index.js';
import { PUBLIC_FUNCTIONS, REGISTRY } from '../contract/registry.js';

/** The PopmError `fn` throws (fails the test for anything else). */
function popmErrorOf(fn: () => unknown): PopmError {
  try {
    fn();
  } catch (e) {
    if (isPopmError(e)) return e;
    throw new Error(`expected a PopmError, got ${String(e)}`);
  }
  throw new Error('expected a PopmError, got a result');
}

function trap(): never {
  throw new Error('proxy trap');
}

/** A Proxy whose every trap throws, as the fuzz builds it. */
function throwingProxy<T extends object>(target: T): T {
  return new Proxy(target, {
    get: trap,
    has: trap,
    ownKeys: trap,
    getOwnPropertyDescriptor: trap,
    getPrototypeOf: trap,
  });
}

/** An object whose first key is a getter that throws. */
function throwingGetter(keys: readonly string[]): object {
  const out = {};
  for (const k of keys)
    Object.defineProperty(out, k, {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
  return out;
}

const CALENDAR = { weekend: [0, 6], holidays: ['2026-12-25'] };

describe('issue 21 regressions: core readers', () => {
  it('toNumber with a sparse path is INVALID_ARGUMENT at path[1], not a message reading a.undefined.b', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const sparse = ['a', , 'b'] as unknown as (string | number)[];
    const e = popmErrorOf(() => toNumber('x', sparse));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['path', 1]);
    expect(e.message).not.toContain('undefined.');
    expect(popmErrorOf(() => toNumber('x', throwingProxy([]))).path).toEqual(['path']);
    // A good value never reads the path.
    expect(toNumber('2.5', sparse)).toBe(2.5);
  });

  it('roundMoney and toDecimal return frozen Decimals (digits included)', () => {
    for (const d of [
      roundMoney('2.345'),
      toDecimal('19.99'),
      toDecimal(3),
      toDecimal(toDecimal(1)),
    ]) {
      expect(Object.isFrozen(d)).toBe(true);
      expect(Object.isFrozen(d.d)).toBe(true);
    }
    expect(roundMoney('2.345').toString()).toBe('2.34');
    expect(toDecimal('19.99').plus(toDecimal(0.01)).toString()).toBe('20');
  });

  it.each([
    ['sum', () => sum(throwingProxy([1, 2]))],
    ['mean', () => mean(throwingProxy([1, 2]))],
    ['median', () => median(throwingProxy([1, 2]))],
    ['sampleStdDev', () => sampleStdDev(throwingProxy([1, 2]))],
    ['percentile', () => percentile(throwingProxy([1, 2]), 50)],
    ['percentiles', () => percentiles([1, 2], throwingProxy([50]))],
  ])('%s with a Proxy whose traps throw is INVALID_ARGUMENT, not the trap error', (_, fn) => {
    expect(popmErrorOf(fn).code).toBe('INVALID_ARGUMENT');
  });

  it('percentile and percentiles read a hole as a bad value at its index', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const holey = [1, , 3] as number[];
    expect(popmErrorOf(() => percentile(holey, 50)).path).toEqual(['values', 1]);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(popmErrorOf(() => percentiles([1, 2], [50, , 90] as number[])).path).toEqual(['ps', 1]);
  });

  it('sampleStdDev([1e308, -1e308, 1e308]) is finite (scaled), not NaN; an overflowing one is OUT_OF_RANGE', () => {
    const sd = sampleStdDev([1e308, -1e308, 1e308]);
    expect(sd).toBeCloseTo(1.1547005383792517e308, -294);
    expect(Number.isFinite(sd)).toBe(true);
    expect(sampleStdDev([1e308, 1e308])).toBe(0);
    expect(popmErrorOf(() => sampleStdDev([1.7e308, -1.7e308])).code).toBe('OUT_OF_RANGE');
    // The ordinary answer is untouched: the scaled path runs only on overflow.
    expect(sampleStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2.138089935299395);
  });

  it('sum overflowing a float64 is OUT_OF_RANGE; mean, median and linear percentiles near ±1.8e308 stay finite', () => {
    expect(popmErrorOf(() => sum([1e308, 1e308])).code).toBe('OUT_OF_RANGE');
    expect(mean([1e308, 1e308])).toBe(1e308);
    expect(median([1.5e308, 1.7e308])).toBe(1.6e308);
    expect(percentile([-1e308, 1e308], 0, { method: 'linear' })).toBe(-1e308);
    expect(percentile([-1.7e308, 1.7e308], 50, { method: 'linear' })).toBe(0);
  });

  it('normalQuantile(5e-324) is a finite z-score (Acklam, unrefined in the far tail), not NaN', () => {
    const z = normalQuantile(5e-324);
    expect(Number.isFinite(z)).toBe(true);
    expect(z).toBeCloseTo(-38.47, 1);
    expect(normalQuantile(1e-300)).toBeLessThan(-37);
    expect(normalQuantile(0.5)).toBe(0);
  });
});

describe('issue 21 regressions: calendars (core)', () => {
  it.each([
    ['isWorkingDay', (cal: unknown) => isWorkingDay('2026-11-27', cal as never)],
    ['addWorkingDays', (cal: unknown) => addWorkingDays('2026-11-27', 3, cal as never)],
    ['nextWorkingDay', (cal: unknown) => nextWorkingDay('2026-11-27', cal as never)],
    [
      'workingDaysBetween',
      (cal: unknown) => workingDaysBetween('2026-11-27', '2026-12-31', cal as never),
    ],
  ])('%s: a Proxy or throwing getter calendar is INVALID_ARGUMENT at calendar', (_, fn) => {
    expect(popmErrorOf(() => fn(throwingProxy({ ...CALENDAR }))).path).toEqual(['calendar']);
    expect(popmErrorOf(() => fn(throwingGetter(['weekend', 'holidays']))).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      popmErrorOf(() => fn({ weekend: [0, 6], holidays: throwingProxy(['2026-12-25']) })).path,
    ).toEqual(['calendar', 'holidays']);
  });

  it('nextWorkingDay with null options is INVALID_ARGUMENT at options, not a TypeError', () => {
    const e = popmErrorOf(() => nextWorkingDay('2026-11-27', undefined, null as never));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['options']);
  });

  it('issue 12: a calendar key typo is refused with its suggestion, not reported as a missing weekend', () => {
    const e = popmErrorOf(() =>
      isWorkingDay('2026-11-27', { weeked: [0, 6], holidays: [] } as never),
    );
    expect(e.path).toEqual(['calendar', 'weeked']);
    expect(e.message).toContain("did you mean 'weekend'?");
    // An app's own key is ignored; the options of nextWorkingDay are strict.
    expect(isWorkingDay('2026-12-25', { ...CALENDAR, color: 'red' } as never)).toBe(false);
    const o = popmErrorOf(() =>
      nextWorkingDay('2026-11-27', undefined, { inclusiv: true } as never),
    );
    expect(o.path).toEqual(['options', 'inclusiv']);
    expect(o.message).toContain("did you mean 'inclusive'?");
    expect(popmErrorOf(() => percentile([1, 2], 50, { methd: 'linear' } as never)).path).toEqual([
      'options',
      'methd',
    ]);
  });
});

describe('issue 21 regressions: domains', () => {
  it.each(['appraiseOptions', 'breakEvenChange', 'scenarios', 'sensitivityVariables'])(
    '%s: a Proxy in a cash-flow array is a PopmError at the series, not the trap error',
    (name) => {
      const fn = PUBLIC_FUNCTIONS[name] as (...a: unknown[]) => unknown;
      const args = REGISTRY[name]?.args?.() as unknown[];
      expect(() => fn(...args)).not.toThrow();
      const bc = { ...(args[0] as { options: { benefits: unknown[] }[] }) };
      const option = { ...bc.options[1], benefits: [0, throwingProxy({}), 600] };
      bc.options = [bc.options[0] as { benefits: unknown[] }, option, ...bc.options.slice(2)];
      const e = popmErrorOf(() => fn(bc, ...args.slice(1)));
      expect(e.path.slice(0, 4)).toEqual(['businessCase', 'options', 1, 'benefits']);
    },
  );

  it('baselineVariance with a hole in tasks is INVALID_ARGUMENT at the hole, not a TypeError', () => {
    const baseline = {
      finish: '2026-12-04',
      tasks: [{ id: 'A', start: '2026-11-30', finish: '2026-12-04' }],
    };
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const tasks = [{ id: 'A', start: '2026-12-01', finish: '2026-12-07' }, ,];
    const e = popmErrorOf(() =>
      baselineVariance(baseline as never, { finish: '2026-12-07', tasks } as never),
    );
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['current', 'tasks', 1]);
  });

  it('a PopmError built with a bad path is itself a PopmError', () => {
    expect(popmErrorOf(() => new PopmError('INVALID_NUMBER', {} as never, 'x', 1)).path).toEqual([
      'path',
    ]);
  });
});
