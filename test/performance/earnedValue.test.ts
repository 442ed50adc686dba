import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { earnedValue, type EarnedValueResult } from '../../src/performance/index.js';

const NULLABLE = Object.keys(earnedValue({ bac: 1, pv: 1, ev: 1, ac: 1 })).filter((k) => k !== 'reasons');

/** Every number is finite, every null has a reason, and no reason is given for a non-null field. */
function expectClean(r: EarnedValueResult): void {
  const rec = r as unknown as Record<string, unknown>;
  for (const k of NULLABLE) {
    const v = rec[k];
    if (v === null) expect(r.reasons[k as keyof typeof r.reasons], `reason for ${k}`).toMatch(/\S/);
    else {
      expect(typeof v, k).toBe('number');
      expect(Number.isFinite(v), `${k} = ${String(v)}`).toBe(true);
      expect(r.reasons[k as keyof typeof r.reasons], `no reason for non-null ${k}`).toBeUndefined();
    }
  }
}

describe('earnedValue', () => {
  it('computes the PMI formulas', () => {
    const r = earnedValue({ bac: 100_000, pv: 40_000, ev: 35_000, ac: 36_000 });
    expect(r.sv).toBe(-5000);
    expect(r.cv).toBe(-1000);
    expect(r.spi).toBe(0.875);
    expect(r.cpi).toBeCloseTo(35 / 36, 15);
    expect(r.eacTypical).toBeCloseTo(100_000 / (35 / 36), 8);
    expect(r.eacAtypical).toBe(101_000);
    expect(r.eacCombined).toBeCloseTo(36_000 + 65_000 / ((35 / 36) * 0.875), 8);
    expect(r.etcTypical).toBeCloseTo(r.eacTypical! - 36_000, 8);
    expect(r.vacTypical).toBeCloseTo(100_000 - r.eacTypical!, 8);
    expect(r.vacAtypical).toBe(r.cv);
    expect(r.tcpiBac).toBe(65_000 / 64_000);
    // Against the typical EAC, TCPI is the CPI.
    expect(r.tcpiEac).toBeCloseTo(r.cpi!, 12);
    expect(r.svPercent).toBe(-0.125);
    expect(r.cvPercent).toBeCloseTo(-1 / 35, 15);
    expect(r.percentComplete).toBe(0.35);
    expect(r.percentSpent).toBe(0.36);
    expect(r.eacBottomUp).toBeNull();
    expect(r.reasons.eacBottomUp).toContain('no bottom-up ETC');
    expectClean(r);
  });

  it('adds the bottom-up EAC and measures TCPI against it when an ETC is given', () => {
    const r = earnedValue({ bac: 100_000, pv: 40_000, ev: 35_000, ac: 36_000, etc: 70_000 });
    expect(r.eacBottomUp).toBe(106_000);
    expect(r.etcBottomUp).toBe(70_000);
    expect(r.vacBottomUp).toBe(-6000);
    expect(r.tcpiEac).toBeCloseTo(65_000 / 70_000, 15);
    expectClean(r);
  });

  describe('edge cases (docs/performance-control.md)', () => {
    it('EV = 0 with money spent: CPI 0, typical and combined EAC null (unbounded), atypical defined', () => {
      const r = earnedValue({ bac: 1000, pv: 200, ev: 0, ac: 150 });
      expect(r.cpi).toBe(0);
      expect(r.spi).toBe(0);
      expect(r.eacTypical).toBeNull();
      expect(r.reasons.eacTypical).toContain('CPI = 0');
      expect(r.eacCombined).toBeNull();
      expect(r.eacAtypical).toBe(1150);
      expect(r.cvPercent).toBeNull();
      expect(r.tcpiEac).toBeNull();
      expect(r.tcpiBac).toBeCloseTo(1000 / 850, 15);
      expectClean(r);
    });

    it('AC = 0: CPI null and every forecast that needs it', () => {
      const r = earnedValue({ bac: 1000, pv: 100, ev: 100, ac: 0 });
      expect(r.cpi).toBeNull();
      expect(r.reasons.cpi).toContain('AC = 0');
      expect(r.eacTypical).toBeNull();
      expect(r.eacCombined).toBeNull();
      expect(r.eacAtypical).toBe(900);
      expect(r.tcpiBac).toBe(0.9);
      expectClean(r);
    });

    it('PV = 0 (status before any planned work): SPI and SV% null, combined EAC null', () => {
      const r = earnedValue({ bac: 1000, pv: 0, ev: 0, ac: 0 });
      expect(r.spi).toBeNull();
      expect(r.svPercent).toBeNull();
      expect(r.eacCombined).toBeNull();
      expect(r.eacAtypical).toBe(1000);
      expect(r.tcpiBac).toBe(1);
      expectClean(r);
    });

    it('BAC = EV (complete): every EAC is AC, both TCPIs are 0, even over budget', () => {
      const r = earnedValue({ bac: 1000, pv: 1000, ev: 1000, ac: 1200 });
      expect([r.eacTypical, r.eacAtypical, r.eacCombined]).toEqual([1200, 1200, 1200]);
      expect(r.etcTypical).toBe(0);
      expect(r.vacTypical).toBe(-200);
      expect(r.tcpiBac).toBe(0);
      expect(r.tcpiEac).toBe(0);
      expect(r.cpi).toBeCloseTo(1000 / 1200, 15);
      expectClean(r);
      // Complete with nothing spent: EAC 0, no NaN.
      expectClean(earnedValue({ bac: 10, pv: 10, ev: 10, ac: 0 }));
      expect(earnedValue({ bac: 10, pv: 10, ev: 10, ac: 0 }).eacTypical).toBe(0);
    });

    it('budget spent with work remaining: TCPI(BAC) null', () => {
      const r = earnedValue({ bac: 1000, pv: 900, ev: 800, ac: 1000 });
      expect(r.tcpiBac).toBeNull();
      expect(r.reasons.tcpiBac).toContain('BAC − AC <= 0');
      expectClean(r);
    });

    it('BAC = 0: percentages null, every EAC is AC', () => {
      const r = earnedValue({ bac: 0, pv: 0, ev: 0, ac: 5 });
      expect(r.percentComplete).toBeNull();
      expect(r.eacTypical).toBe(5);
      expect(r.tcpiBac).toBe(0);
      expectClean(r);
    });
  });

  it('rejects what is not an earned value input', () => {
    const bad: unknown[] = [
      null,
      { bac: 1, pv: 1, ev: 1 },
      { bac: 1, pv: 1, ev: 1, ac: -1 },
      { bac: 1, pv: 1, ev: Number.NaN, ac: 1 },
      { bac: Infinity, pv: 1, ev: 1, ac: 1 },
      { bac: 10, pv: 11, ev: 1, ac: 1 },
      { bac: 10, pv: 1, ev: 11, ac: 1 },
      { bac: 10, pv: 1, ev: 1, ac: 1, etc: -5 },
    ];
    for (const input of bad) {
      expect(() => earnedValue(input as never), JSON.stringify(input)).toThrow(PmoError);
      try {
        earnedValue(input as never);
      } catch (e) {
        expect((e as PmoError).code).toBe('INVALID_ARGUMENT');
        expect((e as PmoError).message).toMatch(/^earnedValue: /);
      }
    }
    expect(() => earnedValue({ bac: 10, pv: 1, ev: 11, ac: 1 })).toThrow(/ev \(11\) exceeds bac \(10\)/);
  });

  it('never lets NaN or Infinity out, and explains every null (property)', () => {
    const money = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e12, noNaN: true }));
    fc.assert(
      fc.property(money, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), money, fc.option(money, { nil: undefined }), (bac, fp, fe, ac, etc) => {
        const r = earnedValue({ bac, pv: bac * fp, ev: bac * fe, ac, ...(etc !== undefined ? { etc } : {}) });
        expectClean(r);
        // Identities of the standard.
        expect(r.vacAtypical).toBeCloseTo(r.cv, 0);
        if (r.eacTypical !== null && r.etcTypical !== null) expect(Math.abs(r.eacTypical - r.etcTypical - ac)).toBeLessThanOrEqual(1e-6 * Math.max(1, r.eacTypical));
      }),
      { numRuns: 500 },
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ bac: 10, pv: 5, ev: 4, ac: 6, etc: 7 });
    expect(() => earnedValue(input)).not.toThrow();
  });
});
