import { popmError } from '../core/errors.js';
import { checkSprint, type Sprint } from './sprint.js';

/**
 * Say/do ratio (commitment reliability): completed ÷ committed. Work added
 * after the sprint started is excluded from both sides: `committed` is the
 * planning-time figure, and `completedFromAdded` is taken out of `completed`
 * (as the Jira say/do report counts only "committed, completed" work). For a
 * list of sprints the ratio is pooled: Σ done ÷ Σ committed, so a big sprint
 * weighs more than a small one.
 *
 * @param sprintOrSprints - one sprint or a list of sprints
 * @returns the ratio (0.8 means 80% of the commitment was done; it may exceed 1)
 * @throws PopmError `DIVISION_BY_ZERO` when nothing was committed; `EMPTY_INPUT` for an empty
 *   list; errors of a bad sprint
 * @example
 * sayDoRatio({ id: 's1', start: '2026-01-05', end: '2026-01-16', committed: 30, completed: 24 });
 * //=> 0.8
 */
export function sayDoRatio(sprintOrSprints: Sprint | readonly Sprint[]): number {
  const many = Array.isArray(sprintOrSprints);
  const list: readonly unknown[] = many ? sprintOrSprints : [sprintOrSprints];
  if (list.length === 0)
    throw popmError('EMPTY_INPUT', ['sprints'], 'at least one sprint', sprintOrSprints);
  let said = 0;
  let done = 0;
  list.forEach((s, i) => {
    const { sprint } = checkSprint(s, many ? ['sprints', i] : ['sprint']);
    said += sprint.committed;
    done += sprint.completed - (sprint.completedFromAdded ?? 0);
  });
  if (said === 0)
    throw popmError(
      'DIVISION_BY_ZERO',
      many ? ['sprints'] : ['sprint', 'committed'],
      'committed work > 0',
      0,
    );
  return done / said;
}
