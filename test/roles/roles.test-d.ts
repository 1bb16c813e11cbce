import { describe, expectTypeOf, it } from 'vitest';
import type {
  DefaultRaciInput,
  RaciActivity,
  RaciFinding,
  RaciInput,
  RaciMatrix,
  RaciPerson,
  RaciValidation,
  RoleAssignmentFinding,
  RoleAssignmentInput,
  ValidateRaciOptions,
} from '../../src/roles/index.js';
import { assertRaci } from '../../src/roles/index.js';

/** The optional keys of `T` whose type lacks `undefined` (must be `never`). */
type OptionalWithoutUndefined<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? (undefined extends T[K] ? never : K) : never;
}[keyof T];

describe('roles types (1.0 contract)', () => {
  it('types every optional property as ?: T | undefined', () => {
    expectTypeOf<OptionalWithoutUndefined<RaciActivity>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RaciPerson>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RaciInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RaciFinding>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<ValidateRaciOptions>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<DefaultRaciInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RoleAssignmentInput>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalWithoutUndefined<RoleAssignmentFinding>>().toEqualTypeOf<never>();
  });

  it('reports the verdict as ok, and assertRaci returns the matrix', () => {
    expectTypeOf<RaciValidation['ok']>().toEqualTypeOf<boolean>();
    expectTypeOf<RaciValidation>().not.toHaveProperty('valid');
    expectTypeOf(assertRaci).returns.toEqualTypeOf<RaciMatrix>();
  });
});
