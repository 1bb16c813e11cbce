/**
 * @internal Checks shared by TCO, budget tracking and the business case:
 * currencies, non-negative exact amounts and integer periods.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { type Decimal, toDecimal } from '../../core/numbers.js';

/** @internal A currency code: any non-empty string (ISO 4217 `'EUR'` recommended). */
export function readCurrency(value: unknown, path: PopmPath): string {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw popmError('INVALID_ARGUMENT', path, "a currency code such as 'EUR'", value);
  return value;
}

/**
 * @internal Tracks the one currency an input may use: the first currency
 * seen (or `initial`) fixes it; a different one is `CURRENCY_MISMATCH`.
 */
export class CurrencyGuard {
  /** @internal */
  currency: string | undefined;
  /** @internal */
  private firstPath: PopmPath;

  /** @internal */
  constructor(initial: string | undefined, path: PopmPath) {
    this.currency = initial;
    this.firstPath = path;
  }

  /** @internal Checks an optional currency at `path`. */
  check(value: unknown, path: PopmPath): void {
    if (value === undefined) return;
    const c = readCurrency(value, path);
    if (this.currency === undefined) {
      this.currency = c;
      this.firstPath = path;
      return;
    }
    if (c !== this.currency)
      throw popmError('CURRENCY_MISMATCH', path, `the currency ${this.currency}`, c, {
        expected: this.currency,
        got: c,
        firstAt: this.firstPath,
      });
  }
}

/** @internal An exact amount >= 0. */
export function readNonNegative(value: unknown, path: PopmPath): Decimal {
  const d = toDecimal(value, path);
  if (d.isNegative() && !d.isZero()) throw popmError('OUT_OF_RANGE', path, 'an amount >= 0', value);
  return d;
}

/** @internal An integer in `[min, max]`; `INVALID_NUMBER` / `OUT_OF_RANGE` otherwise. */
export function readInteger(value: unknown, path: PopmPath, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw popmError('INVALID_NUMBER', path, 'a finite number', value);
  if (!Number.isInteger(value) || value < min || value > max)
    throw popmError('OUT_OF_RANGE', path, `an integer from ${min} to ${max}`, value);
  return value;
}

/** @internal An optional free text (a label, title or description): absent, or a string. */
export function optionalText(value: unknown, path: PopmPath): void {
  if (value !== undefined && typeof value !== 'string')
    throw popmError('INVALID_ARGUMENT', path, 'a string (or no value)', value);
}
