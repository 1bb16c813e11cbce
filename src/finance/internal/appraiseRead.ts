/** @internal The appraisal behind `appraiseOptions` and `scenarios`, under a scale and a rate. */
import { Decimal } from '../../core/numbers.js';
import type {
  IncrementalAppraisal,
  OptionAppraisal,
  OptionsAppraisal,
  Recommendation,
} from '../appraiseOptions.js';
import { irr } from '../irr.js';
import { npv } from '../npv.js';
import { discountedPaybackPeriod, paybackPeriod } from '../paybackPeriod.js';
import { profitabilityIndex } from '../profitabilityIndex.js';
import { roi } from '../roi.js';
import {
  type FlowScale,
  netFlows,
  type ReadCase,
  type ReadOption,
  seriesTotals,
} from './readBusinessCase.js';

const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((s, x) => s.plus(x), new Decimal(0));

// Payback counts from the first period with money in it: flows 0, −100, 200
// pay back at 1.5, not at 0 (a cumulative 0 before anything was spent is
// not a payback), and an option that only costs money never pays back.
// Discounting from that period scales every flow by the same positive factor,
// so the discounted crossing point is unchanged.
function paybacks(
  flows: readonly Decimal[],
  rate: Decimal,
): { payback: number | null; discountedPayback: number | null } {
  const lead = flows.findIndex((f) => !f.isZero());
  if (lead === -1) return { payback: null, discountedPayback: null };
  const rest = flows.slice(lead);
  const p = paybackPeriod(rest);
  const d = discountedPaybackPeriod(rate, rest);
  return {
    payback: p === null ? null : p + lead,
    discountedPayback: d === null ? null : d + lead,
  };
}
const ratio = (a: Decimal, b: Decimal): Decimal | null => (b.isZero() ? null : a.div(b));
const money = (d: Decimal): string => d.toDecimalPlaces(2).toFixed(2);

/** @internal Appraises every option of a read case under `scale`. */
export function appraiseRead(
  bc: ReadCase,
  scale: FlowScale = {},
  rate = bc.rate,
): OptionsAppraisal {
  const n = bc.horizon + 1;
  const base = bc.options[bc.baseline] as ReadOption;
  const baseFlows = netFlows(base, bc.horizon, scale);
  const rows = bc.options.map((o, index) => {
    const flows = netFlows(o, bc.horizon, scale);
    const costs = seriesTotals(o.costs, n, 'costs', scale);
    const benefits = seriesTotals(o.benefits, n, 'benefits', scale);
    const dis = seriesTotals(o.disBenefits, n, 'disBenefits', scale);
    const value = npv(rate, flows);
    const pvCosts = npv(rate, costs);
    const pvBenefits = npv(rate, benefits);
    const pvDisBenefits = npv(rate, dis);
    const totalCosts = sum(costs);
    const totalBenefits = sum(benefits);
    const totalDisBenefits = sum(dis);
    let increment: IncrementalAppraisal | null = null;
    if (index !== bc.baseline) {
      const inc = flows.map((f, t) => f.minus(baseFlows[t] as Decimal));
      increment = {
        netFlows: inc,
        npv: npv(rate, inc),
        irr: irr(inc),
        ...paybacks(inc, rate),
      };
    }
    return {
      index,
      row: {
        optionId: o.id,
        name: o.name,
        kind: o.kind,
        rank: 0,
        netFlows: flows,
        totalCosts,
        totalBenefits,
        totalDisBenefits,
        pvCosts,
        pvBenefits,
        pvDisBenefits,
        npv: value,
        irr: irr(flows),
        roi: roi(totalBenefits.minus(totalDisBenefits), totalCosts),
        discountedRoi: ratio(value, pvCosts),
        ...paybacks(flows, rate),
        profitabilityIndex: profitabilityIndex(rate, flows),
        benefitCostRatio: ratio(pvBenefits.minus(pvDisBenefits), pvCosts),
        increment,
        ...(o.meta === undefined ? {} : { meta: o.meta }),
      } satisfies OptionAppraisal as OptionAppraisal & { rank: number },
    };
  });
  rows.sort(
    (x, y) => y.row.npv.cmp(x.row.npv) || x.row.pvCosts.cmp(y.row.pvCosts) || x.index - y.index,
  );
  rows.forEach((r, i) => {
    r.row.rank = i + 1;
  });
  const options = rows.map((r) => r.row);
  const best = options.find((o) => o.kind !== 'do-nothing') as OptionAppraisal;
  const baseRow = options.find((o) => o.kind === 'do-nothing') as OptionAppraisal;
  const inc = best.increment as IncrementalAppraisal;
  // NPV is discounted in float64: a break-even increment can come out as
  // ±1e-14. Within 1e-12 of the flows' size it counts as 0, so noise never
  // decides the recommendation.
  const noise = inc.netFlows.reduce((s, f) => s.plus(f.abs()), new Decimal(0)).times(1e-12);
  const gain = inc.npv.abs().lte(noise) ? new Decimal(0) : inc.npv;
  const terms = `at ${rate.times(100).toString()}% over ${bc.horizon} periods`;
  const recommended: Recommendation = gain.gt(0)
    ? {
        optionId: best.optionId,
        reason: `'${best.name}' has the highest NPV (${money(best.npv)} ${bc.currency}), ${money(gain)} more than doing nothing ${terms}.`,
      }
    : {
        optionId: baseRow.optionId,
        reason:
          money(gain.neg()) === '0.00'
            ? `No option adds value over doing nothing ${terms}: the best, '${best.name}', only matches it.`
            : `No option adds value over doing nothing ${terms}: the best, '${best.name}', has an NPV ${money(gain.neg())} ${bc.currency} below it.`,
      };
  return {
    currency: bc.currency,
    discountRate: rate,
    horizon: bc.horizon,
    baselineId: baseRow.optionId,
    options,
    recommended,
  };
}
