/** @internal Money: budget burn, the latest earned-value snapshot, the business case, the reserve. */
import { deepFreeze } from '../../core/freeze.js';
import {
  type BudgetStatus,
  type EarnedValueSnapshot,
  earnedValue,
  type OptionsAppraisal,
} from '../../finance/index.js';
import { appraiseRead } from '../../finance/internal/appraiseRead.js';
import { rooted } from '../internal/rooted.js';
import type { ContingencyReserve, CostFacts, FactsContext } from './types.js';

/** The budget's `contingency` line and what is left of it after spending and commitments. */
function contingencyOf(budget: BudgetStatus | null): ContingencyReserve | null {
  const line = budget?.byCategory.find((c) => c.category === 'contingency');
  if (line === undefined || line.budget === null) return null;
  return { line: line.budget, remaining: line.remaining ?? line.budget };
}

function latestSnapshot(c: FactsContext): EarnedValueSnapshot | undefined {
  let latest: EarnedValueSnapshot | undefined;
  for (const s of c.project.earnedValue)
    if (s.asOf <= c.asOf && (latest === undefined || s.asOf >= latest.asOf)) latest = s;
  return latest;
}

/** `appraiseOptions` of the business case, from the case the sections read. */
function appraisalOf(c: FactsContext): OptionsAppraisal | null {
  const bc = c.sections.businessCase;
  return bc === null
    ? null
    : rooted(['project', 'businessCase'], 1, () => deepFreeze(appraiseRead(bc)));
}

/** @internal Builds the cost facts. */
export function costFacts(c: FactsContext): CostFacts {
  const { project } = c;
  const budget = c.sections.budget;
  const latest = latestSnapshot(c);
  const at = latest === undefined ? -1 : project.earnedValue.indexOf(latest);
  const evm =
    latest === undefined
      ? null
      : {
          asOf: latest.asOf,
          result: rooted(['project', 'earnedValue', at], 1, () =>
            earnedValue({
              bac: latest.bac,
              pv: latest.pv,
              ev: latest.ev,
              ac: latest.ac,
              ...(latest.etc === undefined ? {} : { etc: latest.etc }),
            }),
          ),
        };
  return {
    budget,
    evm,
    appraisal: appraisalOf(c),
    contingency: contingencyOf(budget),
  };
}
