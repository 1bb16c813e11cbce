/**
 * Reads the generated API site (docs/api, from `npm run docs`) and fails when
 * an entry point has no module page, an export of an entry point has no page
 * of its own, or a link inside the site (guides included) points nowhere or
 * at a raw `.md` file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const site = join(root, 'docs/api');
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
  entryPoints: string[];
};
const problems: string[] = [];

function moduleName(entry: string): string {
  const m = /^src\/(?:([a-z]+)\/)?index\.ts$/.exec(entry);
  return m?.[1] === undefined ? 'popm' : `popm/${m[1]}`;
}

const program = ts.createProgram(
  config.entryPoints.map((e) => join(root, e)),
  {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
  },
);
const checker = program.getTypeChecker();
let pages = 0;
for (const entry of config.entryPoints) {
  const name = moduleName(entry);
  const slug = name.replace('/', '_');
  if (!existsSync(join(site, 'modules', `${slug}.html`))) problems.push(`${name}: no module page`);
  const source = program.getSourceFile(join(root, entry));
  const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (symbol === undefined) {
    problems.push(`${entry}: cannot read its exports`);
    continue;
  }
  // A domain module lists re-exported symbols with links to their one canonical page.
  const modulePage = join(site, 'modules', `${slug}.html`);
  const html = existsSync(modulePage) ? readFileSync(modulePage, 'utf8') : '';
  const linked = new Map<string, string>();
  for (const m of html.matchAll(/<a href="([^"#]+)"[^>]*>([^<]+)</g))
    linked.set(m[2] as string, m[1] as string);
  for (const exp of checker.getExportsOfModule(symbol)) {
    const href = linked.get(exp.getName());
    if (href !== undefined && existsSync(resolve(dirname(modulePage), href))) pages++;
    else problems.push(`${name}: export ${exp.getName()} has no page`);
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? d.name === 'assets'
        ? []
        : htmlFiles(join(dir, d.name))
      : d.name.endsWith('.html')
        ? [join(dir, d.name)]
        : [],
  );
}

let links = 0;
for (const file of htmlFiles(site)) {
  const html = readFileSync(file, 'utf8');
  for (const m of html.matchAll(/href="([^"#?]*)(?:[#?][^"]*)?"/g)) {
    const href = m[1] as string;
    if (href === '' || /^[a-z]+:/i.test(href)) continue;
    links++;
    const target = resolve(dirname(file), decodeURIComponent(href));
    if (!existsSync(target)) problems.push(`${file.slice(site.length + 1)}: broken link ${href}`);
    else if (href.endsWith('.md'))
      problems.push(`${file.slice(site.length + 1)}: links a raw markdown file ${href}`);
  }
}

if (problems.length > 0) {
  console.error(`API site: ${problems.length} problem(s)\n${problems.slice(0, 50).join('\n')}`);
  process.exit(1);
}
console.log(
  `API site: ${config.entryPoints.length} modules, ${pages} export pages, ${links} internal links, all resolve`,
);
