/**
 * Guard rail (issue 14): no function in src/ is longer than 100 lines.
 * Reads every source file with the TypeScript parser and lists each function,
 * method, arrow function or function expression whose body spans more than
 * 100 lines. Exits 1 when any does. Run: npx tsx scripts/function-length.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const MAX_FUNCTION_LINES = 100;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** Every function in `text` longer than `max` lines: `file:line name (n lines)`. */
export function longFunctions(text: string, file: string, max = MAX_FUNCTION_LINES): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > max) {
        const name =
          node.name !== undefined
            ? node.name.getText(source)
            : ts.isVariableDeclaration(node.parent)
              ? node.parent.name.getText(source)
              : '(anonymous)';
        out.push(`${file}:${start + 1} ${name} (${lines} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const src = resolve(import.meta.dirname, '../src');
  const long = files(src).flatMap((f) =>
    longFunctions(readFileSync(f, 'utf8'), relative(resolve(src, '..'), f)),
  );
  if (long.length > 0) {
    console.error(`functions over ${MAX_FUNCTION_LINES} lines:\n${long.join('\n')}`);
    process.exit(1);
  }
  console.log(`no function in src/ is over ${MAX_FUNCTION_LINES} lines`);
}
