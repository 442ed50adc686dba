import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { schedule } from '../../src/schedule/index.js';
import { byId, c, project, row } from './build.js';

// Standard calendar from Monday 2026-01-05: offset 0 = Mon 01-05 … 4 = Fri 01-09, 5 = Mon 01-12.

describe('schedule: WBS summary tasks', () => {
  // x -> S, S = { a -> b, T = { c } }, S -> y. Links on S apply to a, b and c.
  const wbs = (sExtra = {}) =>
    project(
      [
        ['x', 1],
        ['S', 0, sExtra],
        ['a', 2, { parentId: 'S' }],
        ['b', 3, { parentId: 'S' }],
        ['T', 7, { parentId: 'S' }],
        ['c', 1, { parentId: 'T' }],
        ['y', 2],
      ],
      [
        ['x', 'S'],
        ['a', 'b'],
        ['S', 'y'],
      ],
    );

  it('applies links on a summary to every leaf below it and rolls dates up', () => {
    const s = schedule(wbs());
    const t = byId(s.tasks);
    expect(row(t.get('x')!)).toEqual([0, 1, 0, 1, 0, 0, true]);
    expect(row(t.get('a')!)).toEqual([1, 3, 1, 3, 0, 0, true]);
    expect(row(t.get('b')!)).toEqual([3, 6, 3, 6, 0, 0, true]);
    expect(row(t.get('c')!)).toEqual([1, 2, 5, 6, 4, 4, false]);
    expect(row(t.get('y')!)).toEqual([6, 8, 6, 8, 0, 0, true]);
    const S = t.get('S')!;
    expect(row(S)).toEqual([1, 6, 1, 6, 0, 0, true]);
    expect([S.summary, S.duration, S.earlyStartDate, S.earlyFinishDate, S.drivingPredecessors]).toEqual([true, 5, '2026-01-06', '2026-01-12', []]);
    const T = t.get('T')!;
    expect(row(T)).toEqual([1, 2, 5, 6, 4, 4, false]);
    expect([T.summary, T.duration, T.lateStartDate, T.lateFinishDate]).toEqual([true, 1, '2026-01-12', '2026-01-12']);
    expect(t.get('y')!.drivingPredecessors).toEqual(['b']);
    expect(t.get('a')!.drivingPredecessors).toEqual(['x']);
    expect(s.criticalPaths).toEqual([['x', 'a', 'b', 'y']]);
    expect(s.duration).toBe(8);
  });

  it('applies SNET and FNLT on a summary to its leaves', () => {
    const t = byId(schedule(wbs(c('SNET', '2026-01-08'))).tasks);
    expect([t.get('a')!.earlyStart, t.get('c')!.earlyStart, t.get('y')!.earlyStart]).toEqual([3, 3, 8]);
    const f = byId(schedule(wbs(c('FNLT', '2026-01-09'))).tasks);
    // b would finish at 6 (Mon 01-12); FNLT Friday 01-09 caps it at 5, so x and a get negative float.
    expect([f.get('b')!.earlyFinish, f.get('b')!.totalFloat, f.get('a')!.totalFloat, f.get('x')!.totalFloat]).toEqual([5, 0, -1, -1]);
  });

  it('refuses constraints MS Project does not allow on summaries, and links to a summary’s own subtask', () => {
    expect(() => schedule(wbs(c('MSO', '2026-01-08')))).toThrow(/summary task "S" has constraint MSO; summary tasks accept only ASAP, SNET and FNLT/);
    expect(() => schedule(wbs(c('ALAP')))).toThrow(/summary task "S" has constraint ALAP/);
    const p = project([['S', 0], ['a', 1, { parentId: 'S' }], ['b', 1, { parentId: 'S' }]], [['S', 'b']]);
    expect(() => schedule(p)).toThrow(/links summary task "S" to its own subtask "b"/);
  });

  it('reports WBS errors as PmoError', () => {
    const unknown = project([['a', 1, { parentId: 'zz' }]]);
    expect(() => schedule(unknown)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', message: expect.stringMatching(/unknown parent task "zz"/) }));
    const loop = project([['a', 1, { parentId: 'b' }], ['b', 1, { parentId: 'a' }]]);
    expect(() => schedule(loop)).toThrow(PmoError);
    expect(() => schedule(loop)).toThrow(/WBS parent chain .* forms a cycle/);
  });
});

describe('schedule: milestones', () => {
  const one = (tasks: Parameters<typeof project>[0], links: Parameters<typeof project>[1] = []) => byId(schedule(project(tasks, links)).tasks);

  it('puts a milestone after an FS predecessor on the predecessor’s finish day', () => {
    const m = one([['a', 3], ['m', 0, { milestone: true }]], [['a', 'm']]).get('m')!;
    expect([m.earlyStart, m.earlyFinish, m.milestone, m.earlyStartDate, m.earlyFinishDate]).toEqual([3, 3, true, '2026-01-07', '2026-01-07']);
  });

  it('puts a start-driven milestone on the day after the boundary', () => {
    expect(one([['a', 3], ['m', 0]], [['a', 'm', 'SS', 1]]).get('m')!.earlyStartDate).toBe('2026-01-06');
    expect(one([['k', 0], ['a', 2]], [['k', 'a']]).get('k')!.earlyStartDate).toBe('2026-01-05');
    expect(one([['m', 0, c('MSO', '2026-01-08')]]).get('m')!.earlyStartDate).toBe('2026-01-08');
    expect(one([['m', 0, c('MFO', '2026-01-08')]]).get('m')!.earlyStartDate).toBe('2026-01-08');
    expect(one([['m', 0, c('SNET', '2026-01-08')]]).get('m')!.earlyStartDate).toBe('2026-01-08');
  });

  it('lets a milestone inherit the day of the milestone that drives it', () => {
    const t = one([['a', 3], ['m1', 0], ['m2', 0], ['k', 0], ['k2', 0]], [['a', 'm1'], ['m1', 'm2'], ['k', 'k2']]);
    expect(t.get('m2')!.earlyStartDate).toBe('2026-01-07');
    expect(t.get('k2')!.earlyStartDate).toBe('2026-01-05');
  });

  it('passes a start-driven day down a chain of milestones listed in any order', () => {
    const t = one([['m3', 0], ['a', 3], ['m2', 0], ['m1', 0]], [['m2', 'm3'], ['a', 'm1', 'SS', 1], ['m1', 'm2']]);
    expect(['m1', 'm2', 'm3'].map((id) => t.get(id)!.earlyStartDate)).toEqual(['2026-01-06', '2026-01-06', '2026-01-06']);
  });

  it('gives late dates by the same rule', () => {
    const m = one([['a', 1], ['m', 0], ['z', 5]], [['a', 'm']]).get('m')!;
    expect([m.earlyStart, m.lateStart, m.totalFloat, m.earlyStartDate, m.lateStartDate, m.lateFinishDate]).toEqual([1, 5, 4, '2026-01-05', '2026-01-09', '2026-01-09']);
  });
});

describe('schedule: regressions found by property tests', () => {
  it('anchors a milestone by any of its start constraints, own or inherited, whatever the task order', () => {
    const tasks = [
      ['S', 6, c('SNET', '2026-01-01')],
      ['m', 0, { parentId: 'S', ...c('SNET', '2026-01-06') }],
    ] as const;
    const a = schedule(project(tasks));
    const b = schedule(project([tasks[1], tasks[0]]));
    expect(a.tasks.find((t) => t.id === 'm')!.earlyStartDate).toBe('2026-01-06');
    expect(b.tasks.find((t) => t.id === 'm')!.earlyStartDate).toBe('2026-01-06');
  });
});
