/**
 * Writes every chart of the sample project to docs/charts/<id>.svg (the
 * pictures in the README and docs/guides/charts.md). With `--check`, fails
 * when a file is missing or differs: test/charts/svgFiles.test.ts runs the
 * same comparison so the pictures stay in step with the code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gallery } from '../examples/dashboard/gallery.js';
import * as charts from '../src/charts/index.js';
import * as popm from '../src/index.js';

/** The status date every committed picture is drawn at. */
export const SVG_AS_OF = '2026-11-13';

/** Every committed chart file: name and content. */
export function chartFiles(): { file: string; svg: string }[] {
  return gallery({ ...popm, ...charts }, popm.sampleProject, SVG_AS_OF).map((f) => ({
    file: `${f.id}.svg`,
    svg: `${f.svg}\n`,
  }));
}

const dir = resolve(import.meta.dirname, '../docs/charts');
if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (const { file, svg } of chartFiles()) {
    const path = join(dir, file);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== svg) stale.push(file);
    } else writeFileSync(path, svg);
  }
  if (stale.length > 0) {
    console.error(`stale chart files (run npm run charts:svg): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(
    check ? 'chart files are up to date' : `wrote ${chartFiles().length} charts to docs/charts/`,
  );
}
