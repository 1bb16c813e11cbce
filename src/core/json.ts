import type { Decimal } from './numbers.js';

/**
 * The JSON form of a popm result type: every `Decimal` becomes the string
 * `JSON.stringify` writes for it (decimal.js's `toJSON`), everything else
 * keeps its shape. Use it for a result that crosses a network, e.g. a
 * dashboard computed on a server and read in a browser
 * (`Serialized<Dashboard>`, exported as `DashboardJson`).
 *
 * @example
 * import type { Serialized } from 'popm';
 * const result = { total: toDecimal('12.50'), count: 2 };
 * const json: Serialized<typeof result> = JSON.parse(JSON.stringify(result));
 * json.total; //=> '12.5'
 * json.count; //=> 2
 */
export type Serialized<T> = T extends Decimal
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends ReadonlyArray<infer U>
      ? readonly Serialized<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Serialized<T[K]> }
        : T;
