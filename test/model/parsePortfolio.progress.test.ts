import { describe, expect, it } from 'vitest';
import { safeParsePortfolio, safeParseProject } from '../../src/model/index.js';

const project = (tasks: object[], extra: object = {}) => ({ id: 'p', name: 'P', start: '2026-01-05', tasks, ...extra });
const task = (id: string, extra: object = {}) => ({ id, name: id, duration: 5, ...extra });
const issues = (r: { success: boolean; error?: { issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[] } | undefined }) =>
  r.success ? [] : r.error!.issues.map((i) => [i.code, i.path.map(String).join('.'), i.message]);

describe('validation of progress', () => {
  it('accepts consistent progress, and a percent complete alone (as a CSV export gives it)', () => {
    const r = safeParseProject(
      project(
        [
          task('a', { actualStart: '2026-01-05', actualFinish: '2026-01-09', percentComplete: 100 }),
          task('b', { actualStart: '2026-01-12', percentComplete: 40, remainingDuration: 3, resume: '2026-01-14' }),
          task('c', { percentComplete: 100 }),
        ],
        { statusDate: '2026-01-16' },
      ),
    );
    expect(issues(r)).toEqual([]);
  });

  it('reports an actual finish before the actual start, 100 % with an actual start but no finish, and actual dates after the status date', () => {
    const r = safeParseProject(
      project(
        [
          task('a', { actualStart: '2026-01-09', actualFinish: '2026-01-05' }),
          task('b', { actualStart: '2026-01-05', percentComplete: 100 }),
          task('c', { actualStart: '2026-01-19' }),
        ],
        { statusDate: '2026-01-16' },
      ),
    );
    expect(issues(r)).toEqual([
      ['invalid_range', 'tasks.0.actualFinish', 'task "a" in project "p": actual finish 2026-01-05 is before its actual start 2026-01-09'],
      ['inconsistent_value', 'tasks.1.percentComplete', 'task "b" in project "p" is 100 % complete with an actual start but no actualFinish'],
      ['after_status_date', 'tasks.2.actualStart', 'task "c" in project "p": actualStart 2026-01-19 is after the status date 2026-01-16 (progress is reported up to the status date)'],
    ]);
  });

  it('gives the portfolio path of each issue', () => {
    const r = safeParsePortfolio({ id: 'pf', name: 'PF', projects: [project([task('a', { actualStart: '2026-01-09', actualFinish: '2026-01-05' })])] });
    expect(issues(r).map((i) => i.slice(0, 2))).toEqual([['invalid_range', 'projects.0.tasks.0.actualFinish']]);
  });
});
