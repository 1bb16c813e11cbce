import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESPONSIBILITIES } from '../../src/roles/catalogue.js';
import { stem, tokens } from '../../src/roles/internal/tokens.js';
import { whoIsResponsible } from '../../src/roles/whoIsResponsible.js';
import { expectPopmError, isDeepFrozen } from './helpers.js';

describe('whoIsResponsible', () => {
  it('matches the doc examples', () => {
    expect(whoIsResponsible('Prioritizing the backlog').role).toBe('product-owner');
    expect(whoIsResponsible('update the risk register').matches[0]?.id).toBe('pm.risks');
    expect(whoIsResponsible('npv').role).toBe('both');
  });

  it('finds a responsibility by its id, any case, with score 100', () => {
    const r = whoIsResponsible('  PM.Risks ');
    expect(r.matchedBy).toBe('id');
    expect(r.role).toBe('project-manager');
    expect(r.matches).toEqual([
      {
        id: 'pm.risks',
        role: 'project-manager',
        title: 'Identify and monitor risks',
        score: 100,
        matched: ['pm.risks'],
      },
    ]);
    expect(r.activity).toBe('  PM.Risks ');
  });

  it('maps every id to itself', () => {
    for (const resp of RESPONSIBILITIES) {
      const r = whoIsResponsible(resp.id);
      expect(r.matches.map((m) => m.id)).toEqual([resp.id]);
      expect(r.role).toBe(resp.role);
    }
  });

  it('maps every catalogue function to every responsibility naming it', () => {
    for (const name of new Set(RESPONSIBILITIES.flatMap((r) => r.functions))) {
      const r = whoIsResponsible(name.toUpperCase());
      expect(r.matchedBy).toBe('function');
      expect(r.matches.map((m) => m.id)).toEqual(
        RESPONSIBILITIES.filter((x) => x.functions.includes(name)).map((x) => x.id),
      );
    }
    expect(whoIsResponsible('flowMetrics').matches.map((m) => m.id)).toEqual([
      'pm.progress',
      'pm.admin',
    ]);
    expect(whoIsResponsible('flowMetrics').role).toBe('project-manager');
  });

  it('gives each responsibility’s own title and description back to its role', () => {
    for (const resp of RESPONSIBILITIES) {
      expect(whoIsResponsible(resp.title).matches[0]?.id).toBe(resp.id);
      expect(whoIsResponsible(resp.description).matches[0]?.id).toBe(resp.id);
    }
  });

  it.each([
    ['write user stories', 'po.backlog', 'product-owner'],
    ['invite the CFO to the demo', 'po.stakeholders', 'product-owner'],
    ['track velocity', 'pm.progress', 'project-manager'],
    ['organise the daily stand-up', 'pm.admin', 'project-manager'],
    ['schedule the milestones', 'pm.plans', 'project-manager'],
    ['secure funding for two more developers', 'po.funding', 'product-owner'],
    ['run a sensitivity analysis on the business case', 'pm.business-case', 'project-manager'],
    // Added in review: a lone 'review' no longer drags risk work to the Product Owner.
    ['review the risk log', 'pm.risks', 'project-manager'],
    ['status report to the sponsor', 'pm.progress', 'project-manager'],
    ['sprint planning', 'po.backlog', 'product-owner'],
    ['hold the sprint review', 'po.stakeholders', 'product-owner'],
    ['raise a change request', 'pm.plans', 'project-manager'],
  ])('matches free text %j to %s', (text, id, role) => {
    const r = whoIsResponsible(text);
    expect(r.matchedBy).toBe('keywords');
    expect(r.matches[0]?.id).toBe(id);
    expect(r.role).toBe(role);
  });

  it('scores 2 for a phrase, 1 for a word and 3 for a function named in the text', () => {
    const r = whoIsResponsible('use wsjf to order the user story list');
    const backlog = r.matches.find((m) => m.id === 'po.backlog');
    // 'order' 1 + 'user story' 2 + 'story' 1 + 'wsjf' (keyword) 1; the function name is not counted twice
    expect(backlog?.score).toBe(5);
    expect(backlog?.matched).toEqual(['order', 'user story', 'story', 'wsjf']);
    const fn = whoIsResponsible('we call forecastWhen every week');
    expect(fn.matches[0]).toMatchObject({ id: 'po.progress', matched: ['forecastWhen'], score: 3 });
  });

  it('says both roles when the top scores tie across roles', () => {
    const r = whoIsResponsible('progress');
    expect(r.role).toBe('both');
    expect(r.matches.map((m) => m.id)).toEqual(['po.progress', 'pm.progress']);
  });

  it('returns none for an activity it cannot place', () => {
    expect(whoIsResponsible('make coffee')).toEqual({
      activity: 'make coffee',
      matchedBy: 'none',
      role: null,
      matches: [],
    });
  });

  it('rejects a non-string or blank activity with INVALID_ARGUMENT at [activity]', () => {
    expectPopmError(() => whoIsResponsible(''), 'INVALID_ARGUMENT', ['activity']);
    expectPopmError(() => whoIsResponsible('   '), 'INVALID_ARGUMENT', ['activity']);
    expectPopmError(() => whoIsResponsible(42 as never), 'INVALID_ARGUMENT', ['activity']);
  });

  it('property: any text gives a frozen, deterministic, well-ordered answer', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (text) => {
          const a = whoIsResponsible(text);
          expect(isDeepFrozen(a)).toBe(true);
          expect(whoIsResponsible(text)).toEqual(a);
          for (let i = 1; i < a.matches.length; i++)
            expect((a.matches[i - 1]?.score ?? 0) >= (a.matches[i]?.score ?? 0)).toBe(true);
          expect(a.role === null).toBe(a.matches.length === 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: adding a responsibility id word-for-word finds it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESPONSIBILITIES), (r) => {
        expect(whoIsResponsible(r.id.toUpperCase()).matches[0]?.id).toBe(r.id);
      }),
      { numRuns: 50 },
    );
  });
});

describe('stem and tokens', () => {
  it.each([
    ['prioritizing', 'prioritis'],
    ['prioritise', 'prioritis'],
    ['prioritised', 'prioritis'],
    ['planning', 'plan'],
    ['planned', 'plan'],
    ['plans', 'plan'],
    ['stories', 'story'],
    ['story', 'story'],
    ['processes', 'process'],
    ['risks', 'risk'],
    ['business', 'business'],
    ['modified', 'modify'],
  ])('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('splits on anything but letters and digits', () => {
    expect(tokens("Stand-up: the team's DAILY plans")).toEqual([
      'stand',
      'up',
      'the',
      'team',
      's',
      'daily',
      'plan',
    ]);
  });
});
