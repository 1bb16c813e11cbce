import { describe, expect, it } from 'vitest';
import { forecastDiagnostics } from '../../src/progress/forecastDiagnostics.js';
import { expectPopm, frozen, isDeepFrozen, PUBLISHED_HISTORY } from './helpers.js';

describe('forecastDiagnostics (issue 17)', () => {
  it('warns below 10 periods and reports the share of zero periods', () => {
    const d = forecastDiagnostics(frozen({ throughput: [2, 0, 3, 1, 0, 2] }));
    expect([d.periods, d.zeroShare, d.mean]).toEqual([6, 1 / 3, 4 / 3]);
    expect(d.warnings).toEqual([
      'Only 6 periods of history: forecasts from fewer than 10 are unreliable.',
    ]);
    expect(d.ok).toBe(false);
    expect(isDeepFrozen(d)).toBe(true);
  });

  it('flags mostly-zero histories and far-out periods (Tukey: above Q3 + 3 IQR)', () => {
    const d = forecastDiagnostics({ throughput: PUBLISHED_HISTORY });
    expect(d.zeroShare).toBeCloseTo(16 / 31, 12); // 16 of the 31 days finished nothing
    expect(d.warnings).toContain(
      '52% of periods finished nothing: check the period length or batch releases.',
    );
    const spike = forecastDiagnostics({ throughput: [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 30] });
    expect(spike.outliers).toEqual([{ index: 10, value: 30 }]);
    expect(spike.warnings[0]).toContain('#11: 30');
    const zeros = forecastDiagnostics({ throughput: [0, 0, 0, 0, 0, 0, 0, 1, 2, 3] });
    expect(zeros.warnings).toEqual([
      '70% of periods finished nothing: check the period length or batch releases.',
    ]);
  });

  it('compares arrivals with departures and checks Little’s Law', () => {
    const d = forecastDiagnostics({
      throughput: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      arrivals: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      wip: 10,
      cycleTime: 9,
    });
    expect(d.flow).toEqual({ arrivals: 30, departures: 20, wipGrowing: true });
    expect(d.littlesLaw).toEqual({ impliedCycleTime: 5, measuredCycleTime: 9, gapRatio: 0.8 });
    expect(d.warnings).toHaveLength(2);
    const stable = forecastDiagnostics({
      throughput: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      arrivals: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      wip: 10,
      cycleTime: 5,
    });
    expect(stable.ok).toBe(true);
    expect(stable.littlesLaw?.gapRatio).toBe(0);
  });

  it('rejects bad input', () => {
    expectPopm(() => forecastDiagnostics({ throughput: [] }), 'EMPTY_INPUT', [
      'input',
      'throughput',
    ]);
    expectPopm(
      () => forecastDiagnostics({ throughput: [1, 2], arrivals: [1] }),
      'INVALID_ARGUMENT',
      ['input', 'arrivals'],
    );
    expectPopm(() => forecastDiagnostics({ throughput: [1], wip: 3 }), 'INVALID_ARGUMENT', [
      'input',
      'cycleTime',
    ]);
    expectPopm(
      () => forecastDiagnostics({ throughput: [1], wipp: 3 } as never),
      'INVALID_ARGUMENT',
      ['input', 'wipp'],
    );
  });
});
