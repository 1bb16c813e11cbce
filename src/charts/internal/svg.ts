/**
 * @internal SVG building blocks: escaping, rounding, the palette and the
 * document wrapper every chart shares.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** True for a character XML 1.0 allows (lone surrogates, U+FFFE/U+FFFF and most C0 controls are not). */
function xmlChar(ch: string): boolean {
  const c = ch.codePointAt(0) as number;
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
  return c !== 0xfffe && c !== 0xffff && (c < 0xd800 || c > 0xdfff);
}

/** @internal Escapes text for SVG/XML content and attribute values, dropping characters XML forbids. */
export function esc(text: string): string {
  let out = '';
  for (const ch of text) if (xmlChar(ch)) out += ESCAPES[ch] ?? ch;
  return out;
}

/** @internal A coordinate rounded to 0.1 (small, deterministic output). */
export function r(value: number): string {
  const v = Math.round(value * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
}

/**
 * @internal The Okabe–Ito colour-blind-safe palette, each colour behind a CSS
 * custom property so a page can restyle every chart.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#56B4E9',
  '#CC79A7',
  '#F0E442',
  '#000000',
] as const;

/** @internal `var(--popm-c3, #009E73)` for series `i` (wrapping). */
export function colour(i: number): string {
  const k = ((i % PALETTE.length) + PALETTE.length) % PALETTE.length;
  return `var(--popm-c${k + 1}, ${PALETTE[k]})`;
}

/** @internal Named roles used across charts. */
export const INK = {
  fg: 'var(--popm-fg, #1f2328)',
  muted: 'var(--popm-muted, #59636e)',
  grid: 'var(--popm-grid, #d0d7de)',
  bg: 'var(--popm-bg, transparent)',
  good: 'var(--popm-good, #009E73)',
  warn: 'var(--popm-warn, #E69F00)',
  bad: 'var(--popm-bad, #D55E00)',
  accent: 'var(--popm-accent, #0072B2)',
} as const;

const STYLE =
  'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:11px;fill:var(--popm-fg,#1f2328)}' +
  '.t{font-size:14px;font-weight:600}.b{font-weight:600}.m{fill:var(--popm-muted,#59636e)}.s{font-size:10px}' +
  '@media (prefers-color-scheme:dark){svg.popm{--popm-fg:#e6edf3;--popm-muted:#9198a1;--popm-grid:#3d444d}}';

/** @internal The pieces of a chart document. */
export interface SvgDoc {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly desc: string;
  readonly kind: string;
  readonly body: readonly string[];
}

/** @internal Wraps a chart body in a standalone, accessible SVG document. */
export function svgDocument(doc: SvgDoc): string {
  const w = r(doc.width);
  const h = r(doc.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="popm popm-${doc.kind}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="popm-${doc.kind}-t popm-${doc.kind}-d">` +
    `<title id="popm-${doc.kind}-t">${esc(doc.title)}</title>` +
    `<desc id="popm-${doc.kind}-d">${esc(doc.desc)}</desc>` +
    `<style>${STYLE}</style>` +
    `<rect width="${w}" height="${h}" fill="${INK.bg}"/>` +
    `<text class="t" x="12" y="20">${esc(truncate(doc.title, doc.width - 24, 14))}</text>` +
    doc.body.join('') +
    '</svg>'
  );
}

/** @internal Average glyph width, as a share of the font size, for layout estimates. */
const GLYPH = 0.6;

/** @internal Estimated rendered width of `text` at `size` px. */
export function textWidth(text: string, size = 11): number {
  return [...text].length * size * GLYPH;
}

/** @internal `text` cut with an ellipsis to fit `width` px at `size` px. */
export function truncate(text: string, width: number, size = 11): string {
  const chars = [...text];
  const max = Math.max(1, Math.floor(width / (size * GLYPH)));
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** @internal A text element; long text is truncated and kept whole in a `<title>`. */
export function label(
  x: number,
  y: number,
  text: string,
  opts: {
    anchor?: 'start' | 'middle' | 'end' | undefined;
    maxWidth?: number | undefined;
    cls?: string | undefined;
    size?: number | undefined;
    fill?: string | undefined;
  } = {},
): string {
  const size = opts.size ?? 11;
  const shown = opts.maxWidth === undefined ? text : truncate(text, opts.maxWidth, size);
  const anchor =
    opts.anchor === undefined || opts.anchor === 'start' ? '' : ` text-anchor="${opts.anchor}"`;
  const cls = opts.cls === undefined ? '' : ` class="${opts.cls}"`;
  const fill = opts.fill === undefined ? '' : ` style="fill:${opts.fill}"`;
  const full = shown === text ? '' : `<title>${esc(text)}</title>`;
  return `<text x="${r(x)}" y="${r(y)}"${anchor}${cls}${fill}>${full}${esc(shown)}</text>`;
}
