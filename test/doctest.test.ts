/**
 * Every TSDoc `@example` in `src/` runs as a test, one per example, named by
 * file and symbol (the convention is described in test/helpers/doctest.ts and
 * docs/architecture.md, "Examples are tests").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as popm from '../src/index.js';
import * as schemas from '../src/schemas/index.js';
import {
  type DocExample,
  type Entries,
  examplesIn,
  runExample,
  type TypeScope,
  typeCheckExamples,
} from './helpers/doctest.js';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
    });
}

const files = walk('src');
const modules = new Map<string, Record<string, unknown>>();
for (const file of files)
  modules.set(
    file,
    (await import(`../${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>,
  );

const entries: Entries = {
  popm,
  'popm/schemas': schemas,
  'zod/mini': z,
  ...Object.fromEntries(
    readdirSync('src')
      .filter((d) => statSync(join('src', d)).isDirectory() && d !== 'core' && d !== 'schemas')
      .map((d) => [`popm/${d}`, modules.get(join('src', d, 'index.ts')) ?? {}]),
  ),
};
const publicNames: Record<string, unknown> = { ...popm, ...schemas, z };
const examples = files.flatMap((file) => examplesIn(file));
const isPublic = (ex: DocExample): boolean => ex.symbol in publicNames || ex.symbol === 'module';

// Type-check every example once (a few seconds), as a strict TypeScript user
// compiles it, with the same names in scope as when it runs.
const root = join(import.meta.dirname, '..');
const abs = (file: string): string => join(root, file);
const popmNames = Object.keys(popm);
const schemaNames = Object.keys(schemas).filter((n) => !(n in popm));
// Two made-up examples ride along to show the type check can fail.
const illTyped: DocExample = {
  file: 'x.ts',
  symbol: 'x',
  index: 1,
  name: 'x',
  line: 10,
  exported: true,
  lines: ["import { npv } from 'popm/finance';", 'sum([1, 2]); //=> 3', "npv('0.1', 5);"],
};
const wellTyped: DocExample = {
  ...illTyped,
  lines: ["const r = createBacklog([{ id: 'a', title: 'A' }]);", 'r.items[0].id;'],
};
const typeErrors = typeCheckExamples(
  [...examples, illTyped, wellTyped],
  (ex): TypeScope => {
    const imports = new Map<string, readonly string[]>([
      [abs('src/index.ts'), popmNames],
      [abs('src/schemas/index.ts'), schemaNames],
      ['zod/mini', ['z']],
    ]);
    if (!isPublic(ex))
      imports.set(
        abs(ex.file),
        Object.keys(modules.get(ex.file) ?? {}).filter((n) => !(n in publicNames)),
      );
    return {
      imports,
      resolve: (spec) =>
        spec === 'popm'
          ? abs('src/index.ts')
          : spec.startsWith('popm/')
            ? abs(`src/${spec.slice(5)}/index.ts`)
            : null,
    };
  },
  root,
);

describe('every TSDoc @example in src/ shows true results', () => {
  it('finds every @example tag', () => {
    const tags = files.reduce(
      (n, f) => n + (readFileSync(f, 'utf8').match(/^\s*\*\s*@example\b/gm) ?? []).length,
      0,
    );
    expect(examples.length).toBe(tags);
  });

  it.each(examples.map((ex) => [`${ex.file} ${ex.name}`, ex] as const))('%s', (_, ex) => {
    // A public symbol's example may use what popm exports; an internal one's
    // may also use its own module's exports.
    const scope = isPublic(ex) ? publicNames : { ...publicNames, ...modules.get(ex.file) };
    const run = runExample(ex, scope, entries);
    expect(run.checked, 'every shown result was checked').toBe(run.declared);
    expect(typeErrors.get(ex) ?? [], 'the example type-checks').toEqual([]);
  });
});

describe('the example runner', () => {
  const ex = (...lines: string[]) => ({
    file: 'x.ts',
    symbol: 'x',
    index: 1,
    name: 'x',
    line: 1,
    exported: true,
    lines,
  });
  const run = (...lines: string[]) => runExample(ex(...lines), publicNames, entries);

  it('reads @example blocks with their symbol, index and line', () => {
    const found = examplesIn(
      'x.ts',
      [
        '/**',
        ' * Doc.',
        ' * @example',
        ' * f(1); //=> 2',
        ' * @example',
        ' * f(2); //=> 3',
        ' */',
        'export function f(n: number): number { return n + 1; }',
        '/** @internal @example',
        ' * g(); //=> 1',
        ' */',
        'const g = () => 1;',
      ].join('\n'),
    );
    expect(found.map((e) => [e.name, e.line, e.exported, e.lines])).toEqual([
      ['f', 4, true, ['f(1); //=> 2']],
      ['f #2', 6, true, ['f(2); //=> 3']],
      ['g', 10, false, ['g(); //=> 1']],
    ]);
  });

  it('passes true results of every form', () => {
    expect(
      run(
        "roundMoney('2.345'); //=> '2.34'",
        "const d = toDecimal('1.5');",
        "//=> '1.5'",
        'median([1, 2, 3, 4]);',
        '//=> 2.5 (the mean of the middle two)',
        '({ a: [1, 2], b: { c: 3, d: 4 } }); //=> { a: [1,',
        '//   2], b: { c: 3, … } }',
        'normalCdf(1); //=> 0.8413…',
        '0.1 + 0.2; // ≈ 0.3',
        "toEpochDay('2026-02-30'); // throws PopmError INVALID_DATE at []",
        "toNumber('x', ['a', 1]); // throws PopmError INVALID_NUMBER at ['a', 1]: not a number",
        'if (mean([1]) === 1) {',
        '  sum([1, 2]); //=> 3',
        '}',
      ),
    ).toEqual({ declared: 9, checked: 9 });
  });

  it('binds imports from entry points and rejects names an entry does not export', () => {
    expect(
      run("import { npv } from 'popm/finance';", "npv(0, [1, 2]).toString(); //=> '3'"),
    ).toEqual({
      declared: 1,
      checked: 1,
    });
    expect(() => run("import { npv } from 'popm/schemas';", 'npv(0, [1]);')).toThrow(
      /imports npv from 'popm\/schemas', which does not export it/,
    );
  });

  it.each([
    ['a false value', ['sum([1, 2]); //=> 4'], /sum\(\[1, 2\]\)/],
    ['a Decimal shown as a number', ["toDecimal('3'); //=> 3"], /toDecimal/],
    ['a missing key under …', ['({ a: 1 }); //=> { b: 1, … }'], /expected/],
    ['digits that differ', ['normalCdf(1); //=> 0.8414…'], /normalCdf/],
    ['an approximation too far', ['0.1 + 0.2; // ≈ 0.31'], /not ≈ 0.31/],
    [
      'no error where one is shown',
      ["toEpochDay('2026-02-28'); // throws PopmError INVALID_DATE"],
      /throws a PopmError/,
    ],
    ['another code', ["toEpochDay('x'); // throws PopmError OUT_OF_RANGE"], /OUT_OF_RANGE/],
    [
      'another path',
      ["toNumber('x', ['b']); // throws PopmError INVALID_NUMBER at ['a']"],
      /toNumber/,
    ],
    [
      'a statement that throws',
      ["toEpochDay('x');", 'sum([1]); //=> 1'],
      /a statement threw PopmError/,
    ],
    [
      'a name from prose',
      ['npv(discountRate, [1]); //=> 1'],
      /needs context .*discountRate is not defined/,
    ],
    [
      'a result without its own statement',
      ['sum([1]); //=> 1', '//=> 2'],
      /does not follow a statement of its own/,
    ],
    [
      'a result after prose',
      ['sum([1]);', '// and then', 'x + 1 //=> 2'],
      /needs context|does not follow/,
    ],
    ['a result that cannot be read', ['sum([1]); //=> one'], /cannot read the shown result/],
    ['a throws line in another form', ['sum([1]); // throws an error'], /cannot read/],
    [
      'a result of a block',
      ['if (true) { sum([1]); }', '//=> 1'],
      /cannot show the result of a IfStatement/,
    ],
  ])('fails on %s', (_, lines, message) => {
    expect(() => run(...lines)).toThrow(message);
  });

  it('type-checks examples as a strict TypeScript user would', () => {
    expect(typeErrors.get(wellTyped)).toBeUndefined();
    expect(typeErrors.get(illTyped)).toEqual([
      "x.ts:12 Argument of type 'number' is not assignable to parameter of type 'readonly Numeric[]'.",
    ]);
  });

  it('counts a shown result in a branch that never runs as unchecked', () => {
    expect(run('if (sum([1]) === 2) {', '  sum([1]); //=> 1', '}')).toEqual({
      declared: 1,
      checked: 0,
    });
  });
});
