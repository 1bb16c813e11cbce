import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import {
  forecastDiagnostics,
  type StatusHistory,
  type Workflow,
  workItemsFromHistory,
} from '../../src/progress/index.js';
import { dashboard } from '../../src/project/dashboard.js';
import { progressReport } from '../../src/project/progressReport.js';
import { renderReportMarkdown } from '../../src/project/renderReport.js';
import { sampleProject } from '../../src/project/sample.js';
import type { Project } from '../../src/project/types.js';
import { parseProject, safeParseProject } from '../../src/schemas/project.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';
import { AS_OF, EMPTY_PROJECT, FAST, variant } from './helpers.js';

const WORKFLOW: Workflow = {
  states: [
    { name: 'To Do', category: 'todo' },
    { name: 'Doing', category: 'in-progress' },
    { name: 'Review', category: 'in-progress', active: false },
    { name: 'Done', category: 'done' },
  ],
};

/** A project whose only flow data is `statusHistory` (and optional work items). */
function flowProject(
  statusHistory: readonly StatusHistory[],
  workItems: Project['workItems'] = [],
  workflow: Workflow = WORKFLOW,
): Project {
  return { ...EMPTY_PROJECT, start: '2026-03-02', workItems, workflow, statusHistory };
}

describe('the Project document with a workflow and status histories', () => {
  const d = dashboard(sampleProject, AS_OF);

  // Hand-checked from the sample's ten histories finished in the window
  // (ActionableAgile: flow efficiency = active time / cycle time, both ends
  // counted; the finish day counts to the state left). Cycle days
  // 7+6+5+4+4+3+3+2+3+3 = 40; in progress 2+3+2+2+2+1+1+1+1+1 = 16; in review 24.
  it('shows flow efficiency 16/40 = 0.4 and 2.4 days a item in review (ActionableAgile definition)', () => {
    expect(d.flow?.flowEfficiency).toEqual({ pooled: 0.4, mean: expect.any(Number), count: 10 });
    const byState = Object.fromEntries((d.flow?.timeInState ?? []).map((t) => [t.state, t]));
    expect(byState['In Progress']?.meanDays).toBeCloseTo(1.6, 12);
    expect(byState['In Review']?.meanDays).toBeCloseTo(2.4, 12);
    expect(byState['In Review']).toMatchObject({ category: 'in-progress', active: false });
    expect(byState.Done?.meanDays).toBe(0);
    const shares = (d.flow?.timeInState ?? []).reduce((s, t) => s + t.share, 0);
    expect(shares).toBeCloseTo(1, 12);
  });

  it('states the service level: 85% of the 41 items finished in eight weeks within 7 days', () => {
    expect(d.flow?.serviceLevel).toEqual({
      percentile: 85,
      days: 7,
      count: 41,
      recentMetShare: expect.any(Number),
    });
  });

  it('ages W-41 by its stage: back in progress after review, past the P95 of In Progress', () => {
    const w41 = d.flow?.aging.find((a) => a.id === 'W-41');
    expect(w41).toMatchObject({ state: 'In Progress', statePassed: 95 });
    expect(d.flow?.aging.find((a) => a.id === 'W-54')?.state).toBe('In Review');
  });

  it('shows the forecast diagnostics of the velocities the forecast resamples', () => {
    const velocities = [30, 27, 29, 31, 34, 28]; // S3..S8 completed
    const expected = forecastDiagnostics({ throughput: velocities }).warnings;
    expect(expected).toEqual([
      'Only 6 periods of history: forecasts from fewer than 10 are unreliable.',
    ]);
    expect(d.forecast.warnings).toEqual(expected);
    const r = progressReport(sampleProject, AS_OF, FAST);
    expect(r.forecast.warnings).toEqual(expected);
    const md = renderReportMarkdown(r);
    expect(md).toContain(`- Forecast caveat: ${expected[0]}`);
    expect(md).toContain(
      '- Flow efficiency 40% (10 items with a status history); the longest wait is In Review, 2.4 days an item.',
    );
    expect(md).toContain('- Aging for their stage: W-41 (In Progress, past P95).');
    expect(r.forecast.flow?.agedByStage).toEqual([
      { id: 'W-41', state: 'In Progress', statePassed: 95 },
    ]);
  });

  it('has no forecast warnings without a forecast, and no workflow figures without a workflow', () => {
    const plain = variant((p) => {
      delete p.workflow;
      delete p.statusHistory;
    });
    const e = dashboard(plain, AS_OF, FAST);
    expect(e.flow?.flowEfficiency).toBeNull();
    expect(e.flow?.timeInState).toBeNull();
    expect(e.flow?.aging.every((a) => a.state === null && a.statePassed === null)).toBe(true);
    // The histories agree with the work items' dates: every other figure is unchanged.
    expect(e.flow?.cycleTime).toEqual(d.flow?.cycleTime);
    expect(e.flow?.averageWip).toBe(d.flow?.averageWip);
    expect(dashboard(EMPTY_PROJECT, '2026-02-02').forecast.warnings).toEqual([]);
  });

  it('dates a work item by its history, not by its own dates (one definition of started)', () => {
    const p = flowProject(
      [{ id: 'a', transitions: [{ state: 'Doing', on: '2026-03-03' }] }],
      [{ id: 'a', createdOn: '2026-03-02' }],
    );
    // No startedOn on the work item, yet its history put it in progress.
    const aging = dashboard(p, '2026-03-06').flow?.aging;
    expect(aging).toEqual([expect.objectContaining({ id: 'a', age: 4, state: 'Doing' })]);
  });

  it('reads a history only up to the dashboard date: a later reopen is not known yet', () => {
    const p = flowProject([
      {
        id: 'a',
        transitions: [
          { state: 'Doing', on: '2026-03-02' },
          { state: 'Done', on: '2026-03-04' },
          { state: 'Doing', on: '2026-03-10' },
        ],
      },
    ]);
    expect(dashboard(p, '2026-03-06').flow?.aging).toEqual([]);
    expect(dashboard(p, '2026-03-06').flow?.cycleTime?.count).toBe(1);
    expect(dashboard(p, '2026-03-11').flow?.aging.map((a) => a.id)).toEqual(['a']);
  });

  it('adds a history of no work item as one more work item', () => {
    const p = flowProject(
      [
        {
          id: 'x',
          transitions: [
            { state: 'Doing', on: '2026-03-03' },
            { state: 'Done', on: '2026-03-05' },
          ],
        },
      ],
      [{ id: 'a', createdOn: '2026-03-02', startedOn: '2026-03-02', finishedOn: '2026-03-03' }],
    );
    const f = dashboard(p, '2026-03-06').flow;
    expect(f?.cycleTime?.count).toBe(2);
    expect(f?.flowEfficiency?.count).toBe(1); // only x has moves
  });

  it('rejects bad histories and workflows with paths in the document', () => {
    const noWorkflow = { ...flowProject([]), workflow: undefined };
    expect(catchError(() => dashboard(noWorkflow, '2026-03-06'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['project', 'workflow'],
    });
    const unknownState = flowProject([
      {
        id: 'a',
        transitions: [
          { state: 'Doing', on: '2026-03-03' },
          { state: 'Shipped', on: '2026-03-04' },
        ],
      },
    ]);
    expect(catchError(() => dashboard(unknownState, '2026-03-06'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['project', 'statusHistory', 0, 'transitions', 1, 'state'],
    });
    const badWorkflow = flowProject([], [], {
      states: [
        { name: 'Done', category: 'done' },
        { name: 'To Do', category: 'todo' },
      ],
    });
    expect(catchError(() => dashboard(badWorkflow, '2026-03-06'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['project', 'workflow', 'states', 1, 'category'],
    });
    const early = flowProject(
      [
        { id: 'b', createdOn: '2026-03-02', transitions: [] },
        { id: 'a', transitions: [{ state: 'Doing', on: '2026-03-01' }] },
      ],
      [{ id: 'a', createdOn: '2026-03-02' }],
    );
    expect(catchError(() => dashboard(early, '2026-03-06'))).toMatchObject({
      path: ['project', 'statusHistory', 1, 'transitions', 0, 'on'],
    });
    const ownUnknown = flowProject(
      [],
      [{ id: 'a', createdOn: '2026-03-02', transitions: [{ state: 'Nope', on: '2026-03-03' }] }],
    );
    expect(catchError(() => dashboard(ownUnknown, '2026-03-06'))).toMatchObject({
      path: ['project', 'workItems', 0, 'transitions', 0, 'state'],
    });
  });

  it('parses the sample with its workflow; the schema checks the history against it', () => {
    expect(parseProject(JSON.parse(JSON.stringify(sampleProject))).statusHistory?.length).toBe(15);
    const bad = JSON.parse(JSON.stringify(sampleProject));
    bad.statusHistory[0].transitions[0].state = 'Shipped';
    bad.statusHistory[1].assignee = 'nobody';
    delete bad.workflow;
    const r = safeParseProject(bad);
    expect(r.success).toBe(false);
    const paths = r.success ? [] : (r.error.details?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toContain('workflow');
    expect(paths).toContain('statusHistory.1.assignee');
    const bad2 = JSON.parse(JSON.stringify(sampleProject));
    bad2.statusHistory[0].transitions[0].state = 'Shipped';
    const r2 = safeParseProject(bad2);
    const paths2 = r2.success ? [] : (r2.error.details?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths2).toEqual(['statusHistory.0.transitions.0.state']);
  });

  it('property: the aging list is exactly the items in progress by workItemsFromHistory as of the date', () => {
    const day = fc.integer({ min: 0, max: 20 });
    const move = fc.record({
      state: fc.constantFrom('To Do', 'Doing', 'Review', 'Done'),
      offset: day,
    });
    const hist = fc.array(fc.array(move, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(hist, day, (moves, at) => {
        const histories = moves.map((m, i) => ({
          id: `h${i}`,
          createdOn: '2026-03-02',
          transitions: m.map((t) => ({ state: t.state, on: addDays('2026-03-02', t.offset) })),
        }));
        const asOf = addDays('2026-03-02', at);
        const p = flowProject(histories);
        const before = JSON.stringify(p);
        const board = dashboard(p, asOf, FAST);
        expect(JSON.stringify(p)).toBe(before);
        expect(isDeepFrozen(board)).toBe(true);
        const known = workItemsFromHistory(
          histories.map((h) => ({ ...h, transitions: h.transitions.filter((t) => t.on <= asOf) })),
          WORKFLOW,
        );
        const wip = known
          .filter((w) => w.startedOn !== undefined && w.finishedOn === undefined)
          .map((w) => w.id)
          .sort();
        expect((board.flow?.aging ?? []).map((a) => a.id).sort()).toEqual(wip);
        const e = board.flow?.flowEfficiency?.pooled;
        if (e !== null && e !== undefined) expect(e >= 0 && e <= 1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
