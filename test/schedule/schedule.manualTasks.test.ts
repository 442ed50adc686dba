/**
 * Manually scheduled tasks (`manualStart`, MS Project's `Manual` = 1; issue 10). As in MS Project
 * a manually scheduled task keeps its start whatever its predecessors and constraints; its finish
 * follows from its duration; its successors and the project finish follow it; its late dates come
 * from its successors (MPXJ's MicrosoftScheduler, which reproduces MS Project, computes them so),
 * so its predecessors see it as a successor in the backward pass.
 */
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import { levelResources, verifySchedule } from '../../src/resources/index.js';
import { impactOfDelay, schedule, schedulePortfolio } from '../../src/schedule/index.js';
import { byId, c, project, row, type T } from './build.js';

const rows = (tasks: readonly T[], links: Parameters<typeof project>[1]) => {
  const s = schedule(project(tasks, links));
  const t = byId(s.tasks);
  return { s, t, row: (id: string) => row(t.get(id)!) };
};

describe('manually scheduled tasks keep their start, as in MS Project', () => {
  it('a manual task before its predecessor finishes stays there; its successor follows it', () => {
    // a (5) -> m (2, manual Wednesday 01-07 = offset 2) -> b (3).
    const r = rows([['a', 5], ['m', 2, { manualStart: '2026-01-07' }], ['b', 3]], [['a', 'm'], ['m', 'b']]);
    expect(r.row('m')).toEqual([2, 4, 2, 4, 0, 0, true]);
    expect(r.row('b')).toEqual([4, 7, 4, 7, 0, 0, true]);
    // a finishes at 5, after m's start: the link is violated and a has negative float (late
    // finish = m's late start), as MS Project shows the conflict.
    expect(r.row('a')).toEqual([0, 5, -3, 2, -3, 0, true]);
    expect(r.s.finishDate).toBe('2026-01-13');
    expect(r.t.get('m')!.earlyStartDate).toBe('2026-01-07');
  });

  it('a manual task after its predecessors finish keeps its start; its late dates come from its successors (not pinned like MSO)', () => {
    // a (2) -> m (2, manual Monday 01-12 = 5) -> b (1); z (20) alone sets the finish at 20.
    const r = rows([['a', 2], ['m', 2, { manualStart: '2026-01-12' }], ['b', 1], ['z', 20]], [['a', 'm'], ['m', 'b']]);
    expect(r.row('m')).toEqual([5, 7, 17, 19, 12, 0, false]);
    expect(r.row('b')).toEqual([7, 8, 19, 20, 12, 12, false]);
    expect(r.row('a')).toEqual([0, 2, 15, 17, 15, 3, false]);
    // With MSO instead, the late start would be pinned too (total float 0).
    const mso = rows([['a', 2], ['m', 2, c('MSO', '2026-01-12')], ['b', 1], ['z', 20]], [['a', 'm'], ['m', 'b']]);
    expect(mso.row('m')[4]).toBe(0);
  });

  it('ignores its own constraint and the constraints of its summaries', () => {
    const own = rows([['m', 2, { manualStart: '2026-01-07', ...c('SNET', '2026-01-19') }], ['z', 20]], []);
    expect(own.t.get('m')!.earlyStartDate).toBe('2026-01-07');
    const sum = rows(
      [
        ['S', 0, c('FNLT', '2026-01-06')],
        ['m', 2, { parentId: 'S', manualStart: '2026-01-12' }],
        ['k', 1, { parentId: 'S' }],
        ['z', 20],
      ],
      [],
    );
    expect(sum.t.get('m')!.earlyStartDate).toBe('2026-01-12');
    expect(sum.t.get('k')!.lateFinishDate).toBe('2026-01-06');
  });

  it('drives the project finish, and may start before the project start', () => {
    const late = rows([['m', 3, { manualStart: '2026-02-02' }], ['a', 2]], []);
    expect([late.s.finishDate, late.t.get('m')!.earlyFinishDate]).toEqual(['2026-02-04', '2026-02-04']);
    const early = rows([['m', 1, { manualStart: '2026-01-02' }], ['a', 2]], []);
    expect(early.t.get('m')!.earlyStartDate).toBe('2026-01-02');
  });

  it('a manual milestone sits on its date', () => {
    const r = rows([['a', 5], ['m', 0, { manualStart: '2026-01-07' }]], [['a', 'm']]);
    expect([r.t.get('m')!.earlyStartDate, r.t.get('m')!.earlyFinishDate]).toEqual(['2026-01-07', '2026-01-07']);
  });

  it('refuses a manual start on a summary task, and a date that does not exist', () => {
    expect(() => schedule(project([['S', 0, { manualStart: '2026-01-07' }], ['k', 1, { parentId: 'S' }]]))).toThrow(
      /summary task "S" has a manualStart; only tasks without subtasks can be scheduled manually/,
    );
    expect(() => schedule(project([['m', 1, { manualStart: '2026-02-30' }]]))).toThrow(/manualStart must be an existing day/);
  });
});

describe('leveling and delay analysis keep manual tasks where the schedule puts them', () => {
  const pf = () =>
    parsePortfolio({
      id: 'pf',
      name: 'pf',
      projects: [
        project(
          [
            ['a', 5],
            ['m', 2, { manualStart: '2026-01-07' }],
            ['b', 3],
            ['z', 20],
          ],
          [
            ['a', 'm'],
            ['m', 'b'],
          ],
        ),
      ],
    });

  it('levelResources: the manual task at its start (its predecessor link ignored), dates as schedulePortfolio', () => {
    const p = pf();
    const r = levelResources(p, { schedules: 5 });
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(r.tasks.map((t) => [t.key, t.startDate, t.finishDate])).toEqual(schedulePortfolio(p).tasks.map((t) => [t.key, t.earlyStartDate, t.earlyFinishDate]));
    expect(r.tasks.find((t) => t.id === 'm')!.startDate).toBe('2026-01-07');
  });

  it('impactOfDelay: a slip before a manual task does not move it; a slip of the manual task moves its successors', () => {
    const p = pf();
    const before = impactOfDelay(p, { projectId: 'p', taskId: 'a', days: 3 });
    expect(before.tasks.map((t) => t.taskId)).toEqual(['a']);
    const own = impactOfDelay(p, { projectId: 'p', taskId: 'm', days: 3 });
    // A delay lengthens the task: m finishes 3 days later, b follows.
    expect(own.tasks.map((t) => [t.taskId, t.startShift, t.finishShift])).toEqual([
      ['m', 0, 3],
      ['b', 3, 3],
    ]);
  });
});
