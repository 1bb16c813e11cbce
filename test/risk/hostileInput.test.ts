import { describe, expect, it } from 'vitest';
import * as R from '../../src/risk/index.js';
import { RISK_KEYS } from '../../src/risk/internal/check.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

// Issue 21's reproduction: an own `__proto__` key, as JSON.parse gives it.
const HOSTILE_RISK =
  '{"id":"r","title":"R","kind":"threat","probability":0.2,"costImpact":100,"impact":3,"reviewBy":"2026-01-01","__proto__":{"isAdmin":true}}';
const hostileRisk = () => JSON.parse(HOSTILE_RISK) as R.Risk;
const hostileRegister = () =>
  JSON.parse(`{"risks":[${HOSTILE_RISK}],"__proto__":{"isAdmin":true}}`) as R.RiskRegister;

/** True when no object reachable from `value` has a prototype taken from input or an `isAdmin` key. */
function clean(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  const plain = proto === Object.prototype || proto === Array.prototype || proto === null;
  // Decimals keep their own class prototype; anything else must be plain.
  if (!plain && (value as { constructor?: { name?: string } }).constructor?.name !== 'Decimal')
    return false;
  if ((value as { isAdmin?: unknown }).isAdmin !== undefined) return false;
  if (Object.hasOwn(value, '__proto__')) return false;
  return Object.values(value).every((v) => clean(v, seen));
}

describe('risk: hostile input (issue 21)', () => {
  it('regression (issue 21): createRiskRegister does not turn a JSON "__proto__" key into a prototype', () => {
    const register = R.createRiskRegister([hostileRisk()]);
    expect((register.risks[0] as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(register.risks[0])).toBe(Object.prototype);
    expect(clean(register)).toBe(true);
    expect(isDeepFrozen(register)).toBe(true);
  });

  const base = () => R.createRiskRegister([hostileRisk()]);
  // Every function that returns risks, with the hostile risk reaching it each way it can.
  const calls: [string, () => unknown][] = [
    ['createRiskRegister', () => R.createRiskRegister([hostileRisk()])],
    ['addRisk (hostile risk)', () => R.addRisk(base(), { ...hostileRisk(), id: 'r2' })],
    [
      'addRisk (hostile register)',
      () => R.addRisk(hostileRegister(), { ...hostileRisk(), id: 'x' }),
    ],
    [
      'addRisk (JSON risk)',
      () => R.addRisk(R.createRiskRegister([]), JSON.parse(HOSTILE_RISK) as R.Risk),
    ],
    ['updateRisk (hostile register)', () => R.updateRisk(hostileRegister(), 'r', { owner: 'PM' })],
    [
      'updateRisk (hostile patch)',
      () => R.updateRisk(base(), 'r', JSON.parse('{"owner":"PM","__proto__":{"isAdmin":true}}')),
    ],
    [
      'closeRisk',
      () =>
        R.closeRisk(
          hostileRegister(),
          'r',
          JSON.parse('{"date":"2026-02-01","reason":"x","__proto__":{"isAdmin":true}}'),
        ),
    ],
    [
      'escalateRisk',
      () => R.escalateRisk(hostileRegister(), 'r', { date: '2026-02-01', to: 'board' }),
    ],
    [
      'recordOccurrence',
      () =>
        R.recordOccurrence(
          hostileRegister(),
          'r',
          JSON.parse('{"date":"2026-02-01","actualCost":5,"__proto__":{"isAdmin":true}}'),
        ),
    ],
    ['topRisks', () => R.topRisks(hostileRegister(), 1)],
    ['topRisks by emv', () => R.topRisks(hostileRegister(), 1, { by: 'emv' })],
    ['risksDueForReview', () => R.risksDueForReview(hostileRegister(), '2026-02-01')],
    ['unownedRisks', () => R.unownedRisks(hostileRegister())],
    ['risksWithoutResponse', () => R.risksWithoutResponse(hostileRegister())],
    ['riskExposure', () => R.riskExposure(hostileRegister())],
    ['heatMap', () => R.heatMap(hostileRegister())],
    ['riskTrend', () => R.riskTrend([{ asOf: '2026-01-01', register: hostileRegister() }])],
  ];

  it.each(calls)(
    'regression (issue 21): %s returns frozen plain data, no prototype or isAdmin from input',
    (_, call) => {
      const out = call();
      expect(clean(out)).toBe(true);
      expect(isDeepFrozen(out)).toBe(true);
    },
  );

  it('regression (issue 21): every function that returns risks actually returned the hostile risk', () => {
    // So the checks above looked at the risk, not at an empty list.
    expect(R.topRisks(hostileRegister(), 1)[0]?.risk.id).toBe('r');
    expect(R.risksDueForReview(hostileRegister(), '2026-02-01')[0]?.risk.id).toBe('r');
    expect(R.unownedRisks(hostileRegister())[0]?.id).toBe('r');
    expect(R.risksWithoutResponse(hostileRegister())[0]?.id).toBe('r');
  });

  it('regression (issue 21): a self-referencing meta is INVALID_ARGUMENT where the cycle closes, not a stack overflow', () => {
    const meta: Record<string, unknown> = { a: 1 };
    meta.self = meta;
    const risk = { id: 'r', title: 'R', kind: 'threat' as const, meta };
    expect(catchError(() => R.createRiskRegister([risk]))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['risks', 0, 'meta', 'self'],
    });
    expect(catchError(() => R.addRisk(R.createRiskRegister([]), risk))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['risk', 'meta', 'self'],
    });
  });

  it('regression (issue 21): createRiskRegister and recordOccurrence with a self-referencing input throw a PopmError, never a RangeError', () => {
    const risk: Record<string, unknown> = { id: 'r', title: 'R', kind: 'threat' };
    risk.self = risk; // an unknown key of the app's own: ignored, not walked
    const register = R.createRiskRegister([risk as never]);
    expect(Object.keys(register.risks[0] as object)).toEqual(['id', 'title', 'kind']);
    const looped: Record<string, unknown> = { id: 'q', title: 'Q', kind: 'threat' };
    looped.costImpact = looped; // a loop where an amount belongs
    expect(catchError(() => R.createRiskRegister([looped as never])).path).toEqual([
      'risks',
      0,
      'costImpact',
      'min',
    ]);
    const input: Record<string, unknown> = { date: '2026-02-01' };
    input.self = input;
    expect(R.recordOccurrence(register, 'r', input as never).risks[0]?.status).toBe('occurred');
    input.actualCost = input;
    expect(catchError(() => R.recordOccurrence(register, 'r', input as never))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['input', 'actualCost'],
    });
    const meta: Record<string, unknown> = {};
    meta.me = meta;
    const withMeta = R.createRiskRegister([{ id: 'm', title: 'M', kind: 'threat' }]);
    expect(catchError(() => R.updateRisk(withMeta, 'm', { meta } as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['patch', 'meta', 'me'],
    });
  });

  it('regression (issue 21): a throwing getter or Proxy is INVALID_ARGUMENT at the object', () => {
    const getter = Object.defineProperty({ id: 'r', title: 'R', kind: 'threat' }, 'probability', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(catchError(() => R.createRiskRegister([getter as never]))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['risks', 0, 'probability'],
    });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(catchError(() => R.createRiskRegister([trap as never]))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['risks', 0],
    });
    const list = new Proxy([{ id: 'r', title: 'R', kind: 'threat' }], {
      get(target, key) {
        if (key === 'length') throw new Error('no length');
        return Reflect.get(target, key);
      },
    });
    expect(catchError(() => R.createRiskRegister(list as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['risks'],
    });
  });

  it('regression (issue 21): a hand-built register is validated like any input', () => {
    const bad = { risks: [{ id: 'r', title: 'R', kind: 'threat', probability: 2 }] };
    for (const call of [
      () => R.topRisks(bad as never, 1),
      () => R.unownedRisks(bad as never),
      () => R.risksDueForReview(bad as never, '2026-01-01'),
      () => R.addRisk(bad as never, { id: 'x', title: 'X', kind: 'threat' }),
      () => R.closeRisk(bad as never, 'r', { date: '2026-01-01', reason: 'x' }),
    ])
      expect(catchError(call)).toMatchObject({
        code: 'OUT_OF_RANGE',
        path: ['register', 'risks', 0, 'probability'],
      });
    const dup = {
      risks: [
        { id: 'r', title: 'R', kind: 'threat' },
        { id: 'r', title: 'S', kind: 'threat' },
      ],
    };
    expect(catchError(() => R.riskExposure(dup as never))).toMatchObject({
      code: 'DUPLICATE_ID',
      path: ['register', 'risks', 1, 'id'],
    });
    expect(catchError(() => R.heatMap({ risks: 'x' } as never)).path).toEqual([
      'register',
      'risks',
    ]);
  });

  it('regression (issue 21): results are frozen, the caller’s objects never are', () => {
    const meta = { tags: ['a'] };
    const risk = {
      id: 'r',
      title: 'R',
      kind: 'threat' as const,
      costImpact: { min: 1, mostLikely: 2, max: 3 },
      meta,
    };
    const register = R.createRiskRegister([risk]);
    expect(isDeepFrozen(register)).toBe(true);
    expect(Object.isFrozen(risk) || Object.isFrozen(meta) || Object.isFrozen(meta.tags)).toBe(
      false,
    );
    expect(Object.isFrozen(risk.costImpact)).toBe(false);
    expect(register.risks[0]?.meta).not.toBe(meta);
    const hand = { risks: [{ ...risk }] };
    R.updateRisk(hand as never, 'r', { owner: 'x' });
    expect(Object.isFrozen(hand) || Object.isFrozen(hand.risks[0])).toBe(false);
  });
});

describe('risk: unknown keys and meta (issue 12)', () => {
  it('rejects a misspelled risk key with the suggestion, at the path from the parameter', () => {
    const e = catchError(() =>
      R.createRiskRegister([{ id: 'r', title: 'R', kind: 'threat', probabilty: 0.3 } as never]),
    );
    expect(e).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['risks', 0, 'probabilty'],
      details: { suggestion: 'probability' },
    });
    expect(e.message).toBe("risks[0].probabilty: unknown key; did you mean 'probability'?");
    const hand = { risks: [{ id: 'r', title: 'R', kind: 'threat', costImpcat: 5 }] };
    expect(catchError(() => R.riskExposure(hand as never))).toMatchObject({
      path: ['register', 'risks', 0, 'costImpcat'],
      details: { suggestion: 'costImpact' },
    });
    expect(
      catchError(() =>
        R.createRiskRegister([
          {
            id: 'r',
            title: 'R',
            kind: 'threat',
            costImpact: { min: 1, mostlikely: 2, max: 3 },
          } as never,
        ]),
      ),
    ).toMatchObject({
      path: ['risks', 0, 'costImpact', 'mostlikely'],
      details: { suggestion: 'mostLikely' },
    });
    expect(
      catchError(() =>
        R.createRiskRegister([
          {
            id: 'r',
            title: 'R',
            kind: 'threat',
            response: { strategy: 'avoid', acions: [] },
          } as never,
        ]),
      ),
    ).toMatchObject({
      path: ['risks', 0, 'response', 'acions'],
      details: { suggestion: 'actions' },
    });
    expect(
      catchError(() =>
        R.updateRisk(R.createRiskRegister([hostileRisk()]), 'r', { ownr: 'x' } as never),
      ),
    ).toMatchObject({ path: ['patch', 'ownr'], details: { suggestion: 'owner' } });
    expect(
      catchError(() =>
        R.closeRisk(R.createRiskRegister([hostileRisk()]), 'r', {
          dat: '2026-01-01',
          reason: 'x',
        } as never),
      ).path,
    ).toEqual(['input', 'date']);
  });

  it('ignores an unrelated key of the app’s own: the result is the same without it', () => {
    const plain = R.createRiskRegister([hostileRisk()]);
    const extra = R.createRiskRegister([{ ...hostileRisk(), color: 'red', ownerId: 7 } as never]);
    expect(extra).toEqual(plain);
    expect(R.riskExposure(extra)).toEqual(R.riskExposure(plain));
  });

  it('options are strict: an unknown option is INVALID_ARGUMENT at that key, with the suggestion', () => {
    expect(catchError(() => R.createRiskRegister([], { framwork: 'PMI' } as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['options', 'framwork'],
      details: { suggestion: 'framework' },
    });
    const reg = R.createRiskRegister([hostileRisk()]);
    for (const call of [
      () => R.topRisks(reg, 1, { color: 1 } as never),
      () => R.heatMap(reg, undefined, { color: 1 } as never),
      () => R.riskTrend([], { color: 1 } as never),
      () => R.expectedMonetaryValue(hostileRisk(), { color: 1 } as never),
      () => R.riskRating(hostileRisk(), R.defaultMatrix, { color: 1 } as never),
    ])
      expect(catchError(call)).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: ['options', 'color'],
      });
  });

  it('carries meta through createRiskRegister and every result that returns a risk', () => {
    const risk = { ...hostileRisk(), meta: { jira: 'OPS-7', tags: ['x'] } };
    const register = R.createRiskRegister([deepFreezeInput(risk)]);
    expect(register.risks[0]?.meta).toEqual({ jira: 'OPS-7', tags: ['x'] });
    expect(R.topRisks(register, 1)[0]?.risk.meta).toEqual(risk.meta);
    expect(R.risksDueForReview(register, '2026-02-01')[0]?.risk.meta).toEqual(risk.meta);
    const updated = R.updateRisk(register, 'r', { owner: 'PM' });
    expect(updated.risks[0]?.meta).toEqual(risk.meta);
    const closed = R.closeRisk(updated, 'r', { date: '2026-02-01', reason: 'x' });
    expect(closed.risks[0]?.meta).toEqual(risk.meta);
    expect(R.updateRisk(closed, 'r', { meta: null }).risks[0]?.meta).toBeUndefined();
    // A round trip through JSON gives the same register.
    const again = R.createRiskRegister(JSON.parse(JSON.stringify(register.risks)));
    expect(again).toEqual(register);
  });
});

/**
 * A misspelling of `key`: its last two letters swapped, or its upper case
 * for a short key. (Swapping early letters can give a key that ends with
 * another known key, `csotImpact`, which the core rule reads as an app's own
 * field extending `impact`.)
 */
function typoOf(key: string): string {
  if (key.length < 4) return key.toUpperCase();
  const n = key.length;
  const i = key[n - 1] === key[n - 2] ? n - 3 : n - 2;
  return key.slice(0, i) + key.charAt(i + 1) + key.charAt(i) + key.slice(i + 2);
}

describe('risk: a generated sweep of misspelled keys (issue 12)', () => {
  const risk = { id: 'r', title: 'R', kind: 'threat' as const };
  it.each(RISK_KEYS.map((k) => [k, typoOf(k)]))(
    'risk key %s misspelled as %s is rejected with the suggestion, on every path a risk enters',
    (key, typo) => {
      const bad = { ...risk, [typo]: 1 } as never;
      const expected = { code: 'INVALID_ARGUMENT', details: { suggestion: key } };
      expect(catchError(() => R.createRiskRegister([bad]))).toMatchObject({
        ...expected,
        path: ['risks', 0, typo],
      });
      expect(catchError(() => R.addRisk(R.createRiskRegister([]), bad))).toMatchObject({
        ...expected,
        path: ['risk', typo],
      });
      expect(catchError(() => R.riskExposure({ risks: [bad] } as never))).toMatchObject({
        ...expected,
        path: ['register', 'risks', 0, typo],
      });
      expect(catchError(() => R.expectedMonetaryValue(bad))).toMatchObject({
        ...expected,
        path: ['risk', typo],
      });
    },
  );

  const options: [string, readonly string[], (o: never) => unknown][] = [
    ['createRiskRegister', ['matrix', 'framework'], (o) => R.createRiskRegister([], o)],
    ['topRisks', ['by', 'residual'], (o) => R.topRisks(R.createRiskRegister([]), 1, o)],
    ['heatMap', ['residual', 'kind'], (o) => R.heatMap(R.createRiskRegister([]), undefined, o)],
    ['riskTrend', ['residual'], (o) => R.riskTrend([], o)],
    [
      'createRiskMatrix',
      ['size', 'probabilityBands', 'impactLabels', 'costBands', 'ratingBands'],
      (o) => R.createRiskMatrix(o),
    ],
  ];
  it.each(options)('%s options: each misspelled option is rejected at its key', (_, keys, call) => {
    for (const key of keys) {
      const typo = typoOf(key);
      expect(catchError(() => call({ [typo]: undefined } as never))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: ['options', typo],
      });
    }
  });
});
