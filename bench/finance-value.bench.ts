import { bench, describe } from 'vitest';
import { addDays } from '../src/core/dates.js';
import { Decimal } from '../src/core/numbers.js';
import { createRandom } from '../src/core/random.js';
import { appraiseOptions } from '../src/finance/appraiseOptions.js';
import { type Budget, budgetStatus } from '../src/finance/budgetStatus.js';
import type { BusinessCase } from '../src/finance/businessCase.js';
import { earnedValue } from '../src/finance/earnedValue.js';
import { sensitivity } from '../src/finance/sensitivity.js';
import {
  TCO_CATEGORIES,
  type TcoCostLine,
  type TcoInput,
  totalCostOfOwnership,
} from '../src/finance/totalCostOfOwnership.js';

const rnd = createRandom(7);
const money = () => (rnd.int(10_000_000) / 100).toFixed(2);

// TCO: 20 lines over 10 years, half recurring with escalation, discounted at 8 %.
const tcoLines: TcoCostLine[] = Array.from({ length: 20 }, (_, i) =>
  i % 2 === 0
    ? {
        id: `l${i}`,
        label: `L${i}`,
        category: TCO_CATEGORIES[i % 11] ?? 'other',
        amount: money(),
        recurrence: 'once',
      }
    : {
        id: `l${i}`,
        label: `L${i}`,
        category: TCO_CATEGORIES[i % 11] ?? 'other',
        amount: money(),
        recurrence: 'per-period',
        escalation: '0.03',
      },
);
const tcoInput: TcoInput = { horizon: 10, discountRate: 0.08, costs: tcoLines };

// The limit: the same nominal schedule and present value as a bare Decimal loop.
function handTco(): Decimal {
  const totals = Array.from({ length: 11 }, () => new Decimal(0));
  for (const l of tcoLines) {
    if (l.recurrence === 'once') totals[0] = (totals[0] as Decimal).plus(l.amount);
    else {
      let a = new Decimal(l.amount);
      for (let t = 1; t <= 10; t++) {
        totals[t] = (totals[t] as Decimal).plus(a);
        a = a.times('1.03');
      }
    }
  }
  let pv = new Decimal(0);
  let f = new Decimal(1);
  for (let t = 0; t <= 10; t++) {
    pv = pv.plus((totals[t] as Decimal).div(f));
    f = f.times('1.08');
  }
  return pv;
}

// Budget: 1,000 actuals over a year in 10 categories.
const cats = Array.from({ length: 10 }, (_, i) => `c${i}`);
const budget: Budget = {
  currency: 'EUR',
  total: '100000000',
  start: '2026-01-01',
  end: '2026-12-31',
  lines: cats.map((c) => ({ category: c, amount: '5000000' })),
  actuals: Array.from({ length: 1000 }, (_, i) => ({
    date: addDays('2026-01-01', rnd.int(300)),
    amount: money(),
    category: cats[i % 10] as string,
  })),
};
function handBudget(): Decimal {
  let s = new Decimal(0);
  for (const a of budget.actuals ?? []) if (a.date <= '2026-10-31') s = s.plus(a.amount);
  return s;
}

const flows = (n: number, scale: number) =>
  Array.from({ length: 11 }, (_, t) => (t === 0 ? n : scale * (1 + (t % 3))));
const bc: BusinessCase = {
  reasons: ['Why'],
  currency: 'EUR',
  discountRate: 0.08,
  horizon: 10,
  options: [
    { id: 'none', name: 'None', kind: 'do-nothing', costs: flows(0, 1000), benefits: [] },
    {
      id: 'min',
      name: 'Min',
      kind: 'do-minimum',
      costs: flows(20000, 500),
      benefits: flows(0, 3000),
    },
    {
      id: 'big',
      name: 'Big',
      kind: 'do-something',
      costs: [
        { label: 'Build', amounts: flows(80000, 0) },
        { label: 'Run', amounts: flows(0, 2000) },
      ],
      benefits: [{ label: 'Sales', amounts: flows(0, 9000) }],
    },
  ],
};

describe('totalCostOfOwnership: 20 lines x 10 years, escalated and discounted', () => {
  bench('totalCostOfOwnership (all breakdowns, deep freeze)', () => {
    totalCostOfOwnership(tcoInput);
  });
  bench('bare Decimal loop (PV only)', () => {
    handTco();
  });
});

describe('budgetStatus: 1,000 actuals, 10 lines', () => {
  bench('budgetStatus', () => {
    budgetStatus(budget, '2026-10-31');
  });
  bench('bare Decimal sum of the actuals', () => {
    handBudget();
  });
});

describe('earnedValue: one status date', () => {
  bench('earnedValue', () => {
    earnedValue({ bac: 4000, pv: 3000, ev: 2500, ac: 2800, etc: 1700 });
  });
  bench('bare Decimal CV, CPI, SPI and EAC', () => {
    const ev = new Decimal(2500);
    const ac = new Decimal(2800);
    ev.minus(ac);
    ev.div(ac);
    ev.div(3000);
    new Decimal(4000).times(ac).div(ev);
  });
});

describe('business case: 3 options x 11 periods', () => {
  bench('appraiseOptions', () => {
    appraiseOptions(bc);
  });
  bench('sensitivity (6 variables, 65-rate discount-rate row)', () => {
    sensitivity(bc, 'big');
  });
});
