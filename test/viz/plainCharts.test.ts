/** The charts of plain data: portfolio bubbles, risk heat map, finish histogram, tornado, maturity radar. */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { analyzeRisks } from '../../src/risk/analyzeRisks.js';
import { finishHistogram } from '../../src/viz/finishHistogram.js';
import { C } from '../../src/viz/internal/palette.js';
import { maturityRadar } from '../../src/viz/maturityRadar.js';
import { portfolioBubbleChart } from '../../src/viz/portfolioBubbleChart.js';
import { riskHeatMap } from '../../src/viz/riskHeatMap.js';
import { tornadoChart } from '../../src/viz/tornadoChart.js';
import type { FinishDistribution, MaturityAxis, HeatMapData, Sensitivity } from '../../src/viz/types.js';
import { clone, deepFreeze } from '../helpers.js';
import { all, checkChart, hasHan, inGroup, samplePortfolio, textOf, titleAndDesc } from './svg.js';

const BUBBLES = [
  { id: 'wms', name: 'WMS upgrade', value: 950000, cost: 335000, risk: 28000 },
  { id: 'dp', name: 'Data platform', value: 520000, cost: 169000, risk: 17700 },
  { id: 'crm', value: 300000, cost: 250000, risk: 0 },
];
const MATRIX: HeatMapData = {
  cells: [
    { probability: 2, impact: 4, ids: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'] },
    { probability: 5, impact: 5, ids: ['r8'] },
    { probability: 1, impact: 1, ids: ['r9'], count: 3 },
    { probability: 2, impact: 4, ids: ['r10'] },
  ],
};
const DIST: FinishDistribution = {
  bins: [
    { from: 100, to: 105, count: 120 },
    { from: 105, to: 110, count: 610 },
    { from: 110, to: 115, count: 270 },
  ],
  percentiles: [
    { p: 50, value: 107.9 },
    { p: 80, value: 110.6 },
  ],
  deadline: 110,
  planned: 101,
};
const SENS: Sensitivity[] = [
  { label: 'Vendor', value: -0.08 },
  { label: 'ERP interfaces', value: 0.62 },
  { label: 'Training', value: -0.3 },
  { label: 'Migration', value: 0.41 },
];
const AXES: MaturityAxis[] = [
  { axis: 'Standards', level: 3, target: 4 },
  { axis: 'Resources', level: 2, target: 4 },
  { axis: 'Reporting', level: 4 },
  { axis: 'Governance', level: 2.5, target: 3 },
];

describe('portfolioBubbleChart', () => {
  it('draws one bubble per project, area by risk, the selected ones dark with a ✓', () => {
    const root = checkChart(portfolioBubbleChart(BUBBLES, { selected: ['wms', 'dp'], currency: 'EUR' }));
    const circles = inGroup(root, 'bubble', 'circle');
    expect(circles).toHaveLength(3);
    expect(inGroup(root, 'selected', 'circle').map((c) => c.attrs.fill)).toEqual([C.normalDark, C.normalDark]);
    const r = (id: string) => Number(circles.find((c) => c.children[0]!.text.startsWith(BUBBLES.find((b) => b.id === id)!.name ?? id))!.attrs.r);
    // a square-root scale from 4 px: the area above the smallest bubble grows with the risk
    expect(r('wms')).toBeGreaterThan(r('dp'));
    expect((r('wms') - 4) / (r('dp') - 4)).toBeCloseTo(Math.sqrt(28000 / 17700), 2); // coordinates are rounded to 0.01 px
    expect(r('crm')).toBe(4);
    expect(inGroup(root, 'labels', 'text').map(textOf).sort()).toEqual(['crm', '✓ Data platform', '✓ WMS upgrade']);
    expect(titleAndDesc(root).desc).toContain('2 selected');
  });

  it('reads each bubble’s selected flag without options.selected, in Chinese with lang zh', () => {
    const root = checkChart(portfolioBubbleChart([{ ...BUBBLES[0]!, selected: true }, BUBBLES[2]!], { lang: 'zh' }));
    expect(inGroup(root, 'selected', 'circle')).toHaveLength(1);
    expect(hasHan(titleAndDesc(root).title)).toBe(true);
  });

  it('rejects negative numbers and duplicate ids', () => {
    expect(() => portfolioBubbleChart([{ id: 'a', value: -1, cost: 1, risk: 0 }])).toThrow('portfolioBubbleChart: projects[0].value: must be a finite number >= 0, got -1');
    expect(() => portfolioBubbleChart([BUBBLES[0]!, BUBBLES[0]!])).toThrow('projects[1].id: must be unique');
    expect(() => portfolioBubbleChart([{ id: 'a', value: NaN, cost: 1, risk: 0 }])).toThrow(PmoError);
  });
});

describe('riskHeatMap', () => {
  it('draws a 5 × 5 matrix with counts and ids per cell, merging cells on the same levels', () => {
    const root = checkChart(riskHeatMap(MATRIX));
    const cells = inGroup(root, 'matrix', 'g').filter((g) => g.attrs.class?.startsWith('cell'));
    expect(cells).toHaveLength(25);
    const texts = cells.map((c) => c.children.filter((x) => x.name === 'text').map(textOf)).filter((t) => t.length > 0);
    expect(texts).toHaveLength(3);
    // probability 2, impact 4: 8 risks, the ids that fit and "+n more"
    const big = texts.find((t) => t[0] === '8')!;
    expect(big.at(-1)).toMatch(/^\+\d+ more$/);
    expect(big.slice(1, -1).length + Number(big.at(-1)!.match(/\d+/)![0])).toBe(8);
    expect(texts.find((t) => t[0] === '3')).toEqual(['3', 'r9']);
    expect(titleAndDesc(root).desc).toMatch(/^Probability × impact matrix of 12 risks in 3 cells/);
    expect(titleAndDesc(root).desc).toContain('most severe: r8');
  });

  it('shades cells by zone, darker for more severe', () => {
    const root = checkChart(riskHeatMap({ cells: [] }));
    const zone = (c: string) => inGroup(root, 'matrix', 'g').filter((g) => g.attrs.class === `cell ${c}`).length;
    // products p × i up to 4, 9, 16 and above, as on the usual 5 × 5 matrix
    expect([zone('zone-0'), zone('zone-1'), zone('zone-2'), zone('zone-3')]).toEqual([8, 7, 7, 3]);
  });

  it('takes other sizes and labels, in Chinese with lang zh', () => {
    const root = checkChart(riskHeatMap({ probabilityLevels: 3, impactLevels: 4, impactLabels: ['a', 'b', 'c', 'd'], cells: [{ probability: 3, impact: 4, ids: ['x'] }] }, { lang: 'zh' }));
    expect(inGroup(root, 'matrix', 'g').filter((g) => g.attrs.class?.startsWith('cell'))).toHaveLength(12);
    expect(titleAndDesc(root).title).toBe('风险热力图');
    expect(all(root).some((n) => n.name === 'text' && textOf(n) === '概率')).toBe(true);
  });

  it('draws the heat map of analyzeRisks (pmo-kit/risk): its bands, each cell shaded by its rating', () => {
    const a = analyzeRisks(samplePortfolio());
    const root = checkChart(riskHeatMap(a.heatMap));
    expect(titleAndDesc(root).title).toBe('Risk heat map: threats');
    const cells = inGroup(root, 'matrix', 'g').filter((g) => g.attrs.class?.startsWith('cell'));
    expect(cells).toHaveLength(a.heatMap.probabilityBands.length * a.heatMap.impactBands.length);
    const counts = cells.map((c) => c.children.filter((x) => x.name === 'text').map(textOf)[0]).filter((x) => x !== undefined).map(Number);
    expect(counts.reduce((s, n) => s + n, 0)).toBe(a.heatMap.threats.flat().reduce((s, c) => s + c.count, 0));
    // high-rated cells in the darkest fill, and a legend of the three ratings
    const high = a.heatMap.threats.flat().filter((c) => c.rating === 'high').length;
    expect(cells.filter((c) => c.children[0]!.attrs.fill === C.heat[3])).toHaveLength(high);
    expect(inGroup(root, 'legend', 'text').map(textOf)).toEqual(['low', 'medium', 'high']);
    const zh = checkChart(riskHeatMap(a.heatMap, { kind: 'opportunities', lang: 'zh' }));
    expect(titleAndDesc(zh).title).toBe('风险热力图：机会');
    expect(inGroup(zh, 'matrix', 'text').map(textOf)).toContain('很高');
    expect(() => riskHeatMap({ ...a.heatMap, threats: a.heatMap.threats.slice(1) })).toThrow('riskHeatMap: heatMap.threats: must have one row per probability band (5), got 4');
  });

  it('rejects levels outside the matrix', () => {
    expect(() => riskHeatMap({ cells: [{ probability: 6, impact: 1, ids: [] }] })).toThrow('riskHeatMap: matrix.cells[0].probability: must be an integer level from 1 to 5, got 6');
    expect(() => riskHeatMap({ impactLevels: 3, impactLabels: ['a'], cells: [] })).toThrow('matrix.impactLabels: must have one label per level (3)');
  });
});

describe('finishHistogram', () => {
  it('draws one bar per bin, the cumulative line, P50, P80, the deadline and the plan', () => {
    const root = checkChart(finishHistogram(DIST));
    const bars = inGroup(root, 'bins', 'rect');
    expect(bars).toHaveLength(3);
    expect(Number(bars[1]!.attrs.height) / Number(bars[0]!.attrs.height)).toBeCloseTo(610 / 120, 1);
    const markers = inGroup(root, 'markers', 'text').map(textOf);
    expect(markers).toEqual(['plan 101', 'P50 107.9', 'P80 110.6', 'deadline 110']);
    const lines = inGroup(root, 'markers', 'line');
    expect(new Set(lines.map((l) => l.attrs['stroke-dasharray'] ?? 'solid')).size).toBe(3); // plan and deadline solid
    expect(lines.find((l) => l.attrs.stroke === C.critical)).toBeDefined();
    expect(titleAndDesc(root).desc).toContain('1,000 simulated finishes');
  });

  it('labels dates from a start date on a calendar', () => {
    const root = checkChart(finishHistogram({ ...DIST, startDate: '2026-01-05' }));
    // offset 110 (exclusive finish) falls in working day 109 from Monday 5 January 2026: 2026-06-05
    expect(inGroup(root, 'markers', 'text').map(textOf)).toContain('deadline 2026-06-05');
  });

  it('writes Chinese labels with lang zh, and rejects overlapping bins and bad percentiles', () => {
    expect(hasHan(titleAndDesc(checkChart(finishHistogram(DIST, { lang: 'zh' }))).desc)).toBe(true);
    expect(() => finishHistogram({ bins: [{ from: 0, to: 5, count: 1 }, { from: 4, to: 6, count: 1 }] })).toThrow("finishHistogram: distribution.bins[1].from: must not be before the previous bin's end (5), got 4");
    expect(() => finishHistogram({ bins: [] })).toThrow('distribution.bins: must hold at least one bin');
    expect(() => finishHistogram({ ...DIST, percentiles: [{ p: 100, value: 1 }] })).toThrow('must be between 0 and 100');
  });
});

describe('tornadoChart', () => {
  it('draws the bars sorted by the size of their effect, positive right and dark, negative left and light', () => {
    const root = checkChart(tornadoChart(SENS));
    const bars = inGroup(root, 'bars', 'rect');
    expect(bars).toHaveLength(4);
    const labels = inGroup(root, 'bars', 'text').filter((t) => t.attrs['text-anchor'] === 'end' && Number(t.attrs.x) < 200).map(textOf);
    expect(labels).toEqual(['ERP interfaces', 'Migration', 'Training', 'Vendor']);
    expect(bars.map((b) => b.attrs.fill)).toEqual([C.normalDark, C.normalDark, C.normal, C.normal]);
    const zero = inGroup(root, 'axis', 'line').find((l) => l.attrs.stroke === C.ink)!;
    expect(Number(bars[2]!.attrs.x) + Number(bars[2]!.attrs.width)).toBeCloseTo(Number(zero.attrs.x1), 1);
    expect(Number(bars[0]!.attrs.x)).toBeCloseTo(Number(zero.attrs.x1), 1);
  });

  it('keeps the largest maxBars, in Chinese with lang zh', () => {
    const root = checkChart(tornadoChart(SENS, { maxBars: 2, lang: 'zh' }));
    expect(inGroup(root, 'bars', 'rect')).toHaveLength(2);
    expect(titleAndDesc(root).desc).toContain('显示影响最大的 2 个');
    expect(() => tornadoChart([{ label: 'x', value: Infinity }])).toThrow('tornadoChart: sensitivities[0].value: must be a finite number');
  });
});

describe('maturityRadar', () => {
  it('draws a ring per level, the assessed shape with a circle per axis, and the targets dashed with squares', () => {
    const root = checkChart(maturityRadar(AXES));
    expect(inGroup(root, 'grid', 'polygon')).toHaveLength(5);
    expect(inGroup(root, 'grid', 'line')).toHaveLength(4);
    expect(inGroup(root, 'marks', 'circle')).toHaveLength(4);
    expect(inGroup(root, 'marks', 'rect')).toHaveLength(3);
    const paths = root.children.filter((c) => c.name === 'path');
    expect(paths).toHaveLength(2);
    expect(paths[1]!.attrs['stroke-dasharray']).toBeDefined();
    expect(titleAndDesc(root).desc).toContain('largest gaps to target: Resources (2 → 4)');
  });

  it('takes another scale, in Chinese with lang zh, and rejects levels above it', () => {
    expect(inGroup(checkChart(maturityRadar(AXES, { maxLevel: 4, lang: 'zh' })), 'grid', 'polygon')).toHaveLength(4);
    expect(() => maturityRadar(AXES, { maxLevel: 3 })).toThrow('maturityRadar: axes[0].target: must be at most maxLevel (3), got 4');
    expect(() => maturityRadar(AXES.slice(0, 2))).toThrow('must hold at least 3 axes');
  });
});

describe('the plain-data charts', () => {
  it('are deterministic and do not mutate their input', () => {
    const cases: [() => string, unknown, unknown][] = [];
    const b = deepFreeze(clone(BUBBLES));
    const m = deepFreeze(clone(MATRIX));
    const d = deepFreeze(clone(DIST));
    const s = deepFreeze(clone(SENS));
    const a = deepFreeze(clone(AXES));
    cases.push([() => portfolioBubbleChart(b), b, BUBBLES], [() => riskHeatMap(m), m, MATRIX], [() => finishHistogram(d), d, DIST], [() => tornadoChart(s), s, SENS], [() => maturityRadar(a), a, AXES]);
    for (const [draw, input, original] of cases) {
      expect(draw()).toBe(draw());
      expect(input).toEqual(original);
    }
  });

  it('draw an empty input as a short message', () => {
    for (const svg of [portfolioBubbleChart([]), tornadoChart([])]) expect(titleAndDesc(checkChart(svg)).desc).toMatch(/^No .* to draw\.$/);
  });
});

describe('plain charts on hostile input (found by the fuzz suite)', () => {
  it('finishHistogram: bins with a hole are a PmoError, not a TypeError', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => finishHistogram({ bins: [, { from: 1, to: 2, count: 1 }] } as never)).toThrow(/distribution.bins\[0\]: is missing/);
  });
});

describe('finishHistogram on a very wide domain (found by the fuzz suite, another seed)', () => {
  it('a bin from -6e200 ends: the tick thinning stops when d3 gives no fewer ticks', () => {
    expect(() => finishHistogram({ bins: [{ from: -5.8888122514871804e200, to: 105, count: 120 }], percentiles: [{ p: 50, value: 105.9 }], deadline: 110, planned: 101 })).toThrow(PmoError);
    expect(finishHistogram({ bins: [{ from: -5.8888122514871804e99, to: 105, count: 120 }], percentiles: [{ p: 50, value: 105.9 }], deadline: 110, planned: 101 })).toContain('<svg');
  }, 20_000);
});

describe('chart numbers too large to draw (found by the fuzz suite, another seed)', () => {
  it('tornadoChart: a value of -1e308 is a PmoError naming it, not an internal error', () => {
    expect(() => tornadoChart([{ label: 'a', value: -1e308 }, { label: 'b', value: 1 }])).toThrow(/tornadoChart: sensitivities\[0\].value: must be at most 1e100 in magnitude/);
  });
});
