/**
 * The 1.0 input contract: every optional property in the public types is
 * `?: T | undefined`, because the runtime accepts `undefined` there and users
 * compile with `exactOptionalPropertyTypes`. This reads every source file's
 * interfaces and type literals with the TypeScript parser and lists the
 * optional properties whose type does not include `undefined`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

function allowsUndefined(type: ts.TypeNode | undefined): boolean {
  if (type === undefined) return true; // implicitly any
  if (
    type.kind === ts.SyntaxKind.UndefinedKeyword ||
    type.kind === ts.SyntaxKind.UnknownKeyword ||
    type.kind === ts.SyntaxKind.AnyKeyword
  )
    return true;
  if (ts.isUnionTypeNode(type)) return type.types.some(allowsUndefined);
  if (ts.isParenthesizedTypeNode(type)) return allowsUndefined(type.type);
  return false;
}

function optionalWithoutUndefined(text: string, name = 'x.ts'): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) &&
      node.questionToken !== undefined
    ) {
      if (!allowsUndefined(node.type)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        out.push(`${name}:${line + 1} ${node.name.getText(source)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('optional properties accept undefined (exactOptionalPropertyTypes)', () => {
  it('the check itself flags `?: T` and passes `?: T | undefined`', () => {
    expect(
      optionalWithoutUndefined(
        'interface A { readonly a?: number; b?: string | undefined; c?: (number | undefined) }',
      ),
    ).toEqual(['x.ts:1 a']);
  });
  it('holds in every source file', () => {
    const offenders = files(SRC).flatMap((f) =>
      optionalWithoutUndefined(readFileSync(f, 'utf8'), relative(SRC, f)),
    );
    expect(offenders).toEqual([]);
  });
});
