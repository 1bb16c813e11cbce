import { bench, describe } from 'vitest';
import { dashboard } from '../src/project/dashboard.js';
import { progressReport } from '../src/project/progressReport.js';
import { sampleProject } from '../src/project/sample.js';
import { parseProject } from '../src/schemas/project.js';
import { generateProject } from '../test/project/generate.js';

// 100× the sample: 4,000 backlog items, 6,000 work items, 2,500 tasks, 1,200 risks.
const large = generateProject({ scale: 100, seed: 1 });
const largeJson = JSON.parse(JSON.stringify(large));
const AS_OF = '2026-11-20';

describe('dashboard', () => {
  bench('sample project (40 items, 60 work items, 25 tasks, 12 risks)', () => {
    dashboard(sampleProject, AS_OF);
  });
  bench('100× project (4,000 items, 6,000 work items, 2,500 tasks, 1,200 risks)', () => {
    dashboard(large, AS_OF);
  });
});

describe('progressReport and parseProject', () => {
  bench('progressReport, sample project', () => {
    progressReport(sampleProject, AS_OF);
  });
  bench('parseProject, 100× project', () => {
    parseProject(largeJson);
  });
});
