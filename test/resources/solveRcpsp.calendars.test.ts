/** solveRcpsp and generateSchedule on instances with calendars: hand-checked instances, calendar validation, properties (fast-check) and limits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineError, PmoError } from '../../src/errors.js';
import { generateSchedule, solveRcpsp, verifySchedule, type RcpspInstance } from '../../src/resources/index.js';
import { placeAlap } from '../../src/resources/internal/alap.js';
import { compileProblem } from '../../src/resources/internal/compileProblem.js';
import { clone, deepFreeze } from '../helpers.js';

const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
type Breaks = readonly (readonly [number, number])[];

// A naive reading of the calendar rules (RcpspCalendar's doc), period by period, independent of
// the solver's tables and of verifySchedule's helpers. Positions count from period 0: the working
// periods in [0, t), or minus those in [t, 0).
const works = (b: Breaks | null, t: number): boolean => b === null || !b.some(([f, e]) => t >= f && t < e);
const pos = (b: Breaks | null, t: number): number => {
  if (b === null) return t;
  let x = 0;
  for (let u = 0; u < t; u++) if (works(b, u)) x++;
  for (let u = t; u < 0; u++) if (works(b, u)) x--;
  return x;
};
const nth = (b: Breaks | null, k: number): number => {
  if (b === null) return k;
  if (k >= 0) for (let t = 0, x = 0; ; t++) if (works(b, t) && x++ === k) return t;
  for (let t = -1, x = 0; ; t--) if (works(b, t) && --x === k) return t;
};
// One past the last working period (for a milestone: the last one before its start).
const finish = (b: Breaks | null, s: number, p: number): number => (b === null ? s + p : nth(b, pos(b, s) + p - 1) + 1);

function calendarOf(inst: RcpspInstance, i: number): Breaks | null {
  const id = inst.activities[i]!.calendar;
  return id === undefined ? null : (inst.calendars!.find((c) => c.id === id)!.breaks as Breaks);
}

/** Whether every link into `v` holds with v at `sv` (by the rule as stated). */
function linksHold(inst: RcpspInstance, S: readonly number[], v: number, sv: number): boolean {
  const idx = new Map(inst.activities.map((a, i) => [a.id, i] as const));
  for (const l of inst.precedences ?? []) {
    if (idx.get(l.to) !== v) continue;
    const u = idx.get(l.from)!;
    const type = l.type ?? 'FS';
    const bu = calendarOf(inst, u);
    const bv = calendarOf(inst, v);
    const x = type === 'FS' || type === 'FF' ? finish(bu, S[u]!, inst.activities[u]!.duration) : S[u]!;
    const y = pos(bv, sv) + (type === 'FF' || type === 'SF' ? inst.activities[v]!.duration : 0);
    if (y < pos(bv, x) + (l.lag ?? 0)) return false;
  }
  return true;
}

/** Calendar-aware critical-path early starts by brute force (links go from lower to higher index). */
function earlyStarts(inst: RcpspInstance): number[] {
  const S: number[] = [];
  inst.activities.forEach((a, v) => {
    const b = calendarOf(inst, v);
    let t = a.release ?? 0;
    while (!(works(b, t) && linksHold(inst, S, v, t))) t++;
    S.push(t);
  });
  return S;
}

/** Random instances as in properties.test.ts, plus up to two calendars with breaks in [-40, 40). */
const instanceArb: fc.Arbitrary<RcpspInstance> = fc
  .record({ n: fc.integer({ min: 1, max: 10 }), K: fc.integer({ min: 0, max: 2 }), C: fc.integer({ min: 1, max: 2 }) })
  .chain(({ n, K, C }) =>
    fc
      .record({
        caps: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: K, maxLength: K }),
        cals: fc.array(
          fc.record({ from: fc.integer({ min: -40, max: 0 }), spans: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 4 }), len: fc.integer({ min: 1, max: 4 }) }), { maxLength: 6 }) }),
          { minLength: C, maxLength: C },
        ),
        acts: fc.array(
          fc.record({
            duration: fc.integer({ min: 0, max: 5 }),
            release: fc.integer({ min: 0, max: 6 }),
            shares: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: K, maxLength: K }),
            cal: fc.integer({ min: -1, max: C - 1 }),
          }),
          { minLength: n, maxLength: n },
        ),
        links: fc.array(
          fc.record({ a: fc.integer({ min: 0, max: n - 1 }), b: fc.integer({ min: 0, max: n - 1 }), type: fc.constantFrom(...TYPES), lag: fc.integer({ min: -3, max: 3 }) }),
          { maxLength: 2 * n },
        ),
        groups: fc.boolean(),
      })
      .map(({ caps, cals, acts, links, groups }) => ({
        calendars: cals.map(({ from, spans }, c) => {
          const breaks: [number, number][] = [];
          let t = from;
          for (const { gap, len } of spans) {
            t += gap;
            breaks.push([t, t + len]);
            t += len;
          }
          return { id: `c${c}`, breaks };
        }),
        activities: acts.map((a, i) => ({
          id: `a${i}`,
          duration: a.duration,
          release: a.release,
          ...(a.cal >= 0 ? { calendar: `c${a.cal}` } : {}),
          ...(groups && caps.length > 1
            ? { groupDemands: [{ units: Math.round((a.shares[0]! / 100) * caps[0]!), resources: ['r0', 'r1'] }] }
            : { demands: a.shares.map((s, k) => Math.round((s / 100) * caps[k]!)) }),
        })),
        resources: caps.map((c, k) => ({ id: `r${k}`, capacity: c })),
        precedences: links.filter((l) => l.a < l.b).map((l) => ({ from: `a${l.a}`, to: `a${l.b}`, type: l.type, lag: l.lag })),
      })),
  );

// A hand-checked instance. Calendar wk breaks in [2, 4) and [7, 9): it works 0 1 4 5 6 9 10 …
// (positions 0 1 2 3 4 5 6 …). a (wk, 3 periods, r) works 0 1 4 and finishes at 5; b (no
// calendar, 2 periods, r) fits in a's break at 2 3 (a holds r only when it works); c (wk) is FS+1
// after a: position of a's finish instant 5 on wk is 3, plus 1 = 4, so c starts at period 6 and,
// 2 periods long, works 6 and 9 (finish 10); m (wk, milestone) is SS+2 after b: position of 2 on
// wk is 2, plus 2 = 4: period 6.
const hand: RcpspInstance = {
  calendars: [{ id: 'wk', breaks: [[2, 4], [7, 9]] }],
  resources: [{ id: 'r', capacity: 1 }],
  activities: [
    { id: 'a', duration: 3, demands: [1], calendar: 'wk' },
    { id: 'b', duration: 2, demands: [1] },
    { id: 'c', duration: 2, calendar: 'wk' },
    { id: 'm', duration: 0, calendar: 'wk' },
  ],
  precedences: [
    { from: 'a', to: 'c', type: 'FS', lag: 1 },
    { from: 'b', to: 'm', type: 'SS', lag: 2 },
  ],
};

describe('RCPSP with calendars: hand-checked instances', () => {
  it('every algorithm places the activities on their working periods and releases resources in breaks', () => {
    const expected = { starts: [0, 2, 6, 6], makespan: 10, criticalPathLength: 10 };
    for (const scheme of ['serial', 'parallel'] as const)
      for (const justify of [false, true]) expect(generateSchedule(hand, { scheme, justify })).toMatchObject(expected);
    expect(solveRcpsp(hand, { seed: 3 })).toMatchObject(expected);
    expect(verifySchedule(hand, [0, 2, 6, 6])).toEqual([]);
  });

  it('FF and SF links count the lag on the successor calendar and its work before the instant', () => {
    // u (no calendar) runs 0..3 (finish 4). v on wk FF+0: by its finish it has done the work wk
    // offered before 4, positions 0 1 2 -> finish position >= 2: with 3 periods, start position 0.
    // w on wk SF+1 from u's start 0: finish position >= 1, w (2 periods) starts at position 0.
    // x on wk FF+2 after u: finish position >= 4, 2 periods: start position 2 = period 4.
    const inst: RcpspInstance = {
      calendars: [{ id: 'wk', breaks: [[2, 4], [7, 9]] }],
      activities: [
        { id: 'u', duration: 4 },
        { id: 'v', duration: 3, calendar: 'wk' },
        { id: 'w', duration: 2, calendar: 'wk' },
        { id: 'x', duration: 2, calendar: 'wk' },
      ],
      precedences: [
        { from: 'u', to: 'v', type: 'FF' },
        { from: 'u', to: 'w', type: 'SF', lag: 1 },
        { from: 'u', to: 'x', type: 'FF', lag: 2 },
      ],
    };
    const s = generateSchedule(inst);
    expect(s.starts).toEqual([0, 0, 0, 4]);
    expect(s.makespan).toBe(6);
    expect(verifySchedule(inst, [0, 0, 0, 1])).toEqual([{ kind: 'precedence', from: 'u', to: 'x', type: 'FF', lag: 2, required: 4, start: 1, amount: 3 }]);
  });

  it('a link from a milestone on a calendar counts from the end of its last working period', () => {
    // m on wk at period 4 (position 2): its finish instant is the end of period 1 (= 2); y (no
    // calendar) FS+0 after it may start at 2, before m's start, as schedule() does.
    const inst: RcpspInstance = {
      calendars: [{ id: 'wk', breaks: [[2, 4]] }],
      activities: [
        { id: 'm', duration: 0, calendar: 'wk', release: 2 },
        { id: 'y', duration: 1 },
      ],
      precedences: [{ from: 'm', to: 'y' }],
    };
    expect(generateSchedule(inst).starts).toEqual([4, 2]);
    expect(verifySchedule(inst, [4, 2])).toEqual([]);
    expect(verifySchedule(inst, [4, 1])).toHaveLength(1);
  });

  it('breaks before 0 count: a milestone at the start finishes at its last working period before 0', () => {
    // m (on a: breaks [-3, 0), so a works at -4 and from 0) at 0: its finish instant is the end of
    // period -4 (= -3). b (on bc: breaks [-2, -1), so bc works at -3, -1, 0, …) FS+2 after it:
    // bc's position of -3 is -2 (it works at -3 and -1 before 0), plus 2 = 0: b starts at 0. With
    // every period before 0 working, m would finish at 0 and b start at 2.
    const inst: RcpspInstance = {
      calendars: [
        { id: 'a', breaks: [[-3, 0]] },
        { id: 'bc', breaks: [[-2, -1]] },
      ],
      activities: [
        { id: 'm', duration: 0, calendar: 'a' },
        { id: 'b', duration: 1, calendar: 'bc' },
      ],
      precedences: [{ from: 'm', to: 'b', lag: 2 }],
    };
    for (const scheme of ['serial', 'parallel'] as const) expect(generateSchedule(inst, { scheme, justify: true }).starts).toEqual([0, 0]);
    expect(solveRcpsp(inst, { schedules: 20 }).starts).toEqual([0, 0]);
    expect(verifySchedule(inst, [0, 0])).toEqual([]);
    // One more period of lag: position 1 is period 1, and verifySchedule names the shortfall.
    const lag3: RcpspInstance = { ...inst, precedences: [{ from: 'm', to: 'b', lag: 3 }] };
    expect(solveRcpsp(lag3, { schedules: 20 }).starts).toEqual([0, 1]);
    expect(verifySchedule(lag3, [0, 0])).toEqual([{ kind: 'precedence', from: 'm', to: 'b', type: 'FS', lag: 3, required: 1, start: 0, amount: 1 }]);
  });

  it('ALAP placement moves an activity to its latest working start', () => {
    // s (wk, ALAP, 2 periods) before e (no calendar, FS, starting at 8 after a release): latest s
    // finishing by 8 works 5 and 6 (7 is a break): start 5.
    const inst: RcpspInstance = {
      calendars: [{ id: 'wk', breaks: [[2, 4], [7, 9]] }],
      activities: [
        { id: 's', duration: 2, calendar: 'wk' },
        { id: 'e', duration: 1, release: 8 },
      ],
      precedences: [{ from: 's', to: 'e' }],
    };
    const pr = compileProblem('test', inst);
    const S = placeAlap(pr, Int32Array.from([0, 8]), Uint8Array.from([1, 0]));
    expect(Array.from(S)).toEqual([5, 8]);
    expect(verifySchedule(inst, Array.from(S))).toEqual([]);
  });

  it('hard deadlines count the finish after breaks', () => {
    const inst: RcpspInstance = { ...hand, activities: hand.activities.map((a) => (a.id === 'c' ? { ...a, deadline: 9 } : a)) };
    expect(() => solveRcpsp(inst, { deadlines: 'hard' })).toThrow(DeadlineError);
    expect(solveRcpsp(inst).lateness).toBe(1);
  });
});

describe('calendar validation', () => {
  const base = (calendars: unknown, calendar = 'wk'): RcpspInstance =>
    ({ calendars, activities: [{ id: 'a', duration: 1, calendar }] }) as unknown as RcpspInstance;
  it.each([
    ['an unknown calendar id', base([{ id: 'wk', breaks: [] }], 'nope'), /activity "a" names unknown calendar "nope"/, 'UNKNOWN_ID'],
    ['overlapping breaks', base([{ id: 'wk', breaks: [[0, 3], [2, 4]] }]), /calendar "wk": breaks\[1\] \[2, 4\] overlaps/, 'INVALID_ARGUMENT'],
    ['unsorted breaks', base([{ id: 'wk', breaks: [[5, 6], [1, 2]] }]), /breaks must be sorted and disjoint/, 'INVALID_ARGUMENT'],
    ['an empty break', base([{ id: 'wk', breaks: [[3, 3]] }]), /must have from < to, got \[3, 3\]/, 'INVALID_ARGUMENT'],
    ['a reversed break before 0', base([{ id: 'wk', breaks: [[-2, -5]] }]), /breaks\[0\] must have from < to, got \[-2, -5\]/, 'INVALID_ARGUMENT'],
    ['a break out of reach', base([{ id: 'wk', breaks: [[0, 2 ** 27]] }]), /pair \[from, to\) of integers \(from -67108863 to 67108863\)/, 'INVALID_ARGUMENT'],
    ['a break out of reach before 0', base([{ id: 'wk', breaks: [[-(2 ** 27), 0]] }]), /pair \[from, to\) of integers \(from -67108863 to 67108863\)/, 'INVALID_ARGUMENT'],
    ['breaks not an array', base([{ id: 'wk', breaks: 3 }]), /breaks of calendar "wk" must be an array/, 'INVALID_ARGUMENT'],
    ['a duplicate id', base([{ id: 'wk', breaks: [] }, { id: 'wk', breaks: [] }]), /duplicate calendar id "wk"/, 'INVALID_ARGUMENT'],
    ['calendars not an array', base({}), /instance.calendars must be an array/, 'INVALID_ARGUMENT'],
  ])('rejects %s', (_, inst, message, code) => {
    let err: unknown;
    try {
      solveRcpsp(inst);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PmoError);
    expect((err as PmoError).code).toBe(code);
    expect((err as Error).message).toMatch(message);
  });

  it('verifySchedule rejects malformed calendars too', () => {
    expect(() => verifySchedule(base([{ id: 'wk', breaks: [[2, 1]] }]), [0])).toThrow(/breaks\[0\] must be \[from, to\)/);
    expect(() => verifySchedule(base([{ id: 'wk', breaks: [[-(2 ** 27), 0]] }]), [0])).toThrow(/breaks\[0\] must be \[from, to\) with -67108863 <= from < to <= 67108863/);
    expect(() => verifySchedule(base([{ id: 'wk', breaks: [[-4, -2], [-3, 0]] }]), [0])).toThrow(/breaks\[1\] must be \[from, to\) with -2 <= from/);
    expect(verifySchedule(base([{ id: 'wk', breaks: [[-4, -2], [0, 1]] }]), [1])).toEqual([]);
    expect(() => verifySchedule(base([], 'x'), [0])).toThrow(/unknown calendar "x"/);
  });
});

describe('RCPSP with calendars: properties (fast-check)', () => {
  it('every algorithm yields a schedule verifySchedule accepts, no shorter than the bounds', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 40 }), (inst, schedules) => {
        for (const scheme of ['serial', 'parallel'] as const)
          for (const rule of ['LFT', 'MinSlack', 'GRPW', 'random'] as const) {
            const s = generateSchedule(inst, { scheme, rule, justify: rule !== 'GRPW' });
            expect(verifySchedule(inst, s.starts)).toEqual([]);
            expect(s.makespan).toBeGreaterThanOrEqual(s.lowerBound);
            expect(s.lowerBound).toBeGreaterThanOrEqual(s.criticalPathLength);
          }
        const g = solveRcpsp(inst, { schedules, seed: schedules });
        expect(verifySchedule(inst, g.starts)).toEqual([]);
        expect(g.makespan).toBeGreaterThanOrEqual(g.lowerBound);
        const early = earlyStarts(inst);
        expect(g.criticalPathLength).toBe(Math.max(0, ...early.map((s, i) => finish(calendarOf(inst, i), s, inst.activities[i]!.duration))));
      }),
      { numRuns: 150 },
    );
  });

  it('with unlimited capacity the leveled starts are the calendar-aware critical-path early starts', () => {
    fc.assert(
      fc.property(instanceArb, (inst) => {
        const unlimited: RcpspInstance = { ...inst, resources: (inst.resources ?? []).map((r) => ({ id: r.id, capacity: 1000 })) };
        const early = earlyStarts(unlimited);
        expect(solveRcpsp(unlimited, { schedules: 30 }).starts).toEqual(early);
        expect(generateSchedule(unlimited, { scheme: 'parallel' }).starts).toEqual(early);
        expect(generateSchedule(unlimited, { justify: true }).starts).toEqual(early);
      }),
      { numRuns: 150 },
    );
  });

  it('milestones at the start count their calendars\' breaks before 0 (unlimited capacity: early starts)', () => {
    // Every other activity becomes a milestone released at 0: its finish instant is before 0 when
    // its calendar works at its start, and lags from it count the successors' periods before 0.
    fc.assert(
      fc.property(instanceArb, (inst) => {
        const m: RcpspInstance = {
          ...inst,
          resources: (inst.resources ?? []).map((r) => ({ id: r.id, capacity: 1000 })),
          activities: inst.activities.map((a, i) => (i % 2 === 0 ? { ...a, duration: 0, release: 0 } : a)),
        };
        const early = earlyStarts(m);
        expect(solveRcpsp(m, { schedules: 10 }).starts).toEqual(early);
        expect(generateSchedule(m, { scheme: 'parallel' }).starts).toEqual(early);
        expect(verifySchedule(m, early)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('ALAP placement keeps the schedule feasible', () => {
    fc.assert(
      fc.property(instanceArb, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (inst, flags) => {
        const pr = compileProblem('test', inst);
        const s = solveRcpsp(inst, { schedules: 20 });
        const S = placeAlap(pr, Int32Array.from(s.starts), Uint8Array.from(inst.activities.map((_, i) => (flags[i] ? 1 : 0))));
        expect(verifySchedule(inst, Array.from(S)).filter((v) => v.kind !== 'deadline')).toEqual([]);
        const finishes = Array.from(S, (x, i) => finish(calendarOf(inst, i), x, inst.activities[i]!.duration));
        expect(Math.max(0, ...finishes)).toBeLessThanOrEqual(s.makespan);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic and never mutates its input', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer(), (inst, seed) => {
        const frozen = deepFreeze(clone(inst));
        expect(solveRcpsp(frozen, { schedules: 30, seed })).toEqual(solveRcpsp(frozen, { schedules: 30, seed }));
        expect(frozen).toEqual(inst);
      }),
      { numRuns: 40 },
    );
  });
});

describe('RCPSP limits found in review', () => {
  it('rejects calendar tables too large for memory with a PmoError instead of gigabytes', () => {
    const inst = { activities: [{ id: 'a', duration: 2, calendar: 'c' }], calendars: [{ id: 'c', breaks: [[67108862, 67108863]] }] } as unknown as RcpspInstance;
    expect(() => solveRcpsp(inst, { schedules: 5 })).toThrow(/solveRcpsp: the time axis is too long for its calendars \(1 calendar × 67108867 periods/);
    expect(() => generateSchedule(inst)).toThrow(PmoError);
  });
  it('leaves out breaks before 0 that no result can depend on (a break 30 million periods back cost 787 MB)', () => {
    const inst = (from: number): RcpspInstance => ({
      calendars: [{ id: 'c', breaks: [[from, from + 1], [3, 5]] }],
      resources: Array.from({ length: 10 }, (_, k) => ({ id: `r${k}`, capacity: 1 })),
      activities: [
        { id: 'm', duration: 0, calendar: 'c' },
        { id: 'a', duration: 2, calendar: 'c', demands: [1] },
        { id: 'b', duration: 3, demands: [1] },
      ],
      precedences: [
        { from: 'm', to: 'a', lag: 1 },
        { from: 'a', to: 'b' },
      ],
    });
    // But a long break reaching 0 counts in full: m's calendar last works at -1001, v's at -501, so
    // m's finish instant is -1000 and v's calendar works 500 periods after it: a lag of 10 asks
    // nothing of v (tabulating only 10-odd periods back would start it at 10).
    const deep: RcpspInstance = {
      calendars: [
        { id: 'cm', breaks: [[-1000, 0]] },
        { id: 'cv', breaks: [[-500, 0]] },
      ],
      activities: [
        { id: 'm', duration: 0, calendar: 'cm' },
        { id: 'v', duration: 1, calendar: 'cv' },
      ],
      precedences: [{ from: 'm', to: 'v', lag: 10 }],
    };
    expect(solveRcpsp(deep, { schedules: 10 }).starts).toEqual([0, 0]);
    expect(verifySchedule(deep, [0, 0])).toEqual([]);
    const far = solveRcpsp(inst(-30_000_000), { schedules: 20 });
    // The milestone's finish instant is 0 (c works at -1); a starts one position later, at 1,
    // works 1 and 2; b follows at 3.
    expect([far.starts, far.makespan]).toEqual([[0, 1, 3], 6]);
    expect(solveRcpsp(inst(-20), { schedules: 20 })).toEqual(far);
    expect(verifySchedule(inst(-30_000_000), far.starts)).toEqual([]);
  });
  it('rejects negative releases (they crashed the resource bound and the parallel scheme)', () => {
    const inst = { projects: [{ id: 'p', release: -4 }], activities: [{ id: 'a', duration: 2, project: 'p', demands: [1] }], resources: [{ id: 'r', capacity: 1 }] } as unknown as RcpspInstance;
    expect(() => generateSchedule(inst)).toThrow(/generateSchedule: release of project "p" must be an integer >= 0, got -4/);
    const own = { activities: [{ id: 'a', duration: 2, release: -3 }] } as unknown as RcpspInstance;
    expect(() => generateSchedule(own, { scheme: 'parallel' })).toThrow(/release of activity "a" must be an integer >= 0, got -3/);
  });
});
