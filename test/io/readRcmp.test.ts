/** MPLIB `.rcmp` multi-project reader and converter. */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { rcmpToPortfolio, rcmpToRcpsp, readRcmp } from '../../src/io/index.js';
import { deepFreeze } from '../helpers.js';
import { data, hasData } from './shared.js';

// Two projects, two resources; project 2's activity 2 follows project 1's activity 2.
const SMALL = `2
2
  5\t3

4  0
1 1

0 0 0 2 1:2 1:3
3 2 1 1 1:4
2 0 3 1 1:4
0 0 0 0
3 2

0 1

0 0 0 1 2:2
4 0 1 1 2:3
0 0 0 0
`;

function parseError(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(PmoError);
    expect((err as PmoError).code).toBe('PARSE');
    return (err as Error).message;
  }
  throw new Error('expected a PmoError PARSE');
}

describe('readRcmp on a small instance', () => {
  it('reads projects, flags, activities and successors; blanks and tabs anywhere', () => {
    const inst = readRcmp(SMALL, { name: 'small.rcmp' });
    expect(inst).toStrictEqual({
      name: 'small.rcmp',
      capacities: [5, 3],
      projects: [
        {
          id: 1,
          release: 0,
          usesResources: [true, true],
          activities: [
            { id: '1:1', project: 1, activity: 1, duration: 0, demands: [0, 0], successors: ['1:2', '1:3'] },
            { id: '1:2', project: 1, activity: 2, duration: 3, demands: [2, 1], successors: ['1:4'] },
            { id: '1:3', project: 1, activity: 3, duration: 2, demands: [0, 3], successors: ['1:4'] },
            { id: '1:4', project: 1, activity: 4, duration: 0, demands: [0, 0], successors: [] },
          ],
        },
        {
          id: 2,
          release: 2,
          usesResources: [false, true],
          activities: [
            { id: '2:1', project: 2, activity: 1, duration: 0, demands: [0, 0], successors: ['2:2'] },
            { id: '2:2', project: 2, activity: 2, duration: 4, demands: [0, 1], successors: ['2:3'] },
            { id: '2:3', project: 2, activity: 3, duration: 0, demands: [0, 0], successors: [] },
          ],
        },
      ],
    });
  });

  it.each([
    ['a successor that does not exist', SMALL.replace('1:4\n2 0 3', '1:9\n2 0 3'), /small\.rcmp line 9: activity 1:2 has successor 1:9, which does not exist/],
    ['a successor in a missing project', SMALL.replace('0 0 0 1 2:2', '0 0 0 1 3:2'), /line 16: activity 2:1 has successor 3:2, which does not exist/],
    ['a bad successor token', SMALL.replace('0 0 0 1 2:2', '0 0 0 1 2-2'), /line 16: expected a successor of activity 2:1 as project:activity, got "2-2"/],
    ['a first activity that is not a dummy', SMALL.replace('0 0 0 2 1:2 1:3', '1 0 0 2 1:2 1:3'), /line 8: activity 1:1 must be a dummy \(duration 0, no demand\)/],
    ['a last activity with a demand', SMALL.replace('4 0 1 1 2:3\n0 0 0 0', '4 0 1 1 2:3\n0 1 0 0'), /line 18: activity 2:3 must be a dummy/],
    ['a truncated file', SMALL.slice(0, SMALL.indexOf('4 0 1 1')), /unexpected end of file: expected the duration of activity 2:2/],
    ['trailing data', `${SMALL}7\n`, /line 19: unexpected data after the last project: "7"/],
    ['a flag that is not 0 or 1', SMALL.replace('1 1\n', '1 2\n'), /line 6: the flag of resource 2 of project 1 must be 0 or 1, got 2/],
    ['a negative duration', SMALL.replace('3 2 1 1 1:4', '-3 2 1 1 1:4'), /line 9: expected the duration of activity 1:2 \(a non-negative integer\), got "-3"/],
    ['a self loop', SMALL.replace('3 2 1 1 1:4', '3 2 1 1 1:2'), /line 9: activity 1:2 is its own successor/],
    ['an empty file', '', /unexpected end of file: expected the number of projects/],
  ])('rejects %s, naming the line', (_name, text, message) => {
    expect(parseError(() => readRcmp(text, { name: 'small.rcmp' }))).toMatch(message);
  });
});

describe('rcmpToPortfolio', () => {
  it('projects with release dates, shared resources, cross-project links', () => {
    const pf = rcmpToPortfolio(deepFreeze(readRcmp(SMALL.replace('3 2 1 1 1:4', '3 2 1 2 1:4 2:2'), { name: 'small.rcmp' })));
    expect(pf.id).toBe('small');
    expect(pf.resources).toEqual([
      { id: 'R1', name: 'R1', capacity: 5 },
      { id: 'R2', name: 'R2', capacity: 3 },
    ]);
    expect(pf.projects.map((p) => [p.id, p.start, p.tasks.length, p.dependencies.length])).toEqual([
      ['1', '1970-01-01', 4, 4],
      ['2', '1970-01-03', 3, 2],
    ]);
    expect(pf.projects[0]!.tasks[1]).toMatchObject({ id: '2', name: 'Activity 1:2', duration: 3, milestone: false, demands: [{ resourceId: 'R1', units: 2 }, { resourceId: 'R2', units: 1 }] });
    expect(pf.crossDependencies).toEqual([{ fromProject: '1', from: '2', toProject: '2', to: '2', type: 'FS', lag: 0 }]);
  });
});

describe.skipIf(!hasData('mplib'))('readRcmp on MPLIB1_Set1_0.rcmp', () => {
  it('6 projects of 62 activities, 4 resources, dummies at both ends', () => {
    const inst = readRcmp(data('mplib/MPLIB1_Set1_0.rcmp'), { name: 'MPLIB1_Set1_0.rcmp' });
    expect(inst.capacities).toEqual([56, 56, 56, 56]);
    expect(inst.projects).toHaveLength(6);
    for (const p of inst.projects) {
      expect(p.activities).toHaveLength(62);
      expect(p.usesResources).toHaveLength(4);
      for (const dummy of [p.activities[0]!, p.activities[61]!]) expect(dummy).toMatchObject({ duration: 0, demands: [0, 0, 0, 0] });
      expect(p.activities[61]!.successors).toEqual([]);
      for (const a of p.activities) expect(a.demands).toHaveLength(4);
    }
    expect(inst.projects[0]!.activities[1]).toEqual({ id: '1:2', project: 1, activity: 2, duration: 5, demands: [10, 10, 10, 10], successors: ['1:10', '1:9', '1:8', '1:7', '1:6', '1:5'] });
    const pf = rcmpToPortfolio(inst);
    expect(pf.projects.map((p) => p.tasks.length)).toEqual([62, 62, 62, 62, 62, 62]);
    expect(pf.resources.map((r) => r.capacity)).toEqual([56, 56, 56, 56]);
  });
});

describe('rcmpToPortfolio and rcmpToRcpsp on a malformed instance (found by the fuzz suite)', () => {
  it('projects, activities, ids and successors of the wrong kind are a PmoError naming them', () => {
    const cases: [(i: Record<string, any>) => void, RegExp][] = [
      [(i) => (i.projects[0].activities[1] = undefined), /projects\[0\].activities\[1\] must be an object/],
      [(i) => (i.projects[0].activities[1].id = 7), /projects\[0\].activities\[1\].id must be a string/],
      [(i) => (i.projects[0].activities[1].successors = [1]), /successors\[0\] must be a string/],
      [(i) => (i.projects[0].activities = null), /projects\[0\].activities must be an array/],
      [(i) => (i.capacities = 'x'), /capacities must be an array/],
      [(i) => (i.projects[1].release = 10n), /projects\[1\].release must be a finite number/], // a bigint crashed the date arithmetic (another seed)
    ];
    for (const [change, message] of cases) {
      const instance = structuredClone(readRcmp(SMALL)) as unknown as Record<string, any>;
      change(instance);
      expect(() => rcmpToPortfolio(instance as never)).toThrow(message);
      expect(() => rcmpToRcpsp(instance as never)).toThrow(message);
    }
  });
});
