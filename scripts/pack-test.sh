#!/usr/bin/env bash
# Packaging test: pack popm, install the tarball into an empty project, then
# import it with ESM `import` and CJS `require` and type-check a consumer.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$here"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball"

mkdir -p "$work/consumer"
cd "$work/consumer"
cat > package.json <<'JSON'
{ "name": "popm-consumer", "version": "1.0.0", "private": true, "type": "module" }
JSON
npm install --silent --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null

subpaths=(finance backlog progress risk plan stakeholders roles project charts schemas)

cat > esm.mjs <<'JS'
import * as popm from 'popm';
import { percentile, Decimal, PopmError } from 'popm';
import pkg from 'popm/package.json' with { type: 'json' };
const subpaths = process.argv.slice(2);
if (percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 85) !== 9) throw new Error('ESM percentile');
if (new Decimal('0.1').plus('0.2').toString() !== '0.3') throw new Error('ESM Decimal');
if (typeof PopmError !== 'function') throw new Error('ESM PopmError');
for (const s of subpaths) await import(`popm/${s}`);
console.log(`ESM ok: ${Object.keys(popm).length} exports, ${subpaths.length} subpaths, popm@${pkg.version}`);
JS
node esm.mjs "${subpaths[@]}"

cat > cjs.cjs <<'JS'
const popm = require('popm');
const subpaths = process.argv.slice(2);
if (popm.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 85) !== 9) throw new Error('CJS percentile');
if (new popm.Decimal('0.1').plus('0.2').toString() !== '0.3') throw new Error('CJS Decimal');
try { popm.toNumber('x', ['a']); throw new Error('no throw'); } catch (e) { if (!popm.isPopmError(e)) throw e; }
for (const s of subpaths) require(`popm/${s}`);
console.log(`CJS ok: ${Object.keys(popm).length} exports, ${subpaths.length} subpaths`);
JS
node cjs.cjs "${subpaths[@]}"

cat > consumer.ts <<'TS'
import { type Decimal, type IsoDate, type PopmErrorCode, isPopmError, percentile, roundMoney } from 'popm';
import * as schemas from 'popm/schemas';
const p: number = percentile([1, 2, 3], 50);
const m: Decimal = roundMoney('2.345');
const d: IsoDate = '2026-11-28';
const code: PopmErrorCode = 'CYCLE';
export const out = { p, m: m.toString(), d, code, ok: isPopmError(new Error('x')), schemas };
TS
cat > consumer.cts <<'TS'
import popm = require('popm');
const p: number = popm.percentile([1, 2, 3], 50);
export = p;
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "node16", "moduleResolution": "node16", "target": "es2022", "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["consumer.ts", "consumer.cts"] }
JSON
node "$here/node_modules/typescript/bin/tsc" -p tsconfig.json
echo "types ok (node16, ESM and CJS consumers)"

# A strict consumer (issue 12): the compiler flags careful users turn on, under
# both module systems a TypeScript app uses. Optional properties typed
# `?: T | undefined` must accept `undefined` from the app's own rows.
mkdir -p strict
cat > strict/app.ts <<'TS'
import {
  type BacklogItemInput,
  createBacklog,
  criticalPath,
  type Dashboard,
  type DashboardJson,
  dashboard,
  forecastWhen,
  irr,
  npv,
  PopmError,
  roi,
  sampleProject,
  type Task,
} from 'popm';
import { burndownChart, renderReportHtml } from 'popm/charts';
import { safeParseProject } from 'popm/schemas';

interface Row { readonly key: string; readonly points: number | undefined; readonly blocked?: string | undefined }
const rows: readonly Row[] = [{ key: 'B-1', points: 3 }, { key: 'B-2', points: undefined }];
const items: BacklogItemInput[] = rows.map((r) => ({ id: r.key, title: r.key, estimate: r.points }));
export const backlog = createBacklog(items);
const tasks: Task[] = [{ id: 'A', duration: 3 }, { id: 'B', duration: 2, dependsOn: ['A'] }];
export const duration: number = criticalPath(tasks).duration;
export const value: string = npv(0.1, [-100, 60, 60]).toFixed(2);
const rate = irr([100, 200]);
export const rateText: string = rate === null ? 'no IRR' : rate.toFixed(4);
const gain = roi(100, 0);
export const gainText: string = gain === null ? 'no ROI' : gain.toString();
const f = forecastWhen({ throughput: [1, 2, 0, 3], items: 10, percentiles: [50, 85] as const });
export const p85: number = f.percentiles[85];
const board: Dashboard = dashboard(sampleProject, '2026-11-13');
export const json: DashboardJson = JSON.parse(JSON.stringify(board));
export const parsed = safeParseProject({});
export const isError = (e: unknown): e is PopmError => e instanceof PopmError;
export const svg: string = typeof burndownChart === 'function' ? 'ok' : 'no';
export const html: typeof renderReportHtml = renderReportHtml;
TS
cp strict/app.ts strict/app.mts
cat > strict/tsconfig.nodenext.json <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "strict": true, "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true, "verbatimModuleSyntax": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["app.mts"] }
JSON
cat > strict/tsconfig.bundler.json <<'JSON'
{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler", "target": "es2022", "strict": true, "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true, "verbatimModuleSyntax": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["app.ts"] }
JSON
node "$here/node_modules/typescript/bin/tsc" -p strict/tsconfig.nodenext.json
node "$here/node_modules/typescript/bin/tsc" -p strict/tsconfig.bundler.json
echo "types ok (strict consumer: exactOptionalPropertyTypes, noUncheckedIndexedAccess, verbatimModuleSyntax; nodenext and bundler)"
