/**
 * A dozen items through a six-state workflow in March 2026 (Monday the 2nd),
 * with weekends (7–8, 14–15), a wait state, a move back, a false start, a
 * reopen and an item worked only at the weekend. Every figure the tests
 * expect is worked out by hand in the comments of flowFixture.test.ts.
 */

import type { Workflow } from '../../src/progress/workflow.js';
import type { StatusHistory } from '../../src/progress/workItemsFromHistory.js';

export const WORKFLOW: Workflow = {
  states: [
    { name: 'Backlog', category: 'todo' },
    { name: 'Ready', category: 'todo' },
    { name: 'Dev', category: 'in-progress' },
    { name: 'Review', category: 'in-progress', active: false },
    { name: 'Test', category: 'in-progress' },
    { name: 'Done', category: 'done' },
  ],
};

export const WEEKDAYS = { weekend: [0, 6], holidays: [] } as const;

const t = (state: string, day: number) => ({
  state,
  on: `2026-03-${String(day).padStart(2, '0')}`,
});
const h = (id: string, created: number, ...transitions: ReturnType<typeof t>[]): StatusHistory => ({
  id,
  createdOn: `2026-03-${String(created).padStart(2, '0')}`,
  transitions,
});

export const HISTORY: readonly StatusHistory[] = [
  h('A', 2, t('Dev', 3), t('Review', 5), t('Test', 6), t('Done', 9)),
  h('B', 2, t('Dev', 2), t('Done', 2)), // started and finished the same day
  h('C', 2, t('Ready', 3), t('Dev', 4), t('Test', 6), t('Done', 10)),
  h('D', 3, t('Dev', 5), t('Review', 6), t('Dev', 9), t('Test', 10), t('Done', 11)), // review sent it back
  h('E', 2, t('Dev', 2), t('Done', 4), t('Dev', 9), t('Done', 10)), // reopened
  h('F', 4, t('Dev', 6), t('Done', 9)), // across a weekend
  h('G', 5, t('Dev', 9)), // open
  h('H', 5, t('Dev', 10), t('Review', 11)), // open, waiting
  h('I', 6), // never started
  h('J', 2, t('Dev', 3), t('Backlog', 4), t('Dev', 10), t('Done', 12)), // false start
  h('K', 7, t('Dev', 7), t('Done', 8)), // a weekend job
  h('L', 9, t('Dev', 9), t('Test', 11), t('Done', 13)),
];
