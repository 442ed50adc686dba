/**
 * Arrays as long as the user's data never go into call arguments (`Math.max(...xs)`,
 * `a.push(...xs)`), which overflow the stack past about 125,000 elements (issue 17). Each test
 * calls a public function (or the CLI) on an input that long and checks the result; each crashed
 * with `RangeError: Maximum call stack size exceeded` before src/internal/bulk.ts. Not timed.
 */
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import { earnedValueAnalysis } from '../../src/performance/index.js';
import { prioritizeProjects } from '../../src/portfolio/index.js';
import { analyzeRisks } from '../../src/risk/index.js';
import { resourceLoading } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/index.js';
import { earnedValueChart, finishHistogram, riskHeatMap } from '../../src/viz/index.js';
import { tmpFile } from '../cli/fixtures.js';
import { runCli } from '../cli/run.js';

/** Past the ~125,000 arguments a call takes on Node's default stack. */
const N = 150_000;

const flatProject = (n: number, extra: (i: number) => object = () => ({})) => ({
  id: 'p',
  name: 'P',
  start: '2026-01-05',
  tasks: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `T${i}`, duration: 1 + (i % 3), ...extra(i) })),
});

describe('long arrays in the analyses', () => {
  it('resourceLoading: a pool whose resource 150,000 tasks demand (its contributions were spread into push)', () => {
    const pf = parsePortfolio({
      id: 'pf',
      name: 'PF',
      resources: [{ id: 'r', name: 'R', capacity: 1 }],
      pools: [{ id: 'pool', name: 'Pool', resourceIds: ['r'] }],
      projects: [flatProject(N, () => ({ demands: [{ resourceId: 'r', units: 1 }] }))],
    });
    const load = resourceLoading(pf, schedulePortfolio(pf));
    for (const s of [load.resources.find((x) => x.id === 'r')!, load.pools.find((x) => x.id === 'pool')!]) {
      // Every task starts on the first day: all N of them load it; durations 1, 2, 3 in turn (mean 2).
      expect(s.demand[0]).toBe(N);
      expect(s.demand.reduce((a, b) => a + b, 0)).toBe(N * 2);
    }
  });

  it('prioritizeProjects: 150,000 projects (the criterion range was Math.min/Math.max of a spread)', () => {
    const projects = Array.from({ length: N }, (_, i) => ({ id: `p${i}`, name: `P${i}`, scores: { v: i % 1000 } }));
    const r = prioritizeProjects({ criteria: [{ id: 'v', name: 'Value', weight: 1 }], projects } as never);
    expect(r.ranking).toHaveLength(N);
    expect(r.ranking[0]!.score).toBe(1);
    expect(r.ranking[N - 1]!.score).toBe(0);
  });

  it('earnedValueChart: a daily analysis of 150,000 working days (the cumulative series were spread into Math.max)', () => {
    const pf = parsePortfolio({ id: 'pf', name: 'PF', projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 'long', name: 'Long', duration: N, budget: N, actualStart: '2026-01-05', percentComplete: 10 }] }] });
    const ev = earnedValueAnalysis(pf, { statusDate: '2027-01-05', by: 'day' });
    expect(ev.periods.length).toBe(N); // one per working day
    const svg = earnedValueChart(ev);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});

describe('earned value over many projects', () => {
  it('earnedValueAnalysis: 150,000 projects (their first and last days were Math.min/Math.max of a spread; the plan was looked up in a map rebuilt per project)', () => {
    const projects = Array.from({ length: N }, (_, j) => ({ id: `p${j}`, name: 'P', start: '2026-01-05', tasks: [{ id: 't', name: 'T', duration: 2, budget: 10, actualStart: '2026-01-05', percentComplete: 50, actualCost: 4 }] }));
    const ev = earnedValueAnalysis(parsePortfolio({ id: 'pf', name: 'PF', projects }), { statusDate: '2026-01-06' });
    expect(ev.projects).toHaveLength(N);
    expect(ev.portfolio!.measures.bac).toBe(10 * N);
    expect(ev.portfolio!.measures.ev).toBe(5 * N);
    expect(ev.portfolio!.measures.ac).toBe(4 * N);
  }, 60_000);
});

describe('long arrays in the risk register', () => {
  const risk = (id: string, extra: object = {}) => ({ id, title: id, kind: 'threat', probability: 0.5, impact: { score: 3 }, strategy: 'mitigate', response: 'r', owner: 'ana', status: 'open', identifiedOn: '2026-01-01', ...extra });

  it('analyzeRisks: one risk with 150,000 overdue actions (its findings were spread into push)', () => {
    const actions = Array.from({ length: N }, (_, i) => ({ description: `a${i}`, dueOn: '2026-02-01', status: 'open' }));
    const a = analyzeRisks({ id: 'reg', risks: [risk('big', { actions })] } as never, { today: '2026-03-01' });
    expect(a.findings.filter((f) => f.code === 'overdue_action')).toHaveLength(N);
  });

  it('pmo risks: 150,000 findings listed (they were spread into push)', () => {
    const file = tmpFile('risks.json', { id: 'reg', risks: Array.from({ length: N }, (_, i) => risk(`r${i}`, { response: '' })) });
    const r = runCli(['risks', file]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`Findings (${N}):`);
    expect(r.stdout).toContain(`  r${N - 1}: no response planned`);
  });
});

describe('long arrays in the charts', () => {
  it('riskHeatMap: a cell of 150,000 risks (its ids were spread into push)', () => {
    const svg = riskHeatMap({ cells: [{ probability: 2, impact: 4, ids: Array.from({ length: N }, (_, i) => `r${i}`) }] });
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svg).toContain(String(N));
  });

  it('finishHistogram: 150,000 bins (the tallest bin was Math.max of a spread)', () => {
    const bins = Array.from({ length: N }, (_, i) => ({ from: i, to: i + 1, count: 1 + (i % 7) }));
    const svg = finishHistogram({ bins, percentiles: [{ p: 0.8, value: N * 0.8 }] });
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});

describe('long arrays in the CLI', () => {
  it('pmo export --to mermaid: a Gantt section of 150,000 bars (they were spread into push)', () => {
    const file = tmpFile('gantt.json', { id: 'pf', name: 'PF', projects: [flatProject(N)] });
    const r = runCli(['export', file, '--to', 'mermaid']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('    T'))).toHaveLength(N);
  });

  it('pmo cpm: the text table of 150,000 tasks (column widths were spread into Math.max)', () => {
    const file = tmpFile('wide.json', { id: 'pf', name: 'PF', projects: [flatProject(N)] });
    const r = runCli(['cpm', file]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`t${N - 1} `);
  });
});
