import { bench, describe } from 'vitest';
import { createRandom, sampleTriangular } from '../src/core/random.js';
import { heatMap } from '../src/risk/heatMap.js';
import { createRiskRegister } from '../src/risk/register.js';
import { riskExposure } from '../src/risk/riskExposure.js';
import { simulateRiskCost } from '../src/risk/simulateRiskCost.js';
import type { Risk } from '../src/risk/types.js';

// 200 risks like a large project's register: a third fixed-cost, two thirds
// three-point costs, half with schedule impacts, one in ten an opportunity.
function makeRisks(n: number, seed: number): Risk[] {
  const rnd = createRandom(seed);
  const risks: Risk[] = [];
  for (let i = 0; i < n; i++) {
    const ml = 1000 + rnd.int(99_000);
    const risk: Risk = {
      id: `R${i}`,
      title: `Risk ${i}`,
      kind: i % 10 === 9 ? 'opportunity' : 'threat',
      probability: (1 + rnd.int(95)) / 100,
      impact: 1 + rnd.int(5),
      costImpact:
        i % 3 === 0
          ? String(ml)
          : { min: String(Math.round(ml * 0.6)), mostLikely: String(ml), max: String(ml * 2) },
      category: ['site', 'commercial', 'technical', 'people'][i % 4] as string,
      owner: `owner-${i % 7}`,
      ...(i % 2 === 0 ? { scheduleImpactDays: { min: 1, mostLikely: 3, max: 10 } } : {}),
    };
    risks.push(risk);
  }
  return risks;
}

const risks = makeRisks(200, 42);
const register = createRiskRegister(risks);

// Floor: the same number of occurrence draws and triangular draws as the
// simulation makes, with no register, no sums and no statistics.
function rngFloor(): number {
  const random = createRandom(1);
  let acc = 0;
  for (let t = 0; t < 10_000; t++)
    for (let i = 0; i < 200; i++) if (random.next() < 0.5) acc += sampleTriangular(random, 1, 2, 3);
  return acc;
}

describe('simulateRiskCost, 200 risks × 10,000 trials', () => {
  bench('simulateRiskCost', () => {
    simulateRiskCost(register, { seed: 7, trials: 10_000 });
  });
  bench('floor: 2M occurrence draws + ~1M triangular draws', () => {
    rngFloor();
  });
});

describe('register of 200 risks', () => {
  bench('createRiskRegister (validate + copy + freeze)', () => {
    createRiskRegister(risks);
  });
  bench('riskExposure (exact Decimal, by category and owner)', () => {
    riskExposure(register);
  });
  bench('heatMap', () => {
    heatMap(register);
  });
});
