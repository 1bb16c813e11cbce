/**
 * Issue 14: private code has its own rooms. A public file of a domain
 * (`src/<domain>/*.ts`, not under `internal/`) exports public names only;
 * what is tagged `@internal` lives in `src/<domain>/internal/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', 'src');

/** Every public file: `src/<domain>/*.ts` except the entry points. */
function publicFiles(): string[] {
  return readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory())
    .flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
        .map((f) => `${d}/${f}`),
    );
}

function declaredNames(st: ts.Statement): string[] {
  if (ts.isVariableStatement(st))
    return st.declarationList.declarations.map((d) => d.name.getText());
  const name = (st as { name?: ts.Node }).name;
  return name === undefined ? ['default'] : [name.getText()];
}

/** The names a file exports whose own doc comment carries `@internal`. */
function internalExports(text: string, fileName = 'file.ts'): string[] {
  const src = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const st of src.statements) {
    const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
    if (!mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const docs = (st as { jsDoc?: readonly ts.JSDoc[] }).jsDoc ?? [];
    // The statement's own comment (the last one before it), not a file header above it.
    const own = docs[docs.length - 1];
    if (own !== undefined && /@internal\b/.test(own.getText())) out.push(...declaredNames(st));
  }
  return out;
}

const found = Object.fromEntries(
  publicFiles()
    .map((f) => [f, internalExports(readFileSync(join(root, f), 'utf8'), f)] as const)
    .filter(([, names]) => names.length > 0),
);

describe('issue 14: private code in src/<domain>/internal/', () => {
  it('finds @internal exports (a checker that cannot fail is no checker)', () => {
    const text = [
      '/** @internal A file header. */',
      "import { x } from './x.js';",
      '/** Public. */',
      'export function pub() {}',
      '/** @internal Private. */',
      'export function priv() {}',
      '/** @internal */',
      'export const A = 1, B = 2;',
      '/** @internal */',
      'export interface Shape {}',
      'function local() {}',
    ].join('\n');
    expect(internalExports(text)).toEqual(['priv', 'A', 'B', 'Shape']);
    expect(publicFiles()).toContain('finance/totalCostOfOwnership.ts');
  });

  it('a public file exports no @internal name (every one lives in src/<domain>/internal/)', () => {
    expect(found).toEqual({});
  });
});
