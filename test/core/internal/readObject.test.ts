import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PopmError } from '../../../src/core/errors.js';
import { withPathPrefix } from '../../../src/core/internal/errorPaths.js';
import {
  closestKey,
  readEntity,
  readMeta,
  readOptions,
  safeCopy,
} from '../../../src/core/internal/readObject.js';

function caught(fn: () => unknown): PopmError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PopmError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('closestKey (the 1.0 unknown-key rule)', () => {
  it('matches ignoring case, - and _', () => {
    expect(closestKey('firstFlowat', ['firstFlowAt'])).toBe('firstFlowAt');
    expect(closestKey('first_flow_at', ['firstFlowAt'])).toBe('firstFlowAt');
    expect(closestKey('ID', ['id'])).toBe('id');
  });
  it('matches within edit distance 2 for keys of 4+ characters', () => {
    expect(closestKey('dependOn', ['id', 'duration', 'dependsOn'])).toBe('dependsOn');
    expect(closestKey('estimat', ['estimate'])).toBe('estimate');
    expect(closestKey('trails', ['trials', 'seed'])).toBe('trials');
    expect(closestKey('probabilty', ['probability', 'impact'])).toBe('probability');
    expect(closestKey('esitmate', ['estimate'])).toBe('estimate'); // transposition counts 1
  });
  it('does not match short keys by distance, nor distance 3', () => {
    expect(closestKey('idd', ['id'])).toBeUndefined();
    expect(closestKey('colour', ['title'])).toBeUndefined();
    expect(closestKey('estim', ['estimate'])).toBeUndefined();
  });
  it("treats a key that extends a known key by a word as the app's own", () => {
    expect(closestKey('ownerId', ['owner'])).toBeUndefined();
    expect(closestKey('titleText', ['title'])).toBeUndefined();
    expect(closestKey('mainOwner', ['owner'])).toBeUndefined(); // too far from 'owner' anyway
    // a word in front is no excuse: 'csotImpact' is a typo of 'costImpact', not an app's 'csot' + 'Impact'
    expect(closestKey('csotImpact', ['impact', 'costImpact'])).toBe('costImpact');
    // but options still get a suggestion for it
    expect(closestKey('seedValue', ['seed'], false)).toBeUndefined();
    expect(closestKey('seeds', ['seed'], false)).toBe('seed');
  });
  it('picks the nearest of several, first listed on ties', () => {
    expect(closestKey('costt', ['cost', 'costs'])).toBe('cost');
  });

  it('on equal distance, names the key sharing the longer start (vale → value, not date)', () => {
    expect(closestKey('vale', ['date', 'value', 'count'])).toBe('value');
    expect(closestKey('vale', ['value', 'date'])).toBe('value');
    expect(closestKey('dat', ['date', 'value'])).toBeUndefined();
    expect(closestKey('zzzzzz', ['value', 'count'])).toBeUndefined();
  });
});

describe('readEntity', () => {
  const KEYS = ['id', 'dependsOn', 'duration', 'meta'] as const;
  it('rejects a near key with the path and a suggestion', () => {
    const e = caught(() => readEntity({ id: 'B', dependOn: ['A'] }, ['tasks', 1], KEYS));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['tasks', 1, 'dependOn']);
    expect(e.message).toBe("tasks[1].dependOn: unknown key; did you mean 'dependsOn'?");
    expect(e.details?.suggestion).toBe('dependsOn');
    expect(e.details?.key).toBe('dependOn');
  });
  it('ignores unrelated keys and copies only known ones', () => {
    const out = readEntity({ id: 'A', color: 'red', assignee: 'kim' }, ['t'], KEYS);
    expect(out).toEqual({ id: 'A' });
  });
  it('never takes a prototype from a JSON __proto__ key', () => {
    const input = JSON.parse('{"id":"r","__proto__":{"isAdmin":true}}');
    const out = readEntity(input, ['r'], KEYS) as Record<string, unknown>;
    expect(out.isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
  it('turns a throwing getter or a Proxy trap into INVALID_ARGUMENT', () => {
    const getter = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(caught(() => readEntity(getter, ['x'], KEYS)).path).toEqual(['x', 'id']);
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(caught(() => readEntity(proxy, ['x'], KEYS)).code).toBe('INVALID_ARGUMENT');
  });
  it('rejects a non-object', () => {
    expect(caught(() => readEntity([1], ['x'], KEYS)).path).toEqual(['x']);
    expect(caught(() => readEntity(null, ['x'], KEYS)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('readOptions', () => {
  it('is strict: any unknown key is INVALID_ARGUMENT at that key', () => {
    const e = caught(() => readOptions({ firstFlowat: 1 }, ['options'], ['firstFlowAt']));
    expect(e.message).toBe("options.firstFlowat: unknown key; did you mean 'firstFlowAt'?");
    const f = caught(() => readOptions({ color: 1 }, ['options'], ['trials', 'seed']));
    expect(f.message).toBe("options.color: unknown key; expected one of 'trials', 'seed'");
    expect(f.details?.suggestion).toBeUndefined();
  });
  it('treats undefined as no options and rejects a non-object', () => {
    expect(readOptions(undefined, ['options'], ['seed'])).toEqual({});
    expect(caught(() => readOptions(5, ['options'], ['seed'])).code).toBe('INVALID_ARGUMENT');
  });
});

describe('safeCopy and readMeta', () => {
  it('copies JSON data deep and frozen, keeping __proto__ as data', () => {
    const input = JSON.parse('{"a":[1,{"b":"x"}],"__proto__":{"isAdmin":true}}');
    const out = safeCopy(input, ['meta']) as Record<string, unknown>;
    expect(Object.isFrozen(out)).toBe(true);
    expect((out as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ isAdmin: true });
    expect(out.a).toEqual([1, { b: 'x' }]);
  });
  it('reports a cycle where it closes', () => {
    const a: Record<string, unknown> = { x: { y: [] as unknown[] } };
    ((a.x as { y: unknown[] }).y as unknown[]).push(a);
    const e = caught(() => readMeta(a, ['item', 'meta']));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['item', 'meta', 'x', 'y', 0]);
  });
  it('allows shared (non-cyclic) references', () => {
    const shared = { k: 1 };
    expect(safeCopy({ a: shared, b: shared }, [])).toEqual({ a: { k: 1 }, b: { k: 1 } });
  });
  it('rejects functions, NaN, bigint and class instances', () => {
    expect(caught(() => safeCopy({ f: () => 1 }, ['m'])).path).toEqual(['m', 'f']);
    expect(caught(() => safeCopy({ n: Number.NaN }, ['m'])).code).toBe('INVALID_NUMBER');
    expect(caught(() => safeCopy({ b: 1n }, ['m'])).code).toBe('INVALID_ARGUMENT');
    expect(caught(() => safeCopy({ d: new Map() }, ['m'])).path).toEqual(['m', 'd']);
  });
  it('round-trips any JSON value (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const input = JSON.parse(JSON.stringify(v));
        expect(safeCopy(input, [])).toEqual(input);
      }),
    );
  });
});

describe('PopmError fields and withPathPrefix', () => {
  it('builds the message from expected and received', () => {
    const e = new PopmError('OUT_OF_RANGE', ['estimate'], 'a number >= 0', -2);
    expect(e.expected).toBe('a number >= 0');
    expect(e.received).toBe('-2');
    expect(e.message).toBe('estimate: expected a number >= 0, got -2');
  });
  it('re-roots a path and rebuilds the message', () => {
    const e = withPathPrefix(
      new PopmError('OUT_OF_RANGE', ['input', 'estimate'], 'a number >= 0', -2),
      ['backlog', 'items', 3],
      1,
    ) as PopmError;
    expect(e.path).toEqual(['backlog', 'items', 3, 'estimate']);
    expect(e.message).toBe('backlog.items[3].estimate: expected a number >= 0, got -2');
    expect(e.received).toBe('-2');
  });
  it('leaves other errors alone', () => {
    const x = new TypeError('x');
    expect(withPathPrefix(x, ['a'])).toBe(x);
  });
  it('survives a hostile received value', () => {
    const p = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(new PopmError('INVALID_ARGUMENT', [], 'x', p).received).toBe('an unreadable value');
  });
});

describe('core conversions never let a Proxy trap escape (issue 21)', () => {
  const trap = () =>
    new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
  it('toNumber and toDecimal answer INVALID_NUMBER, isDecimal and isPopmError false', async () => {
    const { toDecimal, isDecimal } = await import('../../../src/core/numbers.js');
    const { toNumber } = await import('../../../src/core/finite.js');
    const { isPopmError } = await import('../../../src/core/errors.js');
    expect(caught(() => toNumber(trap(), ['x'])).code).toBe('INVALID_NUMBER');
    expect(caught(() => toDecimal(trap(), ['x'])).path).toEqual(['x']);
    expect(isDecimal(trap())).toBe(false);
    expect(isPopmError(trap())).toBe(false);
    const fake = {
      toStringTag: '[object Decimal]',
      toNumber() {
        throw new Error('no');
      },
    };
    expect(caught(() => toNumber(fake, ['y'])).code).toBe('INVALID_NUMBER');
  });
});
