import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { earnedSchedule, earnedValueAnalysis } from '../../src/performance/index.js';
import { addWorkingDays, compileCalendar } from '../../src/calendar/index.js';
import { clone, deepFreeze } from '../helpers.js';
import { onePortfolio } from './build.js';

const SAMPLE_RAW = JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const sample = (): Portfolio => parsePortfolio(clone(SAMPLE_RAW));

/** The PRA example (BAC 100 000 over 5 periods) as a dated project: one task per day. */
function praProject(): Portfolio {
  const budgets = [10_000, 10_000, 20_000, 30_000, 30_000];
  const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'];
  return onePortfolio(
    [
      { id: 't1', name: 'one', duration: 1, budget: budgets[0], percentComplete: 100, actualStart: days[0], actualFinish: days[0], actualCost: 9000 },
      { id: 't2', name: 'two', duration: 1, budget: budgets[1], percentComplete: 100, actualStart: days[1], actualFinish: days[1], actualCost: 9000 },
      { id: 't3', name: 'three', duration: 1, budget: budgets[2], percentComplete: 75, actualStart: days[2], actualCost: 18_000 },
      { id: 't4', name: 'four', duration: 1, budget: budgets[3] },
      { id: 't5', name: 'five', duration: 1, budget: budgets[4] },
    ],
    { baseline: days.map((d, i) => ({ taskId: `t${i + 1}`, start: d, finish: d })) },
  );
}

describe('earnedValueAnalysis', () => {
  it('reproduces the PRA example day by day, with the forecast finish date', () => {
    const a = earnedValueAnalysis(praProject(), { statusDate: '2026-01-03', by: 'day' });
    expect(a.portfolio).toBeNull();
    const p = a.projects[0]!;
    expect(p.source).toBe('tasks');
    expect(p.plan).toMatchObject({ source: 'baseline', baselineId: 'bl', startDate: '2026-01-01', finishDate: '2026-01-05', bac: 100_000 });
    expect(p.measures).toMatchObject({ bac: 100_000, pv: 40_000, ev: 35_000, ac: 36_000, sv: -5000, cv: -1000, spi: 0.875 });
    expect(p.measures.eacTypical).toBeCloseTo(102_857.14, 2);
    expect(p.measures.eacCombined).toBeCloseTo(112_408.16, 2);
    expect(p.measures.tcpiBac).toBe(1.015625);
    const s = p.schedule!;
    expect(s).toMatchObject({ plannedDuration: 5, actualTime: 3, es: 2.75, unit: 'working days', calendarId: 'cal', plannedFinishDate: '2026-01-05' });
    expect(s.ieact).toBeCloseTo(5.4545, 4);
    // IEAC(t) = 5.45 working days from 2026-01-01: the finish falls in the 6th day.
    expect(s.forecastFinishDate).toBe('2026-01-06');
    expect(s.finishVariance).toBe(1);
    expect(s.esDate).toBe('2026-01-03');
    expect(a.periods.map((x) => x.key)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05']);
    expect(p.series.pvCumulative).toEqual([10_000, 20_000, 40_000, 70_000, 100_000]);
    expect(p.series.evCumulative).toEqual([10_000, 20_000, 35_000, null, null]);
    expect(p.series.acCumulative).toEqual([9000, 18_000, 36_000, null, null]);
    expect(p.series.pv).toEqual([10_000, 10_000, 20_000, 30_000, 30_000]);
    // The time-phased earned schedule is the plain function's on the same curve.
    const plain = earnedSchedule({ pvCumulative: p.series.pvCumulative as number[], ev: 35_000, actualTime: 3 });
    expect(s.es).toBe(plain.es);
    expect(s.ieact).toBe(plain.ieact);
  });

  it('a project exactly on plan has every index 1 at every status date', () => {
    const base = [
      { taskId: 'a', start: '2026-03-02', finish: '2026-03-13', cost: 10_000 },
      { taskId: 'b', start: '2026-03-09', finish: '2026-03-27', cost: 25_000 },
      { taskId: 'c', start: '2026-04-06', finish: '2026-04-17', cost: 5000 }, // a week with nothing planned before it
    ];
    const cal = compileCalendar({ id: 'wd', workingDays: [1, 2, 3, 4, 5], holidays: [], exceptions: [], hoursPerDay: 8 });
    const countDays = (from: string, to: string): number => {
      let n = 0;
      for (let d = from; d <= to; d = addWorkingDays(cal, d, 1)) n++;
      return n;
    };
    let checked = 0;
    for (let day = '2026-03-02'; day <= '2026-04-20'; day = addWorkingDays(cal, day, 1)) {
      const tasks = base.map((b) => {
        const n = countDays(b.start, b.finish);
        const k = day < b.start ? 0 : day >= b.finish ? n : countDays(b.start, day);
        const pc = (100 * k) / n;
        const t: Record<string, unknown> = { id: b.taskId, name: b.taskId, duration: n, budget: b.cost };
        if (k > 0) Object.assign(t, { percentComplete: pc, actualStart: b.start, actualCost: (b.cost * pc) / 100 });
        if (k === n) t.actualFinish = b.finish;
        return t;
      });
      const a = earnedValueAnalysis(onePortfolio(tasks as never, { workingDays: [1, 2, 3, 4, 5], baseline: base }), { statusDate: day, by: 'week' });
      const p = a.projects[0]!;
      const complete = day >= '2026-04-17';
      expect(p.measures.spi, day).toBeCloseTo(1, 12);
      expect(p.measures.cpi, day).toBeCloseTo(1, 12);
      if (!complete) {
        expect(p.schedule!.spit, day).toBeCloseTo(1, 9);
        expect(p.schedule!.tspi, day).toBeCloseTo(1, 9);
      } else expect(p.schedule!.spit, day).toBeCloseTo(1, 9);
      expect(p.schedule!.forecastFinishDate, day).toBe('2026-04-17');
      for (let i = 0; i < a.periods.length; i++) {
        if (p.series.spi[i] !== null) expect(p.series.spi[i]!, `${day} ${a.periods[i]!.key}`).toBeCloseTo(1, 9);
        if (p.series.cpi[i] !== null) expect(p.series.cpi[i]!, `${day} ${a.periods[i]!.key}`).toBeCloseTo(1, 9);
      }
      checked++;
    }
    expect(checked).toBe(36);
  });

  describe('earned value rules', () => {
    const run = (task: Record<string, unknown>, statusDate = '2026-01-05') =>
      earnedValueAnalysis(onePortfolio([{ id: 't', name: 't', duration: 10, budget: 1000, ...task }] as never), { statusDate }).projects[0]!.measures.ev;
    it('percent complete earns budget × %', () => {
      expect(run({ percentComplete: 40, actualStart: '2026-01-01' })).toBe(400);
      expect(run({ percentComplete: 40, actualStart: '2026-01-01', actualFinish: '2026-01-04' })).toBe(1000);
    });
    it('0/100 earns the budget at completion only', () => {
      expect(run({ evRule: '0/100', percentComplete: 90, actualStart: '2026-01-01' })).toBe(0);
      expect(run({ evRule: '0/100', percentComplete: 100, actualStart: '2026-01-01', actualFinish: '2026-01-04' })).toBe(1000);
    });
    it('50/50 earns half at the start and half at completion', () => {
      expect(run({ evRule: '50/50', percentComplete: 10, actualStart: '2026-01-01' })).toBe(500);
      expect(run({ evRule: '50/50' })).toBe(0);
      expect(run({ evRule: '50/50', actualStart: '2026-01-01', actualFinish: '2026-01-03' })).toBe(1000);
    });
    it('weighted milestones earn their weights as they are achieved, by the status date', () => {
      const ms = [
        { name: 'spec', weight: 1, achieved: '2026-01-02' },
        { name: 'build', weight: 2, achieved: '2026-01-09' },
        { name: 'test', weight: 1 },
      ];
      expect(run({ evRule: 'weighted-milestones', evMilestones: ms, actualStart: '2026-01-01' })).toBe(250);
      expect(run({ evRule: 'weighted-milestones', evMilestones: ms, actualStart: '2026-01-01' }, '2026-01-09')).toBe(750);
      // A complete task earns its budget, whatever milestones are marked.
      expect(run({ evRule: 'weighted-milestones', evMilestones: ms, actualStart: '2026-01-01', actualFinish: '2026-01-04' })).toBe(1000);
    });
    it('the model checks the weighted-milestones rule', () => {
      const bad = { id: 'pf', name: 'x', projects: [{ id: 'p', name: 'p', start: '2026-01-01', tasks: [{ id: 't', name: 't', duration: 1, evRule: 'weighted-milestones' }] }] };
      expect(() => parsePortfolio(bad)).toThrow(/evMilestones/);
      const stray = clone(bad);
      (stray.projects[0]!.tasks[0] as Record<string, unknown>).evRule = '0/100';
      (stray.projects[0]!.tasks[0] as Record<string, unknown>).evMilestones = [{ name: 'a', weight: 1 }];
      expect(() => parsePortfolio(stray)).toThrow(/evMilestones are read only/);
    });
  });

  it('spreads budgets linearly, front- or back-loaded', () => {
    const pf = (profile?: string) => onePortfolio([{ id: 't', name: 't', duration: 10, budget: 1000, ...(profile ? { costProfile: profile } : {}) }] as never);
    const pvAt = (p: Portfolio, statusDate: string, costProfile?: 'linear' | 'front-loaded' | 'back-loaded') =>
      earnedValueAnalysis(p, { statusDate, ...(costProfile ? { costProfile } : {}) }).projects[0]!.measures.pv;
    expect(pvAt(pf(), '2026-01-05')).toBe(500);
    expect(pvAt(pf('front-loaded'), '2026-01-05')).toBe(750);
    expect(pvAt(pf('back-loaded'), '2026-01-05')).toBe(250);
    expect(pvAt(pf(), '2026-01-05', 'back-loaded')).toBe(250);
    expect(pvAt(pf('linear'), '2026-01-05', 'back-loaded')).toBe(500);
    for (const prof of ['front-loaded', 'back-loaded']) expect(pvAt(pf(prof), '2026-01-10')).toBe(1000);
  });

  it('uses status reports when no task reports progress', () => {
    const raw = clone(SAMPLE_RAW) as { projects: { tasks: Record<string, unknown>[] }[] };
    for (const p of raw.projects) for (const t of p.tasks) for (const k of ['percentComplete', 'actualStart', 'actualFinish', 'actualCost', 'evRule', 'evMilestones']) delete t[k];
    const pf = parsePortfolio(raw);
    const a = earnedValueAnalysis(pf);
    expect(a.statusDate).toBe('2026-04-30');
    for (const p of a.projects) {
      const r = pf.statusReports.filter((x) => x.projectId === p.projectId).sort((x, y) => (x.date < y.date ? -1 : 1)).at(-1)!;
      expect(p.source).toBe('status-reports');
      expect(p.dataDate).toBe(r.date);
      expect(p.measures).toMatchObject({ pv: r.pv, ev: r.ev, ac: r.ac, bac: r.bac });
    }
    // Between reports: the latest on or before the status date.
    const mid = earnedValueAnalysis(pf, { statusDate: '2026-04-15', projectId: 'wms' }).projects[0]!;
    expect(mid.dataDate).toBe('2026-03-31');
    expect(mid.measures).toMatchObject({ pv: 230_900, ev: 184_700, ac: 203_000 });
    expect(mid.reports.map((r) => r.date)).toEqual(['2026-02-27', '2026-03-31']);
  });

  it('the sample’s status reports and task actuals give consistent indices', () => {
    const pf = sample();
    const a = earnedValueAnalysis(pf, { statusDate: '2026-04-30' });
    for (const p of a.projects) {
      const r = pf.statusReports.find((x) => x.projectId === p.projectId && x.date === '2026-04-30')!;
      expect(p.source).toBe('tasks');
      expect(p.warnings.filter((w) => w.includes('status report'))).toEqual([]);
      // Reports are rounded to 100.
      expect(Math.abs(p.measures.pv - r.pv), p.projectId).toBeLessThanOrEqual(50);
      expect(p.measures.ev).toBeCloseTo(r.ev, 6);
      expect(p.measures.ac).toBeCloseTo(r.ac, 6);
      expect(p.measures.bac).toBe(r.bac);
      expect(p.measures.spi!).toBeCloseTo(r.ev / r.pv, 3);
      expect(p.measures.cpi!).toBeCloseTo(r.ev / r.ac, 6);
    }
    // The plan's PV at every report date is the reported PV.
    const daily = earnedValueAnalysis(pf, { statusDate: '2026-04-30', by: 'day' });
    for (const r of pf.statusReports) {
      const i = daily.periods.findIndex((x) => x.key === r.date);
      const p = daily.projects.find((x) => x.projectId === r.projectId)!;
      expect(Math.abs(p.series.pvCumulative[i]! - r.pv), `${r.projectId} ${r.date}`).toBeLessThanOrEqual(50);
    }
    // At an earlier status date the tasks describe a later state: the reports of that date are used.
    const march = earnedValueAnalysis(pf, { statusDate: '2026-03-31' });
    for (const p of march.projects.filter((x) => x.projectId !== 'tel')) {
      const r = pf.statusReports.find((x) => x.projectId === p.projectId && x.date === '2026-03-31')!;
      expect(p.source, p.projectId).toBe('status-reports');
      expect(p.measures).toMatchObject({ pv: r.pv, ev: r.ev, ac: r.ac });
    }
    // The portfolio total is the sum of the projects.
    const t = a.portfolio!.measures;
    for (const k of ['bac', 'pv', 'ev', 'ac'] as const) expect(t[k]).toBeCloseTo(a.projects.reduce((s, p) => s + p.measures[k], 0), 6);
    expect(a.warnings).toEqual([]);
  });

  it('a project finished late: SPI = 1, SPI(t) < 1, AT stops at the actual finish', () => {
    const pf = onePortfolio(
      [{ id: 't', name: 't', duration: 5, budget: 500, percentComplete: 100, actualStart: '2026-01-01', actualFinish: '2026-01-08', actualCost: 520 }],
      { baseline: [{ taskId: 't', start: '2026-01-01', finish: '2026-01-05' }] },
    );
    const p = earnedValueAnalysis(pf, { statusDate: '2026-01-20' }).projects[0]!;
    expect(p.measures.spi).toBe(1);
    expect(p.schedule).toMatchObject({ es: 5, actualTime: 8, actualTimeThroughDate: '2026-01-08', forecastFinishDate: '2026-01-08', finishVariance: 3 });
    expect(p.schedule!.spit).toBeCloseTo(5 / 8, 15);
  });

  it('a status date before the start: nothing planned, earned or spent', () => {
    const pf = onePortfolio([{ id: 't', name: 't', duration: 5, budget: 500 }], { start: '2026-02-01' });
    const a = earnedValueAnalysis(pf, { statusDate: '2026-01-15' });
    const p = a.projects[0]!;
    expect(p.measures).toMatchObject({ pv: 0, ev: 0, ac: 0, spi: null, cpi: null });
    expect(p.schedule).toMatchObject({ es: 0, actualTime: 0, spit: null, ieact: null, tspi: 1 });
    expect(a.warnings.join('\n')).toContain('before every plan starts');
    expect(p.plan.source).toBe('schedule');
  });

  it('counts work packages only, and says what it leaves out', () => {
    const pf = onePortfolio(
      [
        { id: 's', name: 'summary', duration: 0, budget: 999 },
        { id: 'a', name: 'a', duration: 2, parentId: 's', budget: 100 },
        { id: 'b', name: 'b', duration: 2, parentId: 's', budget: 50, percentComplete: 50, actualStart: '2026-01-01', actualCost: 40 },
      ],
      { baseline: [{ taskId: 'a', start: '2026-01-01', finish: '2026-01-02' }] },
    );
    const p = earnedValueAnalysis(pf, { statusDate: '2026-01-02' }).projects[0]!;
    expect(p.measures.bac).toBe(100);
    expect(p.measures.ev).toBe(0);
    expect(p.measures.ac).toBe(40);
    expect(p.warnings.join('\n')).toMatch(/summary task "s"/);
    expect(p.warnings.join('\n')).toMatch(/task "b" is not in baseline "bl"/);
  });

  it('rejects bad options and data with a named error', () => {
    const pf = sample();
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(PmoError);
        expect((e as Error).message).toMatch(/^earnedValueAnalysis: /);
        return (e as PmoError).code;
      }
      return undefined;
    };
    expect(code(() => earnedValueAnalysis(pf, { projectId: 'nope' }))).toBe('UNKNOWN_ID');
    expect(code(() => earnedValueAnalysis(pf, { by: 'year' as never }))).toBe('INVALID_ARGUMENT');
    expect(code(() => earnedValueAnalysis(pf, { statusDate: '2026-02-30' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => earnedValueAnalysis(pf, { costProfile: 's-curve' as never }))).toBe('INVALID_ARGUMENT');
    expect(code(() => earnedValueAnalysis(onePortfolio([{ id: 't', name: 't', duration: 1 }])))).toBe('INVALID_ARGUMENT');
    const over = onePortfolio([{ id: 't', name: 't', duration: 1 }], { reports: [{ projectId: 'p', date: '2026-01-01', pv: 1, ev: 20, ac: 1, bac: 10 }] });
    expect(() => earnedValueAnalysis(over)).toThrow(/status report of 2026-01-01: EV \(20\) exceeds the BAC \(10\)/);
  });

  it('does not mutate the portfolio', () => {
    const pf = deepFreeze(sample());
    const before = JSON.stringify(pf);
    earnedValueAnalysis(pf, { by: 'week' });
    expect(JSON.stringify(pf)).toBe(before);
  });

  it('properties: EV <= BAC, cumulative curves never decrease, period values add up to 1e-9 relative', () => {
    const task = fc.record({
      duration: fc.integer({ min: 0, max: 30 }),
      offset: fc.integer({ min: 0, max: 60 }),
      budget: fc.double({ min: 0, max: 1e7, noNaN: true }),
      pc: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      cost: fc.double({ min: 0, max: 1e7, noNaN: true }),
      rule: fc.constantFrom('percent-complete', '0/100', '50/50'),
      profile: fc.constantFrom('linear', 'front-loaded', 'back-loaded'),
      done: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(task, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 120 }), fc.constantFrom('day', 'week', 'month'), (ts, statusOffset, by) => {
        const cal = compileCalendar({ id: 'c', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [], exceptions: [], hoursPerDay: 8 });
        const at = (n: number) => addWorkingDays(cal, '2026-01-01', n);
        const statusDate = at(statusOffset);
        const tasks = ts.map((t, i) => {
          const start = at(t.offset);
          const started = t.offset <= statusOffset && (t.pc ?? 0) > 0;
          return {
            id: `t${i}`,
            name: `t${i}`,
            duration: t.duration,
            budget: t.budget,
            evRule: t.rule,
            costProfile: t.profile,
            ...(started ? { percentComplete: t.pc, actualStart: start, actualCost: t.cost } : {}),
            ...(started && t.done && t.offset + t.duration <= statusOffset ? { percentComplete: 100, actualFinish: at(t.offset + t.duration) } : {}),
          };
        });
        const baseline = ts.map((t, i) => ({ taskId: `t${i}`, start: at(t.offset), finish: at(t.offset + Math.max(0, t.duration - 1)) }));
        const a = earnedValueAnalysis(onePortfolio(tasks as never, { baseline }), { statusDate, by });
        const p = a.projects[0]!;
        expect(p.measures.ev).toBeLessThanOrEqual(p.measures.bac);
        const s = p.series;
        const rel = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
        for (const cum of [s.pvCumulative, s.evCumulative, s.acCumulative]) {
          const known = cum.filter((v): v is number => v !== null);
          for (let i = 1; i < known.length; i++) expect(known[i]!).toBeGreaterThanOrEqual(known[i - 1]!);
        }
        const pairs: [readonly (number | null)[], readonly (number | null)[]][] = [[s.pv, s.pvCumulative], [s.ev, s.evCumulative], [s.ac, s.acCumulative]];
        for (const [per, cum] of pairs) {
          const vals = per.filter((v): v is number => v !== null);
          const last = cum.filter((v): v is number => v !== null).at(-1) ?? 0;
          expect(rel(vals.reduce((x, y) => x + y, 0), last)).toBe(true);
          for (const v of vals) expect(v).toBeGreaterThanOrEqual(0);
        }
        for (const v of s.evCumulative) if (v !== null) expect(v).toBeLessThanOrEqual(p.measures.bac);
        expect(rel(s.pvCumulative.at(-1)!, p.measures.bac)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('floating sums over many periods stay within 1e-9 relative (1 000 tasks, by day)', () => {
    const tasks = Array.from({ length: 1000 }, (_, i) => ({ id: `t${i}`, name: `t${i}`, duration: 3, budget: 0.1 + (i % 7) * 1e-3 + (i % 3) * 1e5 }));
    const cal = compileCalendar({ id: 'c', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [], exceptions: [], hoursPerDay: 8 });
    const baseline = tasks.map((t, i) => ({ taskId: t.id, start: addWorkingDays(cal, '2026-01-01', i % 400), finish: addWorkingDays(cal, '2026-01-01', (i % 400) + 2) }));
    const a = earnedValueAnalysis(onePortfolio(tasks, { baseline }), { statusDate: '2026-01-01', by: 'day' });
    const s = a.projects[0]!.series;
    expect(a.periods.length).toBe(402);
    let exact = 0n;
    for (const t of tasks) exact += BigInt(Math.round(t.budget * 1e6));
    const total = Number(exact) / 1e6;
    expect(Math.abs(s.pvCumulative.at(-1)! - total) / total).toBeLessThanOrEqual(1e-9);
    const summed = s.pv.reduce((x, y) => x + y, 0);
    expect(Math.abs(summed - total) / total).toBeLessThanOrEqual(1e-9);
  });
});
