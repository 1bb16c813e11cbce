import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { sampleProject } from '../../src/project/sample.js';
import type { SchemaIssue } from '../../src/schemas/internal/common.js';
import {
  DecisionSchema,
  PersonSchema,
  ProjectSchema,
  ProjectWorkItemSchema,
  parseProject,
  projectJsonSchema,
  SprintReviewSchema,
  safeParseProject,
  TargetSchema,
  WorkCalendarSchema,
} from '../../src/schemas/project.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';

// biome-ignore lint/suspicious/noExplicitAny: tests poke at arbitrary JSON
const json = (): Record<string, any> => JSON.parse(JSON.stringify(sampleProject));

function issuesOf(doc: unknown): SchemaIssue[] {
  const e = catchError(() => parseProject(doc));
  expect(e.code).toBe('SCHEMA');
  return (e.details as { issues: SchemaIssue[] }).issues;
}

describe('parseProject', () => {
  it('matches its TSDoc examples', () => {
    const p = parseProject(JSON.parse(JSON.stringify(sampleProject)));
    expect(p.backlog.length).toBe(40);
    const e = catchError(() =>
      parseProject({
        ...sampleProject,
        roles: { productOwner: 'nobody', projectManager: 'p-jonas' },
      }),
    );
    expect(e.message).toContain(
      'roles.productOwner: expected the id of a person in people, got "nobody"',
    );
    expect(z.safeParse(ProjectSchema, sampleProject).success).toBe(true);
  });

  it('returns a frozen project equal to the input, dropping unknown keys', () => {
    const doc = json();
    doc.extra = 1;
    const p = parseProject(doc);
    expect(isDeepFrozen(p)).toBe(true);
    expect(p).toEqual(sampleProject);
    expect('extra' in p).toBe(false);
  });

  it('reports every problem with its path in one SCHEMA error', () => {
    const doc = json();
    doc.roles.productOwner = 'nobody';
    doc.roles.sponsor = 'ghost';
    doc.people.push({ ...doc.people[2] });
    doc.people[2].availability = 2;
    doc.risks[0].owner = 'ghost';
    doc.risks[1].actionee = 'ghost';
    doc.backlog[3].dependsOn = ['B-99'];
    doc.plan[4].dependsOn = ['TX'];
    doc.workItems[0].assignee = 'ghost';
    doc.workItems[1].sprint = 'S99';
    doc.workItems[2].backlogItem = 'B-99';
    doc.workItems[3].id = 'W-01';
    doc.reviews[0].sprint = 'S99';
    doc.reviews[0].invited.push('S-99');
    doc.reviews[1].attended.push('S-98');
    doc.targets[0].items.push('B-98');
    doc.decisions[0].decider = 'S-97';
    doc.businessCase.risks.push('R-99');
    doc.budget.currency = 'USD';
    doc.raci.people.push('p-ghost');
    doc.start = '2026-02-30';
    const e = catchError(() => parseProject(doc));
    expect(e.code).toBe('SCHEMA');
    const paths = (e.details as { issues: SchemaIssue[] }).issues.map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(
      [
        'start',
        'people.2.availability',
        'plan.4.dependsOn.0',
        'people.8.id',
        'workItems.3.id',
        'roles.productOwner',
        'roles.sponsor',
        'raci.people.5',
        'backlog.3.dependsOn.0',
        'workItems.0.assignee',
        'workItems.1.sprint',
        'workItems.2.backlogItem',
        'risks.0.owner',
        'risks.1.actionee',
        'businessCase.risks.3',
        'reviews.0.sprint',
        'reviews.0.invited.5',
        'reviews.1.attended.3',
        'targets.0.items.12',
        'decisions.0.decider',
        'budget.currency',
      ].sort(),
    );
    expect(e.message).toMatch(/^project: 21 problems\n/);
  });

  it('reports a backlog dependency loop', () => {
    const doc = json();
    doc.backlog[0].dependsOn = ['B-02'];
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['backlog', 0, 'dependsOn']);
    expect(issues[0]?.message).toBe('expected no dependency loop, got B-01 → B-02 → B-01');
  });

  it('reports duplicate ids in each collection', () => {
    const doc = json();
    for (const key of ['backlog', 'risks', 'reviews', 'targets', 'decisions'])
      doc[key][1].id = doc[key][0].id;
    const paths = issuesOf(doc).map((i) => i.path.join('.'));
    for (const key of ['backlog', 'risks', 'reviews', 'targets', 'decisions'])
      expect(paths).toContain(`${key}.1.id`);
  });

  it('reports shape problems of malformed parts and still cross-checks the rest', () => {
    const issues = issuesOf({
      ...json(),
      people: 'nobody',
      risks: [{ id: 'R', title: 'x', kind: 'threat', owner: 'p-li' }],
    });
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toContain('people');
    expect(paths).toContain('risks.0.owner');
    expect(issuesOf(null).map((i) => i.path)).toEqual([[]]);
  });

  it('checks the project fields of its own', () => {
    const doc = json();
    doc.currency = 'euro';
    doc.calendar = { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] };
    doc.notApplicable = { 'po.nothing': 'x' };
    doc.workItems[0].estimate = -1;
    const paths = issuesOf(doc).map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual([
      'calendar.weekend',
      'currency',
      'notApplicable',
      'workItems.0.estimate',
    ]);
  });
});

describe('messages', () => {
  it('say what was expected and what came, in the library style', () => {
    const issues = issuesOf({
      id: 5,
      people: [{ id: 'a', capacity: 1, availability: 1 }],
      notApplicable: { 'x.y': 'z' },
      backlog: [{ id: 'b', title: 't', status: 'nope' }],
      risks: [{ id: 'r', title: 't', kind: 'threat', costImpact: { min: 'x' } }],
      calendar: { weekend: [1.5], holidays: [] },
      roles: [],
      targets: [{ id: 'g', title: 'G', due: '2026-01-01', items: [], extra: null }],
      reviews: [{ id: 'r', sprint: 's', on: '2026-01-01', invited: 'all', attended: [] }],
    });
    const byPath = new Map(issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.get('id')).toBe('expected a string, got 5');
    expect(byPath.get('name')).toBe('expected a string, got nothing');
    expect(byPath.get('people.0.name')).toBe('expected a string, got nothing');
    expect(byPath.get('roles')).toBe('expected an object, got an array of 0');
    expect(byPath.get('sprints')).toBe('expected an array, got nothing');
    expect(byPath.get('calendar.weekend.0')).toBe('expected an integer, got 1.5');
    expect(byPath.get('backlog.0.status')).toBe(
      'expected one of "todo", "ready", "in-progress", "done", "wont-do", got "nope"',
    );
    expect(byPath.get('risks.0.costImpact.min')).toBe('expected a numeric string, got "x"');
    expect(byPath.get('notApplicable')).toBe('expected only known keys, got "x.y"');
    expect(byPath.get('reviews.0.invited')).toBe('expected an array, got "all"');
  });
});

describe('safeParseProject', () => {
  it('matches its TSDoc example', () => {
    expect(safeParseProject({}).success).toBe(false);
    expect(safeParseProject(sampleProject).success).toBe(true);
  });
  it('returns the error instead of throwing', () => {
    const r = safeParseProject({ ...json(), id: '' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe('SCHEMA');
      expect(r.error.path).toEqual(['id']);
    }
  });
});

describe('part schemas', () => {
  it('match their TSDoc examples', () => {
    expect(
      z.safeParse(WorkCalendarSchema, { weekend: [0, 6], holidays: ['2026-12-25'] }).success,
    ).toBe(true);
    expect(
      z.safeParse(WorkCalendarSchema, { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] }).success,
    ).toBe(false);
    expect(
      z.safeParse(PersonSchema, { id: 'p1', name: 'Li', capacity: 8, availability: 1.5 }).success,
    ).toBe(false);
    expect(
      z.safeParse(ProjectWorkItemSchema, {
        id: 'w1',
        createdOn: '2026-03-02',
        estimate: 3,
        sprint: 'S1',
      }).success,
    ).toBe(true);
    expect(
      z.safeParse(SprintReviewSchema, {
        id: 'r1',
        sprint: 'S1',
        on: '2026-03-13',
        invited: ['s1'],
        attended: [],
      }).success,
    ).toBe(true);
    expect(
      z.safeParse(TargetSchema, { id: 'g1', title: 'Beta', due: '2026-06-30', items: ['b1'] })
        .success,
    ).toBe(true);
    expect(
      z.safeParse(DecisionSchema, { id: 'd1', title: 'Go live?', needBy: '2026-06-01' }).success,
    ).toBe(true);
  });
  it('keeps the work item date rules of the progress schema', () => {
    const r = z.safeParse(ProjectWorkItemSchema, {
      id: 'w',
      createdOn: '2026-03-05',
      startedOn: '2026-03-01',
    });
    expect(r.success).toBe(false);
  });
});

describe('projectJsonSchema', () => {
  it('matches its TSDoc example', () => {
    const s = projectJsonSchema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((s.required as string[]).includes('backlog')).toBe(true);
  });
  it('describes every top-level field of the document', () => {
    const s = projectJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(s.properties)).toEqual(Object.keys(ProjectSchema.def.shape));
    expect(s.required).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'currency',
        'start',
        'people',
        'roles',
        'backlog',
        'sprints',
        'workItems',
        'plan',
        'earnedValue',
        'risks',
        'stakeholders',
        'reviews',
        'targets',
      ]),
    );
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(projectJsonSchema()).not.toBe(s);
  });
});
