/**
 * The options every chart takes. Colours come from CSS custom properties
 * (`--popm-c1` … `--popm-c8`, `--popm-fg`, `--popm-muted`, `--popm-grid`,
 * `--popm-bg`, `--popm-good`, `--popm-warn`, `--popm-bad`, `--popm-band1` …
 * `--popm-band4`) with an Okabe–Ito default, so a page restyles every chart.
 */
export interface ChartOptions {
  /** Width of the view box in px (120–4000); each chart has its own default. */
  readonly width?: number | undefined;
  /** Height of the view box in px (100–4000). */
  readonly height?: number | undefined;
  /** The chart's title (also its accessible name); each chart has a default. */
  readonly title?: string | undefined;
  /** A BCP 47 locale for numbers and dates (default `'en-US'`, dates as `6 Mar`). */
  readonly locale?: string | undefined;
  /** An ISO 4217 currency code for money axes and labels (e.g. `'EUR'`). */
  readonly currency?: string | undefined;
}
