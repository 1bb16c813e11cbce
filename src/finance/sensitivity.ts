import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireArray, requireString } from '../core/internal/validate.js';
import { Decimal } from '../core/numbers.js';
import type { BusinessCase } from './businessCase.js';
import {
  type FlowScale,
  findOption,
  netFlows,
  type ReadCase,
  type ReadOption,
  readBusinessCase,
  type SeriesName,
} from './internal/readBusinessCase.js';
import { irr } from './irr.js';
import { npv } from './npv.js';

/** Options of {@link sensitivity}. */
export interface SensitivityOptions {
  /** The relative change tried each way, a fraction in (0, 1]; default 0.2 (±20 %). */
  readonly swing?: number | undefined;
  /**
   * The variables to vary; default all of {@link sensitivityVariables}:
   * `'benefits'`, `'costs'`, `'disBenefits'` (when given), `'discountRate'`,
   * and `'<series>:<label>'` for each named line.
   */
  readonly variables?: readonly string[] | undefined;
  /**
   * `'option'` (default): the option's own NPV. `'increment'`: its NPV over
   * do-nothing (option flows − do-nothing flows), the figure the
   * recommendation rests on; the variables still move the option's amounts only.
   */
  readonly basis?: SensitivityBasis | undefined;
}

const SENSITIVITY_OPTIONS = ['swing', 'variables', 'basis'] as const;
const BREAK_EVEN_OPTIONS = ['variable', 'basis'] as const;

/** Which NPV {@link sensitivity} and {@link breakEvenChange} analyse. */
export type SensitivityBasis = 'option' | 'increment';

/** One bar of a tornado chart. */
export interface SensitivityRow {
  /** The variable varied, e.g. `'benefits'` or `'costs:Licences'`. */
  readonly variable: string;
  /** The lowest NPV while the variable moves across its swing (the base included). */
  readonly low: Decimal;
  /** The highest NPV while the variable moves across its swing (the base included). */
  readonly high: Decimal;
  /** `high − low`: the length of the bar. */
  readonly spread: Decimal;
  /** The relative change of the variable that gives `low` (e.g. `+0.2` for costs). */
  readonly lowChange: number;
  /** The relative change of the variable that gives `high`. */
  readonly highChange: number;
}

/** The result of {@link sensitivity}. */
export interface SensitivityResult {
  /** The option analysed. */
  readonly optionId: string;
  /** The option's NPV (or, for `basis: 'increment'`, its NPV over do-nothing) with nothing changed. */
  readonly baseNpv: Decimal;
  /** The NPV analysed. */
  readonly basis: SensitivityBasis;
  /** The swing used. */
  readonly swing: number;
  /** The tornado rows, longest bar (largest spread) first; ties in variable order. */
  readonly rows: readonly SensitivityRow[];
}

/** Options of {@link breakEvenChange}. */
export interface BreakEvenOptions {
  /** The variable to move; default `'benefits'`. Any name {@link sensitivityVariables} lists. */
  readonly variable?: string | undefined;
  /** `'option'` (default) or `'increment'` (NPV over do-nothing), as in {@link SensitivityOptions}. */
  readonly basis?: SensitivityBasis | undefined;
}

/** The result of {@link breakEvenChange}. */
export interface BreakEvenResult {
  /** The option analysed. */
  readonly optionId: string;
  /** The variable moved. */
  readonly variable: string;
  /** The NPV analysed. */
  readonly basis: SensitivityBasis;
  /** The option's NPV (or its NPV over do-nothing) with nothing changed. */
  readonly baseNpv: Decimal;
  /**
   * The relative change of the variable at which NPV reaches 0: `-0.25` for
   * benefits means they may fall by 25 %; positive for costs means they may
   * rise that much. `null` when the variable cannot move NPV (its present
   * value is 0), or, for the discount rate, when there is no break-even rate or
   * the base rate is 0.
   */
  readonly change: Decimal | null;
  /** For `'discountRate'`: the rate at which NPV is 0 nearest the base rate (an IRR), or `null`. */
  readonly breakEvenRate?: Decimal | null | undefined;
}

// Rate rows: NPV(r) need not be monotone, so it is read at this many evenly
// spaced rates across the swing (plus the base) to find the bar's ends.
const RATE_SAMPLES = 64;

interface Variable {
  name: string;
  series: SeriesName | 'discountRate';
  label: string | null;
}

function variablesOf(option: ReadOption): Variable[] {
  const out: Variable[] = [
    { name: 'benefits', series: 'benefits', label: null },
    { name: 'costs', series: 'costs', label: null },
  ];
  if (option.hasDisBenefits) out.push({ name: 'disBenefits', series: 'disBenefits', label: null });
  out.push({ name: 'discountRate', series: 'discountRate', label: null });
  for (const series of ['benefits', 'costs', 'disBenefits'] as const)
    for (const l of option[series])
      if (l.label !== null) out.push({ name: `${series}:${l.label}`, series, label: l.label });
  return out;
}

function pickVariable(option: ReadOption, name: unknown, path: (string | number)[]): Variable {
  const v = requireString(name, path);
  const all = variablesOf(option);
  const found = all.find((x) => x.name === v);
  if (found === undefined)
    throw popmError(
      'NOT_FOUND',
      path,
      `a variable of '${option.id}' (${all.map((x) => x.name).join(', ')})`,
      v,
    );
  return found;
}

function scaleFor(v: Variable, change: number): FlowScale {
  const by = new Decimal(1).plus(change);
  if (v.series === 'discountRate') return {};
  if (v.label === null) return { [v.series]: by };
  return { line: { series: v.series, label: v.label, by } };
}

function readBasis(options: { readonly basis?: unknown }): SensitivityBasis {
  if (options.basis === undefined) return 'option';
  if (options.basis !== 'option' && options.basis !== 'increment')
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', 'basis'],
      "'option' or 'increment'",
      options.basis,
    );
  return options.basis;
}

// The flows analysed: the option's (scaled), less do-nothing's for the increment.
function flowsFor(
  bc: ReadCase,
  option: ReadOption,
  basis: SensitivityBasis,
  scale: FlowScale = {},
): Decimal[] {
  const own = netFlows(option, bc.horizon, scale);
  if (basis === 'option') return own;
  const base = netFlows(bc.options[bc.baseline] as ReadOption, bc.horizon);
  return own.map((f, t) => f.minus(base[t] as Decimal));
}

function readSwing(options: { readonly swing?: unknown }): number {
  if (options.swing === undefined) return 0.2;
  const s = options.swing;
  if (typeof s !== 'number' || !Number.isFinite(s))
    throw popmError('INVALID_NUMBER', ['options', 'swing'], 'a finite number', s);
  if (!(s > 0 && s <= 1))
    throw popmError('OUT_OF_RANGE', ['options', 'swing'], 'a fraction in (0, 1]', s);
  return s;
}

/**
 * The names of the variables {@link sensitivity} and {@link breakEvenChange}
 * accept for an option, in row order before sorting.
 *
 * @param businessCase - the case
 * @param optionId - the option's id
 * @returns `'benefits'`, `'costs'`, `'disBenefits'` (when given), `'discountRate'`, then `'<series>:<label>'` per named line
 * @throws PopmError `NOT_FOUND` for an unknown option, and any error of {@link appraiseOptions}
 * @example
 * // The case of the appraiseOptions example: flows −100, 60, 72 at 10 %
 * const invoicingCase = {
 *   reasons: ['Manual invoicing is slow'], currency: 'EUR', discountRate: 0.1, horizon: 2,
 *   options: [
 *     { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
 *     { id: 'tool', name: 'Buy a tool', kind: 'do-something', costs: [100], benefits: [0, 60, 72] },
 *   ],
 * } as const;
 * sensitivityVariables(invoicingCase, 'tool'); //=> ['benefits', 'costs', 'discountRate']
 * // With costs given as named lines, each line is a variable too:
 * const lined = { ...invoicingCase.options[1], costs: [
 *   { label: 'Licences', amounts: [60] }, { label: 'Migration', amounts: [40] }] };
 * sensitivityVariables({ ...invoicingCase, options: [invoicingCase.options[0], lined] }, 'tool');
 * //=> ['benefits', 'costs', 'discountRate', 'costs:Licences', 'costs:Migration']
 */
export function sensitivityVariables(
  businessCase: BusinessCase,
  optionId: string,
): readonly string[] {
  const bc = readBusinessCase(businessCase);
  return Object.freeze(variablesOf(findOption(bc, optionId, ['optionId'])).map((v) => v.name));
}

function rowFor(
  bc: ReadCase,
  option: ReadOption,
  basis: SensitivityBasis,
  v: Variable,
  swing: number,
  base: Decimal,
): SensitivityRow {
  const points: { change: number; value: Decimal }[] = [{ change: 0, value: base }];
  if (v.series === 'discountRate') {
    const lowRate = bc.rate.times(1 - swing);
    const highRate = bc.rate.times(1 + swing);
    if (
      lowRate.lte(-1) ||
      highRate.lte(-1) ||
      !Number.isFinite(lowRate.toNumber()) ||
      !Number.isFinite(highRate.toNumber())
    )
      throw popmError(
        'OUT_OF_RANGE',
        ['businessCase', 'discountRate'],
        `a rate that stays > -1 and within float64 across the swing (±${swing})`,
        bc.rate.toString(),
      );
    const flows = flowsFor(bc, option, basis);
    for (let i = 0; i <= RATE_SAMPLES; i++) {
      const change = -swing + (2 * swing * i) / RATE_SAMPLES;
      points.push({ change, value: npv(bc.rate.times(1 + change), flows) });
    }
  } else {
    for (const change of [-swing, swing])
      points.push({
        change,
        value: npv(bc.rate, flowsFor(bc, option, basis, scaleFor(v, change))),
      });
  }
  let lo = points[0] as { change: number; value: Decimal };
  let hi = lo;
  for (const p of points) {
    if (p.value.lt(lo.value)) lo = p;
    if (p.value.gt(hi.value)) hi = p;
  }
  return {
    variable: v.name,
    low: lo.value,
    high: hi.value,
    spread: hi.value.minus(lo.value),
    lowChange: lo.change,
    highChange: hi.change,
  };
}

/**
 * One-way sensitivity of an option's NPV: each variable (all benefits, all
 * costs, dis-benefits, the discount rate, and each named line) is moved by
 * ±`swing` on its own, and the lowest and highest NPV it reaches make one
 * tornado row; rows are sorted by spread, widest first. Every row contains
 * the base NPV between `low` and `high`. The discount rate moves relatively,
 * like every other variable (8 % ± 20 % reads 6.4 % to 9.6 %), so a case
 * appraised at 0 % gets an empty discount-rate bar: test other rates by
 * appraising a copy of the case. The discount-rate row is read at 65
 * rates across its swing because NPV need not be monotone in the rate.
 *
 * @param businessCase - the case
 * @param optionId - the option to analyse
 * @param options - `swing` (default 0.2), the `variables` to include, and the `basis`
 * @returns the base NPV and the sorted rows, deep-frozen
 * @throws PopmError `NOT_FOUND` for an unknown option or variable; `INVALID_ARGUMENT` for an
 *   unknown `basis`; `INVALID_NUMBER` /
 *   `OUT_OF_RANGE` for a swing outside (0, 1]; `EMPTY_INPUT` for an empty `variables`;
 *   `DUPLICATE_ID` for a variable listed twice;
 *   `OUT_OF_RANGE` when the swung discount rate reaches -100 % or leaves the float64 range;
 *   and any error of {@link appraiseOptions}
 * @example
 * // The case of the appraiseOptions example: flows −100, 60, 72 at 10 %
 * const invoicingCase = {
 *   reasons: ['Manual invoicing is slow'], currency: 'EUR', discountRate: 0.1, horizon: 2,
 *   options: [
 *     { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
 *     { id: 'tool', name: 'Buy a tool', kind: 'do-something', costs: [100], benefits: [0, 60, 72] },
 *   ],
 * } as const;
 * const s = sensitivity(invoicingCase, 'tool', { swing: 0.1 });
 * s.rows.map((r) => r.variable); //=> ['benefits', 'costs', 'discountRate']
 * s.rows[0]?.low.toFixed(2);    //=> '2.64'  (benefits −10 %)
 * s.rows[0]?.high.toFixed(2);   //=> '25.45' (benefits +10 %)
 */
export function sensitivity(
  businessCase: BusinessCase,
  optionId: string,
  options?: SensitivityOptions,
): SensitivityResult {
  const opts = readOptions(options, ['options'], SENSITIVITY_OPTIONS);
  const bc = readBusinessCase(businessCase);
  const option = findOption(bc, optionId, ['optionId']);
  const swing = readSwing(opts);
  const basis = readBasis(opts);
  let vars = variablesOf(option);
  if (opts.variables !== undefined) {
    const names = requireArray(opts.variables, ['options', 'variables']);
    if (names.length === 0)
      throw popmError('EMPTY_INPUT', ['options', 'variables'], 'at least one variable', names);
    vars = names.map((n, i) => pickVariable(option, n, ['options', 'variables', i]));
    vars.forEach((v, i) => {
      if (vars.findIndex((w) => w.name === v.name) !== i)
        throw popmError('DUPLICATE_ID', ['options', 'variables', i], 'each variable once', v.name);
    });
  }
  const base = npv(bc.rate, flowsFor(bc, option, basis));
  const rows = vars.map((v, i) => ({ i, row: rowFor(bc, option, basis, v, swing, base) }));
  rows.sort((a, b) => b.row.spread.cmp(a.row.spread) || a.i - b.i);
  return deepFreeze({
    optionId: option.id,
    baseNpv: base,
    basis,
    swing,
    rows: rows.map((r) => r.row),
  });
}

/**
 * How far one variable may move before the option's NPV reaches 0 — by
 * default, how far benefits may fall. NPV is linear in each amount, so the
 * answer is exact: `change = −NPV / PV(variable)` (with the variable's sign).
 * For `'discountRate'` the break-even rate is the IRR nearest the base rate.
 *
 * @param businessCase - the case
 * @param optionId - the option to analyse
 * @param options - `variable` (default `'benefits'`) and the `basis` (default `'option'`)
 * @returns the base NPV and the relative change at break-even (`null` when none), deep-frozen
 * @throws PopmError `NOT_FOUND` for an unknown option or variable, `INVALID_ARGUMENT` for a
 *   non-string `variable` or an unknown `basis`, and any error of {@link appraiseOptions}
 * @example
 * // The case of the appraiseOptions example: flows −100, 60, 72 at 10 %
 * const invoicingCase = {
 *   reasons: ['Manual invoicing is slow'], currency: 'EUR', discountRate: 0.1, horizon: 2,
 *   options: [
 *     { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
 *     { id: 'tool', name: 'Buy a tool', kind: 'do-something', costs: [100], benefits: [0, 60, 72] },
 *   ],
 * } as const;
 * const b = breakEvenChange(invoicingCase, 'tool');
 * b.change?.toFixed(4); //=> '-0.1232'  (benefits may fall 12.32 %)
 */
export function breakEvenChange(
  businessCase: BusinessCase,
  optionId: string,
  options?: BreakEvenOptions,
): BreakEvenResult {
  const opts = readOptions(options, ['options'], BREAK_EVEN_OPTIONS);
  const bc = readBusinessCase(businessCase);
  const option = findOption(bc, optionId, ['optionId']);
  // `undefined` only: a `null` variable is a mistake, not a request for the default.
  const v = pickVariable(option, opts.variable === undefined ? 'benefits' : opts.variable, [
    'options',
    'variable',
  ]);
  const basis = readBasis(opts);
  const flows = flowsFor(bc, option, basis);
  const base = npv(bc.rate, flows);
  if (v.series === 'discountRate') {
    const rate = irr(flows, { guess: bc.rate.toNumber() });
    return deepFreeze({
      optionId: option.id,
      variable: v.name,
      basis,
      baseNpv: base,
      change: rate === null || bc.rate.isZero() ? null : rate.div(bc.rate).minus(1),
      breakEvenRate: rate,
    });
  }
  // The variable's own contribution to NPV, signed: the exact flow difference
  // that doubling it makes, discounted (no cancellation against the base NPV).
  const doubled = flowsFor(bc, option, basis, scaleFor(v, 1));
  const contribution = npv(
    bc.rate,
    doubled.map((f, t) => f.minus(flows[t] as Decimal)),
  );
  return deepFreeze({
    optionId: option.id,
    variable: v.name,
    basis,
    baseNpv: base,
    // `.abs()` on a zero change: −0 would print as "-0" in JSON
    change: contribution.isZero()
      ? null
      : base.isZero()
        ? base.abs()
        : base.neg().div(contribution),
  });
}
