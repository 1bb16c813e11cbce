/**
 * Cash-flow appraisal speed against the npm peers, side by side in one run:
 * `npx vitest bench --run bench/finance-appraisal.bench.ts`
 * Figures and ratios: docs/perf/finance-appraisal.md.
 */
import * as formulajs from '@formulajs/formulajs';
import * as financial from 'financial';
import { bench, describe } from 'vitest';
import { irr } from '../src/finance/irr.js';
import { npv } from '../src/finance/npv.js';
import { xirr } from '../src/finance/xirr.js';
import { xnpv } from '../src/finance/xnpv.js';

/** Deterministic flows: an investment, then returns around 1,000 with a wobble. */
function makeFlows(n: number): number[] {
  const out = [-0.5 * n * 1000];
  for (let i = 1; i < n; i++) out.push(1000 + ((i * 7919) % 401) - 200);
  return out;
}

/** The limit: Horner's rule over a plain number[], no checks, no Decimal. */
function bareNpv(rate: number, flows: readonly number[]): number {
  const v = 1 / (1 + rate);
  let acc = 0;
  for (let i = flows.length - 1; i >= 0; i--) acc = acc * v + (flows[i] as number);
  return acc;
}

// Results feed a module-level sink so no engine can drop the work.
const state = { sink: 0 };

for (const n of [1_000, 100_000]) {
  const flows = makeFlows(n);
  describe(`npv over ${n.toLocaleString('en')} flows`, () => {
    bench('bare float loop (Horner, no checks)', () => {
      state.sink += bareNpv(0.05, flows);
    });
    bench('popm npv', () => {
      state.sink += npv(0.05, flows).isZero() ? 0 : 1;
    });
    bench('financial.npv', () => {
      state.sink += financial.npv(0.05, flows);
    });
    bench('formulajs NPV', () => {
      state.sink += formulajs.NPV(0.05, flows) as number;
    });
  });
}

const IRR_SERIES = [
  [-70000, 12000, 15000, 18000, 21000, 26000, 24000, 22000, 20000, 18000],
  [-150000, 15000, 25000, 35000, 45000, 60000, 10000, 5000, 5000, 1000],
  [-1000, 100, 150, 200, 250, 300, 350, 400, 450, 500],
];

describe('irr over 10-flow series', () => {
  bench('popm irr', () => {
    for (const s of IRR_SERIES) state.sink += irr(s)?.isZero() ? 0 : 1;
  });
  bench('financial.irr', () => {
    for (const s of IRR_SERIES) state.sink += financial.irr(s);
  });
  bench('formulajs IRR', () => {
    for (const s of IRR_SERIES) state.sink += formulajs.IRR(s) as number;
  });
});

const DATES = [
  '2024-01-15',
  '2024-03-01',
  '2024-05-20',
  '2024-08-01',
  '2024-10-31',
  '2025-01-15',
  '2025-04-01',
  '2025-07-15',
  '2025-10-01',
  '2026-01-15',
];
const AMOUNTS = [-10000, 1500, 1200, 1800, 1100, 1600, 1300, 1700, 1400, 2500];
const DATED = DATES.map((date, i) => ({ date, amount: AMOUNTS[i] as number }));

describe('xirr over 10 dated flows (ISO strings)', () => {
  bench('popm xirr', () => {
    state.sink += xirr(DATED)?.isZero() ? 0 : 1;
  });
  bench('formulajs XIRR', () => {
    state.sink += formulajs.XIRR(AMOUNTS, DATES) as number;
  });
});

describe('xnpv over 10 dated flows (ISO strings)', () => {
  bench('popm xnpv', () => {
    state.sink += xnpv(0.08, DATED).isZero() ? 0 : 1;
  });
  bench('formulajs XNPV', () => {
    state.sink += formulajs.XNPV(0.08, AMOUNTS, DATES) as number;
  });
});
