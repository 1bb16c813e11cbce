/** Shared business cases for the business-case tests. */
import fc from 'fast-check';
import type { BusinessCase, BusinessCaseOption } from '../../src/finance/businessCase.js';

/** The doc examples' case: flows −100, 60, 72 at 10 % (IRR 20 %). */
export const invoicingCase: BusinessCase = {
  reasons: ['Manual invoicing is slow'],
  currency: 'EUR',
  discountRate: 0.1,
  horizon: 2,
  options: [
    { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
    { id: 'tool', name: 'Buy a tool', kind: 'do-something', costs: [100], benefits: [0, 60, 72] },
  ],
};

/** A PRINCE2-style case with all three kinds, named lines and dis-benefits. */
export const crmCase: BusinessCase = {
  title: 'Replace the CRM',
  reasons: ['The CRM is out of support', 'Sales cannot see customer history'],
  currency: 'GBP',
  discountRate: '0.035',
  horizon: 5,
  risks: ['R-12', 'R-14'],
  options: [
    {
      id: 'none',
      name: 'Do nothing',
      kind: 'do-nothing',
      costs: [0, 20_000, 22_000, 24_000, 26_000, 28_000],
      benefits: [],
    },
    {
      id: 'patch',
      name: 'Extended support',
      kind: 'do-minimum',
      costs: [15_000, 12_000, 12_000, 12_000, 12_000, 12_000],
      benefits: [],
    },
    {
      id: 'cloud',
      name: 'Cloud CRM',
      kind: 'do-something',
      costs: [
        { label: 'Licences', amounts: [0, 18_000, 18_000, 18_000, 18_000, 18_000] },
        { label: 'Migration', amounts: [40_000, 5_000] },
      ],
      benefits: [{ label: 'Sales uplift', amounts: [0, 15_000, 30_000, 35_000, 35_000, 35_000] }],
      disBenefits: [{ label: 'Training time', amounts: [0, 6_000] }],
      currency: 'GBP',
    },
  ],
};

const amounts = (max: number) =>
  fc.array(fc.integer({ min: 0, max }), { minLength: 0, maxLength: 6 });

/** Random valid business cases (horizon 5, rates 0..30 %). */
export const businessCaseArb: fc.Arbitrary<BusinessCase> = fc
  .record({
    rate: fc.integer({ min: 0, max: 300 }).map((r) => r / 1000),
    others: fc.array(
      fc.record({
        costs: amounts(1000),
        benefits: amounts(1500),
        lined: fc.boolean(),
        dis: fc.option(amounts(200), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ rate, others }) => ({
    reasons: ['r'],
    currency: 'EUR',
    discountRate: rate,
    horizon: 5,
    options: [
      { id: 'base', name: 'Base', kind: 'do-nothing', costs: [], benefits: [] },
      ...others.map((o, i): BusinessCaseOption => {
        const opt: BusinessCaseOption = {
          id: `o${i}`,
          name: `Option ${i}`,
          kind: i === 0 ? 'do-minimum' : 'do-something',
          costs: o.lined
            ? [
                { label: 'a', amounts: o.costs },
                { label: 'b', amounts: o.costs.slice(0, 2) },
              ]
            : o.costs,
          benefits: o.benefits,
        };
        return o.dis === undefined ? opt : { ...opt, disBenefits: o.dis };
      }),
    ],
  }));
