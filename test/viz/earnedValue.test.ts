/** earnedValueChart: PV, EV and AC curves, BAC, the EAC projection and the status date. */
import { describe, expect, it } from 'vitest';
import { earnedValueAnalysis } from '../../src/performance/earnedValueAnalysis.js';
import { C } from '../../src/viz/internal/palette.js';
import { earnedValueChart } from '../../src/viz/earnedValueChart.js';
import { PmoError } from '../../src/errors.js';
import { clone, deepFreeze } from '../helpers.js';
import { checkChart, hasHan, inGroup, samplePortfolio, textOf, titleAndDesc } from './svg.js';

describe('earnedValueChart', () => {
  const p = samplePortfolio();
  const a = earnedValueAnalysis(p);

  it('draws PV at every period end and EV and AC up to the data date, each with its own line style and marker', () => {
    const root = checkChart(earnedValueChart(a));
    const curves = root.children.filter((c) => c.attrs.class === 'curve');
    expect(curves).toHaveLength(3);
    const [pv, ac, ev] = curves;
    const evPeriods = a.portfolio!.series.evCumulative.filter((v) => v !== null).length;
    expect(pv!.children.filter((c) => c.name === 'circle')).toHaveLength(a.periods.length);
    expect(ev!.children.filter((c) => c.name === 'rect')).toHaveLength(evPeriods);
    expect(ac!.children.filter((c) => c.name === 'polygon')).toHaveLength(evPeriods);
    const dash = (g: typeof pv) => g!.children.find((c) => c.name === 'path')!.attrs['stroke-dasharray'];
    expect(new Set([dash(pv), dash(ev), dash(ac)]).size).toBe(3);
    expect(curves.map((c) => textOf(c.children.find((x) => x.name === 'text')!))).toEqual(['PV', 'AC', 'EV']);
  });

  it('projects the EAC from the actual cost at the data date to the forecast finish, with BAC and the status date', () => {
    const root = checkChart(earnedValueChart(a));
    const m = a.portfolio!.measures;
    const eac = inGroup(root, 'eac', 'text').map(textOf);
    expect(eac).toEqual([`EAC ${Math.round(m.eacTypical!).toLocaleString('en-US')}`]);
    expect(inGroup(root, 'bac', 'text').map(textOf)).toEqual([`BAC ${m.bac.toLocaleString('en-US')}`]);
    expect(inGroup(root, 'status-date', 'text').map(textOf)).toEqual(['status date 2026-04-30']);
    expect(inGroup(root, 'forecast', 'text').map(textOf)).toEqual([`forecast finish ${a.portfolio!.schedule!.forecastFinishDate}`]);
    // the projection starts where the AC curve ends
    const ac = root.children.filter((c) => c.attrs.class === 'curve')[1]!;
    const last = ac.children.filter((c) => c.name === 'polygon').at(-1)!.attrs.points!.split(' ')[0]!;
    const line = inGroup(root, 'eac', 'line')[0]!;
    expect(Math.abs(Number(line.attrs.x1) - Number(last.split(',')[0]))).toBeLessThan(1);
    expect(titleAndDesc(root).desc).toContain('SPI 0.82, CPI 0.94');
  });

  it('draws one project with projectId, and rejects an unknown one', () => {
    const root = checkChart(earnedValueChart(a, { projectId: 'wms' }));
    expect(titleAndDesc(root).title).toBe('Earned value: Warehouse Management System upgrade');
    expect(() => earnedValueChart(a, { projectId: 'nope' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID' }));
    const one = earnedValueAnalysis(p, { projectId: 'dp', by: 'week' });
    expect(titleAndDesc(checkChart(earnedValueChart(one))).title).toBe('Earned value: Data platform migration');
  });

  it('writes Chinese labels with lang zh', () => {
    const root = checkChart(earnedValueChart(a, { lang: 'zh' }));
    expect(hasHan(titleAndDesc(root).desc)).toBe(true);
    expect(inGroup(root, 'legend', 'text').map(textOf)).toContain('PV（计划价值）');
    expect(inGroup(root, 'status-date', 'text').map(textOf)).toEqual(['状态日期 2026-04-30']);
  });

  it('is deterministic and does not mutate its input', () => {
    const input = deepFreeze(clone(a));
    expect(earnedValueChart(input)).toBe(earnedValueChart(input));
    expect(input).toEqual(a);
  });

  it('rejects malformed analyses', () => {
    expect(() => earnedValueChart({ ...a, periods: [] })).toThrow('earnedValueChart: analysis.periods: must not be empty');
    expect(() => earnedValueChart({ ...a, statusDate: 'x' })).toThrow('analysis.statusDate');
    const broken = clone(a);
    (broken.portfolio!.series.pvCumulative as number[]).pop();
    expect(() => earnedValueChart(broken)).toThrow('series.pvCumulative: must have one value per period');
  });

  it('uses distinct colors for the curves', () => {
    expect(new Set([C.normalDark, C.green, C.orange]).size).toBe(3);
  });
});

describe('earnedValueChart on a malformed analysis (found by the fuzz suite)', () => {
  it('a project data date, plan or measure of the wrong kind is a PmoError naming it, not an internal error', () => {
    const a = earnedValueAnalysis(samplePortfolio());
    const set = (f: (x: Record<string, any>) => void) => {
      const b = clone(a) as unknown as Record<string, any>;
      f(b);
      return b as never;
    };
    expect(() => earnedValueChart(set((b) => (b.projects[0].dataDate = [[]])), { projectId: b0(a) })).toThrow(/earnedValueChart: dataDate: must be a date/);
    expect(() => earnedValueChart(set((b) => (b.projects[0].plan = null)), { projectId: b0(a) })).toThrow(PmoError);
    expect(() => earnedValueChart(set((b) => (b.projects[0].measures.bac = 'x')), { projectId: b0(a) })).toThrow(/measures.bac/);
    // A deeply nested array as a plan date: sorting the dates would overflow the stack.
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(() => earnedValueChart(set((b) => (b.projects[1].plan.startDate = deep)))).toThrow(/analysis.projects\[1\].plan.startDate: must be a date/);
    // …and as a project name (found by the longer fuzz run).
    expect(earnedValueChart(set((b) => (b.projects[0].name = deep)), { projectId: b0(a) })).toContain('<svg');
  });
  const b0 = (a: { projects: readonly { projectId: string }[] }) => a.projects[0]!.projectId;
});
