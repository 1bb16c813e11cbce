/**
 * releaseBurnup over 2 years of daily history (730 days, about 1,900 events)
 * against a bare loop that sums the same events into the daily scope and
 * done series. Run: npx vitest bench --run bench/releaseBurnup.bench.ts
 */
import { bench, describe } from 'vitest';
import { addDays } from '../src/core/dates.js';
import { type ReleaseEvent, releaseBurnup } from '../src/progress/releaseBurnup.js';

const DAYS = 730;
const FIRST = '2025-01-01';
const AS_OF = addDays(FIRST, DAYS - 1);
// Deterministic history: 3,000 items of baseline, 1 to 3 done most days, scope added weekly and removed monthly.
const HISTORY: ReleaseEvent[] = [{ date: FIRST, kind: 'added', amount: 3000 }];
for (let i = 0; i < DAYS; i++) {
  const date = addDays(FIRST, i);
  if (i % 7 < 5) HISTORY.push({ date, kind: 'done', amount: 1 + ((i * 7) % 3) });
  if (i % 7 === 3) HISTORY.push({ date, kind: 'added', amount: 2 });
  if (i % 30 === 10) HISTORY.push({ date, kind: 'removed', amount: 1 });
}
const OPTS = { time: 3000, warmupTime: 300 };

function bareLoop(): number {
  const first = Date.parse(`${FIRST}T00:00:00Z`) / 86_400_000;
  const scope = new Float64Array(DAYS);
  const done = new Float64Array(DAYS);
  for (const e of HISTORY) {
    const d = Date.parse(`${e.date}T00:00:00Z`) / 86_400_000 - first;
    if (e.kind === 'done') done[d] = (done[d] as number) + e.amount;
    else scope[d] = (scope[d] as number) + (e.kind === 'added' ? e.amount : -e.amount);
  }
  let s = 0;
  let t = 0;
  for (let i = 0; i < DAYS; i++) {
    s += scope[i] as number;
    t += done[i] as number;
  }
  return s - t;
}

describe('release burnup, 2 years of daily history', () => {
  bench('bare loop: daily scope and done series', () => void bareLoop(), OPTS);
  bench(
    'releaseBurnup, series only (trials: 1)',
    () => void releaseBurnup(HISTORY, { asOf: AS_OF, trials: 1 }),
    OPTS,
  );
  bench(
    'releaseBurnup with the forecast cone (10,000 trials)',
    () => void releaseBurnup(HISTORY, { asOf: AS_OF }),
    OPTS,
  );
  bench(
    "releaseBurnup, period: 'week', with the forecast cone (10,000 trials)",
    () => void releaseBurnup(HISTORY, { asOf: AS_OF, period: 'week' }),
    OPTS,
  );
});
