import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { earnedSchedule } from '../../src/performance/index.js';

/** Strictly increasing cumulative curves of 1 to 40 periods. */
const increasing = fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }).map((inc) => {
  let s = 0;
  return inc.map((x) => (s += x));
});

describe('earnedSchedule', () => {
  it('interpolates ES on the cumulative PV curve (Lipke)', () => {
    const r = earnedSchedule({ pvCumulative: [10, 20, 40, 70, 100], ev: 35, actualTime: 3 });
    expect(r.es).toBe(2.75);
    expect(r.svt).toBe(-0.25);
    expect(r.spit).toBeCloseTo(2.75 / 3, 15);
    expect(r.ieact).toBeCloseTo(5 / (2.75 / 3), 12);
    expect(r.ieactPlannedRate).toBe(5.25);
    expect(r.tspi).toBe(2.25 / 2);
    expect(r.pv).toBe(40);
    expect(r.spi).toBe(0.875);
    expect(r.plannedDuration).toBe(5);
    expect(r.bac).toBe(100);
    expect(r.reasons).toEqual({});
  });

  it('identity: ES = k when EV equals the PV at the end of period k (property)', () => {
    fc.assert(
      fc.property(increasing, fc.nat(), fc.double({ min: 0, max: 100, noNaN: true }), (curve, i, at) => {
        const k = i % (curve.length + 1);
        const ev = k === 0 ? 0 : curve[k - 1]!;
        const r = earnedSchedule({ pvCumulative: curve, ev, actualTime: at });
        expect(r.es).toBe(k);
      }),
    );
  });

  it('identity: IEAC(t) = PD / SPI(t) = AT + (PD − ES) / SPI(t) (property)', () => {
    fc.assert(
      fc.property(increasing, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 100, noNaN: true }), (curve, f, at) => {
        const pd = curve.length;
        const r = earnedSchedule({ pvCumulative: curve, ev: f * curve[pd - 1]!, actualTime: at });
        if (r.spit === null || r.spit === 0) return;
        // A denominator near 0 can overflow PD / SPI(t): null, with the reason.
        if (r.ieact === null) {
          expect(r.reasons.ieact).toContain('floating-point range');
          return;
        }
        expect(r.ieact!).toBeCloseTo(pd / r.spit, 6);
        expect(Math.abs(r.ieact! - (at + (pd - r.es) / r.spit))).toBeLessThanOrEqual(1e-9 * Math.max(1, r.ieact!));
        // ES stays in [0, PD] and never decreases with EV.
        expect(r.es).toBeGreaterThanOrEqual(0);
        expect(r.es).toBeLessThanOrEqual(pd);
        const more = earnedSchedule({ pvCumulative: curve, ev: Math.min(1, f + 0.01) * curve[pd - 1]!, actualTime: at });
        expect(more.es).toBeGreaterThanOrEqual(r.es);
      }),
    );
  });

  it('on plan (EV = PV at AT), every index is 1 at every status time, flat periods included', () => {
    const curves = [
      [10, 20, 40, 70, 100],
      [0, 0, 10, 10, 10, 30, 30, 50], // starts late, pauses twice
      [5, 5, 5, 5, 5],
    ];
    for (const curve of curves)
      for (let at = 0.5; at <= curve.length; at += 0.5) {
        const k = Math.floor(at);
        const pvAt = (j: number) => (j === 0 ? 0 : curve[j - 1]!);
        const pv = at >= curve.length ? curve[curve.length - 1]! : pvAt(k) + (at - k) * (pvAt(k + 1) - pvAt(k));
        const r = earnedSchedule({ pvCumulative: curve, ev: pv, actualTime: at });
        const complete = pv >= curve[curve.length - 1]!;
        if (!complete) {
          expect(r.es, `${JSON.stringify(curve)} at ${at}`).toBeCloseTo(at, 12);
          expect(r.spit).toBeCloseTo(1, 12);
          expect(r.ieact).toBeCloseTo(curve.length, 9);
          if (r.tspi !== null) expect(r.tspi).toBeCloseTo(1, 9);
        }
        if (r.spi !== null) expect(r.spi).toBeCloseTo(1, 12);
      }
  });

  describe('edge cases', () => {
    it('EV = 0: ES is 0, or the end of the plan’s idle start nearest AT; SPI(t) 0 and IEAC(t) null once work was due', () => {
      const r = earnedSchedule({ pvCumulative: [10, 20], ev: 0, actualTime: 1 });
      expect(r.es).toBe(0);
      expect(r.spit).toBe(0);
      expect(r.ieact).toBeNull();
      expect(r.reasons.ieact).toContain('SPI(t) = 0');
      expect(r.ieactPlannedRate).toBe(3);
      const idle = earnedSchedule({ pvCumulative: [0, 0, 10], ev: 0, actualTime: 1 });
      expect(idle.es).toBe(1); // nothing was due: on schedule
      expect(idle.spit).toBe(1);
      expect(earnedSchedule({ pvCumulative: [0, 0, 10], ev: 0, actualTime: 2.5 }).es).toBe(2);
    });

    it('EV >= BAC: ES = PD, TSPI 0', () => {
      const r = earnedSchedule({ pvCumulative: [10, 20, 30], ev: 30, actualTime: 2 });
      expect(r.es).toBe(3);
      expect(r.svt).toBe(1);
      expect(r.tspi).toBe(0);
      expect(earnedSchedule({ pvCumulative: [10, 20, 30], ev: 31, actualTime: 2 }).es).toBe(3);
    });

    it('a project finished late: SPI = 1 but SPI(t) < 1, and IEAC(t) = AT', () => {
      const r = earnedSchedule({ pvCumulative: [25, 50, 75, 100], ev: 100, actualTime: 6 });
      expect(r.spi).toBe(1);
      expect(r.es).toBe(4);
      expect(r.spit).toBeCloseTo(4 / 6, 15);
      expect(r.ieact).toBeCloseTo(6, 12);
      expect(r.svt).toBe(-2);
    });

    it('past the planned duration with work left: TSPI null', () => {
      const r = earnedSchedule({ pvCumulative: [25, 50, 75, 100], ev: 80, actualTime: 5 });
      expect(r.tspi).toBeNull();
      expect(r.reasons.tspi).toContain('AT >= PD');
      expect(r.pv).toBe(100);
    });

    it('a status at or before the start (AT = 0): SPI(t) and IEAC(t) null, PV 0', () => {
      const r = earnedSchedule({ pvCumulative: [10, 20], ev: 0, actualTime: 0 });
      expect(r.es).toBe(0);
      expect(r.spit).toBeNull();
      expect(r.reasons.spit).toContain('AT = 0');
      expect(r.ieact).toBeNull();
      expect(r.spi).toBeNull();
      expect(r.tspi).toBe(1);
    });

    it('flat PV periods: interpolation skips them; on a flat level ES is the time nearest AT', () => {
      const curve = [10, 10, 10, 30];
      expect(earnedSchedule({ pvCumulative: curve, ev: 20, actualTime: 4 }).es).toBe(3.5);
      expect(earnedSchedule({ pvCumulative: curve, ev: 5, actualTime: 4 }).es).toBe(0.5);
      expect(earnedSchedule({ pvCumulative: curve, ev: 10, actualTime: 0.5 }).es).toBe(1);
      expect(earnedSchedule({ pvCumulative: curve, ev: 10, actualTime: 2.2 }).es).toBe(2.2);
      expect(earnedSchedule({ pvCumulative: curve, ev: 10, actualTime: 3.7 }).es).toBe(3);
    });
  });

  it('rejects bad curves and values', () => {
    const bad: unknown[] = [
      null,
      { pvCumulative: [], ev: 0, actualTime: 0 },
      { pvCumulative: 'x', ev: 0, actualTime: 0 },
      { pvCumulative: [10, 5], ev: 0, actualTime: 0 },
      { pvCumulative: [10, Number.NaN], ev: 0, actualTime: 0 },
      { pvCumulative: [10, -1], ev: 0, actualTime: 0 },
      { pvCumulative: [10], ev: -1, actualTime: 0 },
      { pvCumulative: [10], ev: 1, actualTime: -1 },
      { pvCumulative: [10], ev: 1, actualTime: Infinity },
    ];
    for (const input of bad) expect(() => earnedSchedule(input as never), JSON.stringify(input)).toThrow(PmoError);
    expect(() => earnedSchedule({ pvCumulative: [10, 5], ev: 0, actualTime: 0 })).toThrow(/^earnedSchedule: pvCumulative decreases at index 1/);
  });

  it('never lets NaN or Infinity out (property)', () => {
    const money = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1e-300, noNaN: true }));
    fc.assert(
      fc.property(fc.array(money, { minLength: 1, maxLength: 20 }), money, fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true })), (inc, ev, at) => {
        let s = 0;
        const curve = inc.map((x) => (s += x));
        const r = earnedSchedule({ pvCumulative: curve, ev, actualTime: at });
        for (const [k, v] of Object.entries(r)) {
          if (k === 'reasons') continue;
          if (v === null) expect(r.reasons[k as keyof typeof r.reasons], k).toMatch(/\S/);
          else expect(Number.isFinite(v), `${k} = ${String(v)}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
