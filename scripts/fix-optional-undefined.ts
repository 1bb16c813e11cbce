/**
 * Codemod for the 1.0 input contract: adds `| undefined` to every optional
 * property in src/ whose type lacks it (`a?: T` becomes `a?: T | undefined`).
 * Run: npx tsx scripts/fix-optional-undefined.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}
function allowsUndefined(type: ts.TypeNode | undefined): boolean {
  if (type === undefined) return true;
  const k = type.kind;
  if (
    k === ts.SyntaxKind.UndefinedKeyword ||
    k === ts.SyntaxKind.UnknownKeyword ||
    k === ts.SyntaxKind.AnyKeyword
  )
    return true;
  if (ts.isUnionTypeNode(type)) return type.types.some(allowsUndefined);
  if (ts.isParenthesizedTypeNode(type)) return allowsUndefined(type.type);
  return false;
}
let changed = 0;
for (const file of files(join(import.meta.dirname, '../src'))) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const edits: { at: number; insert: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) &&
      node.questionToken !== undefined &&
      node.type !== undefined &&
      !allowsUndefined(node.type)
    ) {
      const t = node.type;
      const wrap =
        ts.isFunctionTypeNode(t) || ts.isConstructorTypeNode(t) || ts.isConditionalTypeNode(t);
      if (wrap) edits.push({ at: t.getStart(source), insert: '(' });
      edits.push({ at: t.getEnd(), insert: wrap ? ') | undefined' : ' | undefined' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) continue;
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.insert + out.slice(e.at);
  writeFileSync(file, out);
  changed += edits.length;
}
console.log(`added | undefined to ${changed} optional properties`);
