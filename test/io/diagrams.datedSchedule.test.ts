/**
 * The diagram exports take any dated schedule, leveled or not (one structural `DatedTask` input):
 * a `schedulePortfolio` result, a `levelResources` result, and the same as plain JSON objects.
 * Every dated task spells its dates `startDate` / `finishDate` (a CPM task's are its early dates);
 * the former second spelling (`earlyStartDate` / `earlyFinishDate`) is no longer read.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import sample from '../../examples/data/sample-portfolio.json' with { type: 'json' };
import { PmoError } from '../../src/errors.js';
import { toDot, toMermaidFlowchart, toMermaidGantt, type DatedSchedule, type DatedTask, type ScheduleLike } from '../../src/io/index.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { levelResources } from '../../src/resources/levelResources.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { deepFreeze } from '../helpers.js';

const portfolio = deepFreeze(parsePortfolio(sample));
const wms = portfolio.projects.find((p) => p.id === 'wms')!;
const early = deepFreeze(schedulePortfolio(portfolio, { progress: 'plan' }));
const leveled = deepFreeze(levelResources(portfolio, { schedules: 200, seed: 1, schedule: early }));
const plain = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));

/** The bars of a Gantt chart: label, tags, start and end as written. */
function bars(text: string): string[] {
  return text.split('\n').filter((l) => /^ {4}\S/.test(l));
}

/** What each leaf task of wms should show: `start, end` (Mermaid's end is the day after the finish). */
function expectedBars(tasks: readonly { projectId: string; id: string; startDate: string; finishDate: string; milestone: boolean; summary: boolean }[]): string[] {
  const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return tasks.filter((t) => t.projectId === 'wms' && !t.summary).map((t) => `${t.startDate}, ${t.milestone ? '0d' : next(t.finishDate)}`);
}

describe('diagram exports take a leveled schedule', () => {
  it('types: schedules and leveling results are DatedSchedules', () => {
    expectTypeOf(early).toMatchTypeOf<DatedSchedule>();
    expectTypeOf(leveled).toMatchTypeOf<DatedSchedule>();
    expectTypeOf(leveled.tasks[0]!).toMatchTypeOf<DatedTask>();
    expectTypeOf<ScheduleLike>().toEqualTypeOf<DatedSchedule>();
  });

  it('the Gantt chart of a leveled plan has every bar, on the leveled dates, and no critical tags', () => {
    const text = toMermaidGantt(wms, leveled);
    expect(text).not.toContain('without dates');
    const got = bars(text).map((b) => b.replace(/^.*:(?:[a-z]+, )*t\d+, /, ''));
    expect(got).toEqual(expectedBars(leveled.tasks));
    expect(text).not.toContain('crit');
    // leveling moved something in wms, so the leveled chart differs from the early one
    expect(leveled.tasks.some((t) => t.projectId === 'wms' && t.shift > 0)).toBe(true);
    expect(text).not.toBe(toMermaidGantt(wms, early));
  });

  it('the Gantt chart of the early schedule is unchanged: early dates, critical tasks tagged', () => {
    const text = toMermaidGantt(wms, early);
    const got = bars(text).map((b) => b.replace(/^.*:(?:[a-z]+, )*t\d+, /, ''));
    expect(got).toEqual(expectedBars(early.tasks));
    expect(early.tasks.every((t) => t.startDate === t.earlyStartDate && t.finishDate === t.earlyFinishDate)).toBe(true);
    expect(text).not.toContain('crit'); // wms has float in the portfolio
    const tel = portfolio.projects.find((p) => p.id === 'tel')!;
    expect(bars(toMermaidGantt(tel, early)).filter((b) => b.includes(':crit, '))).toHaveLength(early.tasks.filter((t) => t.projectId === 'tel' && t.critical && !t.summary).length);
    expect(toMermaidGantt(tel, early)).toContain(':crit, ');
  });

  it('plain JavaScript objects (JSON) give the same charts as the typed results', () => {
    for (const s of [early, leveled]) {
      expect(toMermaidGantt(wms, plain(s) as DatedSchedule)).toBe(toMermaidGantt(wms, s));
      expect(toMermaidFlowchart(portfolio, plain(s) as DatedSchedule)).toBe(toMermaidFlowchart(portfolio, s));
      expect(toDot(portfolio, plain(s) as DatedSchedule)).toBe(toDot(portfolio, s));
    }
    // the tasks of `pmo level --json` are dated tasks too
    const cliTasks = leveled.tasks.map((t) => ({ key: t.key, projectId: t.projectId, id: t.id, start: t.start, startDate: t.startDate, finishDate: t.finishDate }));
    expect(toMermaidGantt(wms, { tasks: cliTasks })).toBe(toMermaidGantt(wms, leveled));
  });

  it('the dates are startDate and finishDate only: the early-date spelling is not read', () => {
    const project = { id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 2 }], dependencies: [] } as never;
    const both = { tasks: [{ id: 'a', startDate: '2026-01-07', finishDate: '2026-01-08', earlyStartDate: '2026-01-05', earlyFinishDate: '2026-01-06' }] };
    expect(bars(toMermaidGantt(project, both as never))).toEqual(['    A :t0, 2026-01-07, 2026-01-09']);
    // plain JavaScript: a missing finish date is the start date
    const startOnly = { tasks: [{ id: 'a', startDate: '2026-01-07' }] };
    expect(bars(toMermaidGantt(project, startOnly as never))).toEqual(['    A :t0, 2026-01-07, 2026-01-08']);
    const earlyOnly = { tasks: [{ id: 'a', earlyStartDate: '2026-01-05', earlyFinishDate: '2026-01-06' }] };
    expect(toMermaidGantt(project, earlyOnly as never)).toContain('%% 1 task(s) without dates in the schedule are not shown');
  });

  it('bad dated tasks are PmoErrors naming the field', () => {
    const project = { id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 2 }], dependencies: [] } as never;
    expect(() => toMermaidGantt(project, { tasks: [{ id: 'a', startDate: 5 }] } as never)).toThrow(PmoError);
    expect(() => toMermaidGantt(project, { tasks: [{ id: 'a', startDate: 5 }] } as never)).toThrow(/schedule.tasks\[0\]: startDate must be a YYYY-MM-DD string or null, got 5/);
    expect(() => toDot(project, { tasks: [{ id: 'a', critical: 'yes' }] } as never)).toThrow(/schedule.tasks\[0\]: critical must be a boolean/);
  });
});
