import { describe, expectTypeOf, it } from 'vitest';
import type {
  Decimal,
  PopmError,
  PopmErrorDetails,
  SchemaIssue,
  Serialized,
} from '../../src/index.js';

describe('core types (1.0 contract)', () => {
  it('PopmError carries expected and received as strings and typed details', () => {
    expectTypeOf<PopmError['expected']>().toEqualTypeOf<string>();
    expectTypeOf<PopmError['received']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<PopmError['details']>>().toEqualTypeOf<PopmErrorDetails>();
    expectTypeOf<NonNullable<PopmErrorDetails['issues']>>().toEqualTypeOf<readonly SchemaIssue[]>();
    expectTypeOf<SchemaIssue>().toEqualTypeOf<{
      readonly path: readonly (string | number)[];
      readonly code: string;
      readonly message: string;
    }>();
  });
  it('Serialized turns Decimal into string, deep, and keeps the rest', () => {
    type R = {
      readonly total: Decimal;
      readonly rows: readonly { readonly v: Decimal; readonly n: number }[];
      readonly d: Decimal | null;
    };
    expectTypeOf<Serialized<R>>().toEqualTypeOf<{
      readonly total: string;
      readonly rows: readonly { readonly v: string; readonly n: number }[];
      readonly d: string | null;
    }>();
  });
});
