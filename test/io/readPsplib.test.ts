import { readFileSync } from 'node:fs';
/** PSPLIB `.sm` reader and converter, on all 1080 j30 and j120 instances. */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { psplibToPortfolio, psplibToRcpsp, readPsplib, readRcmp } from '../../src/io/index.js';
import { deepFreeze } from '../helpers.js';
import { data, files, hasData } from './shared.js';

const J301 = `************************************************************************
file with basedata            : j30_17.bas
initial value random generator: 28123
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  5
horizon                       :  14
RESOURCES
  - renewable                 :  2   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1      3      0       9       4        7
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          2           2   3
   2        1          1           4
   3        1          1           5
   4        1          1           5
   5        1          0
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2
------------------------------------------------------------------------
  1      1     0       0    0
  2      1     3       4    0
  3      1     7       0    2
  4      1     4       5    1
  5      1     0       0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2
    6    2
************************************************************************
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

describe('readPsplib on a small instance', () => {
  it('reads every section', () => {
    expect(readPsplib(J301, { name: 'tiny.sm' })).toStrictEqual({
      name: 'tiny.sm',
      jobs: 5,
      horizon: 14,
      release: 0,
      due: 9,
      tardinessCost: 4,
      mpmTime: 7,
      resources: { renewable: [6, 2], nonrenewable: [] },
      activities: [
        { id: 1, duration: 0, demands: [0, 0], nonrenewableDemands: [], successors: [2, 3] },
        { id: 2, duration: 3, demands: [4, 0], nonrenewableDemands: [], successors: [4] },
        { id: 3, duration: 7, demands: [0, 2], nonrenewableDemands: [], successors: [5] },
        { id: 4, duration: 4, demands: [5, 1], nonrenewableDemands: [], successors: [5] },
        { id: 5, duration: 0, demands: [0, 0], nonrenewableDemands: [], successors: [] },
      ],
    });
  });

  it('accepts CRLF line ends and no name', () => {
    const inst = readPsplib(J301.replace(/\n/g, '\r\n'));
    expect(inst.name).toBeUndefined();
    expect(inst.activities).toHaveLength(5);
  });

  it('reads nonrenewable resources into their own columns', () => {
    const text = J301.replace('- nonrenewable              :  0   N', '- nonrenewable              :  1   N')
      .replace('jobnr. mode duration  R 1  R 2', 'jobnr. mode duration  R 1  R 2  N 1')
      .replace(/^( {2}\d +1 +\d+ +\d+ +\d+)$/gm, '$1    9')
      .replace('  R 1  R 2\n    6    2', '  R 1  R 2  N 1\n    6    2   30');
    const inst = readPsplib(text);
    expect(inst.resources).toEqual({ renewable: [6, 2], nonrenewable: [30] });
    expect(inst.activities[1]).toMatchObject({ demands: [4, 0], nonrenewableDemands: [9] });
  });

  it.each([
    ['a job count that disagrees', J301.replace('(incl. supersource/sink ):  5', '(incl. supersource/sink ):  6'), /tiny\.sm line 15: PROJECT INFORMATION lists 3 jobs, but the header says 6/],
    ['a missing successor', J301.replace('   2        1          1           4', '   2        1          1           9'), /tiny\.sm line 20: job 2 has successor 9, outside 1\.\.5/],
    ['a wrong successor count', J301.replace('   2        1          1           4', '   2        1          2           4'), /line 20: job 2 announces 2 successors but lists 1/],
    ['a self loop', J301.replace('   2        1          1           4', '   2        1          1           2'), /line 20: job 2 is its own successor/],
    ['a job listed twice', J301.replace('   3        1          1           5', '   2        1          1           5'), /line 21: job 2 is listed twice/],
    ['a missing demand', J301.replace('  3      1     7       0    2', '  3      1     7       0'), /line 30: expected job, mode, duration and 2 demand\(s\), got 4/],
    ['a bad number', J301.replace('  4      1     4       5    1', '  4      1     4       x    1'), /line 31: expected a demand \(a non-negative integer\), got "x"/],
    ['a missing capacity', J301.replace('    6    2', '    6'), /line 36: expected 2 capacities, got 1/],
    ['no MPM-Time', J301.replace('    1      3      0       9       4        7', '    1      3      0       9'), /line 15: expected "pronr\. #jobs rel\.date duedate tardcost MPM-Time"/],
    ['a missing section', J301.replace('PRECEDENCE RELATIONS:', 'SOMETHING ELSE:'), /no "PRECEDENCE RELATIONS" section/],
    ['a multi-mode instance', J301.replace('   2        1          1           4', '   2        3          1           4'), /job 2 has 3 modes: multi-mode instances \(\.mm\) are not supported/],
    ['not PSPLIB at all', 'hello', /not a PSPLIB \.sm file/],
  ])('rejects %s, naming the line', (_name, text, message) => {
    expect(parseError(() => readPsplib(text, { name: 'tiny.sm' }))).toMatch(message);
  });

  it('rejects a non-string', () => {
    expect(parseError(() => readPsplib(undefined as unknown as string))).toMatch(/expected the file content as a string/);
  });
});

describe('psplibToPortfolio', () => {
  it('maps jobs to tasks, successors to FS links, resources R1..Rk, on an every-day calendar from 1970-01-01', () => {
    const inst = deepFreeze(readPsplib(J301, { name: 'tiny.sm' }));
    const pf = psplibToPortfolio(inst);
    expect(pf.id).toBe('tiny');
    expect(pf.calendars).toEqual([{ id: 'all-days', name: 'Every day a working day (periods)', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [], exceptions: [], hoursPerDay: 8 }]);
    expect(pf.resources).toEqual([
      { id: 'R1', name: 'R1', capacity: 6 },
      { id: 'R2', name: 'R2', capacity: 2 },
    ]);
    const p = pf.projects[0]!;
    expect(p).toMatchObject({ id: 'tiny', start: '1970-01-01', deadline: '1970-01-09', calendarId: 'all-days' });
    expect(p.tasks.map((t) => [t.id, t.duration, t.milestone, t.demands])).toEqual([
      ['1', 0, true, []],
      ['2', 3, false, [{ resourceId: 'R1', units: 4 }]],
      ['3', 7, false, [{ resourceId: 'R2', units: 2 }]],
      ['4', 4, false, [{ resourceId: 'R1', units: 5 }, { resourceId: 'R2', units: 1 }]],
      ['5', 0, true, []],
    ]);
    expect(p.dependencies).toEqual([
      { from: '1', to: '2', type: 'FS', lag: 0 },
      { from: '1', to: '3', type: 'FS', lag: 0 },
      { from: '2', to: '4', type: 'FS', lag: 0 },
      { from: '3', to: '5', type: 'FS', lag: 0 },
      { from: '4', to: '5', type: 'FS', lag: 0 },
    ]);
  });

  it('takes ids and the start from the options', () => {
    const pf = psplibToPortfolio(readPsplib(J301), { projectId: 'x', portfolioId: 'y', startDate: '2026-01-01' });
    expect([pf.id, pf.projects[0]!.id, pf.projects[0]!.start, pf.projects[0]!.deadline]).toEqual(['y', 'x', '2026-01-01', '2026-01-09']);
    expect(psplibToPortfolio(readPsplib(J301)).projects[0]!.id).toBe('psplib');
    expect(() => psplibToPortfolio(readPsplib(J301), { startDate: '2026-13-01' })).toThrow(/options.startDate must be a date/);
  });
});

describe.skipIf(!hasData('psplib'))('readPsplib on every PSPLIB file', () => {
  for (const [set, jobs, count] of [
    ['j30', 32, 480],
    ['j120', 122, 600],
  ] as const) {
    it(`${set}: ${count} files, ${jobs} jobs each, MPM-Time present, consistent networks`, () => {
      const names = files(`psplib/${set}`, '.sm');
      expect(names).toHaveLength(count);
      for (const name of names) {
        const inst = readPsplib(data(`psplib/${set}/${name}`), { name });
        expect(inst.jobs, name).toBe(jobs);
        expect(inst.activities, name).toHaveLength(jobs);
        expect(inst.mpmTime, name).toBeGreaterThan(0);
        expect(inst.mpmTime, name).toBeLessThanOrEqual(inst.horizon);
        expect(inst.resources.renewable, name).toHaveLength(4);
        expect(inst.activities[0]!.duration + inst.activities[jobs - 1]!.duration, name).toBe(0);
        expect(inst.activities[jobs - 1]!.successors, name).toEqual([]);
        // The horizon is the sum of the durations.
        expect(inst.activities.reduce((s, a) => s + a.duration, 0), name).toBe(inst.horizon);
      }
    });
  }

  it('j301_1.sm as published', () => {
    const inst = readPsplib(data('psplib/j30/j301_1.sm'));
    expect(inst).toMatchObject({ jobs: 32, horizon: 158, due: 38, tardinessCost: 26, mpmTime: 38, resources: { renewable: [12, 13, 4, 12], nonrenewable: [] } });
    expect(inst.activities[1]).toEqual({ id: 2, duration: 8, demands: [4, 0, 0, 0], nonrenewableDemands: [], successors: [6, 11, 15] });
    const pf = psplibToPortfolio(inst);
    expect(pf.projects[0]!.tasks).toHaveLength(32);
    expect(pf.projects[0]!.dependencies).toHaveLength(inst.activities.reduce((s, a) => s + a.successors.length, 0));
  });
});

describe('psplibToPortfolio and psplibToRcpsp on a malformed instance (found by the fuzz suite)', () => {
  const tiny = () => readPsplib(readFileSync(new URL('../../examples/data/tiny.sm', import.meta.url), 'utf8'));
  it('activities, demands, successors and resources of the wrong kind are a PmoError naming them', () => {
    const cases: [(i: Record<string, any>) => void, RegExp][] = [
      [(i) => (i.activities[1] = undefined), /activities\[1\] must be an object/],
      [(i) => (i.activities[1].successors = 3), /activities\[1\].successors must be an array/],
      [(i) => (i.activities[1].demands = undefined), /activities\[1\].demands must be an array/],
      [(i) => (i.activities[1].demands = [1]), /activities\[1\].demands must hold 2 values/],
      [(i) => (i.activities[1].id = [[1]]), /activities\[1\].id must be a finite number/],
      [(i) => (i.resources = undefined), /resources must be an object/],
      [(i) => (i.release = [[]]), /release must be a finite number/], // a deeply nested array overflowed the stack (another seed)
    ];
    for (const [change, message] of cases) {
      const instance = structuredClone(tiny()) as unknown as Record<string, any>;
      change(instance);
      expect(() => psplibToPortfolio(instance as never)).toThrow(message);
      expect(() => psplibToRcpsp(instance as never)).toThrow(message);
    }
  });
});

describe('readPsplib and readRcmp options (found by the fuzz suite, another seed)', () => {
  it('options that are null or not an object are a PmoError', () => {
    const text = readFileSync(new URL('../../examples/data/tiny.sm', import.meta.url), 'utf8');
    expect(() => readPsplib(text, null as never)).toThrow(/readPsplib: options must be an object, got null/);
    expect(() => readRcmp('1\n', 5 as never)).toThrow(/readRcmp: options must be an object, got number/);
  });
});
