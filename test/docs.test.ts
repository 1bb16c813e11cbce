import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every exported function, class and const in src/ has TSDoc with an @example
// (typedoc checks that a comment exists; this checks that it teaches).
const root = join(import.meta.dirname, '..', 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Missing {
  file: string;
  name: string;
  problem: string;
}

function check(file: string, text: string): Missing[] {
  const out: Missing[] = [];
  const re = /^export (?:declare )?(?:async )?(function|const|class) (\w+)/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(0, m.index).trimEnd();
    const name = m[2] as string;
    if (!before.endsWith('*/')) {
      out.push({ file, name, problem: 'no TSDoc comment' });
      continue;
    }
    const doc = before.slice(before.lastIndexOf('/**'));
    if (/@internal/.test(doc)) continue;
    if (!/@example/.test(doc)) out.push({ file, name, problem: 'no @example' });
    if (
      m[1] === 'function' &&
      /\(\s*[a-zA-Z]/.test(text.slice(m.index, m.index + 300).split('\n')[0] ?? '') &&
      !/@param/.test(doc)
    )
      out.push({ file, name, problem: 'no @param' });
    if (m[1] === 'function' && !/@returns/.test(doc))
      out.push({ file, name, problem: 'no @returns' });
  }
  return out;
}

describe('API documentation', () => {
  it('every exported function, class and const has TSDoc with @example, @param and @returns', () => {
    const missing = walk(root).flatMap((p) => check(relative(root, p), readFileSync(p, 'utf8')));
    expect(missing).toEqual([]);
  });
});
