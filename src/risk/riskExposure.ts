import { deepFreeze } from '../core/freeze.js';
import { Decimal, toDecimal } from '../core/numbers.js';
import { isActive } from './internal/check.js';
import { expectedAmountOf } from './internal/emv.js';
import { checkRegister } from './internal/readRegister.js';
import type { RiskRegister } from './register.js';
import type { Risk } from './types.js';

/**
 * Expected money at risk of a set of risks, by the one sign convention of
 * popm (docs/architecture.md, "Money at risk"): a field named `…Cost` is
 * money expected to be spent, positive for threats and lowered by
 * opportunities; a field named `emv` is PMI's expected monetary value,
 * negative for threats and positive for opportunities. So `netCost = −emv`,
 * and `netCost` equals {@link simulateRiskCost}'s `expectedCost` for the
 * same risks.
 */
export interface ExposureTotals {
  /** The threats' expected cost: Σ probability × cost impact, `>= 0`. */
  readonly threatCost: Decimal;
  /** What the opportunities are expected to save: Σ probability × cost impact, `>= 0`. */
  readonly opportunitySaving: Decimal;
  /** The expected net cost, `threatCost − opportunitySaving`: positive when threats outweigh opportunities. */
  readonly netCost: Decimal;
  /** PMI's net expected monetary value, `opportunitySaving − threatCost` (= −netCost). */
  readonly emv: Decimal;
}

/** The exposure of the active risks sharing one category or one owner. */
export interface ExposureGroup {
  /** The category or owner; `null` for risks without one. */
  readonly key: string | null;
  /** How many active risks are in the group (priced or not). */
  readonly count: number;
  /** Inherent totals. */
  readonly inherent: ExposureTotals;
  /** Residual totals. */
  readonly residual: ExposureTotals;
  /** Sum of the group's response costs. */
  readonly responseCost: Decimal;
}

/** The result of {@link riskExposure}. Top-level totals are inherent. */
export interface RiskExposure extends ExposureTotals {
  /** Totals after the responses (a risk without a residual assessment counts as inherent). */
  readonly residual: ExposureTotals;
  /** Sum of the active risks' response costs (positive). */
  readonly responseCost: Decimal;
  /**
   * What the responses are worth: (netCost − residual.netCost) − responseCost.
   * Positive when they remove more expected cost than they cost.
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
  // Sums of magnitudes (probability × cost impact >= 0), kept apart by kind.
  if (inherent !== null) {
    if (risk.kind === 'threat') acc.it = acc.it.plus(inherent);
    else acc.io = acc.io.plus(inherent);
  }
  if (residual !== null) {
    if (risk.kind === 'threat') acc.rt = acc.rt.plus(residual);
    else acc.ro = acc.ro.plus(residual);
  }
}

function totals(threatCost: Decimal, opportunitySaving: Decimal): ExposureTotals {
  return {
    threatCost,
    opportunitySaving,
    netCost: threatCost.minus(opportunitySaving),
    emv: opportunitySaving.minus(threatCost),
  };
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
 * The register's risk exposure: the exact expected cost of its active (open
 * or monitoring) risks — probability × cost impact, as in
 * {@link expectedMonetaryValue} — threats and opportunities apart and net,
 * inherent and residual, by category and by owner, with the cost of the
 * responses. Money at risk follows one sign convention: `netCost` is money
 * expected to be spent (positive when threats outweigh opportunities, the
 * same number as {@link simulateRiskCost}'s `expectedCost`); `emv` is PMI's
 * signed EMV, its negation. Closed, occurred and escalated risks do not
 * count; risks without probability or cost impact are listed in `unpriced`.
 *
 * @param register - the register (popm's own, or a hand-built one, which is validated)
 * @returns the exposure, every amount an exact Decimal
 * @throws PopmError for an invalid register (any rule of {@link createRiskRegister} at `['register', …]`)
 * @example
 * const register = createRiskRegister([
 *   { id: 'W', title: 'Bad weather', kind: 'threat', probability: 0.25, costImpact: 80000 },
 *   { id: 'M', title: 'Cheaper material', kind: 'opportunity', probability: 0.1, costImpact: 100000 },
 *   { id: 'L', title: 'Labour strike', kind: 'threat', probability: 0.05, costImpact: 150000 },
 * ]);
 * const e = riskExposure(register);
 * [e.threatCost, e.opportunitySaving, e.netCost, e.emv].map(String); //=> ['27500', '10000', '17500', '-17500']
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
    const inherent = expectedAmountOf(risk, false);
    const residual = expectedAmountOf(risk, true);
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
    responseBenefit: inherentTotals.netCost.minus(residualTotals.netCost).minus(all.cost),
    byCategory: groups(byCategory),
    byOwner: groups(byOwner),
    priced,
    unpriced,
  });
}
