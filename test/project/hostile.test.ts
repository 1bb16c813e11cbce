import { describe, expect, it } from 'vitest';
import { isPopmError } from '../../src/core/errors.js';
import { dashboard } from '../../src/project/dashboard.js';
import { progressReport } from '../../src/project/progressReport.js';
import { renderReportMarkdown, renderReportText } from '../../src/project/renderReport.js';
import { sampleProject } from '../../src/project/sample.js';
import type { Project } from '../../src/project/types.js';
import { catchError, deepFreezeInput } from '../helpers/freeze.js';
import { leaves, setAt } from '../helpers/loudness.js';
import { AS_OF, FAST } from './helpers.js';

const REPORT = progressReport(sampleProject, AS_OF, FAST);
const JSON_REPORT = JSON.parse(JSON.stringify(REPORT)) as unknown;
/** An array whose first slot is a hole, as `[, 'x']` writes it. */
function holeThenX(): unknown[] {
  const a: unknown[] = [];
  a[1] = 'x';
  return a;
}

const BAD_TEXT = /undefined|\[object Object\]|NaN|Infinity/;

/** The sample as JSON, its sections as plain arrays a test may spoil. */
type Sections = Record<
  'sprints' | 'workItems' | 'earnedValue' | 'stakeholders' | 'people',
  unknown[]
>;

describe('issue 21: the report renderers validate the report', () => {
  it('render the JSON form of a report exactly as the report itself', () => {
    expect(renderReportMarkdown(JSON_REPORT as never)).toBe(renderReportMarkdown(REPORT));
    expect(renderReportText(JSON_REPORT as never)).toBe(renderReportText(REPORT));
  });

  it('reject a missing report with a PopmError at report, not undefined.projectName', () => {
    for (const render of [renderReportMarkdown, renderReportText]) {
      const e = catchError(() => render(undefined as never));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.path).toEqual(['report']);
      expect(catchError(() => render({} as never)).path).toEqual(['report', 'projectName']);
    }
  });

  it('reject a hand-built rag that is not a string, not "toUpperCase is not a function"', () => {
    const bad = setAt(JSON_REPORT, ['summary', 'rag'], 5);
    const e = catchError(() => renderReportText(bad as never));
    expect(e.path).toEqual(['report', 'summary', 'rag']);
    expect(e.message).toBe('report.summary.rag: expected one of red, amber, green, got 5');
  });

  it('reject a hole, an object where text belongs, and junk money at their paths', () => {
    const holes = setAt(JSON_REPORT, ['summary', 'highlights'], holeThenX());
    expect(catchError(() => renderReportText(holes as never)).path).toEqual([
      'report',
      'summary',
      'highlights',
      0,
    ]);
    const obj = setAt(JSON_REPORT, ['risksAndIssues', 'risks', 0, 'id'], { id: 'R-1' });
    expect(catchError(() => renderReportText(obj as never)).path).toEqual([
      'report',
      'risksAndIssues',
      'risks',
      0,
      'id',
    ]);
    const money = setAt(JSON_REPORT, ['budgetAndValue', 'budget', 'total'], '620000x');
    expect(catchError(() => renderReportMarkdown(money as never)).code).toBe('INVALID_NUMBER');
  });

  it('reject a report whose getter throws, with a PopmError', () => {
    const trap = {
      ...(JSON_REPORT as object),
      get summary(): never {
        throw new Error('boom');
      },
    };
    expect(catchError(() => renderReportText(trap as never)).path).toEqual(['report', 'summary']);
  });

  it('never print "undefined" or "[object Object]": every leaf mutated gives clean text or a PopmError (text renderer; Markdown draws the same blocks)', () => {
    const junk: unknown[] = [undefined, Number.NaN, {}, 'x'];
    const input = deepFreezeInput(JSON_REPORT);
    let rendered = 0;
    for (const path of leaves(input))
      for (const value of junk) {
        const report = setAt(input, path, value);
        for (const render of [renderReportText]) {
          let out: string;
          try {
            out = render(report as never);
          } catch (e) {
            expect(isPopmError(e), `${path.join('.')} = ${String(value)}: ${String(e)}`).toBe(true);
            continue;
          }
          rendered++;
          expect(out, `${path.join('.')} = ${String(value)}`).not.toMatch(BAD_TEXT);
        }
      }
    expect(rendered).toBeGreaterThan(100);
  }, 60_000);
});

describe('issue 12: the Project document is read with the entity and options rules', () => {
  it('rejects a near-miss key of a project section with the closest known key', () => {
    const people = sampleProject.people.map((p, i) =>
      i === 2 ? { ...p, capacty: 5 } : p,
    ) as Project['people'];
    const e = catchError(() => dashboard({ ...sampleProject, people }, AS_OF, FAST));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['project', 'people', 2, 'capacty']);
    expect(e.message).toContain("did you mean 'capacity'?");
    const top = catchError(() =>
      dashboard({ ...sampleProject, targts: [] } as unknown as Project, AS_OF, FAST),
    );
    expect(top.path).toEqual(['project', 'targts']);
    const target = catchError(() =>
      dashboard(
        {
          ...sampleProject,
          targets: [
            { ...(sampleProject.targets[0] as Project['targets'][number]), Due: '2027-01-01' },
          ],
        } as unknown as Project,
        AS_OF,
        FAST,
      ),
    );
    expect(target.path).toEqual(['project', 'targets', 0, 'Due']);
  });

  it('ignores an unrelated key, so an app’s own fields pass unchanged', () => {
    const people = sampleProject.people.map((p) => ({ ...p, colour: 'teal' }));
    const withColour = dashboard({ ...sampleProject, people, owner: 'x' } as Project, AS_OF, FAST);
    expect(JSON.stringify(withColour)).toBe(JSON.stringify(dashboard(sampleProject, AS_OF, FAST)));
  });

  it('reads the options strictly', () => {
    const e = catchError(() => dashboard(sampleProject, AS_OF, { trails: 200 } as never));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['options', 'trails']);
    expect(e.message).toContain("did you mean 'trials'?");
  });

  it('never takes a prototype from a __proto__ key of a JSON document', () => {
    const doc = JSON.parse(
      JSON.stringify({ ...sampleProject, meta: { a: 1 } }).replace(
        '"meta":{"a":1}',
        '"meta":{"a":1,"__proto__":{"isAdmin":true}}',
      ),
    ) as Project;
    const d = dashboard(doc, AS_OF, FAST);
    expect((d.meta as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(d.meta)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('issue 12/21: the project-owned sections are checked field by field', () => {
  const cases: [
    string,
    (p: Record<string, unknown>) => unknown,
    readonly (string | number)[],
    string,
  ][] = [
    [
      'a missing roles',
      (p) => ({ ...p, roles: undefined }),
      ['project', 'roles'],
      'INVALID_ARGUMENT',
    ],
    [
      'a bad sponsor',
      (p) => ({ ...p, roles: { ...(p.roles as object), sponsor: 5 } }),
      ['project', 'roles', 'sponsor'],
      'INVALID_ARGUMENT',
    ],
    [
      'an availability above 1',
      (p) => ({ ...p, people: [{ id: 'a', name: 'A', capacity: 1, availability: 2 }] }),
      ['project', 'people', 0, 'availability'],
      'OUT_OF_RANGE',
    ],
    [
      'a person title that is not text',
      (p) => ({ ...p, people: [{ id: 'a', name: 'A', title: 3, capacity: 1, availability: 1 }] }),
      ['project', 'people', 0, 'title'],
      'INVALID_ARGUMENT',
    ],
    [
      'a target due date that is not a date',
      (p) => ({ ...p, targets: [{ id: 'G', title: 'G', due: '2026-02-30', items: [] }] }),
      ['project', 'targets', 0, 'due'],
      'INVALID_DATE',
    ],
    [
      'a target item that is not an id',
      (p) => ({ ...p, targets: [{ id: 'G', title: 'G', due: '2027-01-01', items: [7] }] }),
      ['project', 'targets', 0, 'items', 0],
      'INVALID_ARGUMENT',
    ],
    [
      'a review without attendees',
      (p) => ({ ...p, reviews: [{ id: 'R', sprint: 'S1', on: '2026-07-01', invited: [] }] }),
      ['project', 'reviews', 0, 'attended'],
      'INVALID_ARGUMENT',
    ],
    [
      'review decisions that are not text',
      (p) => ({
        ...p,
        reviews: [
          { id: 'R', sprint: 'S1', on: '2026-07-01', invited: [], attended: [], decisions: [1] },
        ],
      }),
      ['project', 'reviews', 0, 'decisions', 0],
      'INVALID_ARGUMENT',
    ],
    [
      'decisions that are not an array',
      (p) => ({ ...p, decisions: {} }),
      ['project', 'decisions'],
      'INVALID_ARGUMENT',
    ],
    [
      'a decision without a need-by date',
      (p) => ({ ...p, decisions: [{ id: 'D', title: 'D' }] }),
      ['project', 'decisions', 0, 'needBy'],
      'INVALID_DATE',
    ],
    [
      'a decided-on date that is not a date',
      (p) => ({
        ...p,
        decisions: [{ id: 'D', title: 'D', needBy: '2027-01-01', decidedOn: 'soon' }],
      }),
      ['project', 'decisions', 0, 'decidedOn'],
      'INVALID_DATE',
    ],
    [
      'a negative work item estimate',
      (p) => ({ ...p, workItems: [{ id: 'W', createdOn: '2026-07-01', estimate: -1 }] }),
      ['project', 'workItems', 0, 'estimate'],
      'OUT_OF_RANGE',
    ],
    [
      'a work item sprint that is not an id',
      (p) => ({ ...p, workItems: [{ id: 'W', createdOn: '2026-07-01', sprint: 1 }] }),
      ['project', 'workItems', 0, 'sprint'],
      'INVALID_ARGUMENT',
    ],
    [
      'a hole in the people',
      (p) => ({ ...p, people: [undefined] }),
      ['project', 'people', 0],
      'INVALID_ARGUMENT',
    ],
    [
      'a meta that is not an object',
      (p) => ({ ...p, meta: [1] }),
      ['project', 'meta'],
      'INVALID_ARGUMENT',
    ],
  ];
  for (const [what, change, path, code] of cases)
    it(`rejects ${what} at ${path.join('.')}`, () => {
      const bad = change(sampleProject as unknown as Record<string, unknown>) as Project;
      const e = catchError(() => dashboard(bad, AS_OF, FAST));
      expect(e.path).toEqual(path);
      expect(e.code).toBe(code);
    });

  it('accepts the optional fields and carries them', () => {
    const p = {
      ...sampleProject,
      decisions: [
        {
          id: 'D',
          title: 'Pick a vendor',
          needBy: '2026-12-01',
          decider: 'S-01',
          decidedOn: '2026-11-01',
          outcome: 'V',
        },
      ],
    } as Project;
    expect(progressReport(p, AS_OF, FAST).decisionsNeeded.some((d) => d.id === 'D')).toBe(false);
  });
});

describe('issue 21: the report reader checks numbers, integers and dates', () => {
  it('rejects a fractional day, a junk date and an infinite number at their paths', () => {
    const day = setAt(JSON_REPORT, ['doneSinceLastReview', 'workItems'], 1.5);
    expect(catchError(() => renderReportText(day as never)).path).toEqual([
      'report',
      'doneSinceLastReview',
      'workItems',
    ]);
    const date = setAt(JSON_REPORT, ['asOf'], '2026-13-01');
    expect(catchError(() => renderReportText(date as never)).code).toBe('INVALID_DATE');
    const inf = setAt(JSON_REPORT, ['forecast', 'velocity'], Number.POSITIVE_INFINITY);
    expect(catchError(() => renderReportText(inf as never)).code).toBe('INVALID_NUMBER');
    const money = setAt(JSON_REPORT, ['budgetAndValue', 'budget', 'total'], { v: 1 });
    expect(catchError(() => renderReportText(money as never)).path).toEqual([
      'report',
      'budgetAndValue',
      'budget',
      'total',
    ]);
    const flag = setAt(JSON_REPORT, ['forecast', 'backlog', 'p85AllTrials'], 'yes');
    expect(catchError(() => renderReportText(flag as never)).path).toEqual([
      'report',
      'forecast',
      'backlog',
      'p85AllTrials',
    ]);
    const arr = setAt(JSON_REPORT, ['decisionsNeeded'], {});
    expect(catchError(() => renderReportText(arr as never)).path).toEqual([
      'report',
      'decisionsNeeded',
    ]);
  });
});

describe('the fuzz run (seed 1) on dashboard: hostile sections give a PopmError at their path', () => {
  const json = (): Sections => JSON.parse(JSON.stringify(sampleProject));

  it('a sprint that is null, not "Cannot read properties of null (reading \'end\')"', () => {
    const p = json();
    (p.sprints as unknown[])[6] = null;
    expect(catchError(() => dashboard(p as never, AS_OF, FAST))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['project', 'sprints', 6],
    });
  });

  it('a work item date that is a symbol, not "Cannot convert a Symbol value to a number"', () => {
    const p = json();
    (p.workItems[6] as Record<string, unknown>).startedOn = Symbol('x');
    expect(catchError(() => dashboard(p as never, AS_OF, FAST))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['project', 'workItems', 6, 'startedOn'],
    });
  });

  it('an earned-value snapshot that is missing or a throwing Proxy', () => {
    const p = json();
    p.earnedValue[0] = undefined;
    expect(catchError(() => dashboard(p as never, AS_OF, FAST))?.path).toEqual([
      'project',
      'earnedValue',
      0,
    ]);
    const q = json();
    q.earnedValue[2] = new Proxy(
      {},
      {
        get() {
          throw new Error('proxy trap');
        },
        ownKeys() {
          throw new Error('proxy trap');
        },
      },
    );
    const e = catchError(() => dashboard(q as never, AS_OF, FAST));
    expect(isPopmError(e)).toBe(true);
    expect(e?.path.slice(0, 3)).toEqual(['project', 'earnedValue', 2]);
  });
});

describe('the fuzz runs (seeds 1 and 2) on dashboard and progressReport', () => {
  const json = (): Sections => JSON.parse(JSON.stringify(sampleProject));

  it('a sprint date that is a symbol or a sprint that is a throwing Proxy is a PopmError at its path', () => {
    const p = json();
    (p.sprints[5] as Record<string, unknown>).start = Symbol('x');
    expect(catchError(() => dashboard(p as never, AS_OF, FAST))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['project', 'sprints', 5, 'start'],
    });
    const q = json();
    q.sprints[6] = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('proxy trap');
        },
      },
    );
    const e = catchError(() => progressReport(q as never, AS_OF, FAST));
    expect(isPopmError(e)).toBe(true);
    expect(e?.path.slice(0, 3)).toEqual(['project', 'sprints', 6]);
  });

  it('a null stakeholder is a PopmError at its path', () => {
    const p = json();
    p.stakeholders[0] = null;
    expect(catchError(() => progressReport(p as never, AS_OF, FAST))?.path).toEqual([
      'project',
      'stakeholders',
      0,
    ]);
  });

  it('a capacity of 1e308 keeps the team load finite (capacity × the share of days worked)', () => {
    const p = json();
    (p.people[3] as Record<string, unknown>).capacity = 1e308;
    const person = dashboard(p as never, AS_OF, FAST).team.find((x) => x.id === 'p-sofia');
    expect(person?.capacity).toBe(1e308);
  });
});

describe('the fuzz runs (seeds 3 and 4) on dashboard: stakeholders', () => {
  const json = (): Sections => JSON.parse(JSON.stringify(sampleProject));

  it('a symbol lastContactedOn and a throwing Proxy stakeholder are PopmErrors at their paths', () => {
    const p = json();
    (p.stakeholders[3] as Record<string, unknown>).lastContactedOn = Symbol('x');
    expect(catchError(() => dashboard(p as never, AS_OF, FAST))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['project', 'stakeholders', 3, 'lastContactedOn'],
    });
    const q = json();
    q.stakeholders[2] = new Proxy(
      {},
      {
        get() {
          throw new Error('proxy trap');
        },
        ownKeys() {
          throw new Error('proxy trap');
        },
      },
    );
    const e = catchError(() => dashboard(q as never, AS_OF, FAST));
    expect(isPopmError(e)).toBe(true);
    expect(e?.path.slice(0, 3)).toEqual(['project', 'stakeholders', 2]);
  });
});

describe('the fuzz runs (seeds 6 and 7) on dashboard: the name and currency', () => {
  it('an object as the name is a PopmError, never frozen into the result', () => {
    const name = { nested: { deep: 1 } };
    const p = { ...sampleProject, name } as unknown as Project;
    expect(catchError(() => dashboard(p, AS_OF, FAST))?.path).toEqual(['project', 'name']);
    expect(Object.isFrozen(name)).toBe(false);
    const q = { ...sampleProject, currency: 7 } as unknown as Project;
    expect(catchError(() => dashboard(q, AS_OF, FAST))?.path).toEqual(['project', 'currency']);
  });
});
