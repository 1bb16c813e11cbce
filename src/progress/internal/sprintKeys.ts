import type { Sprint } from '../sprint.js';

/** @internal The keys a {@link Sprint} knows. */
export const SPRINT_KEYS = [
  'id',
  'start',
  'end',
  'committed',
  'completed',
  'added',
  'removed',
  'completedFromAdded',
  'meta',
] as const;
