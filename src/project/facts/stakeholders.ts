/** @internal The stakeholder register: grid, engagement gaps, contacts due, review coverage. */
import {
  communicationsDue,
  engagementGaps,
  reviewCoverage,
  type Stakeholder,
  stakeholderMap,
} from '../../stakeholders/index.js';
import { rooted } from '../internal/rooted.js';
import { lastReviewOf } from '../internal/work.js';
import type { FactsContext, StakeholderFacts } from './types.js';

/** @internal Builds the stakeholder facts. */
export function stakeholderFacts(c: FactsContext): StakeholderFacts {
  const { project, asOf } = c;
  const all = project.stakeholders;
  const lastReview = lastReviewOf(project.reviews, asOf);
  if (all.length === 0)
    return { stakeholderMap: null, gaps: [], communicationsDue: [], lastReview, coverage: null };
  // A contact after asOf is news from the future on this date: leave it out.
  const contacted = all.filter((s) => s.lastContactedOn === undefined || s.lastContactedOn <= asOf);
  const path = ['project', 'stakeholders'];
  return {
    stakeholderMap: rooted(path, 1, () => stakeholderMap(all)),
    gaps: rooted(path, 1, () => engagementGaps(all)),
    communicationsDue: rooted(
      path,
      1,
      () => communicationsDue(contacted, asOf),
      (i) => all.indexOf(contacted[i] as Stakeholder),
    ),
    lastReview,
    coverage: lastReview === null ? null : reviewCoverage(all, lastReview),
  };
}
