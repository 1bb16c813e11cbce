import { describe, expectTypeOf, it } from 'vitest';
import { simulateSchedule } from '../../src/plan/simulateSchedule.js';
import type {
  AgedItem,
  AgingItem,
  AgingWipOptions,
  BurnChartOptions,
  ControlChartOptions,
  ControlChartPoint,
  CumulativeFlowOptions,
  DurationOptions,
  FlowEfficiencyOptions,
  FlowMetricsOptions,
  ItemFlowEfficiency,
  ItemTimeInState,
  ServiceLevelOptions,
  Sprint,
  SprintEvent,
  StatusHistory,
  ThroughputHistory,
  ThroughputHistoryOptions,
  TimeInStateOptions,
  VelocityOptions,
  Workflow,
  WorkflowState,
  WorkItem,
  WorkItemAgeOptions,
} from '../../src/progress/index.js';
import {
  flowMetrics,
  forecastWhenDate,
  likelihoodBy,
  sayDoRatio,
  throughputHistory,
} from '../../src/progress/index.js';
import { simulateProject } from '../../src/project/simulateProject.js';

/** The optional keys of `T` whose type lacks `undefined` (must be `never`). */
type OptionalWithoutUndefined<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? (undefined extends T[K] ? never : K) : never;
}[keyof T];

describe('progress types (1.0 contract)', () => {
  it('types every optional property as ?: T | undefined', () => {
    expectTypeOf<OptionalWithoutUndefined<WorkItem>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<Sprint>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<SprintEvent>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BurnChartOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<VelocityOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<FlowMetricsOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<CumulativeFlowOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<WorkItemAgeOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<AgedItem>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ThroughputHistoryOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<DurationOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<Workflow>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<WorkflowState>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<StatusHistory>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<TimeInStateOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ItemTimeInState>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<FlowEfficiencyOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ItemFlowEfficiency>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<AgingWipOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<AgingItem>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ControlChartOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ControlChartPoint>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ServiceLevelOptions>>().toEqualTypeOf<never>();
  });

  it('accepts a row whose optional fields may be undefined (exactOptionalPropertyTypes)', () => {
    const row = {
      id: 'a',
      createdOn: '2026-03-01',
      startedOn: undefined as string | undefined,
      finishedOn: undefined as string | undefined,
    };
    expectTypeOf(row).toExtend<WorkItem>();
    expectTypeOf(flowMetrics).toBeCallableWith([row], { from: '2026-03-01', to: '2026-03-02' });
  });

  it('types the null rule and the throughput history with its unit', () => {
    expectTypeOf(sayDoRatio).returns.toEqualTypeOf<number | null>();
    expectTypeOf(throughputHistory).returns.toEqualTypeOf<ThroughputHistory>();
    expectTypeOf<ThroughputHistory['unit']>().toEqualTypeOf<'calendar-days' | 'working-days'>();
  });

  it('likelihoodBy takes any dated histogram: a forecast, or a simulation run with a start', () => {
    const sched = simulateSchedule([{ id: 'a', duration: 2 }], { start: '2026-03-02' });
    const proj = simulateProject({ tasks: [{ id: 'a', duration: 2 }] }, { start: '2026-03-02' });
    expectTypeOf(likelihoodBy).toBeCallableWith(sched, '2026-03-04');
    expectTypeOf(likelihoodBy).toBeCallableWith(proj.finish, '2026-03-04');
    expectTypeOf(likelihoodBy).toBeCallableWith(
      forecastWhenDate({ throughput: [1], items: 2, start: '2026-03-02' }),
      '2026-03-04',
    );
  });
});
