/**
 * A seeded generator of large, valid Project documents, for the bench and
 * for tests. `generateProject({ scale: 100 })` gives the "100× the sample"
 * project of the bench: 4,000 backlog items, 6,000 work items, 2,500 tasks
 * and 1,200 risks.
 */
import { addDays, compareDates, type IsoDate } from '../../src/core/dates.js';
import { createRandom } from '../../src/core/random.js';
import { scheduleDates, type Task, toBaseline } from '../../src/plan/index.js';
import { sampleProject } from '../../src/project/sample.js';
import type { Person, Project, ProjectWorkItem } from '../../src/project/types.js';
import type { Risk } from '../../src/risk/index.js';
import type { Stakeholder } from '../../src/stakeholders/index.js';

export interface GenerateOptions {
  /** Multiplier on the sample's sizes (default 100). */
  readonly scale?: number;
  /** Seed of the generator (default 1). */
  readonly seed?: number | string;
}

const FIB = [1, 2, 3, 5, 8, 13];
const LEVELS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] as const;

/** The sprint calendar of the sample: nine two-week sprints, the last running on 2026-11-20. */
const SPRINT_STARTS: readonly IsoDate[] = sampleProject.sprints.map((s) => s.start);

function sprintOf(day: IsoDate): string | undefined {
  for (const s of sampleProject.sprints) if (s.start <= day && day <= s.end) return s.id;
  return undefined;
}

/**
 * Generates a valid project `scale` times the size of the sample (backlog 40,
 * work items 60, tasks 25, risks 12 per unit of scale), with the sample's
 * dates (start 2026-06-01, sprint 9 running on 2026-11-20).
 */
export function generateProject(options: GenerateOptions = {}): Project {
  const scale = options.scale ?? 100;
  const rnd = createRandom(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[rnd.int(xs.length)] as T;
  const between = (lo: number, hi: number): number => lo + rnd.int(hi - lo + 1);

  const people: Person[] = [
    { id: 'po', name: 'Product Owner', capacity: 0, availability: 1 },
    { id: 'pm', name: 'Project Manager', capacity: 0, availability: 1 },
  ];
  const teamSize = Math.max(5, Math.round(5 * Math.sqrt(scale) * 2));
  for (let i = 0; i < teamSize; i++)
    people.push({
      id: `p${i}`,
      name: `Person ${i}`,
      capacity: pick([5, 8, 8, 10]),
      availability: pick([0.5, 0.8, 1, 1, 1]),
    });
  const team = people.slice(2).map((p) => p.id);

  // Backlog: the first 55% done, then 2.5% in progress, then ready and todo.
  const nBacklog = 40 * scale;
  const backlog: Project['backlog'][number][] = [];
  for (let i = 0; i < nBacklog; i++) {
    const share = i / nBacklog;
    const status =
      share < 0.55 ? 'done' : share < 0.575 ? 'in-progress' : share < 0.7 ? 'ready' : 'todo';
    const dependsOn =
      i > 10 && rnd.next() < 0.1 ? [`B${between(Math.max(0, i - 200), i - 1)}`] : [];
    const estimated = status !== 'todo' || rnd.next() < 0.9;
    backlog.push({
      id: `B${i}`,
      title: `Backlog item ${i}`,
      kind: pick(['story', 'story', 'story', 'feature', 'bug', 'chore'] as const),
      status,
      ...(estimated ? { estimate: pick(FIB) } : {}),
      dependsOn,
      tags: [pick(['accounts', 'billing', 'payments', 'support', 'platform'])],
      createdOn: addDays('2026-06-01', between(0, 150)),
      ...(rnd.next() < 0.9
        ? {
            wsjf: {
              businessValue: pick([1, 2, 3, 5, 8, 13, 20]),
              timeCriticality: pick([1, 2, 3, 5, 8, 13, 20]),
              riskReduction: pick([1, 2, 3, 5, 8, 13, 20]),
              jobSize: pick([1, 2, 3, 5, 8, 13]),
            },
          }
        : {}),
    });
  }
  const doneIds = backlog.filter((b) => b.status === 'done').map((b) => b.id);

  // Work items: created from mid-August, most finished within days.
  const nWork = 60 * scale;
  const workItems: ProjectWorkItem[] = [];
  const asOf = '2026-11-20';
  for (let i = 0; i < nWork; i++) {
    const createdOn = addDays('2026-08-03', between(0, 108));
    const startLag = between(0, 6);
    const startedOn = addDays(createdOn, startLag);
    const finishedOn = addDays(startedOn, between(0, 9));
    const open = finishedOn > asOf || rnd.next() < 0.03;
    const started = startedOn <= asOf;
    const sprint = sprintOf(startedOn <= asOf ? startedOn : createdOn);
    workItems.push({
      id: `W${i}`,
      type: pick(['story', 'task', 'bug']),
      createdOn,
      ...(started ? { startedOn } : {}),
      ...(started && !open ? { finishedOn } : {}),
      ...(rnd.next() < 0.95 ? { assignee: pick(team) } : {}),
      estimate: pick([1, 2, 3, 5]),
      ...(sprint === undefined ? {} : { sprint }),
      backlogItem: pick(doneIds),
    });
  }

  // Sprints: the sample's calendar with committed and completed from the work items.
  const sprints = sampleProject.sprints.map((s) => {
    const items = workItems.filter((w) => w.sprint === s.id);
    const committed = items
      .filter((w) => w.createdOn <= s.start)
      .reduce((t, w) => t + (w.estimate ?? 0), 0);
    const added = items
      .filter((w) => w.createdOn > s.start)
      .reduce((t, w) => t + (w.estimate ?? 0), 0);
    const completed = items
      .filter((w) => w.finishedOn !== undefined && w.finishedOn <= s.end && w.finishedOn <= asOf)
      .reduce((t, w) => t + (w.estimate ?? 0), 0);
    return {
      id: s.id,
      start: s.start,
      end: s.end,
      committed: Math.max(1, committed),
      completed: Math.min(completed, committed + added),
      added,
      removed: 0,
    };
  });

  // Plan: a layered network, each task after one or two recent tasks.
  const nTasks = 25 * scale;
  const plan: Task[] = [];
  const baselineTasks: Task[] = [];
  for (let i = 0; i < nTasks; i++) {
    const deps: Task['dependsOn'] =
      i === 0
        ? []
        : [
            ...new Set([between(Math.max(0, i - 40), i - 1), between(Math.max(0, i - 40), i - 1)]),
          ].map((k) =>
            rnd.next() < 0.9 ? `T${k}` : { id: `T${k}`, type: 'SS' as const, lag: between(0, 3) },
          );
    const duration = between(1, 10);
    plan.push({ id: `T${i}`, name: `Task ${i}`, duration, dependsOn: deps });
    baselineTasks.push({
      id: `T${i}`,
      duration: rnd.next() < 0.1 ? Math.max(1, duration - 2) : duration,
      dependsOn: deps,
    });
  }
  const calendar = sampleProject.calendar ?? { weekend: [0, 6], holidays: [] };
  const baseline = toBaseline(scheduleDates(baselineTasks, { start: '2026-06-01', calendar }));

  // Risks.
  const nRisks = 12 * scale;
  const risks: Risk[] = [];
  for (let i = 0; i < nRisks; i++) {
    const kind = rnd.next() < 0.85 ? 'threat' : 'opportunity';
    const cost = between(1, 100) * 1000;
    risks.push({
      id: `R${i}`,
      title: `Risk ${i}`,
      kind,
      category: pick(['technical', 'people', 'commercial', 'compliance']),
      ...(rnd.next() < 0.95 ? { owner: pick(people).id } : {}),
      raisedOn: addDays('2026-06-01', between(0, 150)),
      probability: between(1, 9) / 10,
      impact: between(1, 5),
      costImpact: rnd.next() < 0.5 ? cost : { min: cost / 2, mostLikely: cost, max: cost * 2 },
      scheduleImpactDays: between(0, 20),
      ...(rnd.next() < 0.8
        ? {
            response: {
              strategy:
                kind === 'threat' ? pick(['mitigate', 'accept', 'transfer'] as const) : 'enhance',
              actions: ['Act'],
              cost: between(0, 5) * 1000,
            },
            residual: { probability: between(1, 5) / 10, impact: between(1, 3) },
          }
        : {}),
      status: pick(['open', 'open', 'open', 'monitoring', 'closed'] as const),
      reviewBy: addDays('2026-10-01', between(0, 120)),
    });
  }

  // Stakeholders (the grid is small in real life: 10 per unit of scale is plenty).
  const stakeholders: Stakeholder[] = [];
  for (let i = 0; i < Math.max(10, scale); i++) {
    const current = between(0, 4);
    stakeholders.push({
      id: `S${i}`,
      name: `Stakeholder ${i}`,
      power: between(1, 5),
      interest: between(1, 5),
      legitimacy: rnd.next() < 0.7,
      urgency: rnd.next() < 0.4,
      engagement: {
        current: LEVELS[current] as never,
        desired: LEVELS[Math.min(4, current + between(0, 2))] as never,
      },
      communication: { channel: 'email', everyDays: pick([14, 30, 60]) },
      lastContactedOn: addDays('2026-09-01', between(0, 80)),
    });
  }
  const sIds = stakeholders.map((s) => s.id);

  const actuals = [];
  for (let i = 0; i < 10 * scale; i++)
    actuals.push({
      date: addDays('2026-06-01', between(0, 172)),
      amount: String(between(50, 500) * scale),
      category: pick(['staff', 'licensing', 'infrastructure']),
    });
  actuals.sort((a, b) => compareDates(a.date, b.date));

  const openIds = backlog.filter((b) => b.status !== 'done').map((b) => b.id);
  return {
    id: `generated-${scale}`,
    name: `Generated project ×${scale}`,
    currency: 'EUR',
    start: '2026-06-01',
    calendar,
    people,
    roles: { productOwner: 'po', projectManager: 'pm' },
    raci: {
      variant: 'RACI',
      activities: sampleProject.raci?.activities ?? [],
      people: ['po', 'pm'],
      assignments: Object.fromEntries(
        (sampleProject.raci?.activities ?? []).map((a) => {
          const id = typeof a === 'string' ? a : a.id;
          return [
            id,
            id.startsWith('po.') ? { po: ['A', 'R'], pm: 'C' } : { pm: ['A', 'R'], po: 'I' },
          ];
        }),
      ),
    },
    backlog,
    sprints,
    workItems,
    plan,
    baseline,
    budget: {
      currency: 'EUR',
      total: String(700000 * scale),
      start: '2026-06-01',
      end: '2027-12-31',
      lines: [
        { category: 'staff', amount: String(500000 * scale) },
        { category: 'licensing', amount: String(100000 * scale) },
        { category: 'infrastructure', amount: String(60000 * scale) },
        { category: 'contingency', amount: String(40000 * scale) },
      ],
      actuals,
    },
    ...(sampleProject.businessCase === undefined
      ? {}
      : { businessCase: { ...sampleProject.businessCase, risks: ['R0', 'R1', 'R2'] } }),
    earnedValue: sampleProject.earnedValue,
    risks,
    stakeholders,
    reviews: SPRINT_STARTS.slice(1).map((start, i) => ({
      id: `RV${i + 1}`,
      sprint: sampleProject.sprints[i]?.id ?? 'S1',
      on: addDays(start, -3),
      invited: sIds.filter(() => rnd.next() < 0.5),
      attended: sIds.filter(() => rnd.next() < 0.3),
    })),
    targets: Array.from({ length: Math.max(2, Math.round(scale / 5)) }, (_, i) => ({
      id: `G${i}`,
      title: `Target ${i}`,
      due: addDays('2027-01-15', i * 14),
      items: openIds.slice(i * 50, i * 50 + 50),
    })),
  };
}
