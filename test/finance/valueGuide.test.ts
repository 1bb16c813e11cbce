// Every result shown in docs/guides/finance-value.md, asserted.
import { describe, expect, it } from 'vitest';
import { appraiseOptions } from '../../src/finance/appraiseOptions.js';
import { budgetStatus } from '../../src/finance/budgetStatus.js';
import { compareTco } from '../../src/finance/compareTco.js';
import { earnedSchedule, earnedValue } from '../../src/finance/earnedValue.js';
import { scenarios } from '../../src/finance/scenarios.js';
import { breakEvenChange, sensitivity } from '../../src/finance/sensitivity.js';
import { type TcoInput, totalCostOfOwnership } from '../../src/finance/totalCostOfOwnership.js';
import { crmCase as crm } from './businessCaseFixtures.js';

describe('guide: finance-value', () => {
  it('issue 16: priceBase today compounds escalation from period 0; lineStart from the line start', () => {
    const later = (priceBase: 'today' | 'lineStart') =>
      totalCostOfOwnership({
        horizon: 4,
        costs: [
          {
            id: 'sup',
            label: 'Support',
            category: 'support',
            amount: 1000,
            recurrence: 'per-period',
            startPeriod: 3,
            escalation: 0.1,
            priceBase,
          },
        ],
      }).byPeriod.map((p) => p.nominal.toString());
    expect(later('lineStart')).toEqual(['0', '0', '0', '1000', '1100']);
    expect(later('today')).toEqual(['0', '0', '0', '1331', '1464.1']);
  });

  it('earned value: the fence', () => {
    const r = earnedValue({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 });
    expect(r.cv.toString()).toBe('-300');
    expect(r.sv.toString()).toBe('-500');
    expect(r.cpi?.toFixed(3)).toBe('0.893');
    expect(r.spi?.toFixed(3)).toBe('0.833');
    expect(r.eac.cpi?.toString()).toBe('4480');
    expect(r.eac.atypical.toString()).toBe('4300');
    expect(r.eac.cpiSpi?.toFixed(2)).toBe('4816.00');
    expect(r.etc?.toString()).toBe('1680');
    expect(r.vac?.toString()).toBe('-480');
    expect(r.tcpiBac?.toFixed(3)).toBe('1.250');
    expect(r.tcpiEac?.toFixed(3)).toBe('0.893');
    const start = earnedValue({ bac: 4000, pv: 500, ev: 0, ac: 0 });
    expect(start.cpi).toBeNull();
    expect(start.eac.cpi).toBeNull();
    expect(start.spi?.toString()).toBe('0');
    const overrun = earnedValue({ bac: 1000, pv: 900, ev: 800, ac: 1100 });
    expect(overrun.tcpiBac?.toString()).toBe('-2');
    expect(overrun.eac.cpi?.toString()).toBe('1375');
    expect(overrun.tcpiEac?.toFixed(4)).toBe('0.7273');
    expect(overrun.cpi?.toFixed(4)).toBe('0.7273');
  });

  it('earned schedule: MPUG', () => {
    const pv = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => m * 100_000);
    expect(earnedSchedule({ cumulativePv: pv, ev: 1_000_000, actualTime: 12 })).toEqual({
      es: 10,
      actualTime: 12,
      plannedDuration: 10,
      svt: -2,
      spit: 0.8333333333333334,
      ieact: 12,
      tspi: 0,
    });
    expect(earnedSchedule({ cumulativePv: pv, ev: 450_000, actualTime: 6 })).toEqual({
      es: 4.5,
      actualTime: 6,
      plannedDuration: 10,
      svt: -1.5,
      spit: 0.75,
      ieact: 13.333333333333334,
      tspi: 1.375,
    });
  });

  const onPrem: TcoInput = {
    horizon: 5,
    discountRate: 0.08,
    currency: 'EUR',
    costs: [
      { id: 'hw', label: 'Servers', category: 'acquisition', amount: 60000, recurrence: 'once' },
      {
        id: 'impl',
        label: 'Installation',
        category: 'implementation',
        amount: 15000,
        recurrence: 'once',
      },
      {
        id: 'lic',
        label: 'Perpetual licence',
        category: 'licensing',
        amount: 40000,
        recurrence: 'once',
      },
      {
        id: 'maint',
        label: 'Maintenance',
        category: 'support',
        amount: 8000,
        recurrence: 'per-period',
        escalation: 0.03,
      },
      {
        id: 'ops',
        label: 'Admin staff',
        category: 'staff',
        amount: 12000,
        recurrence: 'per-period',
        escalation: 0.025,
      },
      {
        id: 'resale',
        label: 'Hardware resale',
        category: 'disposal',
        amount: -5000,
        recurrence: 'once',
        startPeriod: 5,
      },
    ],
  };
  const saas: TcoInput = {
    horizon: 5,
    discountRate: 0.08,
    currency: 'EUR',
    costs: [
      {
        id: 'setup',
        label: 'Onboarding',
        category: 'implementation',
        amount: 10000,
        recurrence: 'once',
      },
      {
        id: 'sub',
        label: 'Subscription',
        category: 'licensing',
        amount: 42000,
        recurrence: 'per-period',
        escalation: 0.05,
      },
      {
        id: 'train',
        label: 'Training',
        category: 'training',
        amount: 3000,
        recurrence: 'once',
        startPeriod: 1,
      },
    ],
  };

  it('TCO: on-premises', () => {
    const tco = totalCostOfOwnership(onPrem);
    expect(tco.byPeriod.map((p) => p.nominal.toString())).toEqual([
      '115000',
      '20000',
      '20540',
      '21094.7',
      '21664.5035',
      '17249.8251675',
    ]);
    expect(tco.total.toString()).toBe('215549.0286675');
    expect(tco.presentValue.toFixed(2)).toBe('195537.91');
    expect(tco.byCategory.map((c) => `${c.category} ${c.share?.toFixed(3)}`)).toEqual([
      'acquisition 0.278',
      'implementation 0.070',
      'licensing 0.186',
      'support 0.197',
      'staff 0.293',
      'disposal -0.023',
    ]);
    expect(tco.byLine[3]?.byPeriod.slice(1, 3).map(String)).toEqual(['8000', '8240']);
  });

  it('TCO: against SaaS', () => {
    const cmp = compareTco({ onPrem, saas });
    expect(cmp.cheapest).toBe('onPrem');
    expect(
      cmp.ranking.map((r) => `${r.optionId} ${r.presentValue.toFixed(2)} +${r.premium.toFixed(2)}`),
    ).toEqual(['onPrem 195537.91 +0.00', 'saas 196715.68 +1177.77']);
    expect(cmp.pairs[0]).toEqual({
      a: 'onPrem',
      b: 'saas',
      crossovers: [{ period: 5, cheaper: 'onPrem' }],
      crossoverPeriod: 5,
      cheaperAtHorizon: 'onPrem',
    });
    expect(cmp.basis).toBe('present-value');
  });

  it('budget tracking', () => {
    const s = budgetStatus(
      {
        currency: 'EUR',
        total: 120000,
        start: '2026-01-01',
        end: '2026-12-31',
        lines: [
          { category: 'staff', amount: 80000 },
          { category: 'licences', amount: 25000 },
        ],
        actuals: [
          { date: '2026-01-31', amount: 9500.1, category: 'staff' },
          { date: '2026-02-28', amount: 9800.2, category: 'staff' },
          { date: '2026-03-15', amount: 24000, category: 'licences' },
          { date: '2026-03-31', amount: 10200.7, category: 'staff' },
        ],
        commitments: [{ date: '2026-03-20', amount: 3000, category: 'licences' }],
      },
      '2026-03-31',
    );
    expect(s.spent.toString()).toBe('53501');
    expect(s.remaining.toString()).toBe('63499');
    expect(s.spentRatio?.toFixed(4)).toBe('0.4458');
    expect(s.timeElapsedRatio.toFixed(4)).toBe('0.2466');
    expect(s.burnRatePerDay?.toFixed(2)).toBe('594.46');
    expect(s.burnRatePerMonth?.toFixed(2)).toBe('18093.37');
    expect(s.forecastAtCompletion?.toFixed(2)).toBe('216976.28');
    expect(s.forecastWithCommitments?.toFixed(2)).toBe('216976.28');
    expect(s.runsOutBeforeEnd).toBe(true);
    expect(s.runOutDate).toBe('2026-07-21');
    expect(s.byCategory.map((c) => `${c.category} ${c.remaining}`)).toEqual([
      'staff 50499',
      'licences -2000',
    ]);
  });

  it('business case: appraisal, sensitivity, break-even and scenarios', () => {
    const a = appraiseOptions(crm);
    expect(
      a.options.map(
        (o) =>
          `${o.rank} ${o.optionId} ${o.npv.toFixed(2)} over nothing ${o.increment?.npv.toFixed(2)}`,
      ),
    ).toEqual([
      '1 cloud 2136.65 over nothing 109876.92',
      '2 patch -69180.63 over nothing 38559.65',
      '3 none -107740.28 over nothing undefined',
    ]);
    expect(a.recommended.reason).toBe(
      "'Cloud CRM' has the highest NPV (2136.65 GBP), 109876.92 more than doing nothing at 3.5% over 5 periods.",
    );
    expect(a.options[1]?.irr).toBeNull();
    // the guide: do-nothing only costs money, so it never pays back
    expect(a.options[2]?.optionId).toBe('none');
    expect(a.options[2]?.payback).toBeNull();
    expect(
      sensitivity(crm, 'cloud')
        .rows.slice(0, 3)
        .map((r) => `${r.variable} ${r.low.toFixed(0)}..${r.high.toFixed(0)}`),
    ).toEqual([
      'benefits -24670..28944',
      'benefits:Sales uplift -24670..28944',
      'costs -23084..27357',
    ]);
    expect(breakEvenChange(crm, 'cloud').change?.toFixed(4)).toBe('-0.0159');
    expect(breakEvenChange(crm, 'cloud', { basis: 'increment' }).change?.toFixed(4)).toBe(
      '-0.8198',
    );
    const sc = scenarios(crm, {
      best: { benefits: 1.15, probability: 0.2 },
      likely: { probability: 0.5 },
      worst: { benefits: 0.8, costs: 1.1, probability: 0.3 },
    });
    expect(
      sc.byOption.map((o) => `${o.optionId} ${o.worst.toFixed(0)} / ${o.expected?.toFixed(0)}`),
    ).toEqual(['none -118514 / -110972', 'patch -76099 / -71256', 'cloud -37281 / -5667']);
    expect(sc.byScenario.worst.recommended.optionId).toBe('cloud');
  });
});
