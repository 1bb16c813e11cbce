import { popmError } from '../core/errors.js';
import { checkSprint } from './internal/checkSprint.js';
import { readList } from './internal/shared.js';
import type { Sprint } from './sprint.js';

/**
 * Say/do ratio (commitment reliability): completed ÷ committed. Work added
 * after the sprint started is excluded from both sides: `committed` is the
 * planning-time figure, and `completedFromAdded` is taken out of `completed`
 * (as the Jira say/do report counts only "committed, completed" work). For a
 * list of sprints the ratio is pooled: Σ done ÷ Σ committed, so a big sprint
 * weighs more than a small one. With nothing committed the ratio does not
 * exist: `null` (the 1.0 null rule), not an error.
 *
 * @param sprints - one sprint or a list of sprints
 * @returns the ratio (0.8 means 80% of the commitment was done; it may exceed 1), or `null` when
 *   nothing was committed
 * @throws PopmError `EMPTY_INPUT` for an empty list; errors of a bad sprint at `['sprints']` (one
 *   sprint) or `['sprints', i]` (a list)
 * @example
 * sayDoRatio({ id: 's1', start: '2026-01-05', end: '2026-01-16', committed: 30, completed: 24 });
 * //=> 0.8
 * sayDoRatio({ id: 's2', start: '2026-01-19', end: '2026-01-30', committed: 0, completed: 3 });
 * //=> null
 */
export function sayDoRatio(sprints: Sprint | readonly Sprint[]): number | null {
  const many = Array.isArray(sprints);
  const list: readonly unknown[] = many ? readList(sprints, ['sprints']) : [sprints];
  if (list.length === 0)
    throw popmError('EMPTY_INPUT', ['sprints'], 'at least one sprint', sprints);
  let said = 0;
  let done = 0;
  list.forEach((s, i) => {
    const { sprint } = checkSprint(s, many ? ['sprints', i] : ['sprints']);
    said += sprint.committed;
    done += sprint.completed - (sprint.completedFromAdded ?? 0);
  });
  if (said === 0) return null;
  const ratio = done / said;
  if (!Number.isFinite(ratio))
    throw popmError('OUT_OF_RANGE', ['sprints'], 'sums of work within the float range', said);
  return ratio;
}
