import { describe, expectTypeOf, it } from 'vitest';
import type {
  CommunicationDue,
  CommunicationsDueOptions,
  EngagementGap,
  PowerInterestOptions,
  ReviewCoverage,
  SalienceOptions,
  SprintReviewInvitee,
  SprintReviewInviteesOptions,
  Stakeholder,
  StakeholderMapEntry,
} from '../../src/stakeholders/index.js';

/** The optional keys of `T` whose type lacks `undefined` (must be `never`). */
type OptionalWithoutUndefined<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? (undefined extends T[K] ? never : K) : never;
}[keyof T];

describe('stakeholder types (1.0 contract)', () => {
  it('types every optional property as ?: T | undefined', () => {
    expectTypeOf<OptionalWithoutUndefined<Stakeholder>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<PowerInterestOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<SalienceOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<CommunicationsDueOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<SprintReviewInviteesOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<StakeholderMapEntry>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<EngagementGap>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<CommunicationDue>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<SprintReviewInvitee>>().toEqualTypeOf<never>();
  });

  it('names fractions …Share', () => {
    expectTypeOf<ReviewCoverage['attendanceShare']>().toEqualTypeOf<number | null>();
    expectTypeOf<ReviewCoverage['invitedShare']>().toEqualTypeOf<number | null>();
  });
});
