import { describe, expect, it } from 'vitest';
import { schedule } from '../../src/schedule/index.js';
import type { Task } from '../../src/model/task.js';
import { byId, c, project, row } from './build.js';

// Base network: a(3) -> b(2) FS, and c(1) alone; standard calendar from Monday 2026-01-05
// (offset 0 = Mon 01-05, 2 = Wed 01-07, 3 = Thu 01-08, 5 = Mon 01-12). Unconstrained finish: 5.
function base(on: 'a' | 'b' | 'c', extra: Partial<Task>) {
  const more = (id: string) => (id === on ? extra : {});
  const s = schedule(project([['a', 3, more('a')], ['b', 2, more('b')], ['c', 1, more('c')]], [['a', 'b']]));
  const t = byId(s.tasks);
  return { s, a: row(t.get('a')!), b: row(t.get('b')!), c: row(t.get('c')!), t };
}

describe('schedule: constraints, as MS Project honours them', () => {
  it('ASAP changes nothing', () => {
    const r = base('c', c('ASAP'));
    expect(r.c).toEqual([0, 1, 4, 5, 4, 4, false]);
    expect(r.s.duration).toBe(5);
  });

  it('SNET raises the early start; a non-working date moves to the next working day', () => {
    expect(base('c', c('SNET', '2026-01-07')).c).toEqual([2, 3, 4, 5, 2, 2, false]);
    const sat = base('c', c('SNET', '2026-01-10'));
    expect(sat.c).toEqual([5, 6, 5, 6, 0, 0, true]);
    expect(sat.t.get('c')!.earlyStartDate).toBe('2026-01-12');
    expect(sat.s.duration).toBe(6);
  });

  it('FNET raises the early finish', () => {
    expect(base('c', c('FNET', '2026-01-08')).c).toEqual([3, 4, 4, 5, 1, 1, false]);
  });

  it('SNLT caps the start; against a link the constraint wins and the driver gets negative float', () => {
    const loose = base('c', c('SNLT', '2026-01-06'));
    expect(loose.c).toEqual([0, 1, 1, 2, 1, 1, false]);
    const tight = base('b', c('SNLT', '2026-01-07'));
    expect(tight.b).toEqual([2, 4, 2, 4, 0, 0, true]);
    expect(tight.a).toEqual([0, 3, -1, 2, -1, 0, true]);
    expect(tight.s.duration).toBe(4);
    // A non-working SNLT date is the next working instant (Monday 01-12); the finish still caps c.
    expect(base('c', c('SNLT', '2026-01-11')).c).toEqual([0, 1, 4, 5, 4, 4, false]);
  });

  it('FNLT caps the finish the same way', () => {
    const tight = base('b', c('FNLT', '2026-01-08'));
    expect(tight.b).toEqual([2, 4, 2, 4, 0, 0, true]);
    expect(tight.a).toEqual([0, 3, -1, 2, -1, 0, true]);
    expect(tight.t.get('b')!.earlyFinishDate).toBe('2026-01-08');
  });

  it('MSO pins both starts, later than the links allow', () => {
    const r = base('b', c('MSO', '2026-01-12'));
    expect(r.b).toEqual([5, 7, 5, 7, 0, 0, true]);
    expect(r.a).toEqual([0, 3, 2, 5, 2, 2, false]);
    expect(r.t.get('b')!.earlyStartDate).toBe('2026-01-12');
  });

  it('MSO pins both starts, earlier than the links allow (negative float on the driver)', () => {
    const r = base('b', c('MSO', '2026-01-06'));
    expect(r.b).toEqual([1, 3, 1, 3, 0, 0, true]);
    expect(r.a).toEqual([0, 3, -2, 1, -2, 0, true]);
    expect(r.s.duration).toBe(3);
  });

  it('MSO may even pin a task before the project start', () => {
    const r = base('c', c('MSO', '2026-01-01'));
    expect(r.c).toEqual([-2, -1, -2, -1, 0, 0, true]);
    expect(r.t.get('c')!.earlyStartDate).toBe('2026-01-01');
  });

  it('MFO pins both finishes', () => {
    const r = base('b', c('MFO', '2026-01-13'));
    expect(r.b).toEqual([5, 7, 5, 7, 0, 0, true]);
    expect(r.t.get('b')!.earlyFinishDate).toBe('2026-01-13');
  });

  it('ALAP places a task at its late dates; its successors follow it', () => {
    const alone = base('c', c('ALAP'));
    expect(alone.c).toEqual([4, 5, 4, 5, 0, 0, true]);
    expect(alone.t.get('c')!.earlyStartDate).toBe('2026-01-09');
    const s = schedule(project([['a', 3], ['b', 2], ['x', 1, c('ALAP')], ['y', 1]], [['a', 'b'], ['x', 'y']]));
    const t = byId(s.tasks);
    expect(row(t.get('x')!)).toEqual([3, 4, 3, 4, 0, 0, true]);
    expect(row(t.get('y')!)).toEqual([4, 5, 4, 5, 0, 0, true]);
    expect(t.get('y')!.drivingPredecessors).toEqual(['x']);
    expect(s.duration).toBe(5);
  });

  it('a deadline caps the late finish only', () => {
    const r = base('b', { deadline: '2026-01-08' });
    expect(r.b).toEqual([3, 5, 2, 4, -1, 0, true]);
    expect(r.a).toEqual([0, 3, -1, 2, -1, 0, true]);
    const loose = base('c', { deadline: '2026-01-06' });
    expect(loose.c).toEqual([0, 1, 1, 2, 1, 1, false]);
  });

  it('rejects malformed constraints with a PmoError naming the task', () => {
    expect(() => base('c', { constraint: { type: 'SOON' } } as never)).toThrow(/schedule: task "c": unknown constraint type "SOON"/);
    expect(() => base('c', { constraint: { type: 'MSO' } } as never)).toThrow(/task "c": constraint MSO needs an existing date/);
    expect(() => base('c', { constraint: { type: 'SNET', date: '2026-02-30' } } as never)).toThrow(/needs an existing date/);
    expect(() => base('c', { deadline: 'friday' })).toThrow(/task "c": deadline must be an existing day/);
  });
});
