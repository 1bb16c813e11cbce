/**
 * The TSDoc example runner: every `@example` in `src/` is a test.
 *
 * An example is TypeScript, run as written (types are stripped) with every
 * name that `popm` and `popm/schemas` export in scope, plus `z` (`zod/mini`).
 * The example of a symbol that is not public (say an `@internal` helper) also
 * sees its own module's exports. `import { … } from 'popm'` (or
 * `'popm/schemas'`, `'popm/<domain>'`, `'zod/mini'`) lines are honoured: each
 * imported name must be exported by that entry point.
 *
 * An example shows results with comments after a statement, on the same line
 * or on the next line(s):
 *
 * - `expr; //=> value` — `value` is a JavaScript literal (objects, arrays,
 *   strings, numbers, `null`, `undefined`, `1 / 3`…) and the statement's value
 *   must `toEqual` it. A `Decimal` anywhere in the result is compared as its
 *   JSON form, a string: `total.plus(1); //=> '301'`, `{ total: '620000' }`.
 *   After `const x = expr;` the value shown is `x`'s.
 * - A shown value may run over several comment lines while its brackets are
 *   open: `//=> { a: 1,` then `//     b: 2 }`.
 * - `…` closing an object (`{ score: 5, … }`) means "these keys, and maybe
 *   others" (`expect.objectContaining`).
 * - `//=> 3.65…` (a number, then `…`): the result printed (`String(x)`) starts
 *   with those digits.
 * - `// ≈ 1` or `//=> ≈ 1`: a number equal to the one shown up to floating-point
 *   rounding (relative difference ≤ 1e-9).
 * - `// throws PopmError CODE` (on its own line under the statement, or after
 *   it on the same line): the statement throws a `PopmError` with that code;
 *   `// throws PopmError CODE at ['items', 0]` also checks its `path`.
 * - Prose after a shown value in parentheses, `//=> '2026-03-06' (Friday)`,
 *   or after a throws line's code (`: reason`, `, details …`) is ignored.
 *   Any other comment is prose and is not checked, but the statements around
 *   it still run: an example without shown results must still run cleanly.
 *
 * Each example is checked to run every shown result it declares (a result in
 * a branch that never runs fails), and an example that uses a name it neither
 * defines nor can import is reported as needing context. `typeCheckExamples`
 * also compiles every example, with the same names in scope, under the
 * project's tsconfig without `noUncheckedIndexedAccess` (as a strict user would).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect } from 'vitest';
import { PopmError } from '../../src/core/errors.js';
import { isDecimal } from '../../src/core/numbers.js';

/** One `@example` block of a source file. */
export interface DocExample {
  /** The file it is in, e.g. `src/core/dates.ts`. */
  readonly file: string;
  /** The documented symbol (`module` for a `@packageDocumentation` comment). */
  readonly symbol: string;
  /** 1 for the symbol's first example, 2 for its second… */
  readonly index: number;
  /** `symbol` or `symbol #2`. */
  readonly name: string;
  /** The 1-based line of the file where the example's code starts. */
  readonly line: number;
  /** Whether the symbol is exported from its module. */
  readonly exported: boolean;
  /** The example's code lines, without the comment's ` * ` margin. */
  readonly lines: readonly string[];
}

type Kind = 'equal' | 'approx' | 'throws';

/** One shown result of an example. */
export interface ShownResult {
  readonly kind: Kind;
  /** The shown value (or for `throws`, the code). */
  readonly shown: string;
  /** For `throws … at [path]`: the path shown. */
  readonly path?: string;
  /** The statement whose result is shown. */
  readonly source: string;
  /** The 1-based line within the example. */
  readonly line: number;
}

/** An example turned into JavaScript. */
export interface CompiledExample {
  /** The JavaScript, with each shown result as a `__check(i, …)` or `__throws(i, …)` call. */
  readonly js: string;
  /** The shown results, indexed as in `js`. */
  readonly results: readonly ShownResult[];
  /** `import { names } from 'entry'` lines (removed from `js`). */
  readonly imports: readonly { readonly from: string; readonly names: readonly string[] }[];
  /** Why the example cannot be compiled as written (empty when it can). */
  readonly problems: readonly string[];
}

function symbolOf(node: ts.Node): string | null {
  if (
    (ts.isFunctionDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isEnumDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isPropertyDeclaration(node) ||
      ts.isPropertySignature(node) ||
      ts.isMethodSignature(node)) &&
    node.name !== undefined
  )
    return node.name.getText();
  if (ts.isVariableStatement(node)) {
    const d = node.declarationList.declarations[0];
    return d ? d.name.getText() : null;
  }
  return null;
}

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/** Every `@example` block of a source file, named after the symbol each documents. */
export function examplesIn(file: string, text = readFileSync(file, 'utf8')): DocExample[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: DocExample[] = [];
  const seen = new Map<string, number>();
  const visit = (node: ts.Node, parentExported: boolean): void => {
    const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
    for (const doc of docs) {
      const isPackage = (doc.tags ?? []).some((t) => t.tagName.text === 'packageDocumentation');
      const symbol = isPackage ? 'module' : (symbolOf(node) ?? '?');
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== 'example') continue;
        const start = tag.tagName.end;
        const raw = text.slice(start, tag.end).replace(/\*\/$/, '');
        const lines = raw.split('\n').map((l, i) => (i === 0 ? l : l.replace(/^\s*\* ?/, '')));
        if ((lines[0] ?? '').trim() === '') lines.shift();
        while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
        const index = (seen.get(symbol) ?? 0) + 1;
        seen.set(symbol, index);
        const firstLine = sf.getLineAndCharacterOfPosition(start).line + 1;
        out.push({
          file,
          symbol,
          index,
          name: index === 1 ? symbol : `${symbol} #${index}`,
          line: (raw.split('\n')[0] ?? '').trim() === '' ? firstLine + 1 : firstLine,
          exported: isPackage || isExported(node) || parentExported,
          lines,
        });
      }
    }
    if (ts.isSourceFile(node)) for (const s of node.statements) visit(s, false);
    else if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node))
      for (const m of node.members) visit(m, isExported(node));
  };
  visit(sf, false);
  return out;
}

/** `(`, `[`, `{` minus their closers, outside string literals. */
function depth(code: string): number {
  let d = 0;
  for (const ch of code.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, '')) {
    if ('([{'.includes(ch)) d++;
    else if (')]}'.includes(ch)) d--;
  }
  return d;
}

interface Comment {
  readonly pos: number;
  readonly end: number;
  readonly text: string;
}

function commentsOf(sf: ts.SourceFile): Comment[] {
  const text = sf.text;
  const found = new Map<number, Comment>();
  const add = (ranges: ts.CommentRange[] | undefined): void => {
    for (const r of ranges ?? [])
      if (r.kind === ts.SyntaxKind.SingleLineCommentTrivia)
        found.set(r.pos, { pos: r.pos, end: r.end, text: text.slice(r.pos, r.end) });
  };
  const visit = (node: ts.Node): void => {
    add(ts.getLeadingCommentRanges(text, node.pos));
    add(ts.getTrailingCommentRanges(text, node.end));
    node.forEachChild(visit);
  };
  visit(sf);
  add(ts.getLeadingCommentRanges(text, sf.endOfFileToken.pos));
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

function statementsOf(sf: ts.SourceFile): ts.Statement[] {
  const out: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isSourceFile(node) ||
      ts.isBlock(node) ||
      ts.isModuleBlock(node) ||
      ts.isCaseClause(node) ||
      ts.isDefaultClause(node)
    )
      out.push(...node.statements);
    node.forEachChild(visit);
  };
  visit(sf);
  return out;
}

interface Annotation {
  readonly kind: Kind;
  readonly shown: string;
  readonly path?: string;
  readonly comment: Comment;
  /** Where the annotation (with its continuation lines) ends. */
  readonly end: number;
}

function readAnnotations(
  comments: readonly Comment[],
  text: string,
  problems: string[],
  lineOf: (pos: number) => number,
): { annotations: Annotation[]; continuation: Set<number> } {
  const annotations: Annotation[] = [];
  const continuation = new Set<number>();
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i] as Comment;
    if (continuation.has(c.pos)) continue;
    const eq = /^\/\/=>\s*(.*)$/.exec(c.text);
    const approx = /^\/\/\s*≈\s*(.*)$/.exec(c.text);
    const throws = /^\/\/\s*throws\b(.*)$/.exec(c.text);
    if (eq || approx) {
      let shown = ((eq ?? approx) as RegExpExecArray)[1]?.trim() ?? '';
      let kind: Kind = approx ? 'approx' : 'equal';
      if (kind === 'equal' && shown.startsWith('≈')) {
        kind = 'approx';
        shown = shown.slice(1).trim();
      }
      let end = c.end;
      // A value whose brackets are open continues on the next comment lines.
      for (let j = i + 1; depth(shown) > 0 && j < comments.length; j++) {
        const next = comments[j] as Comment;
        if (!/^[ \t]*\n[ \t]*$/.test(text.slice(end, next.pos))) break;
        shown += ` ${next.text.replace(/^\/\/\s?/, '').trim()}`;
        continuation.add(next.pos);
        end = next.end;
      }
      annotations.push({ kind, shown, comment: c, end });
    } else if (throws) {
      const m = /^\s+PopmError ([A-Z_]+)(?:\s+at\s+(\[.*?\])(?=$|[\s,:;.]))?/.exec(
        throws[1] as string,
      );
      if (m) {
        annotations.push({
          kind: 'throws',
          shown: m[1] as string,
          ...(m[2] !== undefined ? { path: m[2] } : {}),
          comment: c,
          end: c.end,
        });
      } else
        problems.push(
          `line ${lineOf(c.pos)}: cannot read "${c.text}": write // throws PopmError CODE`,
        );
    }
  }
  return { annotations, continuation };
}

/** The example as JavaScript, each shown result turned into a checked call. */
export function compileExample(example: Pick<DocExample, 'lines'>): CompiledExample {
  const text = example.lines.join('\n');
  const problems: string[] = [];
  const syntax = ts.transpileModule(text, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022 },
  });
  for (const d of syntax.diagnostics ?? [])
    problems.push(`syntax: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  const sf = ts.createSourceFile(
    'example.ts',
    text,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  );
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const comments = commentsOf(sf);
  const { annotations } = readAnnotations(comments, text, problems, lineOf);
  const statements = statementsOf(sf);
  const edits: { start: number; end: number; text: string }[] = [];
  const results: ShownResult[] = [];
  const imports: { from: string; names: string[] }[] = [];
  for (const s of statements) {
    if (!ts.isImportDeclaration(s)) continue;
    const from = (s.moduleSpecifier as ts.StringLiteral).text;
    const names: string[] = [];
    const bindings: string[] = [];
    const clause = s.importClause;
    if (clause?.name) problems.push(`line ${lineOf(s.pos)}: default import from '${from}'`);
    const nb = clause?.isTypeOnly ? undefined : clause?.namedBindings;
    if (nb && ts.isNamespaceImport(nb))
      bindings.push(`const ${nb.name.text} = __entry(${JSON.stringify(from)});`);
    else if (nb)
      for (const el of nb.elements) {
        if (el.isTypeOnly) continue;
        const imported = (el.propertyName ?? el.name).getText();
        names.push(imported);
        bindings.push(
          `const ${el.name.text} = __import(${JSON.stringify(from)}, ${JSON.stringify(imported)});`,
        );
      }
    imports.push({ from, names });
    edits.push({ start: s.getStart(), end: s.end, text: bindings.join(' ') });
  }
  const claimed = new Set<ts.Statement>();
  for (const a of annotations) {
    const where = `line ${lineOf(a.comment.pos)}`;
    // The statement this result belongs to: the last one ending before the
    // comment with nothing but white space and prose comments in between.
    let target: ts.Statement | null = null;
    for (const s of statements)
      if (
        s.end <= a.comment.pos &&
        (target === null ||
          s.end > target.end ||
          (s.end === target.end && s.getStart() > target.getStart()))
      )
        target = s;
    if (target === null) {
      problems.push(`${where}: "${a.comment.text}" follows no statement`);
      continue;
    }
    let gap = text.slice(target.end, a.comment.pos);
    for (const c of comments)
      if (c.pos >= target.end && c.end <= a.comment.pos) {
        if (annotations.some((b) => b !== a && b.comment.pos <= c.pos && c.end <= b.end)) {
          gap = 'another shown result';
          break;
        }
        gap = gap.replace(c.text, '');
      }
    if (gap.trim() !== '' || claimed.has(target)) {
      problems.push(
        `${where}: "${a.comment.text}" does not follow a statement of its own (write the call whose result it shows)`,
      );
      continue;
    }
    if (a.kind !== 'throws' && !/^-?\d+(?:\.\d+)?…/.test(a.shown))
      try {
        shownValue(a.shown);
      } catch (e) {
        problems.push(`${where}: ${(e as Error).message}`);
        continue;
      }
    claimed.add(target);
    const i = results.length;
    const source = target.getText();
    results.push({
      kind: a.kind,
      shown: a.shown,
      ...(a.path !== undefined ? { path: a.path } : {}),
      source,
      line: lineOf(a.comment.pos),
    });
    let replacement: string | null = null;
    if (a.kind === 'throws') replacement = `__throws(${i}, () => { ${source} });`;
    else if (ts.isExpressionStatement(target))
      replacement = `__check(${i}, () => (${target.expression.getText()}));`;
    else if (ts.isVariableStatement(target)) {
      const decls = target.declarationList.declarations;
      const d = decls[0];
      if (decls.length === 1 && d && ts.isIdentifier(d.name))
        replacement = `${source} __check(${i}, () => (${d.name.text}));`;
    }
    if (replacement === null)
      problems.push(
        `${where}: cannot show the result of a ${ts.SyntaxKind[target.kind]}; show an expression's`,
      );
    else edits.push({ start: target.getStart(), end: target.end, text: replacement });
  }
  let js = text;
  for (const e of edits.sort((x, y) => y.start - x.start))
    js = js.slice(0, e.start) + e.text + js.slice(e.end);
  js = ts.transpileModule(js, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
  return { js, results, imports, problems };
}

/** Replaces every `…` that closes an object literal with a `[__MORE]: 1` marker. */
function markPartialObjects(shown: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < shown.length; i++) {
    const ch = shown[i] as string;
    if (quote !== null) {
      out += ch;
      if (ch === '\\') out += shown[++i] ?? '';
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      quote = ch;
      out += ch;
    } else if (ch === '…' && /[{,]\s*$/.test(out) && /^\s*\}/.test(shown.slice(i + 1)))
      out += '[__MORE]: 1';
    else out += ch;
  }
  return out;
}

const MORE = Symbol('more');

function toMatcher(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toMatcher);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const rec = value as Record<string | symbol, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(rec)) out[k] = toMatcher(rec[k]);
    return MORE in rec ? expect.objectContaining(out) : out;
  }
  return value;
}

/** Reads a shown value; prose in parentheses after it is dropped. */
export function shownValue(text: string): unknown {
  const read = (t: string): unknown =>
    toMatcher(new Function('__MORE', `return (${markPartialObjects(t)});`)(MORE));
  try {
    return read(text);
  } catch {
    const bare = text.replace(/\s+\([^()]*\)\s*$/, '');
    if (bare === text || bare.trim() === '')
      throw new Error(`cannot read the shown result "${text}" as a JavaScript value`);
    return read(bare);
  }
}

/** The result with every Decimal replaced by its JSON string, as a reader sees it. */
export function plain(value: unknown): unknown {
  if (isDecimal(value)) return value.toJSON();
  if (Array.isArray(value)) return value.map(plain);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
}

/** Names an example may import, by entry point (`popm`, `popm/schemas`, `zod/mini`…). */
export type Entries = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** How an example ran. */
export interface ExampleRun {
  /** Shown results the example declares. */
  readonly declared: number;
  /** Shown results checked while it ran (equal to `declared` when every one ran). */
  readonly checked: number;
}

/**
 * Runs an example with `scope` (the names it may use without importing) and
 * `entries` (what it may import); fails, with the file and line, on the first
 * false result, on a statement that throws, or on a name it cannot have.
 */
export function runExample(
  example: DocExample,
  scope: Readonly<Record<string, unknown>>,
  entries: Entries = {},
): ExampleRun {
  const compiled = compileExample(example);
  const at = (line: number): string =>
    `${example.file}:${example.line + line - 1} (${example.name})`;
  if (compiled.problems.length > 0) throw new Error(`${at(1)}: ${compiled.problems.join('; ')}`);
  let checked = 0;
  const result = (i: number): ShownResult => compiled.results[i] as ShownResult;
  const check = (i: number, run: () => unknown): void => {
    const r = result(i);
    const label = `${at(r.line)}: ${r.source}`;
    let actual: unknown;
    try {
      actual = plain(run());
    } catch (e) {
      if (e instanceof ReferenceError) throw e;
      throw new Error(
        `${label} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
      );
    }
    checked++;
    const digits = /^(-?\d+(?:\.\d+)?)…/.exec(r.shown);
    if (r.kind === 'approx') {
      const shown = Number(shownValue(r.shown));
      expect(typeof actual, label).toBe('number');
      expect(
        Math.abs((actual as number) - shown) <= 1e-9 * Math.max(1, Math.abs(shown)),
        `${label}: ${String(actual)} is not ≈ ${r.shown}`,
      ).toBe(true);
    } else if (digits)
      expect(String(actual), label).toMatch(
        new RegExp(`^${(digits[1] as string).replace('.', '\\.')}`),
      );
    else expect(actual, label).toEqual(shownValue(r.shown));
  };
  const throws = (i: number, run: () => void): void => {
    const r = result(i);
    const label = `${at(r.line)}: ${r.source}`;
    let error: unknown = null;
    try {
      run();
    } catch (e) {
      error = e;
    }
    checked++;
    expect(error, `${label} throws a PopmError`).toBeInstanceOf(PopmError);
    expect((error as PopmError).code, label).toBe(r.shown);
    if (r.path !== undefined) expect((error as PopmError).path, label).toEqual(shownValue(r.path));
  };
  const entry = (from: string): Readonly<Record<string, unknown>> => {
    const e = entries[from];
    if (e === undefined) throw new Error(`${at(1)}: imports from '${from}', not an entry point`);
    return e;
  };
  const importName = (from: string, name: string): unknown => {
    const e = entry(from);
    if (!(name in e))
      throw new Error(`${at(1)}: imports ${name} from '${from}', which does not export it`);
    return e[name];
  };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  const fn = new Function(
    ...names,
    '__check',
    '__throws',
    '__entry',
    '__import',
    `"use strict";\n{\n${compiled.js}\n}`,
  );
  try {
    fn(...names.map((n) => scope[n]), check, throws, entry, importName);
  } catch (e) {
    if (e instanceof ReferenceError)
      throw new Error(
        `${at(1)}: needs context it does not have: ${e.message} (define it in the example, or import it from popm)`,
      );
    if (e instanceof Error && (e.name === 'AssertionError' || e.message.startsWith(example.file)))
      throw e;
    throw new Error(
      `${at(1)}: a statement threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
    );
  }
  return { declared: compiled.results.length, checked };
}

/** Where an example's names come from when it is type-checked. */
export interface TypeScope {
  /** Absolute module path (`…/src/index.ts`) → the names to import from it. */
  readonly imports: ReadonlyMap<string, readonly string[]>;
  /** Maps an import specifier in an example (`popm/schemas`) to an absolute module path, or `null` to keep it. */
  readonly resolve: (specifier: string) => string | null;
}

/**
 * Type-checks every example as a TypeScript user would compile it: the
 * project's `tsconfig.json` (strict, `exactOptionalPropertyTypes`…) but
 * without `noUncheckedIndexedAccess`, so `r.items[0].id` reads as in any
 * strict project. Returns the errors of each example that has some, as
 * `file:line message`.
 */
export function typeCheckExamples(
  examples: readonly DocExample[],
  scopeOf: (example: DocExample) => TypeScope,
  root: string,
): Map<DocExample, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const options: ts.CompilerOptions = {
    ...config?.options,
    noEmit: true,
    noUncheckedIndexedAccess: false,
    noUnusedLocals: false,
    noUnusedParameters: false,
  };
  const virtual = new Map<string, { example: DocExample; text: string; header: number }>();
  examples.forEach((example, i) => {
    const { imports, resolve } = scopeOf(example);
    const text = example.lines.join('\n');
    const sf = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const own: string[] = [];
    const taken = new Set<string>();
    let body = text;
    for (const s of [...sf.statements].reverse()) {
      if (!ts.isImportDeclaration(s)) continue;
      const spec = (s.moduleSpecifier as ts.StringLiteral).text;
      const to = resolve(spec);
      own.unshift(
        to === null
          ? s.getText()
          : s.getText().replace(/(['"])[^'"]+\1\s*;?\s*$/, `'${to.replace(/\.ts$/, '.js')}';`),
      );
      const clause = s.importClause;
      if (clause?.name) taken.add(clause.name.text);
      const nb = clause?.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) taken.add(nb.name.text);
      else if (nb) for (const el of nb.elements) taken.add(el.name.text);
      body =
        body.slice(0, s.getStart()) +
        body.slice(s.getStart(), s.end).replace(/[^\n]/g, ' ') +
        body.slice(s.end);
    }
    const header = [
      ...own,
      ...[...imports].map(([from, names]) => {
        const free = names.filter((n) => !taken.has(n));
        free.forEach((n) => {
          taken.add(n);
        });
        return free.length > 0
          ? `import { ${free.join(', ')} } from '${from.replace(/\.ts$/, '.js')}';`
          : '';
      }),
      'export {};',
      '{',
    ];
    virtual.set(join(root, 'test', '__examples__', `example${i}.ts`), {
      example,
      text: `${header.join('\n')}\n${body}\n}\n`,
      header: header.length,
    });
  });
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => {
    const v = virtual.get(file);
    return v ? ts.createSourceFile(file, v.text, language) : getSourceFile(file, language, ...rest);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => virtual.has(file) || fileExists(file);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => virtual.get(file)?.text ?? readFile(file);
  const program = ts.createProgram([...virtual.keys()], options, host);
  const out = new Map<DocExample, string[]>();
  for (const [file, { example, header }] of virtual) {
    const sf = program.getSourceFile(file) as ts.SourceFile;
    const errors = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    if (errors.length > 0)
      out.set(
        example,
        errors.map((d) => {
          const line =
            d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line - header;
          return `${example.file}:${example.line + Math.max(line, 0)} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
        }),
      );
  }
  return out;
}

/** The ```ts blocks of a Markdown guide as one example (`const` as `var`, so blocks may reuse names). */
export function guideExample(file: string): DocExample {
  const text = readFileSync(file, 'utf8');
  const lines: string[] = [];
  for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g))
    lines.push(...(m[1] as string).split('\n').map((l) => l.replace(/^(const|let) /, 'var ')));
  return { file, symbol: 'guide', index: 1, name: file, line: 1, exported: true, lines };
}
