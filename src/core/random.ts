import { popmError } from './errors.js';

/**
 * A seeded pseudo-random generator. It holds state: each call advances it.
 * Create one per calculation from an explicit seed; popm never uses
 * `Math.random()`.
 */
export interface Random {
  /** The seed this generator started from. */
  readonly seed: number | string;
  /** A float in [0, 1) with 32 random bits. */
  next(): number;
  /** An integer in [0, n), for an integer `n >= 1`. */
  int(n: number): number;
  /** A raw unsigned 32-bit integer. */
  uint32(): number;
}

// xmur3-style string hash to 32 bits, so string seeds are first-class.
function hashSeed(seed: number | string): number {
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

/**
 * Creates a seeded PRNG: **sfc32** (Chris Doty-Humphrey's Small Fast Chaotic
 * generator, 128-bit state, passes PractRand), its state filled by
 * **splitmix32** from a 32-bit hash of the seed, then warmed up by 12 rounds.
 * Only 32-bit integer operations (`Math.imul`, shifts) are used, so the
 * sequence is the same on every platform and engine for the same seed.
 *
 * @param seed - any finite number or string; the same seed gives the same sequence
 * @returns the generator
 * @throws PopmError `INVALID_ARGUMENT` for a seed that is neither a finite number nor a string
 * @example
 * const a = createRandom(42);
 * const b = createRandom(42);
 * a.next() === b.next(); //=> true
 * const roll = createRandom('sprint-12').int(6); // an integer 0..5, the same on every run
 * Number.isInteger(roll) && roll >= 0 && roll <= 5; //=> true
 * createRandom('sprint-12').int(6) === roll; //=> true
 */
export function createRandom(seed: number | string): Random {
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string'))
    throw popmError('INVALID_ARGUMENT', ['seed'], 'a finite number or a string', seed);
  let s = hashSeed(seed);
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) uint32();
  return {
    seed,
    next: () => uint32() / 4294967296,
    int: (n: number) => {
      if (!Number.isInteger(n) || n < 1 || n > 4294967296)
        throw popmError('OUT_OF_RANGE', ['n'], 'an integer from 1 to 2^32', n);
      return Math.floor((uint32() / 4294967296) * n);
    },
    uint32,
  };
}

/**
 * Draws from a triangular distribution by inverse transform.
 *
 * @param random - the generator
 * @param min - the lowest value
 * @param mode - the most likely value, `min <= mode <= max`
 * @param max - the highest value
 * @returns a draw in [min, max]
 * @example
 * const x = sampleTriangular(createRandom(1), 2, 3, 10); // a number between 2 and 10
 * x >= 2 && x <= 10; //=> true
 * sampleTriangular(createRandom(1), 2, 3, 10) === x; //=> true (same seed, same draw)
 */
export function sampleTriangular(random: Random, min: number, mode: number, max: number): number {
  const u = random.next();
  const range = max - min;
  if (range <= 0) return min;
  const fc = (mode - min) / range;
  return u < fc
    ? min + Math.sqrt(u * range * (mode - min))
    : max - Math.sqrt((1 - u) * range * (max - mode));
}

/** A standard normal draw (Marsaglia polar method). */
function sampleStandardNormal(random: Random): number {
  for (;;) {
    const u = 2 * random.next() - 1;
    const v = 2 * random.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** A Gamma(shape, 1) draw (Marsaglia–Tsang, with the shape < 1 boost). */
function sampleGamma(random: Random, shape: number): number {
  if (shape < 1) {
    const u = random.next();
    return sampleGamma(random, shape + 1) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleStandardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Draws from the beta-PERT distribution with `λ = 4`: a Beta(α, β) scaled to
 * [min, max] with α = 1 + 4(mode − min)/(max − min), β = 1 + 4(max − mode)/(max − min),
 * whose mean is the PERT mean (min + 4·mode + max) / 6.
 *
 * @param random - the generator
 * @param min - the optimistic value
 * @param mode - the most likely value, `min <= mode <= max`
 * @param max - the pessimistic value
 * @returns a draw in [min, max]
 * @example
 * const x = sampleBetaPert(createRandom(1), 2, 3, 10); // a number between 2 and 10
 * x >= 2 && x <= 10; //=> true
 * sampleBetaPert(createRandom(1), 2, 3, 10) === x; //=> true (same seed, same draw)
 */
export function sampleBetaPert(random: Random, min: number, mode: number, max: number): number {
  const range = max - min;
  if (range <= 0) return min;
  const alpha = 1 + (4 * (mode - min)) / range;
  const beta = 1 + (4 * (max - mode)) / range;
  const x = sampleGamma(random, alpha);
  const y = sampleGamma(random, beta);
  return min + (x / (x + y)) * range;
}
