import { type PopmPath, popmError } from './errors.js';
import { betaPertDraw, hashSeed, triangularAt } from './internal/stream.js';

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
  /**
   * Fills `out` with raw unsigned 32-bit draws, the generator's state held in
   * locals for the whole block (the fast way to take many draws), and
   * returns it. The draws are the ones `uint32()` would give, in order.
   */
  fill(out: Uint32Array): Uint32Array;
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
 * const block = createRandom(42).fill(new Uint32Array(4)); // four draws at generator speed
 * block[0] === createRandom(42).uint32(); //=> true
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
  const fill = (out: Uint32Array): Uint32Array => {
    if (!(out instanceof Uint32Array))
      throw popmError('INVALID_ARGUMENT', ['out'], 'a Uint32Array', out);
    let sa = a;
    let sb = b;
    let sc = c;
    let sd = d;
    for (let i = 0; i < out.length; i++) {
      const t = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (((sc << 21) | (sc >>> 11)) + t) | 0;
      out[i] = t;
    }
    a = sa;
    b = sb;
    c = sc;
    d = sd;
    return out;
  };
  return Object.freeze({
    seed,
    next: () => uint32() / 4294967296,
    int: (n: number) => {
      if (!Number.isInteger(n) || n < 1 || n > 4294967296)
        throw popmError('OUT_OF_RANGE', ['n'], 'an integer from 1 to 2^32', n);
      return Math.floor((uint32() / 4294967296) * n);
    },
    uint32,
    fill,
  });
}

/** A checked view of a caller's generator: each draw must be a number in [0, 1). */
function drawsOf(random: unknown): { next(): number } {
  let next: unknown;
  try {
    next = random !== null && typeof random === 'object' ? (random as Random).next : undefined;
  } catch {
    next = undefined;
  }
  if (typeof next !== 'function')
    throw popmError('INVALID_ARGUMENT', ['random'], 'a Random (from createRandom)', random);
  const fn = next as () => unknown;
  return {
    next(): number {
      let u: unknown;
      try {
        u = fn.call(random);
      } catch {
        throw popmError('INVALID_ARGUMENT', ['random'], 'a generator whose next() returns', random);
      }
      if (typeof u !== 'number' || !(u >= 0 && u < 1))
        throw popmError('OUT_OF_RANGE', ['random', 'next'], 'a draw in [0, 1)', u);
      return u;
    },
  };
}

function checkThreePoint(min: unknown, mode: unknown, max: unknown): [number, number, number] {
  const num = (v: unknown, path: PopmPath): number => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw popmError('INVALID_NUMBER', path, 'a finite number', v);
    return v;
  };
  const lo = num(min, ['min']);
  const m = num(mode, ['mode']);
  const hi = num(max, ['max']);
  // Beyond ±1e150 the samplers' products (range × (mode − min)) would overflow.
  if (Math.abs(lo) > 1e150) throw popmError('OUT_OF_RANGE', ['min'], 'a number within ±1e150', lo);
  if (Math.abs(hi) > 1e150) throw popmError('OUT_OF_RANGE', ['max'], 'a number within ±1e150', hi);
  if (m < lo) throw popmError('OUT_OF_RANGE', ['mode'], `a number >= min (${lo})`, m);
  if (hi < m) throw popmError('OUT_OF_RANGE', ['max'], `a number >= mode (${m})`, hi);
  if (!Number.isFinite(hi - lo))
    throw popmError('OUT_OF_RANGE', ['max'], 'a range max − min that is finite', hi);
  return [lo, m, hi];
}

/**
 * Draws from a triangular distribution by inverse transform.
 *
 * @param random - the generator
 * @param min - the lowest value
 * @param mode - the most likely value, `min <= mode <= max`
 * @param max - the highest value
 * @returns a draw in [min, max]
 * @throws PopmError `INVALID_ARGUMENT` for a `random` without `next()`; `OUT_OF_RANGE` for a
 *   draw outside [0, 1) or `min <= mode <= max` broken; `INVALID_NUMBER` for a non-finite bound
 * @example
 * const x = sampleTriangular(createRandom(1), 2, 3, 10); // a number between 2 and 10
 * x >= 2 && x <= 10; //=> true
 * sampleTriangular(createRandom(1), 2, 3, 10) === x; //=> true (same seed, same draw)
 */
export function sampleTriangular(
  random: Pick<Random, 'next'>,
  min: number,
  mode: number,
  max: number,
): number {
  const [lo, m, hi] = checkThreePoint(min, mode, max);
  return triangularAt(drawsOf(random).next(), lo, m, hi);
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
 * @throws PopmError as {@link sampleTriangular}
 * @example
 * const x = sampleBetaPert(createRandom(1), 2, 3, 10); // a number between 2 and 10
 * x >= 2 && x <= 10; //=> true
 * sampleBetaPert(createRandom(1), 2, 3, 10) === x; //=> true (same seed, same draw)
 */
export function sampleBetaPert(
  random: Pick<Random, 'next'>,
  min: number,
  mode: number,
  max: number,
): number {
  const [lo, m, hi] = checkThreePoint(min, mode, max);
  return betaPertDraw(drawsOf(random), lo, m, hi);
}
