/** @internal The power/interest grid's resolved options and the quadrant rule. */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readOptions } from '../../core/internal/readObject.js';
import { requireNumber, requireString } from '../../core/internal/validate.js';
import {
  DEFAULT_GRID_THRESHOLD,
  POWER_INTEREST_QUADRANTS,
  type PowerInterestQuadrant,
} from '../quadrants.js';

const GRID_KEYS = ['threshold', 'powerThreshold', 'interestThreshold', 'labels'] as const;

/** @internal Resolved grid thresholds and labels. */
export interface GridSettings {
  readonly power: number;
  readonly interest: number;
  readonly labels: Readonly<Record<PowerInterestQuadrant, string>>;
}

/** @internal Validates grid options. */
export function gridSettings(options: unknown, path: PopmPath = ['options']): GridSettings {
  const o = readOptions(options, path, GRID_KEYS);
  const bound = { minExclusive: 1, max: 5 };
  const base =
    o.threshold === undefined
      ? DEFAULT_GRID_THRESHOLD
      : requireNumber(o.threshold, [...path, 'threshold'], bound);
  const power =
    o.powerThreshold === undefined
      ? base
      : requireNumber(o.powerThreshold, [...path, 'powerThreshold'], bound);
  const interest =
    o.interestThreshold === undefined
      ? base
      : requireNumber(o.interestThreshold, [...path, 'interestThreshold'], bound);
  const labels: Record<PowerInterestQuadrant, string> = {
    'manage-closely': 'manage-closely',
    'keep-satisfied': 'keep-satisfied',
    'keep-informed': 'keep-informed',
    monitor: 'monitor',
  };
  if (o.labels !== undefined) {
    // Strict, like options: a key that is not a quadrant is an error naming the closest one.
    const given = readOptions(o.labels, [...path, 'labels'], POWER_INTEREST_QUADRANTS);
    for (const key of Object.keys(given) as PowerInterestQuadrant[])
      labels[key] = requireString(given[key], [...path, 'labels', key]);
    // Two quadrants under one label would make a returned label ambiguous.
    for (const key of Object.keys(given)) {
      const label = labels[key as PowerInterestQuadrant];
      const other = POWER_INTEREST_QUADRANTS.find((q) => q !== key && labels[q] === label);
      if (other !== undefined)
        throw popmError(
          'INVALID_ARGUMENT',
          [...path, 'labels', key],
          `a label no other quadrant uses ('${other}' is also labelled ${JSON.stringify(label)})`,
          label,
        );
    }
  }
  return { power, interest, labels };
}

/** @internal The quadrant for checked scores. */
export function quadrantOf(
  power: number,
  interest: number,
  g: GridSettings,
): PowerInterestQuadrant {
  const hp = power >= g.power;
  const hi = interest >= g.interest;
  return hp ? (hi ? 'manage-closely' : 'keep-satisfied') : hi ? 'keep-informed' : 'monitor';
}
