import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { earnedSchedule, earnedValue } from '../../src/finance/earnedValue.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

const s = (d: Decimal | null | undefined): string | null => (d == null ? null : d.toString());
const f = (d: Decimal | null | undefined, n: number): string | null =>
  d == null ? null : d.toFixed(n);

describe('earnedValue: published worked examples', () => {
  it('matches PMP Exam Prep (Mulcahy, p. 210) fence example: CV -300, CPI .893, SV -500, SPI .833, EAC 4,479, ETC 1,679, VAC -479', () => {
    const r = earnedValue({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 });
    expect(s(r.cv)).toBe('-300');
    expect(f(r.cpi, 3)).toBe('0.893');
    expect(s(r.sv)).toBe('-500');
    expect(f(r.spi, 3)).toBe('0.833');
    // The book divides by CPI rounded to .893 (4,479); exactly it is 4000 × 2800 / 2500 = 4480.
    expect(s(r.eac.cpi)).toBe('4480');
    expect(f(new Decimal(4000).div(0.893), 0)).toBe('4479');
    expect(s(r.etc)).toBe('1680');
    expect(s(r.vac)).toBe('-480');
    expect(r.costStatus).toBe('over-budget');
    expect(r.scheduleStatus).toBe('behind');
  });

  it('matches the CE board exam EAC example: BAC 5,000,000, EV 1,500,000, AC 1,800,000 gives EAC 6,000,000', () => {
    const r = earnedValue({ bac: 5_000_000, pv: 2_000_000, ev: 1_500_000, ac: 1_800_000 });
    expect(s(r.eac.cpi)).toBe('6000000');
    expect(s(r.vac)).toBe('-1000000');
  });

  it('matches the CE board exam TCPI example: EV 3M, AC 3.5M, BAC 10M gives TCPI 1.077 and CPI 0.857', () => {
    const r = earnedValue({ bac: 10_000_000, pv: 3_000_000, ev: 3_000_000, ac: 3_500_000 });
    expect(f(r.tcpiBac, 3)).toBe('1.077');
    expect(f(r.cpi, 3)).toBe('0.857');
  });

  it('matches "What\'s in EVM, part IV" example I: AC 11,000 + ETC 1,000 gives EAC 12,000 and VAC -2,000 (bottom-up)', () => {
    const r = earnedValue(
      { bac: 10_000, pv: 10_000, ev: '9166.67', ac: 11_000, etc: 1000 },
      { eacMethod: 'bottomUp' },
    );
    expect(s(r.eac.bottomUp)).toBe('12000');
    expect(s(r.vac)).toBe('-2000');
    expect(s(r.etc)).toBe('1000');
    expect(r.eacMethod).toBe('bottomUp');
  });

  it('reports SPI 1.0 for the MPUG late project that finished (the quirk earned schedule fixes)', () => {
    const r = earnedValue({ bac: 1_000_000, pv: 1_000_000, ev: 1_000_000, ac: 1_300_000 });
    expect(s(r.sv)).toBe('0');
    expect(s(r.spi)).toBe('1');
    expect(r.scheduleStatus).toBe('on-schedule');
    expect(earnedValue({ bac: 10, pv: 5, ev: 5, ac: 5 }).costStatus).toBe('on-budget');
    expect(s(r.cv)).toBe('-300000');
  });
});

describe('earnedValue: definitions', () => {
  const r = earnedValue({ bac: 1000, pv: 500, ev: 400, ac: 500, etc: 700 });
  it('computes the EAC family by PMI formulas', () => {
    expect(s(r.eac.cpi)).toBe('1250'); // 1000 / 0.8
    expect(s(r.eac.atypical)).toBe('1100'); // 500 + 600
    // ac + (bac − ev) / (cpi × spi) = 500 + 600 / 0.64
    expect(s(r.eac.cpiSpi)).toBe('1437.5');
    expect(s(r.eac.bottomUp)).toBe('1200');
  });
  it('computes CSI, the percentages and both TCPIs', () => {
    expect(s(r.csi)).toBe('0.64');
    expect(s(r.cvRatio)).toBe('-0.25');
    expect(s(r.svRatio)).toBe('-0.2');
    expect(s(r.tcpiBac)).toBe('1.2'); // 600 / 500
    expect(s(r.tcpiEac)).toBe('0.8'); // 600 / (1250 − 500)
    expect(s(r.completionRatio)).toBe('0.4');
    expect(s(r.spentRatio)).toBe('0.5');
  });
  it('lets another EAC drive etc, vac and tcpiEac', () => {
    const a = earnedValue({ bac: 1000, pv: 500, ev: 400, ac: 500 }, { eacMethod: 'atypical' });
    expect(s(a.etc)).toBe('600');
    expect(s(a.vac)).toBe('-100');
    expect(s(a.tcpiEac)).toBe('1');
    const c = earnedValue({ bac: 1000, pv: 500, ev: 400, ac: 500 }, { eacMethod: 'cpiSpi' });
    expect(s(c.vac)).toBe('-437.5');
    expect(r.eac.bottomUp).toBeDefined();
    expect(earnedValue({ bac: 1, pv: 1, ev: 1, ac: 1 }).eac.bottomUp).toBeUndefined();
  });
  it('reports under budget and ahead of schedule', () => {
    const g = earnedValue({ bac: 100, pv: 40, ev: 50, ac: 45 });
    expect(g.costStatus).toBe('under-budget');
    expect(g.scheduleStatus).toBe('ahead');
  });
  it('accepts a dated snapshot (asOf is ignored)', () => {
    const snap = { asOf: '2026-03-31', bac: 100, pv: 50, ev: 40, ac: 60 };
    expect(s(earnedValue(snap).cv)).toBe('-20');
  });
});

describe('earnedValue: exact money', () => {
  it('keeps decimals exact: EV 0.3 against AC 0.1 + 0.2 is on budget', () => {
    const r = earnedValue({ bac: '1', pv: '0.3', ev: '0.3', ac: 0.1 + 0.2 });
    // a float AC of 0.30000000000000004 is honoured as given...
    expect(r.cv.toString()).toBe('-4e-17');
    const exact = earnedValue({ bac: '1', pv: '0.3', ev: '0.3', ac: '0.3' });
    // ...while decimal strings stay exact
    expect(exact.cv.toString()).toBe('0');
    expect(exact.cpi?.toString()).toBe('1');
    expect(exact.eac.atypical.toString()).toBe('1');
    expect(exact.tcpiBac?.toString()).toBe('1');
    expect(exact.costStatus).toBe('on-budget');
  });
});

describe('earnedValue: zero denominators give null, never Infinity', () => {
  it('AC = 0: CPI, EAC(cpi), ETC, VAC and TCPI(EAC) are null', () => {
    const r = earnedValue({ bac: 100, pv: 10, ev: 10, ac: 0 });
    expect(r.cpi).toBeNull();
    expect(r.csi).toBeNull();
    expect(r.eac.cpi).toBeNull();
    expect(r.eac.cpiSpi).toBeNull();
    expect(r.etc).toBeNull();
    expect(r.vac).toBeNull();
    expect(r.tcpiEac).toBeNull();
    expect(s(r.eac.atypical)).toBe('90');
  });
  it('PV = 0: SPI, SV% and CSI are null', () => {
    const r = earnedValue({ bac: 100, pv: 0, ev: 0, ac: 5 });
    expect(r.spi).toBeNull();
    expect(r.svRatio).toBeNull();
    expect(r.csi).toBeNull();
  });
  it('EV = 0 with costs: CPI is 0, CV% and EAC(cpi) are null', () => {
    const r = earnedValue({ bac: 100, pv: 10, ev: 0, ac: 5 });
    expect(s(r.cpi)).toBe('0');
    expect(r.cvRatio).toBeNull();
    expect(r.eac.cpi).toBeNull();
    expect(r.eac.cpiSpi).toBeNull();
  });
  it('gives TCPI(BAC) 0, not -0, for a project finished over budget', () => {
    const done = earnedValue({ bac: 100, pv: 100, ev: 100, ac: 120 });
    expect(JSON.stringify(done.tcpiBac)).toBe('"0"');
    expect(done.tcpiBac?.isNegative()).toBe(false);
  });
  it('BAC = AC: TCPI(BAC) is null; BAC = 0: percentages are null', () => {
    expect(earnedValue({ bac: 100, pv: 50, ev: 50, ac: 100 }).tcpiBac).toBeNull();
    const z = earnedValue({ bac: 0, pv: 0, ev: 0, ac: 0 });
    expect(z.completionRatio).toBeNull();
    expect(z.spentRatio).toBeNull();
    expect(z.tcpiBac).toBeNull();
  });
});

describe('earnedValue: error rules', () => {
  it.each([
    [() => earnedValue(null as never), 'INVALID_ARGUMENT', ['input']],
    [() => earnedValue({ bac: 100, pv: 1, ev: 1, ac: 'x' }), 'INVALID_NUMBER', ['input', 'ac']],
    [() => earnedValue({ bac: 100, pv: 1, ev: -1, ac: 1 }), 'OUT_OF_RANGE', ['input', 'ev']],
    [() => earnedValue({ bac: -1, pv: 0, ev: 0, ac: 1 }), 'OUT_OF_RANGE', ['input', 'bac']],
    [() => earnedValue({ bac: 100, pv: 101, ev: 1, ac: 1 }), 'OUT_OF_RANGE', ['input', 'pv']],
    [() => earnedValue({ bac: 100, pv: 1, ev: 101, ac: 1 }), 'OUT_OF_RANGE', ['input', 'ev']],
    [
      () => earnedValue({ bac: 100, pv: 1, ev: 1, ac: 1, etc: -5 }),
      'OUT_OF_RANGE',
      ['input', 'etc'],
    ],
    [
      () => earnedValue({ bac: 100, pv: 1, ev: 1, ac: 1 }, { eacMethod: 'x' as never }),
      'INVALID_ARGUMENT',
      ['options', 'eacMethod'],
    ],
    [
      () => earnedValue({ bac: 100, pv: 1, ev: 1, ac: 1 }, { eacMethod: 'bottomUp' }),
      'INVALID_ARGUMENT',
      ['input', 'etc'],
    ],
    [
      () => earnedValue({ bac: 100, pv: 1, ev: 1, ac: 1 }, 3 as never),
      'INVALID_ARGUMENT',
      ['options'],
    ],
  ])('rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

const evmInput = fc
  .record({
    bac: fc.integer({ min: 0, max: 1_000_000 }),
    p: fc.double({ min: 0, max: 1, noNaN: true }),
    e: fc.double({ min: 0, max: 1, noNaN: true }),
    ac: fc.integer({ min: 0, max: 2_000_000 }),
  })
  .map(({ bac, p, e, ac }) => ({ bac, pv: Math.floor(bac * p), ev: Math.floor(bac * e), ac }));

describe('earnedValue: properties', () => {
  it('never mutates input, freezes output, is deterministic, and keeps the identities', () => {
    fc.assert(
      fc.property(evmInput, (raw) => {
        const input = deepFreezeInput({ ...raw });
        const r = earnedValue(input);
        expect(input).toEqual(raw);
        expect(isDeepFrozen(r)).toBe(true);
        expect(earnedValue(input)).toEqual(r);
        expect(r.cv.eq(raw.ev - raw.ac)).toBe(true);
        expect(r.eac.atypical.eq(raw.ac + raw.bac - raw.ev)).toBe(true);
        if (r.cpi !== null && !r.cpi.isZero())
          expect(r.eac.cpi?.times(r.cpi).minus(raw.bac).abs().lte(1e-20)).toBe(true);
        // PMI identities: ETC = EAC − AC, VAC = BAC − EAC; against EAC = BAC / CPI, TCPI = CPI
        // (to 1e-20: EAC − AC cancels digits when little work is left)
        if (r.eac.cpi !== null) {
          expect(r.etc?.eq(r.eac.cpi.minus(raw.ac))).toBe(true);
          expect(r.vac?.eq(r.eac.cpi.neg().plus(raw.bac))).toBe(true);
        }
        if (r.tcpiEac !== null && r.cpi !== null)
          expect(r.tcpiEac.minus(r.cpi).abs().lte(r.cpi.times(1e-20))).toBe(true);
        expect(r.csi === null || r.csi.eq((r.cpi as Decimal).times(r.spi as Decimal))).toBe(true);
        for (const v of [r.cpi, r.spi, r.csi, r.tcpiBac, r.tcpiEac, r.eac.cpi, r.eac.cpiSpi])
          expect(v === null || v.isFinite()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('earnedSchedule: published examples (Lipke)', () => {
  const monthly = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => m * 100_000);
  it('matches MPUG "Earned Schedule Management": 10 months planned, done at 12 gives ES 10, SV(t) -2, SPI(t) 0.833, IEAC(t) 12', () => {
    const r = earnedSchedule({ cumulativePv: monthly, ev: 1_000_000, actualTime: 12 });
    expect(r.es).toBe(10);
    expect(r.svt).toBe(-2);
    expect(r.spit?.toFixed(3)).toBe('0.833');
    expect(r.ieact).toBe(12);
    expect(r.plannedDuration).toBe(10);
  });
  it('matches Lipke\'s "Earned Schedule Concept" figure: ES = 5 + (EV − PV May)/(PV Jun − PV May), AT = 7', () => {
    const pv = [10, 20, 35, 50, 70, 90, 110, 125, 135, 140, 145];
    const r = earnedSchedule({ cumulativePv: pv, ev: 80, actualTime: 7 });
    expect(r.es).toBe(5 + (80 - 70) / (90 - 70));
    expect(r.svt).toBe(-1.5);
    expect(r.spit).toBeCloseTo(5.5 / 7, 12);
    // IEAC(t) = PD / SPI(t) = 11 / (5.5 / 7) = 14
    expect(r.ieact).toBe(14);
    // TSPI = (PD − ES) / (PD − AT) = 5.5 / 4
    expect(r.tspi).toBe(1.375);
  });
  it('matches the HKSM glossary example: week 20, EV planned for week 18 gives SV(t) -2 and SPI(t) 0.90', () => {
    const weekly = Array.from({ length: 30 }, (_, i) => (i + 1) * 100);
    const r = earnedSchedule({ cumulativePv: weekly, ev: 1800, actualTime: 20 });
    expect(r.es).toBe(18);
    expect(r.svt).toBe(-2);
    expect(r.spit).toBe(0.9);
  });
});

describe('earnedSchedule: definitions and edges', () => {
  it('gives ES 0 for no EV and the planned duration for EV = BAC', () => {
    expect(earnedSchedule({ cumulativePv: [10, 20], ev: 0, actualTime: 1 }).es).toBe(0);
    const done = earnedSchedule({ cumulativePv: [10, 20, 20, 20], ev: 20, actualTime: 3 });
    expect(done.es).toBe(2);
    expect(done.plannedDuration).toBe(2);
    expect(done.tspi).toBe(0); // (2 − 2) / (2 − 3)
  });
  it('counts leading periods with no planned value as whole periods (Lipke: EV >= PV_C)', () => {
    expect(earnedSchedule({ cumulativePv: [0, 0, 100], ev: 50, actualTime: 3 }).es).toBe(2.5);
  });
  it('gives null SPI(t) and IEAC(t) at AT = 0, and null TSPI when AT = PD', () => {
    const r = earnedSchedule({ cumulativePv: [10, 20], ev: 5, actualTime: 0 });
    expect(r.spit).toBeNull();
    expect(r.ieact).toBeNull();
    expect(earnedSchedule({ cumulativePv: [10, 20], ev: 5, actualTime: 2 }).tspi).toBeNull();
    expect(earnedSchedule({ cumulativePv: [10, 20], ev: 0, actualTime: 2 }).ieact).toBeNull();
  });
  it('gives null, never Infinity, when a time quotient overflows a float64', () => {
    // EV of 1e-320 on a 10-per-period plan: ES ~ 1e-321, so PD / SPI(t) is beyond 1.8e308.
    const tiny = earnedSchedule({ cumulativePv: [10, 20], ev: 1e-320, actualTime: 2 });
    expect(tiny.es).toBeGreaterThan(0);
    expect(tiny.ieact).toBeNull();
    expect(tiny.spit).not.toBeNull();
    const instant = earnedSchedule({ cumulativePv: [10, 20], ev: 5, actualTime: 1e-320 });
    expect(instant.spit).toBeNull();
    expect(instant.ieact).toBeNull();
    const long = earnedSchedule({ cumulativePv: [10, 20], ev: 5, actualTime: 1e308 });
    expect(long.ieact).toBeNull();
    expect(long.spit).toBe(0.5 / 1e308);
  });
  it('accepts an explicit planned duration', () => {
    const r = earnedSchedule({ cumulativePv: [10, 20], ev: 10, actualTime: 2, plannedDuration: 4 });
    expect(r.plannedDuration).toBe(4);
    expect(r.ieact).toBe(8);
  });
  it.each([
    [() => earnedSchedule(null as never), 'INVALID_ARGUMENT', ['input']],
    [
      () => earnedSchedule({ cumulativePv: 'x' as never, ev: 1, actualTime: 1 }),
      'INVALID_ARGUMENT',
      ['input', 'cumulativePv'],
    ],
    [
      () => earnedSchedule({ cumulativePv: [], ev: 0, actualTime: 1 }),
      'EMPTY_INPUT',
      ['input', 'cumulativePv'],
    ],
    [
      () => earnedSchedule({ cumulativePv: [10, 'x'], ev: 1, actualTime: 1 }),
      'INVALID_NUMBER',
      ['input', 'cumulativePv', 1],
    ],
    [
      () => earnedSchedule({ cumulativePv: [10, -1], ev: 1, actualTime: 1 }),
      'OUT_OF_RANGE',
      ['input', 'cumulativePv', 1],
    ],
    [
      () => earnedSchedule({ cumulativePv: [10, 5], ev: 1, actualTime: 1 }),
      'INVALID_ARGUMENT',
      ['input', 'cumulativePv', 1],
    ],
    [
      () => earnedSchedule({ cumulativePv: [10], ev: -1, actualTime: 1 }),
      'OUT_OF_RANGE',
      ['input', 'ev'],
    ],
    [
      () => earnedSchedule({ cumulativePv: [10], ev: 11, actualTime: 1 }),
      'OUT_OF_RANGE',
      ['input', 'ev'],
    ],
    [
      () => earnedSchedule({ cumulativePv: [10], ev: 1, actualTime: -1 }),
      'OUT_OF_RANGE',
      ['input', 'actualTime'],
    ],
    [
      () => earnedSchedule({ cumulativePv: [10], ev: 1, actualTime: Number.NaN }),
      'INVALID_NUMBER',
      ['input', 'actualTime'],
    ],
    [
      () => earnedSchedule({ cumulativePv: [10], ev: 1, actualTime: 1, plannedDuration: 0 }),
      'OUT_OF_RANGE',
      ['input', 'plannedDuration'],
    ],
  ])('error rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe('earnedSchedule: properties', () => {
  const plan = fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 24 })
    .map((inc) => {
      const cum: number[] = [];
      inc.reduce((acc, x) => {
        cum.push(acc + x);
        return acc + x;
      }, 0);
      return cum;
    });
  it('ES lies in [0, PD], grows with EV, and the PV curve at ES equals EV', () => {
    fc.assert(
      fc.property(
        plan,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pv, a, b) => {
          const bac = pv[pv.length - 1] as number;
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const input = deepFreezeInput({ cumulativePv: pv, ev: bac * lo, actualTime: 5 });
          const r1 = earnedSchedule(input);
          const r2 = earnedSchedule({ cumulativePv: pv, ev: bac * hi, actualTime: 5 });
          expect(isDeepFrozen(r1)).toBe(true);
          expect(input).toEqual({ cumulativePv: pv, ev: bac * lo, actualTime: 5 });
          expect(earnedSchedule(input)).toEqual(r1);
          // Lipke: IEAC(t) = PD / SPI(t) = AT + (PD − ES) / SPI(t)
          if (r1.spit !== null && r1.ieact !== null) {
            const other = 5 + (r1.plannedDuration - r1.es) / r1.spit;
            expect(Math.abs(r1.ieact - other)).toBeLessThanOrEqual(1e-9 * Math.abs(other));
          }
          expect(r1.es).toBeGreaterThanOrEqual(0);
          expect(r1.es).toBeLessThanOrEqual(r1.plannedDuration);
          expect(r2.es).toBeGreaterThanOrEqual(r1.es);
          // Interpolate the PV curve (PV_0 = 0) at ES: it gives back EV.
          if (bac * lo < bac) {
            const c = Math.floor(r1.es);
            const prev = c === 0 ? 0 : (pv[c - 1] as number);
            const next = pv[c] as number;
            expect(prev + (r1.es - c) * (next - prev)).toBeCloseTo(bac * lo, 6);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
