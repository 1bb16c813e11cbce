import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartFiles } from '../../scripts/write-chart-svgs.js';

describe('the committed chart pictures (docs/charts/*.svg)', () => {
  it('are what the code draws today for the sample project (npm run charts:svg rewrites them)', () => {
    const files = chartFiles();
    // Every chart of popm/charts but renderReportHtml's pictures, and no stale file beside them.
    expect(files.length).toBeGreaterThanOrEqual(16);
    const committed = readdirSync(join(import.meta.dirname, '../../docs/charts')).filter((f) =>
      f.endsWith('.svg'),
    );
    expect(committed.sort()).toEqual(files.map((f) => f.file).sort());
    for (const { file, svg } of files)
      expect(readFileSync(join(import.meta.dirname, '../../docs/charts', file), 'utf8'), file).toBe(
        svg,
      );
  });
  it('are each shown in the charts guide, and two of them in the README', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../docs/guides/charts.md'), 'utf8');
    for (const { file } of chartFiles()) expect(guide, file).toContain(`../charts/${file}`);
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    expect((readme.match(/\]\(docs\/charts\/[a-z-]+\.svg\)/g) ?? []).length).toBeGreaterThanOrEqual(
      2,
    );
  });
});
