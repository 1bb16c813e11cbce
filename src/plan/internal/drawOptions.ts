/**
 * @internal The sampling options a schedule simulation shares with
 * `simulateProject`: the task-estimate distribution (default beta-PERT) and
 * the histogram bins (default 20), read from already strict options.
 */
import { requireNumber, requireOneOf } from '../../core/internal/validate.js';

/** @internal The sampling options as read. */
export interface DrawOptions {
  readonly distribution: 'triangular' | 'beta-pert';
  readonly bins: number;
}

/** @internal Reads `distribution` and `bins` from `opts` (errors at `options.<key>`). */
export function readDrawOptions(opts: {
  readonly distribution?: unknown;
  readonly bins?: unknown;
}): DrawOptions {
  const distribution =
    opts.distribution === undefined
      ? 'beta-pert'
      : requireOneOf(opts.distribution, ['triangular', 'beta-pert'] as const, [
          'options',
          'distribution',
        ]);
  const bins =
    opts.bins === undefined
      ? 20
      : requireNumber(opts.bins, ['options', 'bins'], { integer: true, min: 1, max: 1000 });
  return { distribution, bins };
}
