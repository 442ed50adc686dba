/** networkChart: projects as boxes, tasks, cross-project and critical links, the milestone view, errors. */
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { C } from '../../src/viz/internal/palette.js';
import { networkChart } from '../../src/viz/networkChart.js';
import { PmoError } from '../../src/errors.js';
import { clone, deepFreeze, expectPmo } from '../helpers.js';
import { checkChart, hasHan, inGroup, samplePortfolio, textOf, titleAndDesc } from './svg.js';

const nodes = (svg: string) => inGroup(checkChart(svg), 'node', 'rect');
const links = (svg: string) => inGroup(checkChart(svg), 'links', 'path');

describe('networkChart', () => {
  const p = samplePortfolio();
  const s = schedulePortfolio(p);

  it('draws every task of the sample in its project’s box, every link, cross-project links thick and dashed', () => {
    const svg = networkChart(p, s);
    const root = checkChart(svg);
    const leaves = s.tasks.filter((t) => !t.summary);
    expect(nodes(svg)).toHaveLength(leaves.length);
    expect(inGroup(root, 'projects', 'rect')).toHaveLength(4);
    expect(inGroup(root, 'projects', 'text').map(textOf)).toEqual(p.projects.map((x) => x.name));
    const all = links(svg);
    expect(all).toHaveLength(p.projects.reduce((n, x) => n + x.dependencies.length, 0) + p.crossDependencies.length);
    expect(all.filter((l) => l.attrs['stroke-dasharray'] !== undefined && l.attrs['stroke-width'] === '2.6')).toHaveLength(2);
    // critical tasks: a thick dark-red outline
    expect(nodes(svg).filter((n) => n.attrs.stroke === C.critical)).toHaveLength(leaves.filter((t) => t.critical).length);
    expect(inGroup(root, 'links', 'polygon')).toHaveLength(all.length);
  });

  it('keeps the milestones and the ends of cross-project links with detail: milestones', () => {
    const svg = networkChart(p, s, { detail: 'milestones' });
    const milestones = s.tasks.filter((t) => t.milestone && !t.summary).length;
    // + portal-int and tel-int, the cross-project successors that are not milestones
    expect(nodes(svg)).toHaveLength(milestones + 2);
    const l = links(svg);
    expect(l.filter((x) => x.attrs['stroke-width'] === '2.6')).toHaveLength(2);
    // tel-int -> tel-m-pilot -> tel-done is critical throughout
    expect(l.filter((x) => x.attrs.stroke === C.critical).length).toBeGreaterThanOrEqual(2);
    const names = inGroup(checkChart(svg), 'node', 'text').map(textOf).join(' | ');
    expect(names).toContain('Go-live DC Hamburg');
    expect(titleAndDesc(checkChart(svg)).desc).toMatch(/2 between projects/);
  });

  it('draws a project without a schedule: nothing critical', () => {
    const one = parsePortfolio({
      id: 'pf',
      name: 'PF',
      projects: [{ id: 'x', name: 'X', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 2 }, { id: 'b', name: 'B', duration: 1 }, { id: 'm', name: 'M', duration: 0, milestone: true }], dependencies: [{ from: 'a', to: 'b' }, { from: 'b', to: 'm' }] }],
    }).projects[0]!;
    const svg = networkChart(one);
    expect(nodes(svg)).toHaveLength(3);
    expect(nodes(svg).filter((n) => n.attrs.stroke === C.critical)).toHaveLength(0);
    expect(links(svg)).toHaveLength(2);
    // the milestone is a pill
    expect(nodes(svg).filter((n) => Number(n.attrs.rx) > 10)).toHaveLength(1);
  });

  it('writes its labels in Chinese with lang zh', () => {
    const root = checkChart(networkChart(p, s, { detail: 'milestones', lang: 'zh' }));
    expect(titleAndDesc(root).title).toBe('依赖关系网络图');
    expect(hasHan(titleAndDesc(root).desc)).toBe(true);
    expect(inGroup(root, 'legend', 'text').map(textOf)).toContain('跨项目依赖');
  });

  it('is deterministic and does not mutate its inputs', () => {
    const frozen = deepFreeze(clone(p));
    const fs = deepFreeze(clone(s));
    const a = networkChart(frozen, fs);
    expect(networkChart(frozen, fs)).toBe(a);
    expect(frozen).toEqual(p);
  });

  it('rejects malformed input', () => {
    expect(() => networkChart(p, s, { detail: 'all' as never })).toThrow('networkChart: options.detail: must be "tasks" or "milestones", got "all"');
    expect(() => networkChart(p, { tasks: [{ id: 1 }] } as never)).toThrow('networkChart: schedule.tasks[0].id: must be a string');
    const broken = { ...clone(p), crossDependencies: [{ fromProject: 'dp', from: 'nope', toProject: 'wms', to: 'wms-req', type: 'FS', lag: 0 }] };
    expect(() => networkChart(broken as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID' }));
  });
});

describe('networkChart on hostile input (found by the fuzz suite)', () => {
  it('dependencies that are not a list are a PmoError', () => {
    const pf = { id: 'x', projects: [{ id: 'p', start: '2026-01-05', tasks: [{ id: 'a', duration: 1 }], dependencies: { from: 'a' } }] };
    expect(() => networkChart(pf as never)).toThrow(PmoError);
  });
});

describe('networkChart on a project name that is not a string (found by the fuzz suite, another seed)', () => {
  it('draws the project under its id', () => {
    const pf = clone(samplePortfolio()) as unknown as { projects: { name: unknown }[] };
    pf.projects[0]!.name = { id: 'x' };
    expect(networkChart(pf as never)).toContain('<svg');
  });
});

describe('networkChart on networks too large to lay out (found by the 150,000-task sweep of the CLI)', () => {
  /** One project: a chain of n tasks (with a shortcut link every third task). */
  const chain = (n: number) => ({
    id: 'p',
    name: 'P',
    start: '2026-01-05',
    tasks: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `T${i}`, duration: 1, milestone: false, demands: [] })),
    dependencies: Array.from({ length: n - 1 }, (_, i) => ({ from: `t${i}`, to: `t${i + 1}`, type: 'FS' as const, lag: 0 })),
  });
  it('a chain of 2,000 tasks is a PmoError naming the limit, not a stack overflow inside dagre', () => {
    expectPmo(() => networkChart(chain(2000)), 'INVALID_ARGUMENT', /networkChart: the network has 2,000 tasks to draw, more than dagre can lay out \(at most 1,500/);
  });
  it('draws 1,000 tasks', () => {
    expect(networkChart(chain(1000))).toContain('<svg');
  });
});
