import { bench, describe } from 'vitest';
import { bareFeatures, popmFeatures } from './forecastFeatures.js';

// Results feed a module-level sink so no engine can drop the work.
const state = { sink: 0 };

describe('forecastFeatures: 20 features, WIP limit 3, 10,000 trials', () => {
  bench('popm forecastFeatures', () => {
    state.sink += popmFeatures();
  });
  bench('bare loop, generator inline, same sharing', () => {
    state.sink += bareFeatures();
  });
});
