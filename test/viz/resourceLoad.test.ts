/** resourceLoadChart: bars per period, the part over capacity, the capacity line, before and after leveling. */
import { describe, expect, it } from 'vitest';
import { levelResources } from '../../src/resources/levelResources.js';
import type { ResourceLoadingResult } from '../../src/resources/resourceLoadTypes.js';
import { resourceLoading } from '../../src/resources/resourceLoading.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { C } from '../../src/viz/internal/palette.js';
import { resourceLoadChart } from '../../src/viz/resourceLoadChart.js';
import { clone, deepFreeze } from '../helpers.js';
import { checkChart, hasHan, inGroup, samplePortfolio, textOf, titleAndDesc } from './svg.js';

/** A loading of one resource over four weeks, as resourceLoading returns it. */
const LOADING: ResourceLoadingResult = {
  calendarId: 'standard',
  startDate: '2026-01-05',
  by: 'week',
  periods: [
    { key: '2026-W02', startDate: '2026-01-05', endDate: '2026-01-09', workingDays: 5 },
    { key: '2026-W03', startDate: '2026-01-12', endDate: '2026-01-16', workingDays: 5 },
    { key: '2026-W04', startDate: '2026-01-19', endDate: '2026-01-23', workingDays: 5 },
    { key: '2026-W05', startDate: '2026-01-26', endDate: '2026-01-30', workingDays: 5 },
  ],
  resources: [{ kind: 'resource', id: 'ana', name: 'Ana', members: null, capacity: [5, 5, 4, 5], demand: [3, 7, 6, 0], utilization: [0.6, 1.4, 1.5, 0], overloadedPeriods: 2 }],
  skills: [],
  pools: [],
  warnings: [],
};

const panel = (svg: string) => inGroup(checkChart(svg), 'panel', 'rect');

describe('resourceLoadChart', () => {
  it('draws the demand of each period, the part over capacity dark red, and the capacity as a step line', () => {
    const svg = resourceLoadChart(LOADING, 'ana');
    const rects = panel(svg);
    expect(rects.filter((r) => r.attrs.fill === C.normal)).toHaveLength(3); // weeks with demand
    const over = rects.filter((r) => r.attrs.fill === C.critical);
    expect(over).toHaveLength(2); // 7 > 5 and 6 > 4
    // over-capacity heights: 2 and 2 unit-days, within heights 3, 5, 4
    const within = rects.filter((r) => r.attrs.fill === C.normal).map((r) => Number(r.attrs.height));
    expect(Number(over[0]!.attrs.height) / within[1]!).toBeCloseTo(2 / 5, 2);
    const cap = inGroup(checkChart(svg), 'panel', 'path');
    expect(cap).toHaveLength(1);
    expect(cap[0]!.attrs.d!.match(/H/g)).toHaveLength(4); // one step per period
    expect(titleAndDesc(checkChart(svg)).desc).toContain('2 periods over capacity');
  });

  it('draws before and after leveling as two panels on one scale', () => {
    const after: ResourceLoadingResult = { ...LOADING, resources: [{ ...LOADING.resources[0]!, demand: [3, 5, 4, 4], utilization: [0.6, 1, 1, 0.8], overloadedPeriods: 0 }] };
    const root = checkChart(resourceLoadChart(LOADING, 'ana', { after }));
    const panels = root.children.filter((c) => c.name === 'g' && c.attrs.class === 'panel');
    expect(panels).toHaveLength(2);
    const overIn = (i: number) => panels[i]!.children.filter((c) => c.name === 'rect' && c.attrs.fill === C.critical).length;
    expect([overIn(0), overIn(1)]).toEqual([2, 0]);
    expect(titleAndDesc(root).desc).toContain('After leveling: 0 periods over capacity.');
    expect(inGroup(root, 'legend', 'text').map(textOf)).toEqual(['demand within capacity', 'demand over capacity', 'capacity']);
  });

  it('draws the sample’s pool and its most loaded people from resourceLoading, early and leveled', () => {
    const p = samplePortfolio();
    const early = schedulePortfolio(p);
    const leveled = levelResources(p, { schedules: 100, seed: 1, schedule: early });
    const before = resourceLoading(p, early, { by: 'week' });
    const after = resourceLoading(p, leveled, { by: 'week' });
    const mia = before.resources.find((r) => r.id === 'r-mia')!;
    const svg = resourceLoadChart(before, 'r-mia', { after });
    const first = checkChart(svg).children.find((c) => c.attrs.class === 'panel')!;
    const overPeriods = mia.demand.filter((d, i) => d > mia.capacity[i]! + 1e-9).length;
    expect(first.children.filter((c) => c.name === 'rect' && c.attrs.fill === C.critical)).toHaveLength(overPeriods);
    expect(overPeriods).toBeGreaterThan(0);
    checkChart(resourceLoadChart(before, 'pool-it', { kind: 'pool', after, lang: 'zh' }));
  });

  it('writes Chinese labels with lang zh', () => {
    const root = checkChart(resourceLoadChart(LOADING, 'ana', { lang: 'zh' }));
    expect(titleAndDesc(root).title).toBe('资源负荷：Ana');
    expect(inGroup(root, 'legend', 'text').map(textOf).every(hasHan)).toBe(true);
  });

  it('is deterministic and does not mutate its input', () => {
    const input = deepFreeze(clone(LOADING));
    expect(resourceLoadChart(input, 'ana')).toBe(resourceLoadChart(input, 'ana'));
    expect(input).toEqual(LOADING);
  });

  it('rejects unknown ids and malformed loadings', () => {
    expect(() => resourceLoadChart(LOADING, 'bob')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', message: 'resourceLoadChart: loading has no resource, pool or skill "bob"' }));
    expect(() => resourceLoadChart(LOADING, 'ana', { kind: 'pool' })).toThrow('has no pool "ana"');
    const short = { ...LOADING, resources: [{ ...LOADING.resources[0]!, demand: [1] }] };
    expect(() => resourceLoadChart(short, 'ana')).toThrow('must have one value per period (4)');
    expect(() => resourceLoadChart(LOADING, 'ana', { after: { ...LOADING, by: 'month' } })).toThrow('options.after.by: must be the period unit of the loading ("week")');
  });
});
