import { describe, expect, it } from 'vitest';
import { projectDependencyRanking } from '../../../src/schedule/analysis/index.js';
import { fourTypes, hub, portfolio, project } from './build.js';

describe('projectDependencyRanking', () => {
  it('ranks projects by fan-in + fan-out, then transitive reach', () => {
    // hub(): H -> A, B, C; A -> D.
    const r = projectDependencyRanking(hub());
    expect(r.map((x) => [x.projectId, x.fanIn, x.fanOut, x.upstream, x.downstream])).toEqual([
      ['H', 0, 3, [], ['A', 'B', 'C', 'D']],
      ['A', 1, 1, ['H'], ['D']],
      ['D', 1, 0, ['H', 'A'], []], // reach 2 ranks D before B and C (reach 1)
      ['B', 1, 0, ['H'], []],
      ['C', 1, 0, ['H'], []],
    ]);
    expect(r[0]).toEqual({
      projectId: 'H',
      name: 'Project H',
      predecessors: [],
      successors: ['A', 'B', 'C'],
      fanIn: 0,
      fanOut: 3,
      incomingLinks: 0,
      outgoingLinks: 3,
      upstream: [],
      downstream: ['A', 'B', 'C', 'D'],
    });
  });

  it('counts parallel links once as an edge but each as a link, and ignores links inside a project', () => {
    // fourTypes(): four links P -> Q, one Q -> R.
    const r = projectDependencyRanking(fourTypes());
    expect(r.map((x) => [x.projectId, x.predecessors, x.successors, x.incomingLinks, x.outgoingLinks])).toEqual([
      ['Q', ['P'], ['R'], 4, 1],
      ['P', [], ['Q'], 0, 4],
      ['R', ['Q'], [], 1, 0],
    ]);
    const self = portfolio([project('A', [['a', 1], ['b', 1]]), project('B', [['c', 1]])], [['A', 'a', 'A', 'b']]);
    expect(projectDependencyRanking(self).map((x) => [x.projectId, x.fanIn, x.fanOut, x.incomingLinks])).toEqual([
      ['A', 0, 0, 0],
      ['B', 0, 0, 0],
    ]);
  });

  it('follows project-level cycles (tasks can depend both ways) and excludes the project itself', () => {
    const pf = portfolio([project('A', [['a1', 1], ['a2', 1]]), project('B', [['b1', 1], ['b2', 1]])], [
      ['A', 'a1', 'B', 'b1'],
      ['B', 'b2', 'A', 'a2'],
    ]);
    expect(projectDependencyRanking(pf).map((x) => [x.projectId, x.upstream, x.downstream])).toEqual([
      ['A', ['B'], ['B']],
      ['B', ['A'], ['A']],
    ]);
  });
});
