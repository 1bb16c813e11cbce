/** @internal What `toDecimal` and `toNumber` accept as a numeric string. */
export const NUMERIC_STRING = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
