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
