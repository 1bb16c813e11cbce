import { deepFreeze } from '../core/freeze.js';
import { scheduleDates, toBaseline } from '../plan/index.js';
import type { Project } from './types.js';

// The sample is written as compact tables and expanded into entities, so a
// reader can scan 40 backlog items or 60 work items on one screen. Every date
// is fixed: the project runs from 2026-06-01, sprints are two weeks (Monday to
// the Friday a week later), sprint 9 runs 2026-11-16 to 2026-11-27, and the
// demo looks at it on 2026-11-20.

type WsjfRow = readonly [number, number, number, number];
type BacklogRow = readonly [
  id: string,
  title: string,
  kind: 'feature' | 'story' | 'bug' | 'chore' | 'spike' | 'epic',
  status: 'todo' | 'ready' | 'in-progress' | 'done' | 'wont-do',
  estimate: number | null,
  dependsOn: readonly string[],
  tags: readonly string[],
  createdOn: string,
  wsjf: WsjfRow | null,
];

// Backlog order is the Product Owner's order: done work first as history,
// then the running sprint, then the ordered rest.
const BACKLOG: readonly BacklogRow[] = [
  [
    'B-01',
    'Single sign-on with the corporate identity provider',
    'feature',
    'done',
    13,
    [],
    ['accounts'],
    '2026-06-15',
    [13, 13, 8, 8],
  ],
  [
    'B-02',
    'Customer registration with email verification',
    'story',
    'done',
    8,
    ['B-01'],
    ['accounts'],
    '2026-06-15',
    [13, 8, 3, 5],
  ],
  [
    'B-03',
    'Password reset',
    'story',
    'done',
    5,
    ['B-01'],
    ['accounts'],
    '2026-06-15',
    [8, 8, 2, 3],
  ],
  [
    'B-04',
    'Account overview page',
    'story',
    'done',
    8,
    ['B-01'],
    ['accounts'],
    '2026-06-16',
    [13, 5, 1, 5],
  ],
  [
    'B-05',
    'Invoice list with filters',
    'story',
    'done',
    8,
    ['B-04'],
    ['billing'],
    '2026-06-16',
    [13, 8, 1, 5],
  ],
  [
    'B-06',
    'Invoice PDF download',
    'story',
    'done',
    5,
    ['B-05'],
    ['billing'],
    '2026-06-16',
    [8, 5, 1, 3],
  ],
  [
    'B-07',
    'Design system and component library',
    'chore',
    'done',
    13,
    [],
    ['platform'],
    '2026-06-10',
    [5, 8, 13, 8],
  ],
  [
    'B-08',
    'CRM customer data sync (read)',
    'feature',
    'done',
    13,
    [],
    ['integration'],
    '2026-06-10',
    [8, 8, 13, 13],
  ],
  [
    'B-09',
    'Meter reading submission',
    'story',
    'done',
    8,
    ['B-04'],
    ['metering'],
    '2026-06-22',
    [13, 13, 2, 5],
  ],
  [
    'B-10',
    'Accessibility baseline (WCAG 2.2 AA) for core pages',
    'story',
    'done',
    8,
    ['B-07'],
    ['accessibility'],
    '2026-06-22',
    [8, 8, 8, 5],
  ],
  [
    'B-11',
    'Audit logging',
    'chore',
    'done',
    5,
    [],
    ['platform', 'compliance'],
    '2026-06-22',
    [3, 5, 8, 3],
  ],
  [
    'B-12',
    'Card payments through the payment provider',
    'feature',
    'done',
    13,
    ['B-05'],
    ['payments'],
    '2026-07-01',
    [20, 13, 5, 8],
  ],
  [
    'B-13',
    'Payment history',
    'story',
    'done',
    5,
    ['B-12'],
    ['payments'],
    '2026-07-01',
    [8, 3, 1, 3],
  ],
  [
    'B-14',
    'Direct debit mandate management',
    'story',
    'done',
    8,
    ['B-12'],
    ['payments'],
    '2026-07-01',
    [13, 5, 2, 5],
  ],
  [
    'B-15',
    'Support ticket creation',
    'story',
    'done',
    8,
    ['B-08'],
    ['support'],
    '2026-07-06',
    [8, 8, 3, 5],
  ],
  [
    'B-16',
    'Ticket status tracking',
    'story',
    'done',
    5,
    ['B-15'],
    ['support'],
    '2026-07-06',
    [5, 5, 1, 3],
  ],
  [
    'B-17',
    'Email notifications for new invoices',
    'story',
    'done',
    5,
    ['B-05'],
    ['billing'],
    '2026-07-06',
    [8, 5, 1, 3],
  ],
  [
    'B-18',
    'Profile and contact preferences',
    'story',
    'done',
    8,
    ['B-04'],
    ['accounts'],
    '2026-07-13',
    [5, 3, 2, 5],
  ],
  [
    'B-19',
    'Fix: session timeout loses form data',
    'bug',
    'done',
    3,
    [],
    ['accounts'],
    '2026-08-27',
    [5, 8, 3, 2],
  ],
  [
    'B-20',
    'Performance budget and monitoring',
    'chore',
    'done',
    5,
    [],
    ['platform'],
    '2026-07-13',
    [3, 3, 8, 3],
  ],
  [
    'B-21',
    'Multi-language support (English and German)',
    'feature',
    'done',
    13,
    ['B-07'],
    ['platform'],
    '2026-07-13',
    [8, 5, 3, 8],
  ],
  [
    'B-22',
    'Spike: live chat vendor evaluation',
    'spike',
    'done',
    3,
    [],
    ['support'],
    '2026-09-28',
    [2, 3, 8, 2],
  ],
  [
    'B-23',
    'Tariff comparison and switch',
    'feature',
    'in-progress',
    8,
    ['B-08'],
    ['tariffs'],
    '2026-08-03',
    [20, 13, 3, 8],
  ],
  [
    'B-24',
    'Meter reading photo upload',
    'story',
    'in-progress',
    5,
    ['B-09'],
    ['metering'],
    '2026-08-03',
    [8, 8, 3, 3],
  ],
  [
    'B-25',
    'Outage notifications by SMS',
    'story',
    'in-progress',
    5,
    ['B-18'],
    ['notifications'],
    '2026-08-10',
    [8, 13, 2, 3],
  ],
  [
    'B-26',
    'Fix: invoice totals rounded differently on the PDF',
    'bug',
    'in-progress',
    3,
    ['B-06'],
    ['billing'],
    '2026-10-20',
    [8, 8, 5, 2],
  ],
  [
    'B-27',
    'Consumption chart by month',
    'story',
    'ready',
    3,
    ['B-09'],
    ['metering'],
    '2026-08-10',
    [8, 3, 1, 2],
  ],
  [
    'B-39',
    'Fix: screen reader skips invoice table headers',
    'bug',
    'ready',
    2,
    ['B-05'],
    ['accessibility'],
    '2026-11-18',
    [5, 8, 5, 1],
  ],
  [
    'B-29',
    'Payment plan requests for customers in arrears',
    'feature',
    'ready',
    8,
    ['B-12'],
    ['payments'],
    '2026-08-17',
    [13, 13, 5, 5],
  ],
  [
    'B-28',
    'Move-in and move-out requests',
    'feature',
    'ready',
    13,
    ['B-08'],
    ['accounts'],
    '2026-08-17',
    [13, 8, 3, 8],
  ],
  [
    'B-31',
    'Self-service address change',
    'story',
    'ready',
    5,
    ['B-18'],
    ['accounts'],
    '2026-08-24',
    [5, 5, 2, 3],
  ],
  [
    'B-37',
    'Data export for subject access requests (GDPR)',
    'story',
    'ready',
    5,
    ['B-11'],
    ['compliance'],
    '2026-09-07',
    [3, 13, 8, 3],
  ],
  [
    'B-33',
    'Fixes from the external accessibility audit',
    'story',
    'todo',
    null,
    ['B-10'],
    ['accessibility'],
    '2026-11-09',
    [8, 13, 8, 5],
  ],
  [
    'B-32',
    'Budget billing adjustment',
    'story',
    'todo',
    8,
    ['B-29'],
    ['billing'],
    '2026-08-24',
    [8, 5, 1, 5],
  ],
  [
    'B-30',
    'Live chat with support agents',
    'feature',
    'todo',
    13,
    ['B-22'],
    ['support'],
    '2026-09-28',
    [13, 5, 3, 8],
  ],
  ['B-34', 'Mobile app deep links', 'story', 'todo', 5, [], ['mobile'], '2026-10-05', [3, 2, 1, 3]],
  [
    'B-35',
    'Smart meter half-hourly data',
    'feature',
    'todo',
    null,
    ['B-27'],
    ['metering'],
    '2026-10-12',
    null,
  ],
  ['B-36', 'Referral programme', 'feature', 'todo', 8, [], ['marketing'], '2026-10-12', null],
  [
    'B-40',
    'Epic: business customers with multi-site accounts',
    'epic',
    'todo',
    40,
    ['B-28'],
    ['accounts'],
    '2026-10-19',
    [13, 3, 3, 20],
  ],
  ['B-38', 'Dark mode', 'story', 'wont-do', 3, [], ['platform'], '2026-09-14', [1, 1, 1, 2]],
];

type SprintRow = readonly [
  id: string,
  start: string,
  end: string,
  committed: number,
  completed: number,
  added: number,
  removed: number,
];

const SPRINTS: readonly SprintRow[] = [
  ['S1', '2026-07-27', '2026-08-07', 24, 19, 0, 2],
  ['S2', '2026-08-10', '2026-08-21', 26, 23, 2, 0],
  ['S3', '2026-08-24', '2026-09-04', 28, 25, 0, 0],
  ['S4', '2026-09-07', '2026-09-18', 32, 29, 3, 2],
  ['S5', '2026-09-21', '2026-10-02', 30, 27, 1, 0],
  ['S6', '2026-10-05', '2026-10-16', 32, 31, 1, 0],
  ['S7', '2026-10-19', '2026-10-30', 36, 34, 2, 2],
  ['S8', '2026-11-02', '2026-11-13', 33, 28, 0, 0],
  // Running: `completed` is what was done by the demo date.
  ['S9', '2026-11-16', '2026-11-27', 30, 12, 2, 0],
];

type WorkRow = readonly [
  id: string,
  type: 'story' | 'task' | 'bug' | 'spike',
  backlogItem: string | null,
  assignee: string | null,
  estimate: number,
  sprint: string | null,
  createdOn: string,
  startedOn: string | null,
  finishedOn: string | null,
];

const WORK: readonly WorkRow[] = [
  ['W-01', 'story', 'B-12', 'p-li', 5, 'S4', '2026-09-01', '2026-09-07', '2026-09-10'],
  ['W-02', 'story', 'B-12', 'p-sofia', 5, 'S4', '2026-09-01', '2026-09-07', '2026-09-11'],
  ['W-03', 'task', 'B-12', 'p-tom', 3, 'S4', '2026-09-02', '2026-09-08', '2026-09-14'],
  ['W-04', 'story', 'B-13', 'p-ines', 3, 'S4', '2026-09-03', '2026-09-09', '2026-09-11'],
  ['W-05', 'story', 'B-13', 'p-li', 2, 'S4', '2026-09-03', '2026-09-11', '2026-09-15'],
  ['W-06', 'bug', 'B-19', 'p-sofia', 3, 'S4', '2026-09-04', '2026-09-14', '2026-09-15'],
  ['W-07', 'story', 'B-14', 'p-tom', 5, 'S4', '2026-09-04', '2026-09-14', '2026-09-18'],
  ['W-08', 'task', 'B-14', 'p-ravi', 3, 'S4', '2026-09-07', '2026-09-15', '2026-09-18'],
  ['W-09', 'story', 'B-14', 'p-li', 3, 'S5', '2026-09-16', '2026-09-21', '2026-09-23'],
  ['W-10', 'story', 'B-15', 'p-sofia', 5, 'S5', '2026-09-16', '2026-09-21', '2026-09-25'],
  ['W-11', 'story', 'B-15', 'p-tom', 3, 'S5', '2026-09-17', '2026-09-22', '2026-09-28'],
  ['W-12', 'task', 'B-15', 'p-ines', 2, 'S5', '2026-09-18', '2026-09-23', '2026-09-24'],
  ['W-13', 'story', 'B-16', 'p-li', 3, 'S5', '2026-09-18', '2026-09-24', '2026-09-29'],
  ['W-14', 'story', 'B-16', 'p-ravi', 2, 'S5', '2026-09-21', '2026-09-25', '2026-09-30'],
  ['W-15', 'story', 'B-17', 'p-sofia', 3, 'S5', '2026-09-21', '2026-09-28', '2026-09-30'],
  ['W-16', 'task', 'B-17', 'p-ines', 2, 'S5', '2026-09-22', '2026-09-29', '2026-10-01'],
  ['W-17', 'bug', null, 'p-tom', 1, 'S5', '2026-09-28', '2026-09-29', '2026-09-30'],
  ['W-18', 'story', 'B-20', 'p-li', 3, 'S5', '2026-09-22', '2026-09-30', '2026-10-02'],
  ['W-19', 'story', 'B-18', 'p-sofia', 5, 'S6', '2026-09-30', '2026-10-05', '2026-10-08'],
  ['W-20', 'story', 'B-18', 'p-ravi', 3, 'S6', '2026-09-30', '2026-10-05', '2026-10-09'],
  ['W-21', 'story', 'B-20', 'p-li', 2, 'S6', '2026-10-01', '2026-10-06', '2026-10-07'],
  ['W-22', 'story', 'B-21', 'p-tom', 5, 'S6', '2026-10-01', '2026-10-06', '2026-10-13'],
  ['W-23', 'story', 'B-21', 'p-li', 5, 'S6', '2026-10-02', '2026-10-08', '2026-10-14'],
  ['W-24', 'task', 'B-21', 'p-ines', 3, 'S6', '2026-10-02', '2026-10-09', '2026-10-14'],
  ['W-25', 'spike', 'B-22', 'p-sofia', 3, 'S6', '2026-10-05', '2026-10-12', '2026-10-14'],
  ['W-26', 'bug', null, 'p-tom', 1, 'S6', '2026-10-12', '2026-10-13', '2026-10-13'],
  ['W-27', 'story', 'B-21', 'p-ravi', 2, 'S6', '2026-10-06', '2026-10-13', '2026-10-16'],
  ['W-28', 'task', 'B-11', 'p-li', 2, 'S6', '2026-10-07', '2026-10-14', '2026-10-16'],
  ['W-29', 'story', 'B-10', 'p-ines', 3, 'S7', '2026-10-14', '2026-10-19', '2026-10-21'],
  ['W-30', 'story', 'B-10', 'p-ravi', 3, 'S7', '2026-10-14', '2026-10-19', '2026-10-23'],
  ['W-31', 'story', 'B-09', 'p-sofia', 5, 'S7', '2026-10-15', '2026-10-19', '2026-10-26'],
  ['W-32', 'story', 'B-09', 'p-li', 3, 'S7', '2026-10-15', '2026-10-20', '2026-10-22'],
  ['W-33', 'task', 'B-08', 'p-tom', 5, 'S7', '2026-10-15', '2026-10-20', '2026-10-28'],
  ['W-34', 'story', 'B-08', 'p-li', 5, 'S7', '2026-10-16', '2026-10-22', '2026-10-28'],
  ['W-35', 'bug', null, 'p-sofia', 2, 'S7', '2026-10-21', '2026-10-22', '2026-10-23'],
  ['W-36', 'story', 'B-07', 'p-ravi', 3, 'S7', '2026-10-16', '2026-10-26', '2026-10-29'],
  ['W-37', 'task', 'B-11', 'p-ines', 2, 'S7', '2026-10-19', '2026-10-27', '2026-10-29'],
  ['W-38', 'story', 'B-21', 'p-tom', 3, 'S7', '2026-10-19', '2026-10-28', '2026-10-30'],
  ['W-39', 'story', 'B-23', 'p-li', 5, 'S8', '2026-10-28', '2026-11-02', '2026-11-06'],
  ['W-40', 'story', 'B-23', 'p-sofia', 3, 'S8', '2026-10-28', '2026-11-02', '2026-11-04'],
  ['W-42', 'story', 'B-24', 'p-ines', 2, 'S8', '2026-10-29', '2026-11-03', '2026-11-05'],
  ['W-43', 'story', 'B-25', 'p-ravi', 3, 'S8', '2026-10-30', '2026-11-04', '2026-11-10'],
  ['W-44', 'story', 'B-25', 'p-li', 3, 'S8', '2026-10-30', '2026-11-06', '2026-11-11'],
  ['W-45', 'bug', 'B-26', 'p-sofia', 2, 'S8', '2026-11-03', '2026-11-05', '2026-11-06'],
  ['W-46', 'story', 'B-18', 'p-tom', 3, 'S8', '2026-10-30', '2026-11-09', '2026-11-13'],
  ['W-47', 'task', 'B-20', 'p-ines', 2, 'S8', '2026-11-02', '2026-11-09', '2026-11-12'],
  ['W-48', 'story', 'B-21', 'p-sofia', 3, 'S8', '2026-11-04', '2026-11-10', '2026-11-13'],
  ['W-49', 'story', 'B-17', 'p-li', 2, 'S8', '2026-11-05', '2026-11-11', '2026-11-13'],
  // Carried over from sprint 8: started on 3 November and still open.
  ['W-41', 'task', 'B-23', 'p-tom', 3, 'S9', '2026-10-29', '2026-11-03', null],
  ['W-50', 'story', 'B-23', 'p-li', 5, 'S9', '2026-11-12', '2026-11-16', '2026-11-18'],
  ['W-51', 'story', 'B-24', 'p-sofia', 3, 'S9', '2026-11-12', '2026-11-16', '2026-11-17'],
  ['W-52', 'task', 'B-26', 'p-ines', 2, 'S9', '2026-11-13', '2026-11-16', '2026-11-18'],
  ['W-53', 'story', 'B-25', 'p-ravi', 2, 'S9', '2026-11-13', '2026-11-17', '2026-11-19'],
  ['W-54', 'story', 'B-23', 'p-tom', 5, 'S9', '2026-11-12', '2026-11-17', null],
  ['W-55', 'story', 'B-24', 'p-li', 3, 'S9', '2026-11-13', '2026-11-18', null],
  ['W-56', 'story', 'B-25', 'p-sofia', 3, 'S9', '2026-11-13', '2026-11-19', null],
  ['W-57', 'task', 'B-26', 'p-tom', 1, 'S9', '2026-11-16', '2026-11-19', null],
  ['W-58', 'story', 'B-27', 'p-ines', 3, 'S9', '2026-11-13', null, null],
  // Added to the running sprint on 18 November.
  ['W-59', 'bug', 'B-39', null, 2, 'S9', '2026-11-18', null, null],
  ['W-60', 'story', 'B-31', null, 3, null, '2026-11-19', null, null],
];

// The team's board: work, then a review queue where items wait for a
// reviewer (not active: flow efficiency counts it as waiting).
const SAMPLE_WORKFLOW: NonNullable<Project['workflow']> = {
  states: [
    { name: 'To Do', category: 'todo' },
    { name: 'In Progress', category: 'in-progress' },
    { name: 'In Review', category: 'in-progress', active: false },
    { name: 'Done', category: 'done' },
  ],
  reopen: 'continue',
};

// The tracker's status history of the work since sprint 8: [id, in progress,
// in review, done]. Each move matches the work item's dates; W-41 came back
// from review on 16 November and is in progress again.
const HISTORY: readonly (readonly [string, string, string | null, string | null])[] = [
  ['W-43', '2026-11-04', '2026-11-06', '2026-11-10'],
  ['W-44', '2026-11-06', '2026-11-09', '2026-11-11'],
  ['W-46', '2026-11-09', '2026-11-11', '2026-11-13'],
  ['W-47', '2026-11-09', '2026-11-11', '2026-11-12'],
  ['W-48', '2026-11-10', '2026-11-12', '2026-11-13'],
  ['W-49', '2026-11-11', '2026-11-12', '2026-11-13'],
  ['W-50', '2026-11-16', '2026-11-17', '2026-11-18'],
  ['W-51', '2026-11-16', '2026-11-17', '2026-11-17'],
  ['W-52', '2026-11-16', '2026-11-17', '2026-11-18'],
  ['W-53', '2026-11-17', '2026-11-18', '2026-11-19'],
  ['W-54', '2026-11-17', '2026-11-19', null],
  ['W-55', '2026-11-18', null, null],
  ['W-56', '2026-11-19', null, null],
  ['W-57', '2026-11-19', null, null],
];

function sampleHistory(): NonNullable<Project['statusHistory']> {
  const moves = HISTORY.map(([id, doing, review, done]) => ({
    id,
    transitions: [
      { state: 'In Progress', on: doing },
      ...(review === null ? [] : [{ state: 'In Review', on: review }]),
      ...(done === null ? [] : [{ state: 'Done', on: done }]),
    ],
  }));
  // W-41: in review from 10 November, sent back on the 16th, still open.
  moves.push({
    id: 'W-41',
    transitions: [
      { state: 'In Progress', on: '2026-11-03' },
      { state: 'In Review', on: '2026-11-10' },
      { state: 'In Progress', on: '2026-11-16' },
    ],
  });
  return moves;
}

type TaskRow = readonly [
  id: string,
  name: string,
  duration: number,
  baselineDuration: number,
  dependsOn: readonly (
    | string
    | { id: string; type: 'FS' | 'SS' | 'FF' | 'SF'; lag?: number | undefined }
  )[],
  estimate: readonly [number, number, number] | null,
];

const TASKS: readonly TaskRow[] = [
  ['T01', 'Project initiation and business case', 10, 10, [], null],
  ['T02', 'Discovery research with customers', 15, 15, ['T01'], [10, 15, 25]],
  ['T03', 'Solution architecture', 10, 10, ['T01'], [8, 10, 15]],
  ['T04', 'Identity provider contract and set-up', 15, 10, ['T03'], [8, 10, 20]],
  ['T05', 'Design system', 20, 20, ['T02'], [15, 20, 30]],
  ['T06', 'Team onboarding', 5, 5, ['T03'], null],
  ['T07', 'Build: accounts and login (S1-S2)', 20, 20, ['T04', 'T06'], [15, 20, 30]],
  ['T08', 'Build: invoices and meter readings (S3-S4)', 20, 20, ['T07'], [15, 20, 30]],
  ['T09', 'Build: payments (S4-S5)', 20, 20, ['T07', 'T14'], [15, 20, 30]],
  ['T10', 'CRM integration', 30, 25, ['T03'], [20, 25, 45]],
  ['T11', 'Build: support and notifications (S5-S6)', 20, 20, ['T08'], [15, 20, 30]],
  ['T12', 'Build: tariffs and self-service (S7-S10)', 40, 35, ['T10', 'T11'], [30, 35, 55]],
  ['T13', 'Payment provider contract', 15, 15, ['T01'], [10, 15, 25]],
  ['T14', 'PCI DSS scoping', 10, 10, ['T13'], [5, 10, 15]],
  [
    'T15',
    'External accessibility audit',
    10,
    10,
    [{ id: 'T12', type: 'SS', lag: 20 }],
    [8, 10, 15],
  ],
  ['T16', 'Penetration test', 10, 10, [{ id: 'T12', type: 'SS', lag: 25 }], [8, 10, 15]],
  ['T17', 'Data migration from the legacy portal', 20, 20, ['T10'], [15, 20, 35]],
  ['T18', 'Performance and load test', 5, 5, ['T12'], [3, 5, 10]],
  ['T19', 'User acceptance testing', 15, 15, ['T12', 'T17'], [10, 15, 25]],
  ['T20', 'Contact-centre training', 5, 5, [{ id: 'T19', type: 'SS', lag: 5 }], null],
  ['T21', 'Go/no-go decision', 0, 0, ['T15', 'T16', 'T18', 'T19'], null],
  ['T22', 'Go-live', 1, 1, ['T21', 'T20'], null],
  ['T23', 'Legacy portal decommissioning', 10, 10, [{ id: 'T22', type: 'FS', lag: 10 }], null],
  ['T24', 'Hypercare', 20, 20, ['T22'], null],
  ['T25', 'Project closure', 0, 0, ['T24', 'T23'], null],
];

const CALENDAR = {
  weekend: [0, 6],
  holidays: ['2026-10-03', '2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'],
};

// The status date of the plan: progress recorded at the end of sprint 8.
const STATUS_DATE = '2026-11-13';

// Progress on the status date: [actual start, actual finish or null, percent complete].
// Every task planned to end by it is done on its planned dates; the tariffs
// build is 62.5% through (15 of its 40 days left); the accessibility audit,
// planned from 9 November, has not started and moves after the status date.
const PROGRESS: Readonly<Record<string, readonly [string, string | null, number]>> = {
  T01: ['2026-06-01', '2026-06-12', 100],
  T02: ['2026-06-15', '2026-07-03', 100],
  T03: ['2026-06-15', '2026-06-26', 100],
  T04: ['2026-06-29', '2026-07-17', 100],
  T05: ['2026-07-06', '2026-07-31', 100],
  T06: ['2026-06-29', '2026-07-03', 100],
  T07: ['2026-07-20', '2026-08-14', 100],
  T08: ['2026-08-17', '2026-09-11', 100],
  T09: ['2026-08-17', '2026-09-11', 100],
  T10: ['2026-06-29', '2026-08-07', 100],
  T11: ['2026-09-14', '2026-10-09', 100],
  T12: ['2026-10-12', null, 62.5],
  T13: ['2026-06-15', '2026-07-03', 100],
  T14: ['2026-07-06', '2026-07-17', 100],
  T17: ['2026-08-10', '2026-09-04', 100],
};

// Two summary tasks: the build sprints and the launch (their dates roll up).
const SUMMARIES: readonly { id: string; name: string; children: readonly string[] }[] = [
  { id: 'S-BUILD', name: 'Build', children: ['T07', 'T08', 'T09', 'T11', 'T12'] },
  { id: 'S-LAUNCH', name: 'Launch', children: ['T19', 'T20', 'T21', 'T22'] },
];

// The sponsor's deadline for go-live: before the Christmas holidays.
const DEADLINES: Readonly<Record<string, string>> = { T22: '2026-12-23' };

// Who works on what (units of a full-time person per day) and fixed costs (EUR).
const ASSIGN: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  T07: [
    ['p-li', 1],
    ['p-sofia', 1],
    ['p-tom', 0.8],
  ],
  T08: [
    ['p-li', 1],
    ['p-sofia', 1],
    ['p-tom', 0.8],
  ],
  T09: [
    ['p-sofia', 0.5],
    ['p-tom', 0.8],
  ],
  T10: [['r-crm', 1]],
  T11: [
    ['p-li', 1],
    ['p-sofia', 1],
    ['p-tom', 0.8],
  ],
  T12: [
    ['p-li', 1],
    ['p-sofia', 1],
    ['p-tom', 0.8],
    ['p-ines', 1],
  ],
  T05: [['p-ravi', 0.5]],
  T17: [
    ['r-crm', 0.5],
    ['p-ines', 0.5],
  ],
  T19: [
    ['p-ines', 1],
    ['p-li', 0.5],
  ],
  T24: [
    ['p-sofia', 0.5],
    ['p-tom', 0.5],
  ],
};
const FIXED_COST: Readonly<Record<string, number>> = {
  T04: 30000,
  T13: 12000,
  T15: 14000,
  T16: 18000,
  T20: 8000,
};

function extrasOf(id: string, which: 'current' | 'baseline'): Partial<Project['plan'][number]> {
  const out: Record<string, unknown> = {};
  const parent = SUMMARIES.find((x) => x.children.includes(id));
  if (parent !== undefined) out.parent = parent.id;
  const assignments = ASSIGN[id];
  if (assignments !== undefined)
    out.assignments = assignments.map(([resource, units]) => ({ resource, units }));
  if (FIXED_COST[id] !== undefined) out.cost = FIXED_COST[id];
  if (which === 'baseline') return out;
  const deadline = DEADLINES[id];
  if (deadline !== undefined) out.deadline = deadline;
  const progress = PROGRESS[id];
  if (progress !== undefined) {
    out.actualStart = progress[0];
    if (progress[1] !== null) out.actualFinish = progress[1];
    else out.percentComplete = progress[2];
  }
  return out;
}

function tasksOf(which: 'current' | 'baseline'): Project['plan'] {
  const tasks: Project['plan'][number][] = TASKS.map(
    ([id, name, duration, baselineDuration, dependsOn, estimate]) => ({
      id,
      name,
      duration: which === 'current' ? duration : baselineDuration,
      dependsOn: dependsOn.map((d) => (typeof d === 'string' ? d : { ...d })),
      ...(estimate !== null && which === 'current'
        ? {
            estimate: {
              optimistic: estimate[0],
              mostLikely: estimate[1],
              pessimistic: estimate[2],
            },
          }
        : {}),
      ...extrasOf(id, which),
    }),
  );
  // A summary carries no duration of its own: it rolls up from its children.
  for (const x of SUMMARIES) tasks.push({ id: x.id, name: x.name } as Project['plan'][number]);
  return tasks;
}

// The plan's resources: the team (their cost per day) and the CRM vendor's integrator.
const SAMPLE_RESOURCES: NonNullable<Project['resources']> = [
  { id: 'p-li', name: 'Li Wei', unitsPerDay: 1, costPerDay: 720 },
  { id: 'p-sofia', name: 'Sofia Marques', unitsPerDay: 1, costPerDay: 720 },
  { id: 'p-tom', name: "Tom O'Neill", unitsPerDay: 0.8, costPerDay: 760 },
  { id: 'p-ines', name: 'Inês Duarte', unitsPerDay: 1, costPerDay: 640 },
  { id: 'p-ravi', name: 'Ravi Patel', unitsPerDay: 0.5, costPerDay: 680 },
  { id: 'r-crm', name: 'CRM integrator (vendor)', unitsPerDay: 1, costPerDay: 950 },
];

const SAMPLE_PEOPLE: NonNullable<Project['people']> = [
  { id: 'p-amira', name: 'Amira Haddad', title: 'Product Owner', capacity: 0, availability: 1 },
  { id: 'p-jonas', name: 'Jonas Berg', title: 'Project Manager', capacity: 0, availability: 1 },
  {
    id: 'p-li',
    name: 'Li Wei',
    title: 'Developer',
    capacity: 8,
    availability: 1,
    // A day off in sprint 9.
    calendar: { weekend: [0, 6], holidays: ['2026-11-25'] },
  },
  { id: 'p-sofia', name: 'Sofia Marques', title: 'Developer', capacity: 8, availability: 1 },
  { id: 'p-tom', name: "Tom O'Neill", title: 'Developer', capacity: 8, availability: 0.8 },
  { id: 'p-ines', name: 'Inês Duarte', title: 'Tester', capacity: 5, availability: 1 },
  { id: 'p-ravi', name: 'Ravi Patel', title: 'UX designer', capacity: 5, availability: 0.5 },
  { id: 'p-kate', name: 'Kate Nowak', title: 'Sponsor', capacity: 0, availability: 0.1 },
];

const SAMPLE_RACI: NonNullable<Project['raci']> = {
  variant: 'RACI',
  activities: [
    'po.funding',
    'po.value',
    'po.backlog',
    'po.stakeholders',
    'po.progress',
    'pm.business-case',
    'pm.plans',
    'pm.progress',
    'pm.risks',
    'pm.admin',
  ],
  people: ['p-amira', 'p-jonas', 'p-kate', 'p-li', 'p-ines'],
  assignments: {
    'po.funding': { 'p-kate': 'A', 'p-amira': 'R', 'p-jonas': 'C' },
    'po.value': { 'p-amira': ['A', 'R'], 'p-jonas': 'C', 'p-kate': 'I' },
    'po.backlog': { 'p-amira': ['A', 'R'], 'p-li': 'C', 'p-ines': 'C' },
    'po.stakeholders': { 'p-amira': ['A', 'R'], 'p-jonas': 'C', 'p-kate': 'I' },
    'po.progress': { 'p-amira': ['A', 'R'], 'p-jonas': 'C', 'p-kate': 'I' },
    'pm.business-case': { 'p-kate': 'A', 'p-jonas': 'R', 'p-amira': 'C' },
    'pm.plans': { 'p-jonas': ['A', 'R'], 'p-li': 'C', 'p-amira': 'I' },
    'pm.progress': { 'p-jonas': 'A', 'p-li': 'R', 'p-amira': 'I' },
    'pm.risks': { 'p-jonas': 'A', 'p-li': 'R', 'p-kate': 'I' },
    'pm.admin': { 'p-jonas': 'A', 'p-ines': 'R' },
  },
};

const SAMPLE_BUDGET: NonNullable<Project['budget']> = {
  currency: 'EUR',
  total: '620000',
  start: '2026-06-01',
  end: '2027-03-31',
  lines: [
    { category: 'staff', amount: '425000' },
    { category: 'licensing', amount: '60000' },
    { category: 'infrastructure', amount: '45000' },
    { category: 'external-services', amount: '35000' },
    { category: 'training', amount: '10000' },
    { category: 'contingency', amount: '45000' },
  ],
  actuals: [
    { date: '2026-06-30', amount: '38000', category: 'staff' },
    { date: '2026-07-15', amount: '30000', category: 'licensing' },
    { date: '2026-07-31', amount: '52000', category: 'staff' },
    { date: '2026-08-20', amount: '12000', category: 'infrastructure' },
    { date: '2026-08-31', amount: '58000', category: 'staff' },
    { date: '2026-09-30', amount: '61000', category: 'staff' },
    { date: '2026-10-12', amount: '8000', category: 'external-services' },
    { date: '2026-10-31', amount: '64000', category: 'staff' },
    { date: '2026-11-16', amount: '4500', category: 'infrastructure' },
    { date: '2026-11-19', amount: '36500', category: 'staff' },
  ],
  commitments: [
    { date: '2026-11-02', amount: '18000', category: 'external-services' },
    { date: '2026-11-10', amount: '6000', category: 'training' },
  ],
};

const SAMPLE_BUSINESS_CASE: NonNullable<Project['businessCase']> = {
  currency: 'EUR',
  discountRate: 0.08,
  horizon: 5,
  reasons: [
    'The legacy portal leaves vendor support in March 2027.',
    'Contact-centre call volumes grow 12% a year; half of the calls are about invoices and meter readings.',
    'Paper billing costs 1.10 EUR per invoice.',
  ],
  risks: ['R-01', 'R-04', 'R-07'],
  options: [
    {
      id: 'do-nothing',
      name: 'Keep the legacy portal',
      kind: 'do-nothing',
      costs: [
        {
          label: 'Legacy portal running costs',
          amounts: [0, 180000, 185000, 190000, 195000, 200000],
        },
      ],
      benefits: [{ label: 'None', amounts: [0, 0, 0, 0, 0, 0] }],
    },
    {
      id: 'do-minimum',
      name: 'Upgrade the legacy portal',
      kind: 'do-minimum',
      costs: [
        { label: 'Upgrade', amounts: [150000, 0, 0, 0, 0, 0] },
        { label: 'Running costs', amounts: [0, 170000, 172000, 174000, 176000, 178000] },
      ],
      benefits: [{ label: 'Fewer support calls', amounts: [0, 40000, 45000, 45000, 45000, 45000] }],
    },
    {
      id: 'new-portal',
      name: 'Build a new self-service portal',
      kind: 'do-something',
      costs: [
        { label: 'Build', amounts: [620000, 0, 0, 0, 0, 0] },
        { label: 'Running costs', amounts: [0, 90000, 92000, 94000, 96000, 98000] },
      ],
      benefits: [
        { label: 'Call deflection', amounts: [0, 210000, 260000, 290000, 300000, 300000] },
        { label: 'Paper billing savings', amounts: [0, 60000, 80000, 90000, 95000, 95000] },
      ],
      disBenefits: [{ label: 'Dual running of both portals', amounts: [0, 40000, 0, 0, 0, 0] }],
    },
  ],
};

const SAMPLE_EARNED_VALUE: NonNullable<Project['earnedValue']> = [
  { asOf: '2026-07-31', bac: '590000', pv: '118000', ev: '115000', ac: '120000' },
  { asOf: '2026-08-31', bac: '590000', pv: '190000', ev: '178000', ac: '190000' },
  { asOf: '2026-09-30', bac: '590000', pv: '255000', ev: '232000', ac: '251000' },
  { asOf: '2026-10-31', bac: '590000', pv: '320000', ev: '297000', ac: '323000' },
];

const SAMPLE_RISKS: NonNullable<Project['risks']> = [
  {
    id: 'R-01',
    title: 'CRM integration delivers late',
    kind: 'threat',
    category: 'technical',
    cause: 'The CRM vendor changes its API in Q4',
    event: 'Integration work is reworked',
    effect: 'Tariff switching and move-in requests slip',
    owner: 'p-jonas',
    raisedOn: '2026-06-10',
    probability: 0.4,
    impact: 4,
    costImpact: { min: 20000, mostLikely: 45000, max: 90000 },
    scheduleImpactDays: { min: 5, mostLikely: 10, max: 20 },
    tasks: ['T12'],
    response: {
      strategy: 'mitigate',
      actions: ['Contract test suite against the CRM sandbox'],
      cost: 8000,
    },
    residual: { probability: 0.2, impact: 3, costImpact: 30000 },
    status: 'open',
    reviewBy: '2026-11-13',
  },
  {
    id: 'R-02',
    title: 'Payment provider certification fails the first audit',
    kind: 'threat',
    category: 'compliance',
    owner: 'p-li',
    raisedOn: '2026-07-01',
    probability: 0.25,
    impact: 4,
    costImpact: 30000,
    scheduleImpactDays: 10,
    response: { strategy: 'mitigate', actions: ['Pre-audit by the provider'], cost: 5000 },
    residual: { probability: 0.1, impact: 3, costImpact: 30000 },
    status: 'open',
    reviewBy: '2026-12-04',
  },
  {
    id: 'R-03',
    title: 'A key developer leaves',
    kind: 'threat',
    category: 'people',
    owner: 'p-jonas',
    raisedOn: '2026-06-10',
    probability: 0.15,
    impact: 3,
    costImpact: 25000,
    scheduleImpactDays: 15,
    tasks: ['T12'],
    response: { strategy: 'mitigate', actions: ['Pair programming on the integrations'] },
    status: 'open',
    reviewBy: '2026-12-15',
  },
  {
    id: 'R-04',
    title: 'Older customers do not adopt the portal',
    kind: 'threat',
    category: 'business',
    owner: 'p-amira',
    raisedOn: '2026-06-15',
    probability: 0.3,
    impact: 4,
    costImpact: { min: 20000, mostLikely: 60000, max: 120000 },
    response: {
      strategy: 'mitigate',
      actions: ['Assisted-digital sessions in the contact centre'],
      cost: 12000,
    },
    residual: { probability: 0.2, impact: 3, costImpact: 40000 },
    status: 'open',
    reviewBy: '2026-11-27',
  },
  {
    id: 'R-05',
    title: 'The external accessibility audit finds major issues',
    kind: 'threat',
    category: 'compliance',
    owner: 'p-ines',
    raisedOn: '2026-08-03',
    probability: 0.35,
    impact: 3,
    costImpact: 15000,
    scheduleImpactDays: { min: 2, mostLikely: 5, max: 10 },
    tasks: ['T15'],
    response: { strategy: 'mitigate', actions: ['Screen-reader testing in every sprint'] },
    status: 'open',
    reviewBy: '2026-11-06',
  },
  {
    id: 'R-06',
    title: 'Identity provider raises licence prices',
    kind: 'threat',
    category: 'commercial',
    owner: 'p-jonas',
    raisedOn: '2026-06-20',
    probability: 0.5,
    impact: 2,
    costImpact: 12000,
    response: { strategy: 'accept', actions: ['Budgeted in licensing'] },
    status: 'monitoring',
    reviewBy: '2026-12-31',
  },
  {
    id: 'R-07',
    title: 'Legacy data migrates with quality problems',
    kind: 'threat',
    category: 'technical',
    owner: 'p-sofia',
    raisedOn: '2026-07-20',
    probability: 0.4,
    impact: 4,
    costImpact: { min: 10000, mostLikely: 30000, max: 70000 },
    scheduleImpactDays: { min: 3, mostLikely: 8, max: 15 },
    tasks: ['T19'],
    response: {
      strategy: 'reduce',
      actions: ['Profile the legacy data', 'Two trial migrations'],
      cost: 6000,
    },
    status: 'open',
    reviewBy: '2026-11-10',
  },
  {
    id: 'R-08',
    title: 'The regulator requires new billing disclosures',
    kind: 'threat',
    category: 'compliance',
    raisedOn: '2026-09-01',
    probability: 0.2,
    impact: 3,
    costImpact: 20000,
    status: 'open',
    reviewBy: '2026-12-18',
  },
  {
    id: 'R-09',
    title: 'The design system is reused by the mobile app team',
    kind: 'opportunity',
    category: 'business',
    owner: 'p-ravi',
    raisedOn: '2026-09-14',
    probability: 0.5,
    impact: 3,
    costImpact: 40000,
    response: {
      strategy: 'enhance',
      actions: ['Publish the component library internally'],
      cost: 3000,
    },
    status: 'open',
    reviewBy: '2026-12-11',
  },
  {
    id: 'R-10',
    title: 'Volume discount on cloud hosting',
    kind: 'opportunity',
    category: 'commercial',
    owner: 'p-jonas',
    raisedOn: '2026-10-01',
    probability: 0.6,
    impact: 2,
    costImpact: 15000,
    response: { strategy: 'exploit', actions: ['Commit to a three-year reservation'] },
    status: 'open',
    reviewBy: '2026-12-01',
  },
  {
    id: 'R-11',
    title: 'The penetration test finds a critical vulnerability',
    kind: 'threat',
    category: 'security',
    owner: 'p-li',
    raisedOn: '2026-10-20',
    probability: 0.3,
    impact: 5,
    costImpact: { min: 10000, mostLikely: 40000, max: 100000 },
    scheduleImpactDays: { min: 3, mostLikely: 10, max: 25 },
    tasks: ['T16'],
    status: 'open',
    reviewBy: '2026-12-04',
  },
  {
    id: 'R-12',
    title: 'Contact-centre industrial action during go-live',
    kind: 'threat',
    category: 'people',
    owner: 'p-kate',
    raisedOn: '2026-06-10',
    probability: 0.1,
    impact: 3,
    costImpact: 20000,
    response: { strategy: 'accept', actions: [] },
    status: 'closed',
    reviewBy: '2026-09-30',
  },
];

const SAMPLE_STAKEHOLDERS: NonNullable<Project['stakeholders']> = [
  {
    id: 'S-01',
    name: 'Kate Nowak',
    organisation: 'Customer Service (sponsor)',
    power: 5,
    interest: 5,
    legitimacy: true,
    urgency: true,
    engagement: { current: 'supportive', desired: 'leading' },
    communication: { channel: 'one-to-one', everyDays: 14 },
    lastContactedOn: '2026-11-13',
  },
  {
    id: 'S-02',
    name: 'Marcus Lee',
    organisation: 'Finance (CFO)',
    power: 5,
    interest: 2,
    legitimacy: true,
    urgency: false,
    engagement: { current: 'neutral', desired: 'supportive' },
    communication: { channel: 'monthly report', everyDays: 30 },
    lastContactedOn: '2026-11-02',
  },
  {
    id: 'S-03',
    name: 'Priya Shah',
    organisation: 'Contact Centre',
    power: 4,
    interest: 5,
    legitimacy: true,
    urgency: true,
    engagement: { current: 'neutral', desired: 'leading' },
    communication: { channel: 'one-to-one', everyDays: 14 },
    lastContactedOn: '2026-10-28',
  },
  {
    id: 'S-04',
    name: 'Daniel Costa',
    organisation: 'IT Operations',
    power: 4,
    interest: 4,
    legitimacy: true,
    urgency: false,
    engagement: { current: 'supportive', desired: 'supportive' },
    communication: { channel: 'sprint review', everyDays: 14 },
    lastContactedOn: '2026-11-13',
  },
  {
    id: 'S-05',
    name: 'Customer advisory panel',
    organisation: 'Customers',
    power: 2,
    interest: 5,
    legitimacy: true,
    urgency: false,
    engagement: { current: 'supportive', desired: 'leading' },
    communication: { channel: 'sprint review', everyDays: 14 },
    lastContactedOn: '2026-11-13',
  },
  {
    id: 'S-06',
    name: 'Elena Rossi',
    organisation: 'Data Protection Officer',
    power: 4,
    interest: 2,
    legitimacy: true,
    urgency: true,
    engagement: { current: 'neutral', desired: 'supportive' },
    communication: { channel: 'email', everyDays: 30 },
    lastContactedOn: '2026-10-30',
  },
  {
    id: 'S-07',
    name: 'Ben Okafor',
    organisation: 'Billing',
    power: 2,
    interest: 4,
    legitimacy: true,
    urgency: false,
    engagement: { current: 'supportive', desired: 'supportive' },
    communication: { channel: 'sprint review', everyDays: 14 },
    lastContactedOn: '2026-11-13',
  },
  {
    id: 'S-08',
    name: 'Hannah Fischer',
    organisation: 'Marketing',
    power: 2,
    interest: 3,
    legitimacy: false,
    urgency: false,
    engagement: { current: 'neutral', desired: 'supportive' },
    communication: { channel: 'newsletter', everyDays: 30 },
    lastContactedOn: '2026-11-05',
  },
  {
    id: 'S-09',
    name: 'Payment provider account manager',
    organisation: 'PayCo',
    power: 2,
    interest: 2,
    legitimacy: true,
    urgency: false,
    engagement: { current: 'unaware', desired: 'neutral' },
    communication: { channel: 'email', everyDays: 60 },
    lastContactedOn: '2026-10-12',
  },
  {
    id: 'S-10',
    name: 'Works council',
    organisation: 'Employee representatives',
    power: 4,
    interest: 3,
    legitimacy: true,
    urgency: true,
    engagement: { current: 'resistant', desired: 'supportive' },
    communication: { channel: 'meeting', everyDays: 30 },
    lastContactedOn: '2026-10-08',
  },
];

const SAMPLE_REVIEWS: NonNullable<Project['reviews']> = [
  {
    id: 'RV-7',
    sprint: 'S7',
    on: '2026-10-30',
    invited: ['S-01', 'S-03', 'S-04', 'S-05', 'S-07'],
    attended: ['S-01', 'S-03', 'S-05'],
    decisions: ['Tariff switching moves ahead of live chat'],
  },
  {
    id: 'RV-8',
    sprint: 'S8',
    on: '2026-11-13',
    invited: ['S-01', 'S-04', 'S-05', 'S-07'],
    attended: ['S-01', 'S-04', 'S-05'],
    decisions: ['Pilot SMS outage notifications with 500 customers'],
  },
];

const SAMPLE_TARGETS: NonNullable<Project['targets']> = [
  {
    id: 'G-1',
    title: 'Release 1.0: self-service portal generally available',
    due: '2027-01-29',
    items: [
      'B-23',
      'B-24',
      'B-25',
      'B-26',
      'B-27',
      'B-39',
      'B-29',
      'B-28',
      'B-31',
      'B-37',
      'B-33',
      'B-32',
    ],
  },
  {
    id: 'G-2',
    title: 'Live chat pilot with 1,000 customers',
    due: '2027-03-12',
    items: ['B-30', 'B-34', 'B-36'],
  },
];

const SAMPLE_DECISIONS: NonNullable<Project['decisions']> = [
  {
    id: 'D-1',
    title: 'Release contingency for the accessibility re-test',
    needBy: '2026-12-04',
    decider: 'S-01',
  },
  {
    id: 'D-2',
    title: 'Agree the contact-centre training window with the works council',
    needBy: '2026-12-11',
    decider: 'S-10',
  },
];

// Built by a function so that a bundler drops it (and the schedule it
// computes for the baseline) when sampleProject is not imported.
function buildSample(): Project {
  return deepFreeze<Project>({
    id: 'customer-portal',
    name: 'Customer self-service portal',
    currency: 'EUR',
    start: '2026-06-01',
    calendar: CALENDAR,
    people: SAMPLE_PEOPLE,
    roles: { productOwner: 'p-amira', projectManager: 'p-jonas', sponsor: 'p-kate' },
    raci: SAMPLE_RACI,
    backlog: BACKLOG.map(([id, title, kind, status, estimate, dependsOn, tags, createdOn, w]) => ({
      id,
      title,
      kind,
      status,
      ...(estimate === null ? {} : { estimate }),
      dependsOn: [...dependsOn],
      tags: [...tags],
      createdOn,
      ...(w === null
        ? {}
        : {
            wsjf: {
              businessValue: w[0],
              timeCriticality: w[1],
              riskReduction: w[2],
              jobSize: w[3],
            },
          }),
    })),
    sprints: SPRINTS.map(([id, start, end, committed, completed, added, removed]) => ({
      id,
      start,
      end,
      committed,
      completed,
      added,
      removed,
    })),
    workItems: WORK.map(
      ([id, type, backlogItem, assignee, estimate, sprint, createdOn, startedOn, finishedOn]) => ({
        id,
        type,
        createdOn,
        ...(startedOn === null ? {} : { startedOn }),
        ...(finishedOn === null ? {} : { finishedOn }),
        ...(assignee === null ? {} : { assignee }),
        estimate,
        ...(sprint === null ? {} : { sprint }),
        ...(backlogItem === null ? {} : { backlogItem }),
      }),
    ),
    workflow: SAMPLE_WORKFLOW,
    statusHistory: sampleHistory(),
    plan: tasksOf('current'),
    statusDate: STATUS_DATE,
    resources: SAMPLE_RESOURCES,
    // The plan as approved at initiation, before the identity-provider, CRM and
    // tariff work grew.
    baseline: toBaseline(
      scheduleDates(tasksOf('baseline'), { start: '2026-06-01', calendar: CALENDAR }),
    ),
    budget: SAMPLE_BUDGET,
    businessCase: SAMPLE_BUSINESS_CASE,
    earnedValue: SAMPLE_EARNED_VALUE,
    risks: SAMPLE_RISKS,
    stakeholders: SAMPLE_STAKEHOLDERS,
    reviews: SAMPLE_REVIEWS,
    targets: SAMPLE_TARGETS,
    decisions: SAMPLE_DECISIONS,
  });
}

/**
 * A realistic example project: an energy supplier's team building a customer
 * self-service portal. It starts on 2026-06-01 and has 40 backlog items with
 * WSJF scores and dependencies, 8 finished sprints and a ninth running
 * (2026-11-16 to 2026-11-27), 60 work items with dates and assignees (15
 * with their status history on a four-state board with a review queue), a plan
 * of 25 tasks under two summary tasks with a baseline, progress recorded on
 * its status date (2026-11-13) and a go-live deadline, six resources with a
 * cost per day and fixed task costs, a budget with actuals, a business case
 * with three options, 12 risks (five linked to the tasks they delay), 10
 * stakeholders, a RACI matrix and two sprint reviews. Look at it on a date
 * inside sprint 9, such as `'2026-11-20'`.
 *
 * @example
 * sampleProject.backlog.length; //=> 40
 * sampleProject.statusDate; //=> '2026-11-13'
 * assessProject(sampleProject, '2026-11-20').areas.cost.rag; //=> 'amber'
 */
export const sampleProject: Project = /* @__PURE__ */ buildSample();
