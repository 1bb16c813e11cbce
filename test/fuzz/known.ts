/**
 * Known contract failures, by function, each with the reason (and the owner
 * who is fixing it). The sweep and the CI fuzz slice skip these functions;
 * a test checks that each one still fails, so a fixed function must leave
 * this list. Details and reproductions: test/fuzz/KNOWN.md.
 */

/** Issue-12 sweep (misspelled keys, an unrelated `color` key). */
export const SWEEP_KNOWN: Readonly<Record<string, string>> = {
  addWorkingDays:
    'core: a calendar key typo (`weeked`) is reported as a missing `weekend`, no suggestion',
  isWorkingDay: 'core: calendar key typos reported as missing keys, no suggestion',
  nextWorkingDay: 'core: calendar key typos; options `{ inclusive }` not strict',
  workingDaysBetween: 'core: calendar key typos reported as missing keys, no suggestion',
  percentile: 'core: options `{ method }` not strict',
  likelihoodWithin: 'core/progress: histogram row typos reported as missing fields, no suggestion',
  likelihoodAtLeast: 'core/progress: histogram row typos reported as missing fields, no suggestion',
  likelihoodBy: 'progress: histogram row typos reported as missing fields, no suggestion',
  toBaseline: 'plan: schedule typos reported as missing fields or silently accepted',
  baselineVariance: 'plan: baseline typos reported as missing fields or silently accepted',
  mergeSimulations: 'project: part typos at the wrong path (`parts.context.items`, no index)',
  isActiveRisk: 'risk: typos in `response`/`residual` silently accepted',
  salience:
    'stakeholders: path starts `stakeholder`, the parameter is `s`; typos reported as missing fields',
  powerInterestQuadrant: 'stakeholders: path `stakeholder` vs parameter `s`; options not strict',
  stakeholderMap:
    'stakeholders: stakeholder typos reported as missing fields; `legitimay` silently accepted',
  engagementGaps:
    'stakeholders: stakeholder typos reported as missing fields; `legitimay` silently accepted',
  communicationsDue:
    'stakeholders: stakeholder typos reported as missing fields; `legitimay` silently accepted',
  sprintReviewInvitees: 'stakeholders: stakeholder typos as missing fields; options not strict',
  reviewCoverage: 'stakeholders: review and stakeholder typos reported as missing fields',
  dashboard:
    'project: raci typo at `project.raci.matrix.…` (path gains `matrix`); sprint typos at the sprint, not the key',
  assessProject: 'project: same paths as dashboard',
  assessRole: 'project: same paths as dashboard',
  progressReport: 'project: same paths as dashboard',
  renderReportMarkdown:
    'project: a hand-built report is not validated (typos silently accepted, TypeError on a missing section)',
  renderReportText:
    'project: a hand-built report is not validated (typos silently accepted, TypeError on a missing section)',
};

/** A known fuzz failure: why, and which mutations (`'*'`: the whole function). */
export interface KnownFuzz {
  readonly reason: string;
  readonly mutations: readonly string[] | '*';
}

/** Issue-21 fuzz (hostile leaves and objects), from `npx tsx scripts/fuzz.ts`. */
export const FUZZ_KNOWN: Readonly<Record<string, KnownFuzz>> = {};
