/**
 * zod schemas for the finance documents a Project keeps: a {@link Budget},
 * a {@link BusinessCase}, a TCO input ({@link TcoInput}) and dated
 * {@link EarnedValueSnapshot}s, with parse functions that check both the
 * shape and the finance rules (one do-nothing option, one currency, dates in
 * order…) and return frozen data.
 */
import * as z from 'zod/mini';
import { isPopmError as isPopmErrorLike } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { withPathPrefix } from '../core/internal/errorPaths.js';
import { type Budget, budgetStatus } from '../finance/budgetStatus.js';
import type { BusinessCase } from '../finance/businessCase.js';
import { type EarnedValueSnapshot, earnedValue } from '../finance/earnedValue.js';
import { readBusinessCase } from '../finance/internal/readBusinessCase.js';
import {
  TCO_CATEGORIES,
  type TcoInput,
  totalCostOfOwnership,
} from '../finance/totalCostOfOwnership.js';
import {
  customIssue,
  entity,
  idSchema,
  isoDateSchema,
  numericSchema,
  orThrow,
  runParser,
  type SafeParseResult,
} from './internal/common.js';

const text = () => z.string().check(z.minLength(1));
const currency = () =>
  z.string().check(z.refine((s) => s.trim().length > 0, { message: 'expected a currency code' }));
const nonNegativeAmount = () =>
  numericSchema.check(z.refine((v) => !(Number(v) < 0), { message: 'expected an amount >= 0' }));
const integer = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/**
 * A TCO cost line as JSON (see `TcoCostLine`).
 *
 * @example
 * z.safeParse(TcoCostLineSchema, { id: 'a', label: 'A', category: 'fun', amount: 1, recurrence: 'once' }).success;
 * //=> false
 */
export const TcoCostLineSchema = entity({
  id: idSchema,
  label: text(),
  category: z.enum(TCO_CATEGORIES),
  amount: numericSchema,
  recurrence: z.enum(['once', 'per-period']),
  startPeriod: z.optional(integer(0, 1000)),
  endPeriod: z.optional(integer(0, 1000)),
  escalation: z.optional(numericSchema),
  currency: z.optional(currency()),
});

/**
 * A TCO input as JSON (see {@link TcoInput}).
 *
 * @example
 * z.safeParse(TcoInputSchema, { horizon: 5, costs: [] }).success; //=> true
 */
export const TcoInputSchema = entity({
  horizon: integer(1, 1000),
  discountRate: z.optional(numericSchema),
  currency: z.optional(currency()),
  costs: z.array(TcoCostLineSchema),
});

/**
 * A budget line as JSON (see `BudgetLine`).
 *
 * @example
 * z.safeParse(BudgetLineSchema, { category: 'staff', amount: '1200.50' }).success; //=> true
 */
export const BudgetLineSchema = entity({
  category: text(),
  amount: nonNegativeAmount(),
  label: z.optional(z.string()),
  currency: z.optional(currency()),
});

/**
 * An actual or a commitment as JSON (see `BudgetEntry`).
 *
 * @example
 * z.safeParse(BudgetEntrySchema, { date: '2026-02-30', amount: 5 }).success; //=> false
 */
export const BudgetEntrySchema = entity({
  date: isoDateSchema,
  amount: numericSchema,
  category: z.optional(text()),
  currency: z.optional(currency()),
  description: z.optional(z.string()),
});

/**
 * A budget as JSON (see {@link Budget}).
 *
 * @example
 * z.safeParse(BudgetSchema, { currency: 'EUR', total: 100, start: '2026-01-01', end: '2026-12-31' }).success;
 * //=> true
 */
export const BudgetSchema = entity({
  currency: currency(),
  total: nonNegativeAmount(),
  start: isoDateSchema,
  end: isoDateSchema,
  lines: z.optional(z.array(BudgetLineSchema)),
  actuals: z.optional(z.array(BudgetEntrySchema)),
  commitments: z.optional(z.array(BudgetEntrySchema)),
});

/**
 * A dated earned-value reading as JSON (see {@link EarnedValueSnapshot}).
 *
 * @example
 * z.safeParse(EarnedValueSnapshotSchema, { asOf: '2026-03-31', bac: 100, pv: 50, ev: 40, ac: 45 }).success;
 * //=> true
 */
export const EarnedValueSnapshotSchema = entity({
  asOf: isoDateSchema,
  bac: nonNegativeAmount(),
  pv: nonNegativeAmount(),
  ev: nonNegativeAmount(),
  ac: nonNegativeAmount(),
  etc: z.optional(nonNegativeAmount()),
});

/**
 * A named stream of amounts as JSON (see `CashFlowLine`).
 *
 * @example
 * z.safeParse(CashFlowLineSchema, { label: 'Licences', amounts: [0, 100, 100] }).success; //=> true
 */
export const CashFlowLineSchema = entity({
  label: text(),
  amounts: z.array(nonNegativeAmount()),
});

/**
 * Costs, benefits or dis-benefits as JSON: amounts per period, or named lines.
 *
 * @example
 * z.safeParse(CashFlowSeriesSchema, [100, '20.5']).success; //=> true
 */
export const CashFlowSeriesSchema = z.union([
  z.array(nonNegativeAmount()),
  z.array(CashFlowLineSchema),
]);

/**
 * A business-case option as JSON (see `BusinessCaseOption`).
 *
 * @example
 * z.safeParse(BusinessCaseOptionSchema, { id: 'a', name: 'A', kind: 'do-more', costs: [], benefits: [] }).success;
 * //=> false
 */
export const BusinessCaseOptionSchema = entity({
  id: idSchema,
  name: text(),
  kind: z.enum(['do-nothing', 'do-minimum', 'do-something']),
  description: z.optional(z.string()),
  costs: CashFlowSeriesSchema,
  benefits: CashFlowSeriesSchema,
  disBenefits: z.optional(CashFlowSeriesSchema),
  currency: z.optional(currency()),
});

/**
 * A business case as JSON (see {@link BusinessCase}).
 *
 * @example
 * z.safeParse(BusinessCaseSchema, { reasons: [], options: [] }).success; //=> false
 */
export const BusinessCaseSchema = entity({
  title: z.optional(z.string()),
  reasons: z.array(text()).check(z.minLength(1)),
  options: z.array(BusinessCaseOptionSchema),
  discountRate: numericSchema,
  horizon: integer(1, 1000),
  risks: z.optional(z.array(idSchema)),
  currency: currency(),
});

// Every finance function names its parameter first in a path.
const ROOTS = ['budget', 'businessCase', 'input', 'snapshot', 'tco', 'value'];

function spec<T>(what: string, schema: z.ZodMiniType, rules: (value: T) => void) {
  return {
    what,
    schema,
    roots: ROOTS,
    build: (data: unknown) => {
      rules(data as T);
      return deepFreeze(data as T);
    },
  };
}

const BUDGET = spec<Budget>('budget', BudgetSchema, (b) => {
  budgetStatus(b, b.start);
});

/**
 * Parses a budget document and checks its rules (end not before start, one
 * currency, unique line categories, lines within the total, entries on known
 * lines).
 *
 * @param json - the parsed JSON value
 * @returns the budget, frozen, ready for {@link budgetStatus}
 * @throws PopmError `SCHEMA` with every shape problem, or the broken finance rule, in `details.issues`
 * @example
 * parseBudget({ currency: 'EUR', total: 100, start: '2026-01-01', end: '2026-12-31' }).total; //=> 100
 * parseBudget({ currency: 'EUR', total: 100, start: '2026-02-01', end: '2026-01-01' });
 * // throws PopmError SCHEMA with the issue at ['end']
 */
export function parseBudget(json: unknown): Budget {
  return orThrow(safeParseBudget(json));
}

/**
 * Like {@link parseBudget}, but returns the outcome instead of throwing (it
 * never throws).
 *
 * @param json - the parsed JSON value
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseBudget({ currency: 'EUR' }).success; //=> false
 */
export function safeParseBudget(json: unknown): SafeParseResult<Budget> {
  return runParser<Budget>(BUDGET, json);
}

const BUSINESS_CASE = spec<BusinessCase>('business case', BusinessCaseSchema, (bc) => {
  readBusinessCase(bc);
});

/**
 * Parses a business-case document and checks its rules (exactly one
 * do-nothing option and another, unique ids and line labels, one currency,
 * series no longer than the horizon, a rate above -100 %).
 *
 * @param json - the parsed JSON value
 * @returns the business case, frozen, ready for `appraiseOptions`
 * @throws PopmError `SCHEMA` with every shape problem, or the broken rule, in `details.issues`
 * @example
 * parseBusinessCase({
 *   reasons: ['Why'], currency: 'EUR', discountRate: 0.08, horizon: 3,
 *   options: [{ id: 'a', name: 'A', kind: 'do-something', costs: [1], benefits: [] }],
 * });
 * // throws PopmError SCHEMA: options: expected exactly one do-nothing option (the baseline), got "none"
 */
export function parseBusinessCase(json: unknown): BusinessCase {
  return orThrow(safeParseBusinessCase(json));
}

/**
 * Like {@link parseBusinessCase}, but returns the outcome instead of
 * throwing (it never throws).
 *
 * @param json - the parsed JSON value
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseBusinessCase({ reasons: ['x'] }).success; //=> false
 */
export function safeParseBusinessCase(json: unknown): SafeParseResult<BusinessCase> {
  return runParser<BusinessCase>(BUSINESS_CASE, json);
}

const TCO = spec<TcoInput>('TCO input', TcoInputSchema, (t) => {
  totalCostOfOwnership(t);
});

/**
 * Parses a TCO input and checks its rules (periods within the horizon, no
 * escalation on one-off lines, unique ids, one currency).
 *
 * @param json - the parsed JSON value
 * @returns the input, frozen, ready for {@link totalCostOfOwnership}
 * @throws PopmError `SCHEMA` with every shape problem, or the broken rule, in `details.issues`
 * @example
 * parseTcoInput({ horizon: 2, costs: [{ id: 'a', label: 'A', category: 'other', amount: 1,
 *   recurrence: 'per-period', startPeriod: 3 }] });
 * // throws PopmError SCHEMA with the issue at ['costs', 0, 'startPeriod']
 */
export function parseTcoInput(json: unknown): TcoInput {
  return orThrow(safeParseTcoInput(json));
}

/**
 * Like {@link parseTcoInput}, but returns the outcome instead of throwing
 * (it never throws).
 *
 * @param json - the parsed JSON value
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseTcoInput({ horizon: 0, costs: [] }).success; //=> false
 */
export function safeParseTcoInput(json: unknown): SafeParseResult<TcoInput> {
  return runParser<TcoInput>(TCO, json);
}

const SNAPSHOT = spec<EarnedValueSnapshot>(
  'earned-value snapshot',
  EarnedValueSnapshotSchema,
  (s) => {
    earnedValue(s);
  },
);

/**
 * Parses one dated earned-value snapshot and checks its rules (PV and EV
 * not above BAC).
 *
 * @param json - the parsed JSON value
 * @returns the snapshot, frozen, ready for {@link earnedValue}
 * @throws PopmError `SCHEMA` with every shape problem, or the broken rule, in `details.issues`
 * @example
 * parseEarnedValueSnapshot({ asOf: '2026-03-31', bac: 100, pv: 50, ev: 40, ac: 45 }).ev; //=> 40
 */
export function parseEarnedValueSnapshot(json: unknown): EarnedValueSnapshot {
  return orThrow(safeParseEarnedValueSnapshot(json));
}

/**
 * Like {@link parseEarnedValueSnapshot}, but returns the outcome instead of
 * throwing (it never throws).
 *
 * @param json - the parsed JSON value
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseEarnedValueSnapshot({ asOf: '2026-03-31', bac: 100, pv: 50, ev: 40, ac: -1 }).success; //=> false
 */
export function safeParseEarnedValueSnapshot(json: unknown): SafeParseResult<EarnedValueSnapshot> {
  return runParser<EarnedValueSnapshot>(SNAPSHOT, json);
}

/**
 * Earned-value snapshots as JSON: each checked, dates strictly increasing.
 */
const SnapshotsSchema = z.array(EarnedValueSnapshotSchema).check(
  z.superRefine((list, ctx) => {
    if (ctx.issues.length > 0) return;
    list.forEach((s, i) => {
      const prev = list[i - 1];
      if (prev !== undefined && prev.asOf >= s.asOf)
        ctx.issues.push({
          ...customIssue(
            [i, 'asOf'],
            `expected a date after ${prev.asOf}, got ${s.asOf}`,
            undefined,
          ),
          params: { popm: 'reference' },
        });
    });
  }),
);

const SNAPSHOTS = {
  what: 'earned-value snapshots',
  schema: SnapshotsSchema,
  roots: ROOTS,
  build: (data: unknown) => {
    const list = data as EarnedValueSnapshot[];
    list.forEach((s, i) => {
      try {
        earnedValue(s);
      } catch (e) {
        throw isPopmErrorLike(e)
          ? withPathPrefix(e, [i], ROOTS.includes(String(e.path[0])) ? 1 : 0)
          : e;
      }
    });
    return deepFreeze(list);
  },
};

/**
 * Parses a list of earned-value snapshots (a project's history) and checks
 * each one; dates must be strictly increasing.
 *
 * @param json - the parsed JSON value
 * @returns the snapshots, frozen
 * @throws PopmError `SCHEMA` with every shape problem, or the broken rule, in `details.issues`
 * @example
 * parseEarnedValueSnapshots([
 *   { asOf: '2026-01-31', bac: 100, pv: 10, ev: 8, ac: 9 },
 *   { asOf: '2026-02-28', bac: 100, pv: 20, ev: 18, ac: 21 },
 * ]).length; //=> 2
 */
export function parseEarnedValueSnapshots(json: unknown): readonly EarnedValueSnapshot[] {
  return orThrow(safeParseEarnedValueSnapshots(json));
}

/**
 * Like {@link parseEarnedValueSnapshots}, but returns the outcome instead of
 * throwing (it never throws).
 *
 * @param json - the parsed JSON value
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseEarnedValueSnapshots([
 *   { asOf: '2026-02-28', bac: 100, pv: 20, ev: 18, ac: 21 },
 *   { asOf: '2026-01-31', bac: 100, pv: 10, ev: 8, ac: 9 },
 * ]).success; //=> false
 */
export function safeParseEarnedValueSnapshots(
  json: unknown,
): SafeParseResult<readonly EarnedValueSnapshot[]> {
  return runParser<readonly EarnedValueSnapshot[]>(SNAPSHOTS, json);
}
