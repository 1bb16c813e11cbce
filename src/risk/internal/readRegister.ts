/**
 * @internal Reading a risk register, whether popm built it or it came from
 * JSON or a hand: popm's own registers (frozen, remembered in a WeakSet) are
 * trusted; any other is read and validated like any input, into fresh objects.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { readEntity } from '../../core/internal/readObject.js';
import { requireOneOf } from '../../core/internal/validate.js';
import { defaultMatrix, type RiskMatrix } from '../matrix.js';
import type { RiskRegister } from '../register.js';
import type { Risk, RiskFramework } from '../types.js';
import { FRAMEWORKS, readRisk } from './check.js';
import { checkMatrix } from './matrix.js';
import { readList } from './readList.js';

// Registers built by popm are valid and frozen; any other is read on every use.
const VALID = new WeakSet<object>();

/** @internal Freezes a freshly built register and remembers it as valid. */
export function seal(register: RiskRegister): RiskRegister {
  deepFreeze(register);
  VALID.add(register);
  return register;
}

/** @internal Reads a framework option or field. */
export function readFramework(value: unknown, path: PopmPath): RiskFramework | undefined {
  return value === undefined ? undefined : requireOneOf(value, FRAMEWORKS, path);
}

/** @internal Reads a matrix option or field (the default when left out). */
export function readMatrix(value: unknown, path: PopmPath): RiskMatrix {
  return value === undefined ? defaultMatrix : checkMatrix(value, path);
}

/**
 * @internal Reads a list of risks: each validated and copied, ids unique.
 * The copies are deep-frozen (they go into registers and results as they are).
 */
export function readRisks(
  value: unknown,
  path: PopmPath,
  matrix: RiskMatrix,
  framework: RiskFramework | undefined,
): Risk[] {
  const seen = new Map<string, number>();
  return readList(value, path, 'an array of risks').map((r, i) => {
    const risk = readRisk(r, [...path, i], matrix, framework);
    const first = seen.get(risk.id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [...path, i, 'id'], 'a unique id', risk.id, {
        id: risk.id,
        firstIndex: first,
      });
    seen.set(risk.id, i);
    return deepFreeze(risk);
  });
}

/** @internal Builds, freezes and remembers a register from validated parts. */
export function buildRegister(
  risks: readonly Risk[],
  matrix: RiskMatrix,
  framework: RiskFramework | undefined,
): RiskRegister {
  const out: { risks: readonly Risk[]; matrix: RiskMatrix; framework?: RiskFramework | undefined } =
    {
      risks,
      matrix,
    };
  if (framework !== undefined) out.framework = framework;
  return seal(out);
}

/**
 * @internal Validates a register that may come from JSON or be hand-built;
 * returns popm's own registers as they are and any other as a fresh, frozen,
 * validated copy (the caller's objects are never kept or frozen).
 */
export function checkRegister(register: unknown, path: PopmPath = ['register']): RiskRegister {
  if (typeof register === 'object' && register !== null && VALID.has(register))
    return register as RiskRegister;
  const rec = readEntity(register, path, ['risks', 'matrix', 'framework'], 'a risk register');
  const matrix = readMatrix(rec.matrix, [...path, 'matrix']);
  const framework = readFramework(rec.framework, [...path, 'framework']);
  return buildRegister(
    readRisks(rec.risks, [...path, 'risks'], matrix, framework),
    matrix,
    framework,
  );
}
