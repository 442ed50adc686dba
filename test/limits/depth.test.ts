/**
 * Depth and size limits: a 1,000,000-task chain validates and schedules as a portfolio, and a WBS
 * nested 1,000 levels deep goes through every module that reads the WBS, without a stack
 * overflow. Not timed (speed lives in the benchmarks); docs/guarantees.md states these limits.
 */
import { describe, expect, it } from 'vitest';
import { readMspdi, toDot, writeMspdi } from '../../src/io/index.js';
import { parsePortfolio, parseProject } from '../../src/model/parse.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import { earnedValueAnalysis } from '../../src/performance/index.js';
import { levelResources, resourceLoading } from '../../src/resources/index.js';
import { criticalDependencies, dependencyGraph, findCycle, schedule, schedulePortfolio } from '../../src/schedule/index.js';
import { ganttChart, pmoReport } from '../../src/viz/index.js';

describe('a chain of 1,000,000 tasks in a portfolio', () => {
  it('validates and schedules without a stack overflow', () => {
    const N = 1_000_000;
    const input: PortfolioInput = {
      id: 'big',
      name: 'Big',
      projects: [
        {
          id: 'chain',
          name: 'Chain',
          start: '2026-01-05',
          tasks: Array.from({ length: N }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, duration: 1 })),
          dependencies: Array.from({ length: N - 1 }, (_, i) => ({ from: `t${i}`, to: `t${i + 1}` })),
        },
      ],
    };
    const pf = parsePortfolio(input);
    const s = schedulePortfolio(pf, { maxCriticalPaths: 1 });
    expect(s.finishDate).toBe('5859-01-28');
    expect(s.tasks[N - 1]!.earlyStart).toBe(N - 1);
  }, 180_000);
});

/** A project whose WBS is `depth` summaries deep: s0 > s1 > … > s{depth-1} > leaf, with a leaf beside each summary, linked in a chain. */
function deepProject(depth: number) {
  const tasks = [];
  const dependencies = [];
  for (let i = 0; i < depth; i++) {
    tasks.push({ id: `s${i}`, name: `Level ${i}`, duration: 0, ...(i > 0 ? { parentId: `s${i - 1}` } : {}) });
    tasks.push({ id: `w${i}`, name: `Work ${i}`, duration: 1 + (i % 3), parentId: `s${i}`, demands: [{ resourceId: 'ana', units: 1 }], budget: 100 });
    if (i > 0) dependencies.push({ from: `w${i - 1}`, to: `w${i}` });
  }
  dependencies.push({ from: `s${depth - 1}`, to: 'end' });
  tasks.push({ id: 'end', name: 'End', duration: 0, milestone: true });
  return { id: 'deep', name: 'Deep', start: '2026-01-05', tasks, dependencies };
}

describe('a WBS nested 1,000 levels deep', () => {
  const DEPTH = 1_000;
  const project = deepProject(DEPTH);
  const input: PortfolioInput = { id: 'pf', name: 'Deep WBS', resources: [{ id: 'ana', name: 'Ana', capacity: 1 }], projects: [project] };

  it('validates, schedules, and its summaries roll up', () => {
    const p = parseProject(project);
    const s = schedule(p);
    const top = s.tasks.find((t) => t.id === 's0')!;
    const work = p.tasks.filter((t) => t.id.startsWith('w')).reduce((a, t) => a + t.duration, 0);
    expect(top.earlyFinish).toBe(work);
    expect(s.tasks.find((t) => t.id === 'end')!.earlyStart).toBe(work);
    const pf = parsePortfolio(input);
    expect(schedulePortfolio(pf).finishDate).toBe(s.finishDate);
  });

  it('goes through the graph, leveling, loading, earned value, MS Project, diagrams and charts', () => {
    const pf = parsePortfolio(input);
    const s = schedulePortfolio(pf);
    const g = dependencyGraph(pf);
    expect(findCycle(g)).toBeNull();
    expect(criticalDependencies(pf, { schedule: s })).toEqual([]);
    expect(levelResources(pf, { schedules: 10 }).tasks).toHaveLength(2 * DEPTH + 1);
    expect(resourceLoading(pf, s, { by: 'month' }).resources[0]!.id).toBe('ana');
    expect(earnedValueAnalysis(pf, { statusDate: '2026-06-30' }).projects).toHaveLength(1);
    const back = readMspdi(writeMspdi(pf));
    expect(back.projects[0]!.tasks.find((t) => t.id === `w${DEPTH - 1}`)?.parentId).toBe(`s${DEPTH - 1}`);
    expect(toDot(pf, s)).toContain('digraph');
    expect(ganttChart(s, { portfolio: pf })).toContain('<svg');
    expect(pmoReport(pf, { leveling: { schedules: 10 } }).sections.length).toBeGreaterThan(2);
  });
});
