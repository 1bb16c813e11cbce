import { bench, describe } from 'vitest';
import { fromEpochDay, toEpochDay } from '../src/core/dates.js';
import { deepFreeze } from '../src/core/freeze.js';
import { createRandom } from '../src/core/random.js';
import { createRaci, type RaciInput, type RaciLetter } from '../src/roles/createRaci.js';
import { validateRaci } from '../src/roles/validateRaci.js';
import { communicationsDue } from '../src/stakeholders/communicationsDue.js';
import { engagementGaps } from '../src/stakeholders/engagementGaps.js';
import { sprintReviewInvitees } from '../src/stakeholders/sprintReviewInvitees.js';
import {
  ENGAGEMENT_LEVELS,
  type EngagementLevel,
  type Stakeholder,
} from '../src/stakeholders/stakeholder.js';
import { stakeholderMap } from '../src/stakeholders/stakeholderMap.js';

// 10,000 stakeholders, like a public programme's register: scores spread over
// 1–5, a fifth never contacted, contacts spread over the last 120 days, one in
// twenty flagged in or out of reviews. Frozen, as parseStakeholders returns it.
function makeRegister(n: number, seed: number): readonly Stakeholder[] {
  const rnd = createRandom(seed);
  const start = toEpochDay('2026-03-01');
  const out: Stakeholder[] = [];
  for (let i = 0; i < n; i++) {
    const s: Stakeholder = {
      id: `S${i}`,
      name: `Stakeholder ${i}`,
      organisation: `Org ${i % 50}`,
      power: 1 + rnd.int(5),
      interest: 1 + rnd.int(5),
      legitimacy: rnd.next() < 0.7,
      urgency: rnd.next() < 0.3,
      engagement: {
        current: ENGAGEMENT_LEVELS[rnd.int(5)] as EngagementLevel,
        desired: ENGAGEMENT_LEVELS[2 + rnd.int(3)] as EngagementLevel,
      },
      communication: {
        channel: ['email', 'meeting', 'newsletter'][i % 3] as string,
        everyDays: [7, 14, 30, 90][i % 4] as number,
      },
      ...(i % 5 === 0 ? {} : { lastContactedOn: fromEpochDay(start - rnd.int(120)) }),
      ...(i % 20 === 0 ? { inviteToReviews: i % 40 === 0 } : {}),
    };
    out.push(s);
  }
  return deepFreeze(out);
}

// 200 activities × 30 people: each activity has one A, one to three R, and a
// few C and I; about half the cells are empty, as in a real matrix.
function makeRaci(activities: number, people: number, seed: number): RaciInput {
  const rnd = createRandom(seed);
  const pIds = Array.from({ length: people }, (_, j) => `p${j}`);
  const aIds = Array.from({ length: activities }, (_, i) => `a${i}`);
  const assignments: Record<string, Record<string, RaciLetter | RaciLetter[]>> = {};
  for (const a of aIds) {
    const row: Record<string, RaciLetter | RaciLetter[]> = {};
    for (const p of pIds) {
      const u = rnd.next();
      if (u < 0.2) row[p] = 'I';
      else if (u < 0.4) row[p] = 'C';
      else if (u < 0.47) row[p] = 'R';
    }
    const owner = pIds[rnd.int(people)] as string;
    row[owner] = rnd.next() < 0.5 ? ['A', 'R'] : 'A';
    assignments[a] = row;
  }
  return deepFreeze({ activities: aIds, people: pIds, assignments });
}

const register = makeRegister(10_000, 42);
const raci = makeRaci(200, 30, 7);
const matrix = createRaci(raci);
const asOf = '2026-03-01';
// The VM is shared with other builds: longer runs give the minimum a chance to show.
const opts = { time: 1500, warmupTime: 300 };

// Floor: the least any grid must do — read both scores of every stakeholder,
// pick one of four arrays, sort each by power, interest, id. No checks, no freeze.
function gridFloor(list: readonly Stakeholder[]): number {
  const cells: Stakeholder[][] = [[], [], [], []];
  for (const s of list)
    (cells[(s.power >= 4 ? 0 : 2) + (s.interest >= 4 ? 0 : 1)] as Stakeholder[]).push(s);
  for (const c of cells)
    c.sort(
      (a, b) =>
        b.power - a.power || b.interest - a.interest || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return cells[0]?.length ?? 0;
}

// Floor: visit every cell of the matrix once and count the letters.
function raciFloor(m: RaciInput): number {
  let n = 0;
  for (const a of Object.keys(m.assignments)) {
    const row = m.assignments[a] as Readonly<Record<string, unknown>>;
    for (const p of Object.keys(row)) {
      const cell = row[p];
      n += Array.isArray(cell) ? cell.length : 1;
    }
  }
  return n;
}

describe('validateRaci, 200 activities × 30 people', () => {
  bench(
    'validateRaci(input)',
    () => {
      validateRaci(raci);
    },
    opts,
  );
  bench(
    'validateRaci(createRaci output)',
    () => {
      validateRaci(matrix);
    },
    opts,
  );
  bench(
    'createRaci(input)',
    () => {
      createRaci(raci);
    },
    opts,
  );
  bench(
    'floor: visit every cell once',
    () => {
      raciFloor(raci);
    },
    opts,
  );
});

describe('register of 10,000 stakeholders', () => {
  bench(
    'stakeholderMap',
    () => {
      stakeholderMap(register);
    },
    opts,
  );
  bench(
    'sprintReviewInvitees',
    () => {
      sprintReviewInvitees(register);
    },
    opts,
  );
  bench(
    'communicationsDue',
    () => {
      communicationsDue(register, asOf);
    },
    opts,
  );
  bench(
    'engagementGaps',
    () => {
      engagementGaps(register);
    },
    opts,
  );
  bench(
    'floor: classify into four cells and sort, no checks',
    () => {
      gridFloor(register);
    },
    opts,
  );
});
