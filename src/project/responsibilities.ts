/**
 * The verdicts of the responsibility assessments: each of the ten
 * responsibilities of the two roles gets a status, evidence and actions.
 */
import type { ResponsibilityId } from '../roles/index.js';

/**
 * How well a responsibility is being carried out on the assessment date:
 * - `ok`: the evidence shows it done, within every threshold;
 * - `attention`: it is being done, but at least one threshold is crossed;
 * - `missing`: the data the responsibility needs is absent (no budget, no
 *   backlog, no risks…), so it cannot be happening;
 * - `not-applicable`: it does not apply yet (nothing to judge before the
 *   project or its first sprint starts) or the project says it does not
 *   apply (`project.notApplicable`).
 */
export type ResponsibilityStatus = 'ok' | 'attention' | 'missing' | 'not-applicable';

/** The assessment of one responsibility. */
export interface ResponsibilityAssessment {
  /** The responsibility's id in the catalogue (`RESPONSIBILITIES`). */
  readonly id: ResponsibilityId;
  /** Its title in the catalogue. */
  readonly title: string;
  /** The verdict. */
  readonly status: ResponsibilityStatus;
  /** Sentences with the figures behind the verdict, findings first. */
  readonly evidence: readonly string[];
  /** How many of the first `evidence` sentences are findings (what needs attention or is missing). */
  readonly findings: number;
  /** What to do next; empty when nothing is needed. */
  readonly actions: readonly string[];
}
