import { deepFreeze } from '../core/freeze.js';
import { Decimal, toDecimal } from '../core/numbers.js';
import { isActive } from './check.js';
import { emvOf } from './expectedMonetaryValue.js';
import { checkRegister, type RiskRegister } from './register.js';
import type { Risk } from './types.js';

/** EMV totals of a set of risks. */
export interface ExposureTotals {
  /** Sum of the threats' EMVs (zero or negative). */
  readonly threats: Decimal;
  /** Sum of the opportunities' EMVs (zero or positive). */
  readonly opportunities: Decimal;
  /** threats + opportunities. */
  readonly net: Decimal;
}

/** The exposure of the active risks sharing one category or one owner. */
export interface ExposureGroup {
  /** The category or owner; `null` for risks without one. */
  readonly key: string | null;
  /** How many active risks are in the group (priced or not). */
  readonly count: number;
  /** Inherent EMV totals. */
  readonly inherent: ExposureTotals;
  /** Residual EMV totals. */
  readonly residual: ExposureTotals;
  /** Sum of the groups' response costs. */
  readonly responseCost: Decimal;
}

/** The result of {@link riskExposure}. Top-level totals are inherent. */
export interface RiskExposure extends ExposureTotals {
  /** EMV totals after the responses (a risk without a residual assessment counts as inherent). */
  readonly residual: ExposureTotals;
  /** Sum of the active risks' response costs (positive). */
  readonly responseCost: Decimal;
  /**
   * What the responses are worth: (residual.net − net) − responseCost. Positive
   * when they remove more expected loss than they cost.
   */
  readonly responseBenefit: Decimal;
  /** By category, sorted by name, `null` (no category) last. */
  readonly byCategory: readonly ExposureGroup[];
  /** By owner, sorted by name, `null` (no owner) last. */
  readonly byOwner: readonly ExposureGroup[];
  /** Ids of the active risks with an EMV, in register order. */
  readonly priced: readonly string[];
  /** Ids of the active risks without probability or cost impact, in register order. */
  readonly unpriced: readonly string[];
}

interface Acc {
  count: number;
  it: Decimal;
  io: Decimal;
  rt: Decimal;
  ro: Decimal;
  cost: Decimal;
}

const ZERO = new Decimal(0);

function newAcc(): Acc {
  return { count: 0, it: ZERO, io: ZERO, rt: ZERO, ro: ZERO, cost: ZERO };
}

function add(
  acc: Acc,
  risk: Risk,
  inherent: Decimal | null,
  residual: Decimal | null,
  cost: Decimal,
): void {
  acc.count++;
  acc.cost = acc.cost.plus(cost);
  if (inherent !== null) {
    if (risk.kind === 'threat') acc.it = acc.it.plus(inherent);
    else acc.io = acc.io.plus(inherent);
  }
  if (residual !== null) {
    if (risk.kind === 'threat') acc.rt = acc.rt.plus(residual);
    else acc.ro = acc.ro.plus(residual);
  }
}

function totals(threats: Decimal, opportunities: Decimal): ExposureTotals {
  return { threats, opportunities, net: threats.plus(opportunities) };
}

function groups(map: Map<string | null, Acc>): ExposureGroup[] {
  const keys = [...map.keys()].sort((a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return a < b ? -1 : 1;
  });
  return keys.map((key) => {
    const acc = map.get(key) as Acc;
    return {
      key,
      count: acc.count,
      inherent: totals(acc.it, acc.io),
      residual: totals(acc.rt, acc.ro),
      responseCost: acc.cost,
    };
  });
}

/**
 * The register's risk exposure: the exact sum of the EMVs
 * ({@link expectedMonetaryValue}) of its active (open or monitoring) risks,
 * threats and opportunities apart and net, inherent and residual, by category
 * and by owner, with the cost of the responses. Closed, occurred and escalated
 * risks do not count; risks without probability or cost impact are listed in
 * `unpriced`.
 *
 * @param register - the register
 * @returns the exposure, every amount an exact Decimal
 * @throws PopmError for an invalid register (any rule of {@link createRiskRegister} at `['register', …]`)
 * @example
 * const register = createRiskRegister([
 *   { id: 'W', title: 'Bad weather', kind: 'threat', probability: 0.25, costImpact: 80000 },
 *   { id: 'M', title: 'Cheaper material', kind: 'opportunity', probability: 0.1, costImpact: 100000 },
 *   { id: 'L', title: 'Labour strike', kind: 'threat', probability: 0.05, costImpact: 150000 },
 * ]);
 * const e = riskExposure(register);
 * [e.threats, e.opportunities, e.net].map(String); //=> ['-27500', '10000', '-17500']
 */
export function riskExposure(register: RiskRegister): RiskExposure {
  const reg = checkRegister(register);
  const all = newAcc();
  const byCategory = new Map<string | null, Acc>();
  const byOwner = new Map<string | null, Acc>();
  const priced: string[] = [];
  const unpriced: string[] = [];
  for (const risk of reg.risks) {
    if (!isActive(risk)) continue;
    const inherent = emvOf(risk, false);
    const residual = emvOf(risk, true);
    const cost = risk.response?.cost === undefined ? ZERO : toDecimal(risk.response.cost);
    (inherent === null ? unpriced : priced).push(risk.id);
    add(all, risk, inherent, residual, cost);
    for (const [map, key] of [
      [byCategory, risk.category ?? null],
      [byOwner, risk.owner ?? null],
    ] as const) {
      let acc = map.get(key);
      if (acc === undefined) {
        acc = newAcc();
        map.set(key, acc);
      }
      add(acc, risk, inherent, residual, cost);
    }
  }
  const inherentTotals = totals(all.it, all.io);
  const residualTotals = totals(all.rt, all.ro);
  return deepFreeze({
    ...inherentTotals,
    residual: residualTotals,
    responseCost: all.cost,
    responseBenefit: residualTotals.net.minus(inherentTotals.net).minus(all.cost),
    byCategory: groups(byCategory),
    byOwner: groups(byOwner),
    priced,
    unpriced,
  });
}
