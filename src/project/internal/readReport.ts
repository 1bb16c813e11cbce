/**
 * @internal Reads a progress report before it is rendered: a
 * {@link ProgressReport} from `progressReport`, its JSON form
 * (`ProgressReportJson`, money as strings) or a hand-built one. Every field
 * the renderers print is checked against one shape; a wrong field is a
 * `PopmError` at its path from `report`, so a renderer never prints
 * `undefined` or `[object Object]` and never fails inside.
 */

import { isIsoDate } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity } from '../../core/internal/readObject.js';
import { isDecimal, toDecimal } from '../../core/numbers.js';
import type { ProgressReport } from '../progressReport.js';

type Shape =
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'money'
  | 'date'
  | { readonly nullable: Shape }
  | { readonly optional: Shape }
  | { readonly list: Shape }
  | { readonly fields: Readonly<Record<string, Shape>> }
  | { readonly oneOf: readonly string[] };

const TEXT = 'text' satisfies Shape;
const NUM = 'number' satisfies Shape;
const INT = 'integer' satisfies Shape;
const MONEY = 'money' satisfies Shape;
const DATE = 'date' satisfies Shape;
const BOOL = 'boolean' satisfies Shape;
const RAG: Shape = { oneOf: ['red', 'amber', 'green'] };

function nullable(shape: Shape): Shape {
  return { nullable: shape };
}
/** A field a hand-built report (or one from before the field existed) may leave out. */
function optional(shape: Shape): Shape {
  return { optional: shape };
}
function list(shape: Shape): Shape {
  return { list: shape };
}
function fields(f: Readonly<Record<string, Shape>>): Shape {
  return { fields: f };
}

const AREA = fields({ rag: RAG, reasons: list(TEXT) });
const FORECAST_POINT: Readonly<Record<string, Shape>> = {
  p50: nullable(DATE),
  p50Sprint: nullable(INT),
  p85: nullable(DATE),
  p85Sprint: nullable(INT),
  p85AllTrials: BOOL,
};
const TARGET = fields({
  id: TEXT,
  title: TEXT,
  due: DATE,
  remaining: NUM,
  ...FORECAST_POINT,
  onTrack: BOOL,
});

const FLOW = fields({
  serviceLevel: nullable(
    fields({ percentile: NUM, days: nullable(NUM), count: INT, recentMetShare: nullable(NUM) }),
  ),
  flowEfficiency: nullable(fields({ pooled: nullable(NUM), mean: nullable(NUM), count: INT })),
  timeInState: nullable(
    list(fields({ state: TEXT, category: TEXT, active: BOOL, meanDays: NUM, share: NUM })),
  ),
  agedByStage: list(fields({ id: TEXT, state: TEXT, statePassed: NUM })),
});

const DATE_AND_COST = fields({
  trials: INT,
  percent: NUM,
  finish: nullable(DATE),
  cost: NUM,
  baseCost: MONEY,
  jointShare: NUM,
  p50Finish: nullable(DATE),
  drivers: list(fields({ id: TEXT, tasks: list(TEXT), finishDays: NUM, cost: NUM })),
});

const REPORT: Shape = fields({
  projectName: TEXT,
  currency: TEXT,
  asOf: DATE,
  summary: fields({
    rag: RAG,
    areas: fields({ scope: AREA, schedule: AREA, cost: AREA, risk: AREA, stakeholders: AREA }),
    highlights: list(TEXT),
  }),
  doneSinceLastReview: fields({
    since: DATE,
    reviewId: nullable(TEXT),
    delivered: list(
      fields({
        backlogItem: nullable(TEXT),
        title: TEXT,
        itemDone: BOOL,
        workItems: list(TEXT),
        points: NUM,
      }),
    ),
    workItems: INT,
    points: NUM,
  }),
  forecast: fields({
    velocity: nullable(NUM),
    sayDo: nullable(NUM),
    sprint: nullable(
      fields({ id: TEXT, end: DATE, remaining: NUM, ideal: NUM, day: INT, workingDays: INT }),
    ),
    targets: list(TARGET),
    backlog: fields({ openItems: INT, remaining: NUM, ...FORECAST_POINT }),
    assumedEstimate: nullable(NUM),
    finish: nullable(DATE),
    baselineFinish: nullable(DATE),
    slip: nullable(NUM),
    statusDate: optional(nullable(DATE)),
    conflicts: optional(list(fields({ taskId: TEXT, kind: TEXT, by: NUM }))),
    summaries: optional(
      list(
        fields({
          id: TEXT,
          name: nullable(TEXT),
          start: DATE,
          finish: DATE,
          totalFloat: NUM,
          percentComplete: nullable(NUM),
        }),
      ),
    ),
    dateAndCost: optional(nullable(DATE_AND_COST)),
    warnings: optional(list(TEXT)),
    flow: optional(nullable(FLOW)),
  }),
  budgetAndValue: fields({
    budget: nullable(
      fields({
        total: MONEY,
        spent: MONEY,
        committed: MONEY,
        remaining: MONEY,
        spentRatio: nullable(MONEY),
        timeElapsedRatio: NUM,
        forecastAtCompletion: nullable(MONEY),
        runOutDate: nullable(DATE),
      }),
    ),
    earnedValue: nullable(
      fields({
        asOf: DATE,
        bac: MONEY,
        cpi: nullable(MONEY),
        spi: nullable(MONEY),
        eac: nullable(MONEY),
      }),
    ),
    recommended: nullable(
      fields({ name: TEXT, npv: MONEY, roi: nullable(MONEY), payback: nullable(NUM) }),
    ),
  }),
  risksAndIssues: fields({
    risks: list(
      fields({
        id: TEXT,
        title: TEXT,
        score: nullable(NUM),
        rating: nullable(TEXT),
        emv: nullable(MONEY),
        owner: nullable(TEXT),
      }),
    ),
    exposure: nullable(fields({ netCost: MONEY, residualNetCost: MONEY })),
    contingencyP80: nullable(NUM),
    issues: list(TEXT),
  }),
  decisionsNeeded: list(fields({ title: TEXT, needBy: nullable(DATE), decider: nullable(TEXT) })),
  nextTargets: fields({
    capacity: nullable(NUM),
    items: list(fields({ id: TEXT, title: TEXT, estimate: NUM })),
    committed: NUM,
    targets: list(TARGET),
  }),
});

function readList(shape: Shape, value: unknown, path: PopmPath): unknown[] {
  if (!Array.isArray(value)) throw popmError('INVALID_ARGUMENT', path, 'an array', value);
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) out.push(read(shape, value[i], [...path, i]));
  return out;
}

function readFields(f: Readonly<Record<string, Shape>>, value: unknown, path: PopmPath): object {
  const keys = Object.keys(f);
  const entity = readEntity(value, path, keys) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = read(f[key] as Shape, entity[key], [...path, key]);
  return out;
}

function readFinite(value: unknown, path: PopmPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw popmError('INVALID_NUMBER', path, 'a finite number', value);
  return value;
}

type Leaf = Extract<Shape, string>;

const LEAF_READERS: Readonly<Record<Leaf, (value: unknown, path: PopmPath) => unknown>> = {
  text: (value, path) => {
    if (typeof value !== 'string') throw popmError('INVALID_ARGUMENT', path, 'a string', value);
    return value;
  },
  boolean: (value, path) => {
    if (typeof value !== 'boolean') throw popmError('INVALID_ARGUMENT', path, 'a boolean', value);
    return value;
  },
  date: (value, path) => {
    if (!isIsoDate(value)) throw popmError('INVALID_DATE', path, 'an ISO date YYYY-MM-DD', value);
    return value;
  },
  money: (value, path) => {
    if (isDecimal(value)) return value;
    if (typeof value !== 'string' && typeof value !== 'number')
      throw popmError('INVALID_NUMBER', path, 'a Decimal, a number or a numeric string', value);
    return toDecimal(value, path);
  },
  number: readFinite,
  integer: (value, path) => {
    const n = readFinite(value, path);
    if (!Number.isInteger(n)) throw popmError('INVALID_NUMBER', path, 'an integer', value);
    return n;
  },
};

function readLeaf(shape: Leaf, value: unknown, path: PopmPath): unknown {
  return LEAF_READERS[shape](value, path);
}

function read(shape: Shape, value: unknown, path: PopmPath): unknown {
  if (typeof shape === 'string') return readLeaf(shape, value, path);
  if ('nullable' in shape) return value === null ? null : read(shape.nullable, value, path);
  if ('optional' in shape)
    return value === undefined ? undefined : read(shape.optional, value, path);
  if ('list' in shape) return readList(shape.list, value, path);
  if ('fields' in shape) return readFields(shape.fields, value, path);
  if (typeof value !== 'string' || !shape.oneOf.includes(value))
    throw popmError('INVALID_ARGUMENT', path, `one of ${shape.oneOf.join(', ')}`, value);
  return value;
}

/**
 * @internal Checks a report against the shape the renderers print and
 * returns a fresh copy of what they read (money as `Decimal`), or throws a
 * `PopmError` at the first wrong field, its path starting at `report`.
 */
export function readReport(report: unknown): ProgressReport {
  return read(REPORT, report, ['report']) as ProgressReport;
}
