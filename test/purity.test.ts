import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN §1: nothing in src/ touches I/O, the clock or ambient randomness, and
// only src/schemas imports zod (so importing popm never pulls it in).
const root = join(import.meta.dirname, '..', 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

// Strip comments so TSDoc examples may mention anything.
const code = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const files = walk(root).map((p) => ({
  path: relative(root, p),
  text: code(readFileSync(p, 'utf8')),
}));

const forbidden: [string, RegExp][] = [
  ['node: or fs imports', /from ['"](node:|fs|path|os|child_process)/],
  ['process', /\bprocess\.(env|argv|exit|stdout|stderr|cwd|platform|version|nextTick|hrtime|on)\b/],
  ['console', /\bconsole\./],
  ['fetch', /\bfetch\(/],
  ['Date.now()', /\bDate\.now\(/],
  ['new Date() without arguments', /new Date\(\s*\)/],
  ['Math.random()', /\bMath\.random\(/],
  ['performance.now()', /\bperformance\.now\(/],
];

describe('purity of src/', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  it.each(forbidden)('never uses %s', (_name, pattern) => {
    const offenders = files.filter((f) => pattern.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
  it('imports zod only under src/schemas', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith('schemas/') && /from ['"]zod/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
  it('imports zod in src/schemas only as a namespace from zod/mini', () => {
    const offenders = files
      .filter((f) => /from ['"]zod/.test(f.text) && !/import \* as z from 'zod\/mini'/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
  it('never imports src/schemas from outside it (the arrows point down)', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith('schemas/') && /from ['"][./]*schemas\//.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
  it('keeps core free of domain imports', () => {
    const offenders = files
      .filter((f) => {
        if (!f.path.startsWith('core/')) return false;
        // Resolve each relative import against the file's folder: it must stay in core/.
        const dir = f.path.split('/').slice(0, -1);
        return [...f.text.matchAll(/from ['"](\.[^'"]*)['"]/g)].some((m) => {
          const parts = [...dir];
          for (const seg of (m[1] as string).split('/')) {
            if (seg === '..') parts.pop();
            else if (seg !== '.') parts.push(seg);
          }
          return parts[0] !== 'core';
        });
      })
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
