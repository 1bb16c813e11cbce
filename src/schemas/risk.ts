/**
 * zod schemas and parse functions for risk registers and risk matrices.
 */
import * as z from 'zod/mini';
import { isPopmError } from '../core/errors.js';
import { withPathPrefix } from '../core/internal/errorPaths.js';
import { toDecimal } from '../core/numbers.js';
import { createRiskMatrix, type RiskMatrix, type RiskMatrixOptions } from '../risk/matrix.js';
import { createRiskRegister, type RiskRegister } from '../risk/register.js';
import { strategiesFor } from '../risk/strategies.js';
import type { Risk, RiskFramework } from '../risk/types.js';
import {
  entity,
  finiteSchema,
  idSchema,
  isoDateSchema,
  issuesFromError,
  numericSchema,
  orThrow,
  part,
  runParser,
  type SafeParseResult,
} from './internal/common.js';

const finite = finiteSchema;
const text = z.string().check(z.minLength(1, 'expected a non-empty string'));
const probability = finite.check(
  z.gte(0, 'expected a probability >= 0'),
  z.lte(1, 'expected a probability <= 1'),
);
const level = z
  .int()
  .check(z.gte(1, 'expected an impact level >= 1'), z.lte(10, 'expected an impact level <= 10'));
const days = finite.check(z.gte(0, 'expected a number of days >= 0'));
// A value the numeric schema refused is reported there; only readable amounts are judged.
function nonNegative(v: unknown): boolean {
  try {
    const d = toDecimal(v);
    return !d.isNegative() || d.isZero();
  } catch {
    return true;
  }
}
const money = numericSchema.check(
  z.refine(nonNegative, { message: 'expected a magnitude >= 0 (the sign comes from the kind)' }),
);

function issue(path: readonly (string | number)[], message: string, input: unknown) {
  return { code: 'custom' as const, message, path: [...path], input };
}

function ordered<T>(less: (a: T, b: T) => boolean) {
  return z.superRefine((e: { min: T; mostLikely: T; max: T }, ctx) => {
    if (ctx.issues.length > 0) return;
    if (less(e.mostLikely, e.min))
      ctx.issues.push(issue(['mostLikely'], 'expected mostLikely >= min', e.mostLikely));
    if (less(e.max, e.mostLikely))
      ctx.issues.push(issue(['max'], 'expected max >= mostLikely', e.max));
  });
}

const costImpact = z.union([
  money,
  part({ min: money, mostLikely: money, max: money }).check(
    ordered((a, b) => toDecimal(a).lt(toDecimal(b))),
  ),
]);
const scheduleImpact = z.union([
  days,
  part({ min: days, mostLikely: days, max: days }).check(ordered((a: number, b: number) => a < b)),
]);

/** Every response strategy name of PMI and PRINCE2. */
const strategy = z.enum([
  'avoid',
  'mitigate',
  'reduce',
  'fallback',
  'transfer',
  'accept',
  'share',
  'escalate',
  'exploit',
  'enhance',
  'reject',
]);

/**
 * One risk: `id`, `title`, `kind` (`'threat' | 'opportunity'`), and the
 * optional fields of `Risk`: probability 0..1, impact level 1..10, cost impact
 * (a magnitude `>= 0`, number or numeric string, or `{ min, mostLikely, max }`),
 * schedule days, response (strategy valid for the kind), residual, status and
 * dates, and `meta` (your own JSON object). A key close to a known one
 * (`probabilty`) is an issue; other unknown keys are ignored.
 *
 * @example
 * z.safeParse(RiskSchema, { id: 'R1', title: 'Supplier late', kind: 'threat', probability: 1.5 }).success; //=> false
 * z.safeParse(RiskSchema, { id: 'R1', title: 'Supplier late', kind: 'threat', response: { strategy: 'exploit' } }).success; //=> false
 */
export const RiskSchema = entity({
  id: idSchema,
  title: text,
  kind: z.enum(['threat', 'opportunity']),
  cause: z.optional(text),
  event: z.optional(text),
  effect: z.optional(text),
  category: z.optional(text),
  owner: z.optional(text),
  actionee: z.optional(text),
  raisedOn: z.optional(isoDateSchema),
  proximity: z.optional(text),
  probability: z.optional(probability),
  impact: z.optional(level),
  costImpact: z.optional(costImpact),
  scheduleImpactDays: z.optional(scheduleImpact),
  tasks: z.optional(z.array(idSchema)),
  response: z.optional(
    part({
      strategy,
      actions: z.optional(z.array(text)),
      cost: z.optional(money),
    }),
  ),
  residual: z.optional(
    part({
      probability: z.optional(probability),
      impact: z.optional(level),
      costImpact: z.optional(costImpact),
      scheduleImpactDays: z.optional(scheduleImpact),
    }),
  ),
  status: z.optional(z.enum(['open', 'monitoring', 'occurred', 'closed', 'escalated'])),
  reviewBy: z.optional(isoDateSchema),
  closedOn: z.optional(isoDateSchema),
  closureReason: z.optional(text),
  escalatedOn: z.optional(isoDateSchema),
  escalatedTo: z.optional(text),
  occurredOn: z.optional(isoDateSchema),
  actualCost: z.optional(money),
  actualScheduleDays: z.optional(days),
  notes: z.optional(z.string()),
}).check(
  z.superRefine((r, ctx) => {
    const s = r.response?.strategy;
    if (s !== undefined && !strategiesFor(r.kind).includes(s))
      ctx.issues.push(
        issue(
          ['response', 'strategy'],
          `expected a strategy for a ${r.kind} (${strategiesFor(r.kind).join(', ')}), got "${s}"`,
          s,
        ),
      );
  }),
);

function fromPopmError(e: unknown, roots: readonly string[]) {
  if (!isPopmError(e)) throw e;
  return issuesFromError(e, roots).map((i) => ({
    ...issue(i.path, i.message, undefined),
    params: { popm: i.code },
  }));
}

/**
 * A probability–impact matrix: `size` 3..10, one probability band per level
 * (`{ level, upTo, label }`, ascending, the last ending at 1), one impact
 * label per level, optional cost bands (`{ level, from }`, the first from 0)
 * and rating bands (`{ name, minScore }`, the first from 1) — the rules of
 * `createRiskMatrix`, reported as schema issues.
 *
 * @example
 * z.safeParse(RiskMatrixSchema, { size: 3, probabilityBands: [], impactLabels: [], ratingBands: [] }).success; //=> false
 */
export const RiskMatrixSchema = part({
  size: z.int().check(z.gte(3, 'expected a size >= 3'), z.lte(10, 'expected a size <= 10')),
  probabilityBands: z.array(part({ level: z.int(), upTo: probability, label: text })),
  impactLabels: z.array(text),
  costBands: z.optional(z.array(part({ level: z.int(), from: money }))),
  ratingBands: z.array(part({ name: text, minScore: z.int() })),
}).check(
  z.superRefine((m, ctx) => {
    if (ctx.issues.length > 0) return;
    try {
      createRiskMatrix(m as RiskMatrixOptions);
    } catch (e) {
      ctx.issues.push(...fromPopmError(e, ['options']));
    }
  }),
);

/**
 * A risk register: `{ risks, matrix?, framework? }` with unique ids, impact
 * levels within the matrix and strategies of the framework — every rule of
 * `createRiskRegister`, reported as schema issues. (`parseRiskRegister` also
 * takes a plain array of risks.)
 *
 * @example
 * z.safeParse(RiskRegisterSchema, { risks: [{ id: 'R1', title: 'a', kind: 'threat' }, { id: 'R1', title: 'b', kind: 'threat' }] }).success;
 * //=> false
 */
export const RiskRegisterSchema = part({
  risks: z.array(RiskSchema),
  matrix: z.optional(RiskMatrixSchema),
  framework: z.optional(z.enum(['PMI', 'PRINCE2'])),
}).check(
  z.superRefine((doc, ctx) => {
    if (ctx.issues.length > 0) return;
    const seen = new Set<string>();
    let duplicates = 0;
    doc.risks.forEach((r, i) => {
      if (seen.has(r.id)) {
        duplicates++;
        ctx.issues.push(
          issue(
            ['risks', i, 'id'],
            `expected a unique id, got ${JSON.stringify(r.id)} again`,
            r.id,
          ),
        );
      }
      seen.add(r.id);
    });
    if (duplicates > 0) return;
    try {
      toRegister(doc);
    } catch (e) {
      ctx.issues.push(...fromPopmError(e, []));
    }
  }),
);

type RegisterDoc = z.infer<typeof RiskRegisterSchema>;

// createRiskRegister(risks, options) reports `['risks', …]` and
// `['options', 'matrix', …]`; the document has `risks` and `matrix` at its top.
function toRegister(doc: RegisterDoc): RiskRegister {
  const options: { matrix?: RiskMatrix | undefined; framework?: RiskFramework | undefined } = {};
  if (doc.matrix !== undefined) {
    try {
      options.matrix = createRiskMatrix(doc.matrix as RiskMatrixOptions);
    } catch (e) {
      // createRiskMatrix's own paths start at its parameter ([] or ['options']).
      if (!isPopmError(e)) throw e;
      throw withPathPrefix(e, ['matrix'], e.path[0] === 'options' ? 1 : 0);
    }
  }
  if (doc.framework !== undefined) options.framework = doc.framework;
  try {
    return createRiskRegister(doc.risks as Risk[], options);
  } catch (e) {
    if (isPopmError(e) && e.path[0] === 'options') throw withPathPrefix(e, [], 1);
    throw e;
  }
}

// A plain array of risks (the `risks` createRiskRegister takes) is parsed as
// `{ risks }`, its issue paths without `'risks'`.
const REGISTER = {
  what: 'risk register',
  schema: RiskRegisterSchema,
  prepare: (copy: unknown) => (Array.isArray(copy) ? { risks: copy } : copy),
  build: (doc: unknown) => toRegister(doc as RegisterDoc),
};

function registerSpec(json: unknown) {
  if (!Array.isArray(json)) return REGISTER;
  return {
    ...REGISTER,
    repath: (path: readonly (string | number)[]) => (path[0] === 'risks' ? path.slice(1) : path),
  };
}

/**
 * Parses and validates a risk register from JSON data: a plain array of
 * risks (what `createRiskRegister` takes) or `{ risks, matrix?, framework? }`.
 *
 * @param json - the parsed JSON
 * @returns the register, built by `createRiskRegister` (frozen, ready for every risk function)
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parseRiskRegister({ risks: [{ id: 'W', title: 'Bad weather', kind: 'threat', probability: 0.25, costImpact: '80000' }] }).risks.length;
 * //=> 1
 * parseRiskRegister([{ id: 'W', title: 'Bad weather', kind: 'threat', probability: 2 }]);
 * // throws PopmError SCHEMA, details.issues[0].path [0, 'probability']
 */
export function parseRiskRegister(json: unknown): RiskRegister {
  return orThrow(safeParseRiskRegister(json));
}

/**
 * Like {@link parseRiskRegister}, but returns the outcome instead of
 * throwing (it never throws).
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseRiskRegister({ risks: [{ id: 'R1', title: 'x', kind: 'maybe' }] }).success; //=> false
 */
export function safeParseRiskRegister(json: unknown): SafeParseResult<RiskRegister> {
  let spec: ReturnType<typeof registerSpec> = REGISTER;
  try {
    spec = registerSpec(json);
  } catch {
    // An unreadable input is reported by the runner's safe copy.
  }
  return runParser<RiskRegister>(spec, json);
}

const MATRIX = {
  what: 'risk matrix',
  schema: RiskMatrixSchema,
  build: (m: unknown) => createRiskMatrix(m as RiskMatrixOptions),
  roots: ['options'],
};

/**
 * Parses and validates a risk matrix (what `createRiskMatrix` takes) from JSON data.
 *
 * @param json - the parsed JSON
 * @returns the matrix, built by `createRiskMatrix` (frozen)
 * @throws PopmError `SCHEMA` with every problem and its path in `details.issues`
 * @example
 * parseRiskMatrix({
 *   size: 3,
 *   probabilityBands: [{ level: 1, upTo: 0.3, label: 'Low' }, { level: 2, upTo: 0.6, label: 'Medium' }, { level: 3, upTo: 1, label: 'High' }],
 *   impactLabels: ['Minor', 'Moderate', 'Major'],
 *   ratingBands: [{ name: 'Green', minScore: 1 }, { name: 'Red', minScore: 6 }],
 * }).size; //=> 3
 */
export function parseRiskMatrix(json: unknown): RiskMatrix {
  return orThrow(safeParseRiskMatrix(json));
}

/**
 * Like {@link parseRiskMatrix}, but returns the outcome instead of throwing
 * (it never throws).
 *
 * @param json - the parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` (a frozen `SCHEMA` PopmError)
 * @example
 * safeParseRiskMatrix({ size: 2 }).success; //=> false
 */
export function safeParseRiskMatrix(json: unknown): SafeParseResult<RiskMatrix> {
  return runParser<RiskMatrix>(MATRIX, json);
}
