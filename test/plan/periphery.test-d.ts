import { describe, expectTypeOf, it } from 'vitest';
import type {
  MilestoneTrendResult,
  PertAnalysisResult,
  RollUpResult,
  RollUpTask,
  SimulateScheduleResult,
  StatusSnapshot,
  Task,
} from '../../src/plan/index.js';
import {
  dateForProbability,
  milestoneTrend,
  probabilityOfCompletion,
  rollUp,
  simulateSchedule,
} from '../../src/plan/index.js';

describe('issue 18 periphery types', () => {
  it('look-ups take a number or an ISO date, and dateForProbability gives a date', () => {
    expectTypeOf(probabilityOfCompletion).parameter(1).toEqualTypeOf<number | string>();
    expectTypeOf(dateForProbability).returns.toEqualTypeOf<string>();
    expectTypeOf<PertAnalysisResult['start']>().toEqualTypeOf<string | undefined>();
  });

  it('simulateSchedule dates are keyed by the requested percentiles', () => {
    const r = simulateSchedule([], { percentiles: [10, 90], start: '2026-11-30' });
    expectTypeOf(r.dates).toEqualTypeOf<{ readonly 10: string; readonly 90: string } | undefined>();
    expectTypeOf<SimulateScheduleResult['histogram'][number]['date']>().toEqualTypeOf<
      string | undefined
    >();
  });

  it('rollUp takes plain tasks (a Project plan) and gives null where nothing weighs', () => {
    const tasks: readonly Task[] = [];
    expectTypeOf(rollUp(tasks)).toEqualTypeOf<RollUpResult>();
    expectTypeOf<RollUpResult['percentComplete']>().toEqualTypeOf<number | null>();
    expectTypeOf<RollUpTask['weight']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error a method outside the four
    rollUp(tasks, { method: 'hours' });
  });

  it('milestoneTrend takes baselines with a status date', () => {
    expectTypeOf(milestoneTrend).parameter(0).toEqualTypeOf<readonly StatusSnapshot[]>();
    expectTypeOf<
      MilestoneTrendResult['milestones'][number]['points'][number]['slip']
    >().toEqualTypeOf<number | null>();
  });
});
