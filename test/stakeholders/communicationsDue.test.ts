import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { communicationsDue } from '../../src/stakeholders/communicationsDue.js';
import { expectPopmError, frozen, isDeepFrozen } from '../roles/helpers.js';
import { REGISTER, registerArb, sh } from './fixtures.js';

describe('communicationsDue', () => {
  it('matches the doc example', () => {
    expect(
      communicationsDue(
        [
          {
            id: 'cfo',
            name: 'CFO',
            power: 5,
            interest: 2,
            communication: { channel: 'meeting', everyDays: 30 },
            lastContactedOn: '2026-01-01',
          },
          {
            id: 'ops',
            name: 'Operations',
            power: 3,
            interest: 5,
            communication: { channel: 'email', everyDays: 14 },
            lastContactedOn: '2026-01-28',
          },
        ],
        '2026-02-05',
      ).map((d) => [d.id, d.dueOn, d.daysOverdue]),
    ).toEqual([['cfo', '2026-01-31', 5]]);
  });

  it('lists never-contacted first, then the most overdue, then by power and id', () => {
    const due = communicationsDue(frozen(REGISTER), '2026-02-05');
    expect(due.map((d) => [d.id, d.dueOn, d.daysOverdue])).toEqual([
      ['users', null, null],
      ['cfo', '2026-01-31', 5],
      ['it', '2026-02-03', 2],
      ['ops', '2026-02-04', 1],
    ]);
    expect(due[0]).toEqual({
      id: 'users',
      name: 'User panel',
      channel: 'newsletter',
      everyDays: 14,
      lastContactedOn: null,
      dueOn: null,
      daysOverdue: null,
      power: 2,
    });
    expect(isDeepFrozen(due)).toBe(true);
  });

  it('counts a contact due today as due (0 days overdue) and looks ahead with withinDays', () => {
    const r = [
      sh('a', { lastContactedOn: '2026-01-01', communication: { channel: 'call', everyDays: 10 } }),
    ];
    expect(communicationsDue(r, '2026-01-10')).toEqual([]);
    expect(communicationsDue(r, '2026-01-11').map((d) => d.daysOverdue)).toEqual([0]);
    expect(
      communicationsDue(r, '2026-01-08', { withinDays: 3 }).map((d) => [d.dueOn, d.daysOverdue]),
    ).toEqual([['2026-01-11', -3]]);
    expect(communicationsDue(r, '2026-01-08', { withinDays: 2 })).toEqual([]);
  });

  it('orders equally overdue contacts by power, then id', () => {
    const c = { channel: 'call', everyDays: 5 };
    const r = [
      sh('b', { power: 2, communication: c, lastContactedOn: '2026-01-01' }),
      sh('a', { power: 2, communication: c, lastContactedOn: '2026-01-01' }),
      sh('z', { power: 5, communication: c, lastContactedOn: '2026-01-01' }),
      sh('n2', { power: 1 }),
      sh('n1', { power: 4 }),
    ];
    expect(communicationsDue(r, '2026-01-20').map((d) => d.id)).toEqual([
      'n1',
      'n2',
      'z',
      'a',
      'b',
    ]);
  });

  it('rejects each bad input with the right code and path', () => {
    expectPopmError(() => communicationsDue(REGISTER, '2026-02-30'), 'INVALID_DATE', ['asOf']);
    expectPopmError(() => communicationsDue(REGISTER, '2026-01-15'), 'INVALID_DATE', [
      'register',
      1,
      'lastContactedOn',
    ]);
    expectPopmError(
      () => communicationsDue([sh('a', { lastContactedOn: '1/2/2026' })], '2026-02-01'),
      'INVALID_DATE',
      ['register', 0, 'lastContactedOn'],
    );
    expectPopmError(
      () => communicationsDue([sh('a', { communication: undefined as never })], '2026-02-01'),
      'INVALID_ARGUMENT',
      ['register', 0, 'communication'],
    );
    expectPopmError(
      () =>
        communicationsDue(
          [sh('a', { communication: { channel: '', everyDays: 3 } })],
          '2026-02-01',
        ),
      'INVALID_ARGUMENT',
      ['register', 0, 'communication', 'channel'],
    );
    expectPopmError(
      () =>
        communicationsDue(
          [sh('a', { communication: { channel: 'x', everyDays: 0 } })],
          '2026-02-01',
        ),
      'OUT_OF_RANGE',
      ['register', 0, 'communication', 'everyDays'],
    );
    expectPopmError(
      () =>
        communicationsDue(
          [sh('a', { communication: { channel: 'x', everyDays: 1.5 } })],
          '2026-02-01',
        ),
      'OUT_OF_RANGE',
      ['register', 0, 'communication', 'everyDays'],
    );
    expectPopmError(() => communicationsDue([], '2026-02-01', { withinDays: -1 }), 'OUT_OF_RANGE', [
      'options',
      'withinDays',
    ]);
    expectPopmError(() => communicationsDue([], '2026-02-01', 'x' as never), 'INVALID_ARGUMENT', [
      'options',
    ]);
    expectPopmError(() => communicationsDue([sh('a'), sh('a')], '2026-02-01'), 'DUPLICATE_ID', [
      'register',
      1,
      'id',
    ]);
  });

  it('property: a stakeholder is due exactly when never contacted or last + everyDays <= asOf + withinDays', () => {
    fc.assert(
      fc.property(registerArb, fc.integer({ min: 0, max: 10 }), (raw, within) => {
        const register = frozen(raw);
        const asOf = '2026-06-30';
        const due = communicationsDue(register, asOf, { withinDays: within });
        expect(register).toEqual(raw);
        expect(isDeepFrozen(due)).toBe(true);
        expect(communicationsDue(register, asOf, { withinDays: within })).toEqual(due);
        const expected = register.filter(
          (s) =>
            s.lastContactedOn === undefined ||
            daysBetween(asOf, addDays(s.lastContactedOn, s.communication.everyDays)) <= within,
        );
        expect(new Set(due.map((d) => d.id))).toEqual(new Set(expected.map((s) => s.id)));
        for (const d of due) {
          if (d.lastContactedOn === null) expect(d.daysOverdue).toBeNull();
          else expect(d.daysOverdue).toBe(daysBetween(d.dueOn as string, asOf));
        }
      }),
      { numRuns: 150 },
    );
  });
});
