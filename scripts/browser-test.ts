/**
 * The browser test (issue 15): builds the dashboard example against the
 * built package (run `npm run build` first), writes the sample project's
 * HTML report, serves both from 127.0.0.1, opens them in Debian's Chromium
 * through playwright-core, and checks: no console error; every chart present
 * with a non-empty box; no text outside its SVG's box; each SVG's <title> and
 * <desc> present. Saves a screenshot per page (light and dark) under
 * .tmp/screenshots/ to look at. Prints `browser: N passed, N failed`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, '.tmp');
const shots = join(tmp, 'screenshots');
mkdirSync(shots, { recursive: true });

execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'examples/dashboard/vite.config.ts',
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const dist = (await import(join(root, 'dist/index.js'))) as typeof import('../src/index.js');
const asOf = '2026-11-13';
const report = dist.progressReport(dist.sampleProject, asOf);
writeFileSync(join(tmp, 'report.html'), dist.renderReportHtml(report));

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const url = decodeURIComponent((req.url ?? '/').split('?')[0] as string);
  const file = normalize(join(tmp, url.endsWith('/') ? `${url}index.html` : url));
  if (!file.startsWith(tmp)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = readFileSync(file);
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as { port: number }).port;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let passed = 0;
let failed = 0;
const check = (name: string, ok: boolean, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || detail === '' ? '' : `: ${detail}`}`);
};

interface Found {
  charts: number;
  empty: string[];
  untitled: string[];
  outside: string[];
}

// The dashboard draws the gallery: one chart per committed picture in docs/charts/.
const galleryCharts = readdirSync(resolve(import.meta.dirname, '../docs/charts')).filter((f) =>
  f.endsWith('.svg'),
).length;

for (const [page, path, expected] of [
  ['dashboard', '/dashboard/index.html', galleryCharts],
  ['report', '/report.html', 7],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: scheme,
    });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
    if (page === 'dashboard')
      await tab.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
    const found = (await tab.evaluate(() => {
      const out = {
        charts: 0,
        empty: [] as string[],
        untitled: [] as string[],
        outside: [] as string[],
      };
      document.querySelectorAll('svg.popm').forEach((svg, i) => {
        out.charts++;
        const name = `${svg.getAttribute('class')}#${i}`;
        const box = svg.getBoundingClientRect();
        if (box.width < 10 || box.height < 10) out.empty.push(name);
        const title = svg.querySelector(':scope > title')?.textContent ?? '';
        const desc = svg.querySelector(':scope > desc')?.textContent ?? '';
        if (title.trim() === '' || desc.trim() === '') out.untitled.push(name);
        svg.querySelectorAll('text').forEach((t) => {
          const r = t.getBoundingClientRect();
          if (r.width === 0) return;
          if (
            r.left < box.left - 1 ||
            r.right > box.right + 1 ||
            r.top < box.top - 1 ||
            r.bottom > box.bottom + 1
          )
            out.outside.push(`${name}: "${t.textContent}"`);
        });
      });
      return out;
    })) as Found;
    const tag = `${page} (${scheme})`;
    check(`${tag}: no console error`, errors.length === 0, errors.join(' | '));
    check(`${tag}: ${expected} charts present`, found.charts === expected, `found ${found.charts}`);
    check(
      `${tag}: every chart has a non-empty box`,
      found.empty.length === 0,
      found.empty.join(', '),
    );
    check(
      `${tag}: every chart has a <title> and a <desc>`,
      found.untitled.length === 0,
      found.untitled.join(', '),
    );
    check(
      `${tag}: no text outside its SVG`,
      found.outside.length === 0,
      found.outside.slice(0, 10).join('; '),
    );
    await tab.screenshot({ path: join(shots, `${page}-${scheme}.png`), fullPage: true });
    await context.close();
  }
}
await browser.close();
server.close();
console.log(`screenshots in ${shots}`);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
