/**
 * A small TSDoc example runner: every `@example` block of a source file is
 * run, and each `expr; //=> value` (or a `//=> value` line under a statement)
 * is asserted with `toEqual`; a `// throws PopmError CODE` line under a
 * statement asserts that it throws a PopmError with that code, and a number
 * shown as `3.65…` is checked to the digits shown. Trailing prose in parentheses after a value,
 * as in `//=> '2026-03-06' (Friday)`, is ignored.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect } from 'vitest';
import { PopmError } from '../../src/core/errors.js';

/** One `@example` block. */
export interface DocExample {
  readonly name: string;
  readonly lines: readonly string[];
}

/** The `@example` blocks of a file, named after the symbol each documents. */
export function examplesOf(file: string): DocExample[] {
  const text = readFileSync(file, 'utf8');
  const out: DocExample[] = [];
  const re =
    /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:function|const|interface|type|class)?\s*([A-Za-z_$][\w$]*)?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const body = (m[1] as string).split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    let current: string[] | null = null;
    let k = 0;
    for (const line of body) {
      if (/^@example/.test(line)) {
        current = [];
        out.push({ name: `${m[2] ?? '?'} #${++k}`, lines: current });
      } else if (/^@\w/.test(line)) current = null;
      else if (current !== null) current.push(line);
    }
  }
  return out;
}

function depth(code: string): number {
  let d = 0;
  for (const ch of code.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')) {
    if ('([{'.includes(ch)) d++;
    else if (')]}'.includes(ch)) d--;
  }
  return d;
}

/** The example as JavaScript with each shown result turned into a `__check` call. */
export function compileExample(example: DocExample): { js: string; checks: number } {
  const statements: string[] = [];
  let current: string[] = [];
  let checks = 0;
  for (const raw of example.lines) {
    const t = /^\s*\/\/ throws PopmError ([A-Z_]+)/.exec(raw);
    if (t) {
      const stmt = (current.length > 0 ? current.join('\n') : (statements.pop() ?? '')).trim();
      current = [];
      statements.push(
        `__throws(${JSON.stringify(stmt)}, () => { ${stmt} }, ${JSON.stringify(t[1] as string)});`,
      );
      checks++;
      continue;
    }
    const m = /^(.*?)\s*\/\/=>\s*(.*)$/.exec(raw);
    const code = m ? (m[1] as string) : raw;
    if (code.trim() !== '') current.push(code);
    if (m) {
      let expr: string;
      if (current.length > 0) {
        expr = current.join('\n');
        current = [];
      } else expr = statements.pop() ?? '';
      expr = expr.trim().replace(/;$/, '');
      statements.push(
        `__check(${JSON.stringify(expr)}, () => (${expr}), ${JSON.stringify((m[2] as string).trim())});`,
      );
      checks++;
    } else if (
      current.length > 0 &&
      /;\s*(\/\/.*)?$/.test(code) &&
      depth(current.join('\n')) === 0
    ) {
      statements.push(current.join('\n'));
      current = [];
    }
  }
  statements.push(...current);
  const js = ts.transpileModule(statements.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
  return { js, checks };
}

function shownValue(text: string): unknown {
  try {
    return new Function(`return (${text});`)();
  } catch {
    const bare = text.replace(/\s+\([^()]*\)\s*$/, '');
    if (bare === text) throw new Error(`cannot read the shown result ${text}`);
    return new Function(`return (${bare});`)();
  }
}

/** Runs an example against `scope` (the names it may use); returns how many results it checked. */
export function runExample(example: DocExample, scope: Record<string, unknown>): number {
  const { js, checks } = compileExample(example);
  const check = (source: string, actual: () => unknown, shown: string): void => {
    // `3.65… (prose)`: a number shown to the digits before the ellipsis.
    const cut = /^(-?\d+(?:\.\d+)?)…/.exec(shown);
    if (cut)
      expect(String(actual()), `${example.name}: ${source}`).toMatch(
        new RegExp(`^${(cut[1] as string).replace('.', '\\.')}`),
      );
    else expect(actual(), `${example.name}: ${source}`).toEqual(shownValue(shown));
  };
  const throws = (source: string, run: () => void, code: string): void => {
    let error: unknown = null;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error, `${example.name}: ${source} throws`).toBeInstanceOf(PopmError);
    expect((error as PopmError).code, `${example.name}: ${source}`).toBe(code);
  };
  const names = Object.keys(scope);
  new Function(...names, '__check', '__throws', js)(...names.map((n) => scope[n]), check, throws);
  return checks;
}

/** The ```ts blocks of a Markdown guide as one example (imports dropped, `const` as `var` so blocks may reuse names). */
export function guideExample(file: string): DocExample {
  const text = readFileSync(file, 'utf8');
  const lines: string[] = [];
  for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const code = (m[1] as string).replace(/^import[\s\S]*?from '[^']+';\n/gm, '');
    lines.push(...code.split('\n').map((l) => l.replace(/^(const|let) /, 'var ')));
  }
  return { name: file, lines };
}
