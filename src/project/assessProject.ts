import type { IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import type { RoleAssessment } from './assessRole.js';
import { projectFromFacts } from './internal/assessProject.js';
import { computeFacts } from './internal/facts.js';
import type { AssessOptions } from './options.js';
import type { Project } from './types.js';

/** Red, amber or green: the traffic-light status of an area. */
export type Rag = 'red' | 'amber' | 'green';

/** The areas a project is rated on. */
export type ProjectArea = 'scope' | 'schedule' | 'cost' | 'risk' | 'stakeholders';

/** The rating of one area with the reasons for it. */
export interface AreaRating {
  /** The traffic light. */
  readonly rag: Rag;
  /** Why (empty when green with nothing to say). */
  readonly reasons: readonly string[];
}

/** Both roles assessed and each area rated. */
export interface ProjectAssessment {
  /** The assessment date. */
  readonly asOf: IsoDate;
  /** The worst area rating. */
  readonly overall: Rag;
  /** Each area's rating. */
  readonly areas: Readonly<Record<ProjectArea, AreaRating>>;
  /** The Product Owner's responsibilities. */
  readonly productOwner: RoleAssessment;
  /** The Project Manager's responsibilities. */
  readonly projectManager: RoleAssessment;
}

/**
 * Assesses both roles and rates five areas red, amber or green on a date.
 * The areas and their rules (thresholds from {@link AssessOptions}):
 * - **scope**: red when a future target's P50 sprint ends after its due date
 *   or nothing is left on the backlog; amber when its P85 sprint does, it has
 *   no forecast, or too few top items are estimated (forecasts resolve whole
 *   sprints and say so: "in sprint 11, ending 2026-12-25; all trials");
 * - **schedule**: red when the finish slips more than `slipRedDays` working
 *   days behind the baseline or the schedule index < `indexRed`; amber above
 *   `slipAmberDays`, the index < `indexAmber`, with no plan or baseline, or
 *   for each missed deadline or broken constraint (negative float: the plan
 *   as it stands cannot keep it; `T22 misses its deadline by 3 working days.`).
 *   The slip is the plan as it now stands (scheduled from the project's
 *   `statusDate`: work not done by then moves after it) against the
 *   baseline. The index is SPI(t) (earned schedule from the snapshots, which stays
 *   honest as a late project ends) where the snapshots allow it, else SPI;
 * - **cost**: red when spending and commitments exceed the budget, the
 *   forecast at completion is more than twice `budgetTolerance` over, or
 *   CPI < `indexRed`; amber when it is over by more than `budgetTolerance`,
 *   the money runs out before the period ends, CPI < `indexAmber`, or there
 *   is no budget;
 * - **risk**: red for a threat in the matrix's top rating band (Extreme on
 *   the default matrix) without a response, or a P80 residual risk cost above
 *   twice what is left of the contingency line (line − spent − committed);
 *   amber for overdue reviews, threats without a response, risks without an
 *   owner, a P80 above the remaining contingency, or no register. An
 *   unanswered top-band opportunity is a "missed opportunity" note, never red;
 * - **stakeholders**: red when a manage-closely stakeholder is resistant;
 *   amber when one was not invited to the last review, an engagement gap
 *   reaches `engagementGapLevels`, or no review was held.
 * `overall` is the worst area.
 *
 * @param project - the Project document
 * @param asOf - the assessment date
 * @param options - thresholds (see {@link AssessOptions})
 * @returns both role assessments, the area ratings and the overall rating, frozen
 * @throws PopmError as {@link assessRole}
 * @example
 * const a = assessProject(sampleProject, '2026-11-20');
 * a.overall; //=> 'amber'
 * a.areas.cost; //=> { rag: 'amber', reasons: ['Money runs out on 2027-03-22 at the current burn.', 'CPI 0.92.'] }
 */
export function assessProject(
  project: Project,
  asOf: IsoDate,
  options?: AssessOptions,
): ProjectAssessment {
  return deepFreeze(projectFromFacts(computeFacts(project, asOf, options)));
}
