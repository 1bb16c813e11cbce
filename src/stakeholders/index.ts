/**
 * popm/stakeholders: the stakeholder register, Mendelow's power/interest
 * grid, Mitchell–Agle–Wood salience, PMBOK engagement gaps, communication
 * due dates and sprint-review invitations.
 *
 * @packageDocumentation
 * @module popm/stakeholders
 */
export type { CommunicationDue, CommunicationsDueOptions } from './communicationsDue.js';
export { communicationsDue } from './communicationsDue.js';
export type { EngagementGap } from './engagementGaps.js';
export { engagementGaps } from './engagementGaps.js';
export type { PowerInterestOptions, PowerInterestQuadrant } from './powerInterestQuadrant.js';
export {
  DEFAULT_GRID_THRESHOLD,
  POWER_INTEREST_QUADRANTS,
  powerInterestQuadrant,
} from './powerInterestQuadrant.js';
export type { ReviewCoverage, StakeholderReview } from './reviewCoverage.js';
export { reviewCoverage } from './reviewCoverage.js';
export type {
  SalienceClass,
  SalienceClassInfo,
  SalienceGroup,
  SalienceOptions,
} from './salience.js';
export { SALIENCE_CLASSES, salience } from './salience.js';
export type {
  InviteeStakeholder,
  InviteReason,
  InviteReasonCode,
  SprintReviewInvitee,
  SprintReviewInviteesOptions,
} from './sprintReviewInvitees.js';
export { sprintReviewInvitees } from './sprintReviewInvitees.js';
export type {
  CommunicationPlan,
  EngagementLevel,
  Stakeholder,
  StakeholderEngagement,
} from './stakeholder.js';
export { ENGAGEMENT_LEVELS } from './stakeholder.js';
export type { StakeholderMap, StakeholderMapCell, StakeholderMapEntry } from './stakeholderMap.js';
export { stakeholderMap } from './stakeholderMap.js';
