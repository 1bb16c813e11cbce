/** @internal The stakeholder register: grid, engagement gaps, contacts due, review coverage. */

import { toEpochDay } from '../../core/dates.js';
import { communicationsDue, reviewCoverage, type Stakeholder } from '../../stakeholders/index.js';
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
  const path = ['project', 'stakeholders'];
  const { stakeholderMap: map, gaps } = c.sections;
  // A contact after asOf is news from the future on this date: leave it out.
  const contacted = all.filter((s, i) => {
    const on = s.lastContactedOn;
    if (on !== undefined) toEpochDay(on, [...path, i, 'lastContactedOn']);
    return on === undefined || on <= asOf;
  });
  return {
    stakeholderMap: map,
    gaps,
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
