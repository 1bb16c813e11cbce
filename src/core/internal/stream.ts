/**
 * @internal Random streams for the simulations: one sfc32 stream per trial,
 * its state derived from `(seed, trial index)`, so a trial's draws do not
 * depend on which trials ran before it (the property that lets a run be
 * split into shards and merged back to the same answer).
 *
 * The hot loops of the kernels copy the four state words into locals (see
 * {@link trialState}) or use {@link Stream}, whose fields V8 keeps in the
 * object's in-object slots: both avoid the closure-held state that made a
 * draw about 4× slower than the generator itself.
 */

/** @internal xmur3-style hash of a seed to 32 bits, so string seeds are first-class. */
export function hashSeed(seed: number | string): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** lowbias32 (Chris Wellons): a bijective 32-bit mixer with low avalanche bias. */
function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h | 0;
}

/** Warm-up rounds after seeding a trial's stream. */
const WARM_UP = 4;

/**
 * @internal Writes the sfc32 state of trial `trial` under `key` (from
 * {@link hashSeed}) into `out[0..3]`, warmed up. Each word is a lowbias32
 * hash of a distinct splitmix-style counter, so neighbouring trials start
 * from unrelated states.
 */
export function trialState(key: number, trial: number, out: Int32Array): void {
  // Trials beyond 2^32 are refused by the option reader; >>> 0 keeps the index a uint32.
  const base = mix32(key ^ mix32((trial >>> 0) + 0x632be5ab));
  let a = mix32(base + 0x9e3779b9);
  let b = mix32(base + 0x3c6ef372);
  let c = mix32(base + 0xdaa66d2b);
  let d = mix32(base + 0x78dde6e4) | 1;
  for (let i = 0; i < WARM_UP; i++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
  }
  out[0] = a;
  out[1] = b;
  out[2] = c;
  out[3] = d;
}

const TWO_POW_32 = 4294967296;

/**
 * @internal One trial's stream as an object with its state in fields: used by
 * the kernels whose draws go through samplers (triangular, beta-PERT).
 */
export class Stream {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  private readonly scratch = new Int32Array(4);

  /** Restarts the stream at trial `trial` of `key`. */
  reset(key: number, trial: number): void {
    trialState(key, trial, this.scratch);
    this.a = this.scratch[0] as number;
    this.b = this.scratch[1] as number;
    this.c = this.scratch[2] as number;
    this.d = this.scratch[3] as number;
  }

  /** A raw unsigned 32-bit draw. */
  u32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const t = (((a + b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1) with 32 random bits. */
  next(): number {
    return this.u32() / TWO_POW_32;
  }
}

/** @internal Anything that gives floats in [0, 1). */
export interface Source {
  next(): number;
}

/** @internal Triangular draw by inverse transform of `u` in [0, 1). */
export function triangularAt(u: number, min: number, mode: number, max: number): number {
  const range = max - min;
  if (range <= 0) return min;
  const fc = (mode - min) / range;
  return u < fc
    ? min + Math.sqrt(u * range * (mode - min))
    : max - Math.sqrt((1 - u) * range * (max - mode));
}

/** A standard normal draw (Marsaglia polar method). */
function standardNormal(src: Source): number {
  for (;;) {
    const u = 2 * src.next() - 1;
    const v = 2 * src.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** @internal A Gamma(shape, 1) draw (Marsaglia–Tsang, with the shape < 1 boost). */
export function gammaDraw(src: Source, shape: number): number {
  if (shape < 1) {
    const u = src.next();
    return gammaDraw(src, shape + 1) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(src);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = src.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** @internal A beta-PERT (λ = 4) draw in [min, max]. */
export function betaPertDraw(src: Source, min: number, mode: number, max: number): number {
  const range = max - min;
  if (range <= 0) return min;
  const alpha = 1 + (4 * (mode - min)) / range;
  const beta = 1 + (4 * (max - mode)) / range;
  const x = gammaDraw(src, alpha);
  const y = gammaDraw(src, beta);
  return min + (x / (x + y)) * range;
}
