/**
 * @internal The built-in scorers of {@link prioritise}: each turns an item of
 * a validated backlog into its method's breakdown (`null` when the item lacks
 * the method's inputs). Items were checked when the backlog was built, so
 * the scorers only compute; each breakdown is frozen and carries `method`.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { withPathPrefix } from '../../core/internal/errorPaths.js';
import { readOptions } from '../../core/internal/readObject.js';
import { requireOneOf } from '../../core/internal/validate.js';
import { cd3 } from '../cd3.js';
import { ice } from '../ice.js';
import { moscowScore } from '../moscowScore.js';
import { rice } from '../rice.js';
import type {
  IceMode,
  PrioritisationMethod,
  PriorityBreakdown,
  ValueEffortThresholds,
  WsjfBreakdown,
  WsjfInput,
} from '../scoreTypes.js';
import type { BacklogItem } from '../types.js';
import { valueEffort } from '../valueEffort.js';
import { weightedScore } from '../weightedScore.js';

/** @internal Scores one item; `index` is its position, for error paths. */
export type Scorer = (item: BacklogItem, index: number) => PriorityBreakdown | null;

/** @internal The options a built-in scorer reads, as given to `prioritise`. */
export interface ScorerOptions {
  readonly weights?: unknown;
  readonly iceMode?: unknown;
  readonly valueEffortThresholds?: unknown;
}

/** An integer 0…127 (not −0): a WSJF estimate that fits 7 bits of a memo key. */
function smallInt(v: number): boolean {
  return (v | 0) === v && v >= 0 && v < 128 && (v !== 0 || 1 / v > 0);
}

function wsjfBreakdown(w: WsjfInput): WsjfBreakdown {
  const costOfDelay = w.businessValue + w.timeCriticality + w.riskReduction;
  return Object.freeze({
    method: 'wsjf',
    score: costOfDelay / w.jobSize,
    costOfDelay,
    businessValue: w.businessValue,
    timeCriticality: w.timeCriticality,
    riskReduction: w.riskReduction,
    jobSize: w.jobSize,
  });
}

function wsjfScorer(): Scorer {
  // Estimates on SAFe's scale repeat: build each distinct breakdown once
  // (equal and frozen, so sharing it is safe) and spare 100,000 objects.
  const memo = new Map<number, WsjfBreakdown>();
  return (item) => {
    const w = item.wsjf;
    if (w === undefined) return null;
    const a = w.businessValue;
    const b = w.timeCriticality;
    const c = w.riskReduction;
    const d = w.jobSize;
    if (!(smallInt(a) && smallInt(b) && smallInt(c) && smallInt(d))) return wsjfBreakdown(w);
    const key = a | (b << 7) | (c << 14) | (d << 21);
    let r = memo.get(key);
    if (r === undefined) {
      r = wsjfBreakdown(w);
      memo.set(key, r);
    }
    return r;
  };
}

function thresholdsOf(value: unknown): ValueEffortThresholds {
  const path: PopmPath = ['options', 'valueEffortThresholds'];
  const t = readOptions(value, path, ['value', 'effort']);
  // Checked once here, with the option's own path, rather than once per item.
  try {
    valueEffort({ value: 0, effort: 0 }, t as ValueEffortThresholds);
  } catch (e) {
    throw withPathPrefix(e, path, 1);
  }
  return t as ValueEffortThresholds;
}

function weightedScorer(weights: unknown): Scorer {
  if (weights === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', 'weights'],
      "weights for method 'weighted'",
      undefined,
    );
  const w = weights as Readonly<Record<string, number>>;
  let names: string[];
  try {
    const check = weightedScore(Object.fromEntries(Object.keys(w).map((k) => [k, 0])), w);
    names = check.contributions.map((c) => c.criterion);
  } catch (e) {
    throw withPathPrefix(e, ['options']);
  }
  return (item, i) => {
    const c = item.criteria;
    if (c === undefined) return null;
    for (const k of names) if (!Object.hasOwn(c, k)) return null;
    try {
      return Object.freeze({ method: 'weighted', ...weightedScore(c, w) });
    } catch (e) {
      // Only an overflow of the item's values times the weights can throw here.
      throw withPathPrefix(e, ['backlog', 'items', i, 'criteria'], 1);
    }
  };
}

/** @internal The scorer of a built-in method, its options read and checked once. */
export function builtInScorer(method: PrioritisationMethod, o: ScorerOptions): Scorer {
  switch (method) {
    case 'wsjf':
      return wsjfScorer();
    case 'rice':
      return (item) =>
        item.rice === undefined ? null : Object.freeze({ method: 'rice', ...rice(item.rice) });
    case 'ice': {
      const mode: IceMode =
        o.iceMode === undefined
          ? 'product'
          : requireOneOf(o.iceMode, ['product', 'average'], ['options', 'iceMode']);
      return (item) =>
        item.ice === undefined
          ? null
          : Object.freeze({ method: 'ice', ...ice(item.ice, { mode }) });
    }
    case 'cd3':
      return (item) =>
        item.cd3 === undefined ? null : Object.freeze({ method: 'cd3', ...cd3(item.cd3) });
    case 'moscow':
      return (item) =>
        item.moscow === undefined
          ? null
          : Object.freeze({ method: 'moscow', ...moscowScore(item.moscow) });
    case 'value-effort': {
      const t = thresholdsOf(o.valueEffortThresholds);
      return (item) =>
        item.valueEffort === undefined
          ? null
          : Object.freeze({ method: 'value-effort', ...valueEffort(item.valueEffort, t) });
    }
    case 'weighted':
      return weightedScorer(o.weights);
  }
}
