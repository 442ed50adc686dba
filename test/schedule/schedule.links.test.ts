import { describe, expect, it } from 'vitest';
import { schedule } from '../../src/schedule/index.js';
import type { DependencyType } from '../../src/model/task.js';
import { byId, project, row } from './build.js';

// The standard calendar from Monday 2026-01-05: offset 0 = Mon 01-05, 4 = Fri 01-09, 5 = Mon 01-12.
type Row = readonly [number, number, number, number, number, number, boolean];

/** Schedules a(3) -> b(db) with one link and returns [a, b] rows and the duration. */
function pair(type: DependencyType, lag: number, db = 2) {
  const s = schedule(project([['a', 3], ['b', db]], [['a', 'b', type, lag]]));
  const t = byId(s.tasks);
  return { a: row(t.get('a')!), b: row(t.get('b')!), duration: s.duration, s, t };
}

describe('schedule: link types and lags (hand-checked)', () => {
  const cases: [string, DependencyType, number, number, Row, Row, number][] = [
    // name, type, lag, duration of b, a: [ES, EF, LS, LF, TF, FF, critical], b: [...], project duration
    ['FS +2', 'FS', 2, 2, [0, 3, 0, 3, 0, 0, true], [5, 7, 5, 7, 0, 0, true], 7],
    ['FS -1 (lead)', 'FS', -1, 2, [0, 3, 0, 3, 0, 0, true], [2, 4, 2, 4, 0, 0, true], 4],
    ['SS +1', 'SS', 1, 2, [0, 3, 0, 3, 0, 0, true], [1, 3, 1, 3, 0, 0, true], 3],
    ['SS -2 cannot start before the project', 'SS', -2, 2, [0, 3, 0, 3, 0, 0, true], [0, 2, 1, 3, 1, 1, false], 3],
    ['FF 0 cannot pull the successor before the start', 'FF', 0, 5, [0, 3, 2, 5, 2, 2, false], [0, 5, 0, 5, 0, 0, true], 5],
    ['FF +2', 'FF', 2, 2, [0, 3, 0, 3, 0, 0, true], [3, 5, 3, 5, 0, 0, true], 5],
    ['SF +3', 'SF', 3, 2, [0, 3, 0, 3, 0, 0, true], [1, 3, 1, 3, 0, 0, true], 3],
    ['SF -1 cannot start before the project', 'SF', -1, 2, [0, 3, 0, 3, 0, 0, true], [0, 2, 1, 3, 1, 1, false], 3],
    ['FS +0 with a zero-duration successor', 'FS', 0, 0, [0, 3, 0, 3, 0, 0, true], [3, 3, 3, 3, 0, 0, true], 3],
  ];
  it.each(cases)('%s', (_name, type, lag, db, a, b, duration) => {
    const r = pair(type, lag, db);
    expect(r.a).toEqual(a);
    expect(r.b).toEqual(b);
    expect(r.duration).toBe(duration);
  });

  it('gives dates as the working days worked, skipping weekends', () => {
    const { s, t } = pair('FS', 2);
    expect(s.startDate).toBe('2026-01-05');
    expect(s.finishDate).toBe('2026-01-13');
    const a = t.get('a')!;
    const b = t.get('b')!;
    expect([a.earlyStartDate, a.earlyFinishDate, a.lateStartDate, a.lateFinishDate]).toEqual(['2026-01-05', '2026-01-07', '2026-01-05', '2026-01-07']);
    expect([b.earlyStartDate, b.earlyFinishDate]).toEqual(['2026-01-12', '2026-01-13']);
    expect(b.drivingPredecessors).toEqual(['a']);
  });

  it('names driving predecessors only for links that are tight', () => {
    expect(pair('SS', -2).t.get('b')!.drivingPredecessors).toEqual([]);
    expect(pair('FF', 0, 5).t.get('b')!.drivingPredecessors).toEqual([]);
    const s = schedule(
      project(
        [['s', 1], ['x', 2], ['y', 2], ['z', 1], ['e', 1]],
        [['s', 'x'], ['s', 'y'], ['s', 'z'], ['x', 'e'], ['y', 'e'], ['z', 'e']],
      ),
    );
    const t = byId(s.tasks);
    expect(t.get('e')!.drivingPredecessors).toEqual(['x', 'y']);
    expect(t.get('z')!.totalFloat).toBe(1);
    expect(t.get('z')!.freeFloat).toBe(1);
    expect(s.criticalPaths).toEqual([
      ['s', 'x', 'e'],
      ['s', 'y', 'e'],
    ]);
  });

  it('names a predecessor joined by parallel tight links once, predecessors in task order', () => {
    const s = schedule(project([['a', 3], ['x', 1], ['b', 2]], [['x', 'b', 'FS', 2], ['a', 'b'], ['a', 'b', 'SS', 3]]));
    const b = byId(s.tasks).get('b')!;
    expect(b.earlyStart).toBe(3);
    expect(b.drivingPredecessors).toEqual(['a', 'x']);
  });

  it('starts at the first working day on or after a weekend project start', () => {
    const s = schedule(project([['a', 1]], [], { start: '2026-01-03' }));
    expect(s.startDate).toBe('2026-01-05');
    expect(s.tasks[0]!.earlyStartDate).toBe('2026-01-05');
    expect(s.finishDate).toBe('2026-01-05');
  });

  it('flags near-critical tasks by a threshold, and critical ones by another', () => {
    const s = schedule(project([['a', 10], ['b', 7], ['c', 2]]), { nearCriticalThreshold: 3 });
    const t = byId(s.tasks);
    expect([t.get('a')!.critical, t.get('b')!.nearCritical, t.get('c')!.nearCritical]).toEqual([true, true, false]);
    const wide = schedule(project([['a', 10], ['b', 7], ['c', 2]]), { criticalThreshold: 3 });
    expect(wide.tasks.map((x) => x.critical)).toEqual([true, true, false]);
    expect(wide.criticalPaths).toEqual([['a'], ['b']]);
  });

  it('handles an empty project', () => {
    const s = schedule(project([]));
    expect([s.duration, s.startDate, s.finishDate, s.tasks.length, s.criticalPaths]).toEqual([0, '2026-01-05', '2026-01-05', 0, []]);
  });

  it('supports fractional durations and lags (parts of a working day)', () => {
    const s = schedule(project([['a', 0.5], ['b', 0.5], ['c', 1.25]], [['a', 'b'], ['b', 'c', 'FS', 0.25]]));
    const t = byId(s.tasks);
    expect(row(t.get('b')!)).toEqual([0.5, 1, 0.5, 1, 0, 0, true]);
    expect(row(t.get('c')!)).toEqual([1.25, 2.5, 1.25, 2.5, 0, 0, true]);
    expect([t.get('a')!.earlyStartDate, t.get('a')!.earlyFinishDate, t.get('b')!.earlyStartDate, t.get('b')!.earlyFinishDate]).toEqual([
      '2026-01-05',
      '2026-01-05',
      '2026-01-05',
      '2026-01-05',
    ]);
    expect([t.get('c')!.earlyStartDate, t.get('c')!.earlyFinishDate]).toEqual(['2026-01-06', '2026-01-07']);
    expect(s.duration).toBe(2.5);
    expect(s.finishDate).toBe('2026-01-07');
  });
});

describe('schedule: the same values as MS Project', () => {
  // task-links-project2007-mspdi.xml (MPXJ test data, ../shared/data/mspdi): pairs of one-day tasks
  // linked with each type and lag, project start Friday 2014-10-17; values as MS Project stored them.
  const links: [string, string, DependencyType, number][] = [
    ['1', '2', 'FS', 0],
    ['3', '4', 'FS', 1],
    ['5', '6', 'FS', 2],
    ['7', '8', 'FS', 5],
    ['9', '10', 'FS', 10],
    ['11', '12', 'SF', 2],
    ['13', '14', 'SS', 2],
    ['15', '16', 'FF', 2],
  ];
  const expected: Record<string, [string, string, number, number]> = {
    // id: early start, late start, total slack, free slack (days)
    '1': ['2014-10-17', '2014-10-31', 10, 0],
    '2': ['2014-10-20', '2014-11-03', 10, 10],
    '3': ['2014-10-17', '2014-10-30', 9, 0],
    '4': ['2014-10-21', '2014-11-03', 9, 9],
    '5': ['2014-10-17', '2014-10-29', 8, 0],
    '6': ['2014-10-22', '2014-11-03', 8, 8],
    '7': ['2014-10-17', '2014-10-24', 5, 0],
    '8': ['2014-10-27', '2014-11-03', 5, 5],
    '9': ['2014-10-17', '2014-10-17', 0, 0],
    '10': ['2014-11-03', '2014-11-03', 0, 0],
    '11': ['2014-10-17', '2014-10-31', 10, 0],
    '12': ['2014-10-20', '2014-11-03', 10, 10],
    '13': ['2014-10-17', '2014-10-30', 9, 0],
    '14': ['2014-10-21', '2014-11-03', 9, 9],
    '15': ['2014-10-17', '2014-10-30', 9, 0],
    '16': ['2014-10-21', '2014-11-03', 9, 9],
  };
  it('reproduces task-links-project2007 (every link type with lags)', () => {
    const ids = Object.keys(expected);
    const s = schedule(
      project(
        ids.map((id) => [id, 1] as const),
        links,
        { start: '2014-10-17' },
      ),
    );
    expect(s.finishDate).toBe('2014-11-03');
    for (const t of s.tasks) {
      expect([t.earlyStartDate, t.lateStartDate, t.totalFloat, t.freeFloat], `task ${t.id}`).toEqual(expected[t.id]);
      // One-day tasks finish on the day they start.
      expect(t.earlyFinishDate).toBe(t.earlyStartDate);
    }
  });

  it('reproduces mspdirelations (a chain through FS, SS +1d, FF and SF)', () => {
    const s = schedule(
      project(
        [['1', 1], ['2', 1], ['3', 1], ['4', 1], ['5', 1]],
        [['1', '2', 'FS', 0], ['2', '3', 'SS', 1], ['3', '4', 'FF', 0], ['4', '5', 'SF', 0]],
        { start: '2006-09-21' },
      ),
    );
    const got = s.tasks.map((t) => [t.id, t.earlyStartDate, t.lateStartDate, t.totalFloat]);
    expect(got).toEqual([
      ['1', '2006-09-21', '2006-09-21', 0],
      ['2', '2006-09-22', '2006-09-22', 0],
      ['3', '2006-09-25', '2006-09-25', 0],
      ['4', '2006-09-25', '2006-09-25', 0],
      ['5', '2006-09-22', '2006-09-25', 1],
    ]);
    expect(s.finishDate).toBe('2006-09-25');
  });
});
