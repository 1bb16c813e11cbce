/**
 * @internal Reads and checks a business case once for `appraiseOptions`,
 * `sensitivity`, `breakEvenChange` and `scenarios`, and builds the net flows
 * they appraise.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import {
  indexById,
  requireArray,
  requireOneOf,
  requireString,
} from '../../core/internal/validate.js';
import { Decimal, isDecimal, toDecimal } from '../../core/numbers.js';
import {
  BUSINESS_CASE_OPTION_KINDS,
  type BusinessCaseOptionKind,
  MAX_BUSINESS_CASE_HORIZON,
} from '../businessCase.js';
import {
  CurrencyGuard,
  optionalText,
  readCurrency,
  readInteger,
  readNonNegative,
} from './moneyChecks.js';

const CASE_KEYS = [
  'title',
  'reasons',
  'options',
  'discountRate',
  'horizon',
  'risks',
  'currency',
  'meta',
] as const;
const OPTION_KEYS = [
  'id',
  'name',
  'kind',
  'description',
  'costs',
  'benefits',
  'disBenefits',
  'currency',
  'meta',
] as const;
const LINE_KEYS = ['label', 'amounts', 'meta'] as const;

const MAX_AMOUNT = new Decimal('1e290');

/** @internal A series read and padded to `horizon + 1` periods. */
export interface ReadLine {
  label: string | null;
  amounts: Decimal[];
}

/** @internal An option read and checked. */
export interface ReadOption {
  id: string;
  name: string;
  kind: BusinessCaseOptionKind;
  costs: ReadLine[];
  benefits: ReadLine[];
  disBenefits: ReadLine[];
  /** Whether dis-benefits were given at all. */
  hasDisBenefits: boolean;
  /** The option's `meta`, copied and frozen. */
  meta: Readonly<Record<string, unknown>> | undefined;
}

/** @internal A business case read and checked. */
export interface ReadCase {
  currency: string;
  rate: Decimal;
  horizon: number;
  options: ReadOption[];
  baseline: number;
}

/** @internal The series names, as sensitivity variables use them. */
export type SeriesName = 'costs' | 'benefits' | 'disBenefits';

function readSeries(value: unknown, path: PopmPath, horizon: number): ReadLine[] {
  const list = requireArray(value, path);
  if (list.length === 0) return [];
  const periods = horizon + 1;
  const pad = (raw: unknown, p: PopmPath): Decimal[] => {
    const arr = requireArray(raw, p);
    if (arr.length > periods)
      throw popmError('OUT_OF_RANGE', p, `at most ${periods} amounts (periods 0..${horizon})`, arr);
    // An indexed loop, not `map`: a hole is read as `undefined` and rejected
    // at its index, never skipped (issue 21).
    const out: Decimal[] = [];
    for (let t = 0; t < arr.length; t++) {
      const d = readNonNegative(arr[t], [...p, t]);
      // Appraisal discounts in float64: capping each amount keeps every
      // total, net flow and present value far inside its range.
      if (d.gt(MAX_AMOUNT))
        throw popmError('OUT_OF_RANGE', [...p, t], 'an amount up to 1e290', arr[t]);
      out.push(d);
    }
    while (out.length < periods) out.push(new Decimal(0));
    return out;
  };
  let objects = 0;
  for (let i = 0; i < list.length; i++) {
    const x: unknown = list[i];
    if (x !== null && typeof x === 'object' && !isDecimal(x)) objects++;
  }
  if (objects === 0) return [{ label: null, amounts: pad(list, path) }];
  const labels = new Set<string>();
  const lines: ReadLine[] = [];
  for (let i = 0; i < list.length; i++) {
    const rec = readEntity(
      list[i],
      [...path, i],
      LINE_KEYS,
      'a line { label, amounts } like its siblings',
    );
    readMeta(rec.meta, [...path, i, 'meta']);
    const label = requireString(rec.label, [...path, i, 'label']);
    if (labels.has(label))
      throw popmError('DUPLICATE_ID', [...path, i, 'label'], 'a label unique in its series', label);
    labels.add(label);
    lines.push({ label, amounts: pad(rec.amounts, [...path, i, 'amounts']) });
  }
  return lines;
}

/** The discount rate: a number that fits a float64 (discounting runs in it), > -1. */
function readDiscountRate(value: unknown, path: PopmPath): Decimal {
  const rate = toDecimal(value, path);
  // Discounting runs in float64: a rate such as '1e999' cannot be used.
  if (!Number.isFinite(rate.toNumber()))
    throw popmError('INVALID_NUMBER', path, 'a rate that fits a float64', value);
  if (rate.lte(-1)) throw popmError('OUT_OF_RANGE', path, 'a rate > -1', value);
  return rate;
}

/** Checks the risk ids: strings, each once. */
function readRiskIds(value: unknown, path: PopmPath): void {
  const seen = new Set<string>();
  const risks = requireArray(value, path);
  for (let i = 0; i < risks.length; i++) {
    const id = requireString(risks[i], [...path, i]);
    if (seen.has(id)) throw popmError('DUPLICATE_ID', [...path, i], 'each risk id once', id);
    seen.add(id);
  }
}

/**
 * @internal Reads and checks a `BusinessCase`; paths start at `root`
 * (the public parameter, `['businessCase']`).
 */
export function readBusinessCase(value: unknown, root: PopmPath = ['businessCase']): ReadCase {
  const at = (...rest: (string | number)[]): PopmPath => [...root, ...rest];
  const bc = readEntity(value, root, CASE_KEYS, 'a business case object');
  readMeta(bc.meta, at('meta'));
  optionalText(bc.title, at('title'));
  const reasons = requireArray(bc.reasons, at('reasons'));
  if (reasons.length === 0)
    throw popmError('EMPTY_INPUT', at('reasons'), 'at least one reason', reasons);
  for (let i = 0; i < reasons.length; i++) requireString(reasons[i], at('reasons', i));
  const currency = readCurrency(bc.currency, at('currency'));
  const rate = readDiscountRate(bc.discountRate, at('discountRate'));
  const horizon = readInteger(bc.horizon, at('horizon'), 1, MAX_BUSINESS_CASE_HORIZON);
  if (bc.risks !== undefined) readRiskIds(bc.risks, at('risks'));
  const raw = requireArray(bc.options, at('options'));
  const guard = new CurrencyGuard(currency, at('currency'));
  const read = Array.from({ length: raw.length }, (_, i) =>
    readEntity(raw[i], at('options', i), OPTION_KEYS, 'an option object'),
  );
  indexById(read, at('options'));
  const options = read.map((rec, i): ReadOption => {
    const p = at('options', i);
    guard.check(rec.currency, [...p, 'currency']);
    optionalText(rec.description, [...p, 'description']);
    const disGiven = rec.disBenefits !== undefined;
    return {
      id: rec.id as string,
      name: requireString(rec.name, [...p, 'name']),
      kind: requireOneOf(rec.kind, BUSINESS_CASE_OPTION_KINDS, [...p, 'kind']),
      costs: readSeries(rec.costs, [...p, 'costs'], horizon),
      benefits: readSeries(rec.benefits, [...p, 'benefits'], horizon),
      disBenefits: disGiven ? readSeries(rec.disBenefits, [...p, 'disBenefits'], horizon) : [],
      hasDisBenefits: disGiven,
      meta: readMeta(rec.meta, [...p, 'meta']),
    };
  });
  const baselines = options.flatMap((o, i) => (o.kind === 'do-nothing' ? [i] : []));
  if (baselines.length !== 1)
    throw popmError(
      'INVALID_ARGUMENT',
      baselines.length === 0 ? at('options') : at('options', baselines[1] as number, 'kind'),
      'exactly one do-nothing option (the baseline)',
      baselines.length === 0 ? 'none' : `${baselines.length} do-nothing options`,
    );
  if (options.length < 2)
    throw popmError(
      'EMPTY_INPUT',
      at('options'),
      'at least one option besides do-nothing',
      options.length,
    );
  return { currency, rate, horizon, options, baseline: baselines[0] as number };
}

/** @internal How much to scale each series (and, optionally, each line). */
export interface FlowScale {
  costs?: Decimal | undefined;
  benefits?: Decimal | undefined;
  disBenefits?: Decimal | undefined;
  /** One line scaled: `{ series, label, by }`. */
  line?: { series: SeriesName; label: string; by: Decimal } | undefined;
}

/** @internal Sums a series per period, scaled. */
export function seriesTotals(
  lines: readonly ReadLine[],
  periods: number,
  series: SeriesName,
  scale: FlowScale = {},
): Decimal[] {
  const out = Array.from({ length: periods }, () => new Decimal(0));
  const whole = scale[series] ?? new Decimal(1);
  for (const l of lines) {
    const by =
      scale.line !== undefined && scale.line.series === series && scale.line.label === l.label
        ? whole.times(scale.line.by)
        : whole;
    for (let t = 0; t < periods; t++)
      out[t] = (out[t] as Decimal).plus((l.amounts[t] as Decimal).times(by));
  }
  return out;
}

/** @internal Net flows `benefits − costs − disBenefits` per period, exact. */
export function netFlows(option: ReadOption, horizon: number, scale: FlowScale = {}): Decimal[] {
  const n = horizon + 1;
  const b = seriesTotals(option.benefits, n, 'benefits', scale);
  const c = seriesTotals(option.costs, n, 'costs', scale);
  const d = seriesTotals(option.disBenefits, n, 'disBenefits', scale);
  return b.map((x, t) => x.minus(c[t] as Decimal).minus(d[t] as Decimal));
}

/** @internal Finds an option by id; `NOT_FOUND` at `path` otherwise. */
export function findOption(bc: ReadCase, optionId: unknown, path: (string | number)[]): ReadOption {
  const id = requireString(optionId, path);
  const found = bc.options.find((o) => o.id === id);
  if (found === undefined)
    throw popmError(
      'NOT_FOUND',
      path,
      `the id of an option (${bc.options.map((o) => o.id).join(', ')})`,
      id,
    );
  return found;
}
