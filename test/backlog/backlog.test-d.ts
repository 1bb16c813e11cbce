import { describe, expectTypeOf, it } from 'vitest';
import type {
  AddItemOptions,
  Backlog,
  BacklogHealthOptions,
  BacklogItem,
  BacklogItemInput,
  CustomBreakdown,
  IceOptions,
  ItemPatch,
  MoscowCheckOptions,
  PrioritisationMethod,
  PrioritiseOptions,
  PrioritiseResult,
  PriorityBreakdown,
  RemoveItemOptions,
  SelectForSprintOptions,
  SkippedItem,
  ValueEffortThresholds,
  WsjfBreakdown,
  WsjfOffScale,
} from '../../src/backlog/index.js';
import { createBacklog, prioritise } from '../../src/backlog/index.js';

/** The optional keys of `T` whose type lacks `undefined` (must be `never`). */
type OptionalWithoutUndefined<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? (undefined extends T[K] ? never : K) : never;
}[keyof T];

describe('backlog types (1.0 contract)', () => {
  it('types every optional property as ?: T | undefined', () => {
    expectTypeOf<OptionalWithoutUndefined<BacklogItem>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BacklogItemInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ItemPatch>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<AddItemOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RemoveItemOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<PrioritiseOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<MoscowCheckOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<SelectForSprintOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<BacklogHealthOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<IceOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ValueEffortThresholds>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<SkippedItem>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<WsjfOffScale>>().toEqualTypeOf<never>();
  });

  it('accepts a row whose optional fields may be undefined (exactOptionalPropertyTypes)', () => {
    const row = { id: 'a', title: 'A', estimate: undefined as number | undefined };
    expectTypeOf(row).toExtend<BacklogItemInput>();
    expectTypeOf(createBacklog).toBeCallableWith([row]);
  });

  it('narrows a ranking breakdown on method', () => {
    const b = createBacklog([]);
    const method = 'wsjf' as PrioritisationMethod;
    const r = prioritise(b, method);
    const breakdown = r.ranking[0]?.breakdown;
    expectTypeOf(breakdown).toEqualTypeOf<
      Exclude<PriorityBreakdown, CustomBreakdown> | null | undefined
    >();
    if (breakdown?.method === 'wsjf') {
      expectTypeOf(breakdown).toEqualTypeOf<WsjfBreakdown>();
      expectTypeOf(breakdown.costOfDelay).toEqualTypeOf<number>();
    }
    if (breakdown?.method === 'weighted')
      expectTypeOf(breakdown.weightedMean).toEqualTypeOf<number | null>();
    // @ts-expect-error: costOfDelay is WSJF's, not every method's
    breakdown?.costOfDelay;
  });

  it('types the result for a literal method, and "custom" for a function', () => {
    const b = createBacklog([]);
    const wsjfResult = prioritise(b, 'wsjf');
    expectTypeOf(wsjfResult.method).toEqualTypeOf<'wsjf'>();
    expectTypeOf(wsjfResult.ranking[0]?.breakdown).toEqualTypeOf<
      WsjfBreakdown | null | undefined
    >();
    const custom = prioritise(b, (item) => ({ score: item.estimate ?? 0 }));
    expectTypeOf(custom.method).toEqualTypeOf<'custom'>();
    expectTypeOf(custom.ranking[0]?.breakdown).toEqualTypeOf<CustomBreakdown | null | undefined>();
    expectTypeOf<Backlog['items'][number]>().toEqualTypeOf<BacklogItem>();
    // A narrow result still fits the general type.
    const general: readonly PrioritiseResult[] = [wsjfResult, custom];
    expectTypeOf(general).toEqualTypeOf<readonly PrioritiseResult[]>();
  });
});
