import { describe, expect, it } from 'vitest';
import { dependencyGraph, downstreamTasks, findCycle, upstreamTasks } from '../../src/schedule/index.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { clone, deepFreeze } from '../helpers.js';
import { portfolio, project } from './build.js';

describe('dependencyGraph', () => {
  it('builds the structure of a portfolio for graphlib queries', () => {
    const pf = parsePortfolio(minimalPortfolio());
    const g = dependencyGraph(pf);
    expect(g.graph()).toEqual({ kind: 'portfolio', id: 'pf' });
    expect(g.nodes()).toEqual(['p1/wbs', 'p1/a', 'p1/b', 'p1/m', 'p2/a']);
    expect(g.successors('p1/m')).toEqual(['p2/a']);
    expect(g.predecessors('p1/b')).toEqual(['p1/a']);
    expect(g.children('p1/wbs')).toEqual(['p1/a', 'p1/b']);
    expect(g.node('p1/wbs')).toMatchObject({ summary: true, taskId: 'wbs' });
    expect(g.edges().map((e) => g.edge(e))).toEqual([
      { type: 'FS', lag: 0, crossProject: false },
      { type: 'FF', lag: -1, crossProject: false },
      { type: 'FS', lag: 0, crossProject: true },
    ]);
    expect(downstreamTasks(g, 'p1/a')).toEqual(['p1/b', 'p1/m', 'p2/a']);
    expect(upstreamTasks(g, 'p2/a')).toEqual(['p1/m', 'p1/b', 'p1/a']);
    expect(() => downstreamTasks(g, 'a')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID' }));
    const one = dependencyGraph(pf.projects[0]!);
    expect(one.graph()).toEqual({ kind: 'project', id: 'p1' });
    expect(one.nodeCount()).toBe(4);
  });

  it('keeps parallel links between the same tasks', () => {
    const g = dependencyGraph(project([['a', 2], ['b', 2]], [['a', 'b', 'SS', 1], ['a', 'b', 'FF', 0]]));
    expect(g.edgeCount()).toBe(2);
    expect(g.outEdges('p/a')!.map((e) => g.edge(e).type)).toEqual(['SS', 'FF']);
  });

  it('names nodes by task key, so that slashes and __proto__ in ids are safe', () => {
    const odd = project([['a/b', 1], ['%', 1]], [['a/b', '%']], { id: 'x/y' });
    const g = dependencyGraph(portfolio([odd, project([['__proto__', 1]], [], { id: 'constructor' })], [['x/y', '%', 'constructor', '__proto__']]));
    expect(g.nodeCount()).toBe(3);
    expect(downstreamTasks(g, 'x%2Fy/a%2Fb')).toEqual(['x%2Fy/%25', 'constructor/__proto__']);
    expect(upstreamTasks(g, 'constructor/__proto__')).toEqual(['x%2Fy/%25', 'x%2Fy/a%2Fb']);
    expect(g.node('constructor/__proto__')).toMatchObject({ projectId: 'constructor', taskId: '__proto__' });
  });

  it('findCycle finds a cycle of the graph, closed, or null', () => {
    const p = project([['a', 1], ['b', 1], ['c', 1]], [['a', 'b'], ['b', 'c'], ['c', 'b']]);
    expect(findCycle(dependencyGraph(p))).toEqual(['p/b', 'p/c', 'p/b']);
    expect(findCycle(dependencyGraph(project([['a', 1], ['b', 1]], [['a', 'b']])))).toBeNull();
  });
  it('never mutates its inputs (deep-frozen)', () => {
    const pf = deepFreeze(parsePortfolio(minimalPortfolio()));
    const before = clone(pf);
    dependencyGraph(pf);
    expect(pf).toEqual(before);
  });
});

describe('hostile input found by the fuzz suite', () => {
  it('downstreamTasks, upstreamTasks and findCycle on something that is not a graph are a PmoError', () => {
    for (const g of [undefined, 0, {}, { hasNode: () => true }])
      for (const f of [() => downstreamTasks(g as never, 'p/a'), () => upstreamTasks(g as never, 'p/a'), () => findCycle(g as never)]) expect(f).toThrow(/expected a graph from dependencyGraph/);
  });
  it('dependencyGraph: dependencies or cross-project dependencies that are not lists of objects are a PmoError', () => {
    const p = { id: 'p', tasks: [{ id: 'a' }], dependencies: '' };
    expect(() => dependencyGraph(p as never)).toThrow(/dependencyGraph: the dependencies of project "p" must be an array/);
    expect(() => dependencyGraph({ id: 'x', projects: [{ ...p, dependencies: [null] }] } as never)).toThrow(/dependencies of project "p"\[0\] must be an object/);
    expect(() => dependencyGraph({ id: 'x', projects: [], crossDependencies: 5 } as never)).toThrow(/crossDependencies must be an array/);
  });
});

describe('more hostile input found by the longer fuzz run', () => {
  it('dependencyGraph: a parentId that is a deeply nested array is a PmoError, not a stack overflow', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const p = { id: 'p', tasks: [{ id: 'a' }, { id: 'b', parentId: deep }], dependencies: [] };
    expect(() => dependencyGraph(p as never)).toThrow(/names unknown parent an array/);
  });
});
