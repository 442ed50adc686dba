/** ganttChart: bars, float, milestones, links, shading, baseline, progress, status date, order, language, errors. */
import { describe, expect, it } from 'vitest';
import { STANDARD_CALENDAR } from '../../src/calendar/standardCalendar.js';
import { PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { levelResources } from '../../src/resources/levelResources.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { ganttChart, type GanttSchedule } from '../../src/viz/ganttChart.js';
import { C } from '../../src/viz/internal/palette.js';
import { clone, deepFreeze } from '../helpers.js';
import { checkChart, hasHan, inGroup, samplePortfolio, textOf, titleAndDesc } from './svg.js';

const SMALL: GanttSchedule = {
  tasks: [
    { id: 's', name: 'Phase', startDate: '2026-01-05', finishDate: '2026-01-16', summary: true },
    { id: 'a', name: 'Design', startDate: '2026-01-05', finishDate: '2026-01-09', critical: true },
    { id: 'b', name: 'Docs', startDate: '2026-01-05', finishDate: '2026-01-07', lateFinishDate: '2026-01-14' },
    { id: 'c', name: 'Build', startDate: '2026-01-12', finishDate: '2026-01-16', critical: true, drivingPredecessors: ['a'] },
    { id: 'm', name: 'Done', startDate: '2026-01-16', finishDate: '2026-01-16', milestone: true, critical: true, drivingPredecessors: ['c'] },
  ],
};
const LINKS = [
  { from: 'a', to: 'c' },
  { from: 'b', to: 'c' },
  { from: 'c', to: 'm' },
] as const;

/** The bar rectangles (not baseline, progress or float) of a chart. */
const fills = (svg: string, fill: string) => inGroup(checkChart(svg), 'bars', 'rect').filter((r) => r.attrs.fill === fill);

describe('ganttChart', () => {
  it('draws one bar per task, critical ones dark red, a diamond per milestone, float as a thin bar', () => {
    const svg = ganttChart(SMALL, { links: LINKS });
    const root = checkChart(svg);
    expect(fills(svg, C.critical)).toHaveLength(2); // Design, Build
    expect(fills(svg, C.normal)).toHaveLength(1); // Docs
    const diamonds = inGroup(root, 'bars', 'polygon').filter((p) => p.attrs.points!.split(' ').length === 4);
    expect(diamonds).toHaveLength(1);
    expect(diamonds[0]!.attrs.fill).toBe(C.critical);
    const float = fills(svg, C.float);
    expect(float).toHaveLength(1);
    // Docs finishes on Wednesday 7th and may slip to Wednesday 14th: the float is 7 days wide, the bar 3.
    const docs = fills(svg, C.normal)[0]!;
    expect(Number(float[0]!.attrs.width) / Number(docs.attrs.width)).toBeCloseTo(7 / 3, 1);
    expect(Number(float[0]!.attrs.x)).toBeCloseTo(Number(docs.attrs.x) + Number(docs.attrs.width), 1);
    // the summary is a black bracket
    expect(inGroup(root, 'summary', 'rect')).toHaveLength(1);
  });

  it('draws each link as an arrow, critical links (both ends critical and driving) solid dark red', () => {
    const root = checkChart(ganttChart(SMALL, { links: LINKS }));
    const paths = inGroup(root, 'links', 'path');
    expect(paths).toHaveLength(3);
    expect(paths.filter((p) => p.attrs.stroke === C.critical && p.attrs['stroke-dasharray'] === undefined)).toHaveLength(2);
    expect(paths.filter((p) => p.attrs['stroke-dasharray'] !== undefined)).toHaveLength(1);
    expect(inGroup(root, 'links', 'polygon')).toHaveLength(3); // arrowheads
  });

  it('without links or a portfolio, draws the driving predecessors; links: [] draws none', () => {
    expect(inGroup(checkChart(ganttChart(SMALL)), 'links', 'path')).toHaveLength(2);
    expect(inGroup(checkChart(ganttChart(SMALL, { links: [] })), 'links', 'path')).toHaveLength(0);
  });

  it('shades the non-working days of the calendar, one rectangle per run of days', () => {
    // The axis runs from Sunday 4 to Saturday 17 January (one day of margin): Sun 4, Sat 10–Sun 11, Sat 17.
    const root = checkChart(ganttChart(SMALL, { calendar: STANDARD_CALENDAR }));
    const runs = inGroup(root, 'non-working', 'rect');
    expect(runs).toHaveLength(3);
    expect(Number(runs[1]!.attrs.width)).toBeCloseTo(2 * Number(runs[0]!.attrs.width), 1);
    const holiday = checkChart(ganttChart(SMALL, { calendar: { ...STANDARD_CALENDAR, holidays: ['2026-01-14'] } }));
    expect(inGroup(holiday, 'non-working', 'rect')).toHaveLength(4);
    expect(inGroup(checkChart(ganttChart(SMALL)), 'non-working', 'rect')).toHaveLength(0);
  });

  it('draws baseline bars, progress strips and the status-date line', () => {
    const svg = ganttChart(SMALL, { baseline: [{ id: 'a', startDate: '2026-01-05', finishDate: '2026-01-08' }], progress: { a: 50 }, statusDate: '2026-01-07' });
    const root = checkChart(svg);
    const bars = inGroup(root, 'bars', 'rect');
    expect(bars.filter((r) => r.attrs.fill === C.baseline)).toHaveLength(1);
    const strip = bars.filter((r) => r.attrs.class === 'progress');
    // white on the dark critical bar, so that it reads in grayscale
    expect(strip.map((r) => r.attrs.fill)).toEqual(['#ffffff']);
    expect(strip).toHaveLength(1);
    const design = bars.find((r) => r.attrs.fill === C.critical)!;
    expect(Number(strip[0]!.attrs.width)).toBeCloseTo(Number(design.attrs.width) / 2, 1);
    expect(inGroup(root, 'status-date', 'line')).toHaveLength(1);
    expect(textOf(inGroup(root, 'status-date', 'text')[0]!)).toBe('status date 2026-01-07');
    expect(titleAndDesc(root).desc).toContain('Status date 2026-01-07');
  });

  it('orders a portfolio’s tasks by project and WBS, each subtask under its summary, indented', () => {
    const p = parsePortfolio({
      id: 'pf',
      name: 'PF',
      projects: [
        {
          id: 'x',
          name: 'Project X',
          start: '2026-01-05',
          tasks: [
            { id: 'c2', name: 'Child two', duration: 2, parentId: 'sum' },
            { id: 'top', name: 'Top task', duration: 1 },
            { id: 'sum', name: 'Summary', duration: 0 },
            { id: 'c1', name: 'Child one', duration: 1, parentId: 'sum' },
          ],
          dependencies: [{ from: 'c1', to: 'c2' }],
        },
        { id: 'y', name: 'Project Y', start: '2026-01-05', tasks: [{ id: 'z', name: 'Zed', duration: 3 }] },
      ],
    });
    const root = checkChart(ganttChart(schedulePortfolio(p), { portfolio: p }));
    const labels = inGroup(root, 'labels', 'text');
    // input order is Child two, Top task, Summary, Child one: WBS order puts the children under their summary
    expect(labels.map(textOf)).toEqual(['Project X', 'Top task', 'Summary', 'Child two', 'Child one', 'Project Y', 'Zed']);
    const x = (name: string) => Number(labels.find((l) => textOf(l) === name)!.attrs.x);
    expect(x('Child two')).toBeGreaterThan(x('Summary'));
    expect(inGroup(root, 'links', 'path')).toHaveLength(1);
  });

  it('draws the sample portfolio’s early and leveled schedules', () => {
    const p = samplePortfolio();
    const early = schedulePortfolio(p);
    const leaves = early.tasks.filter((t) => !t.summary && !t.milestone);
    const svg = ganttChart(early, { portfolio: p, statusDate: '2026-04-30' });
    const root = checkChart(svg);
    const bars = inGroup(root, 'bars', 'rect').filter((r) => r.attrs.fill === C.critical || r.attrs.fill === C.normal);
    expect(bars).toHaveLength(leaves.length);
    expect(bars.filter((r) => r.attrs.fill === C.critical)).toHaveLength(leaves.filter((t) => t.critical).length);
    // the latest baseline of wms: one bar per baseline task
    expect(inGroup(root, 'bars', 'rect').filter((r) => r.attrs.fill === C.baseline)).toHaveLength(p.baselines[0]!.tasks.length);
    // every link of the portfolio
    const links = p.projects.reduce((n, x) => n + x.dependencies.length, 0) + p.crossDependencies.length;
    expect(inGroup(root, 'links', 'path')).toHaveLength(links);
    const leveled = levelResources(p, { schedules: 50, seed: 1, schedule: early });
    const lv = checkChart(ganttChart(leveled, { portfolio: p }));
    // a leveled plan has no critical flags
    expect(inGroup(lv, 'bars', 'rect').filter((r) => r.attrs.fill === C.normal)).toHaveLength(leaves.length);
    expect(titleAndDesc(lv).desc).toMatch(/^Gantt chart of \d+ tasks in 4 projects/);
  });

  it('draws one project with projectId, and says so when it has no task', () => {
    const p = samplePortfolio();
    const s = schedulePortfolio(p);
    const root = checkChart(ganttChart(s, { portfolio: p, projectId: 'dp' }));
    expect(inGroup(root, 'labels', 'text').map(textOf)).not.toContain('Data platform migration'); // one project: no heading row
    expect(() => ganttChart(s, { projectId: 'nope' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', message: expect.stringContaining('ganttChart: options.projectId') }));
    const empty = checkChart(ganttChart({ tasks: [] }));
    expect(titleAndDesc(empty).desc).toBe('No tasks to draw.');
  });

  it('writes every label in Chinese with lang zh', () => {
    const root = checkChart(ganttChart(SMALL, { links: LINKS, statusDate: '2026-01-07', lang: 'zh' }));
    const { title, desc } = titleAndDesc(root);
    expect(title).toBe('进度计划');
    expect(hasHan(desc)).toBe(true);
    const legend = inGroup(root, 'legend', 'text').map(textOf);
    expect(legend).toContain('关键任务');
    expect(legend).toContain('里程碑');
    expect(legend.every(hasHan)).toBe(true);
    expect(inGroup(root, 'axis', 'text').some((t) => /月/.test(textOf(t)))).toBe(true);
  });

  it('is deterministic and does not mutate its input', () => {
    const input = deepFreeze(clone(SMALL));
    const options = deepFreeze({ links: clone(LINKS), progress: { a: 30 }, baseline: [{ id: 'b', startDate: '2026-01-05', finishDate: '2026-01-06' }] });
    const a = ganttChart(input, options);
    expect(ganttChart(input, options)).toBe(a);
    expect(input).toEqual(SMALL);
    // ids differ between different charts, so that several inline in one page never clash
    const b = ganttChart(input, { ...options, lang: 'zh' });
    expect(checkChart(a).attrs['aria-labelledby']).not.toBe(checkChart(b).attrs['aria-labelledby']);
  });

  it('rejects malformed input with a PmoError naming the field', () => {
    const bad = (s: unknown, o?: unknown) => () => ganttChart(s as GanttSchedule, o as never);
    expect(bad(null)).toThrow(PmoError);
    expect(bad({ tasks: [{ id: 'a', startDate: '2026-02-30', finishDate: '2026-03-01' }] })).toThrow('ganttChart: schedule.tasks[0].startDate: must be a date as YYYY-MM-DD, got "2026-02-30"');
    expect(bad({ tasks: [{ id: 'a', startDate: '2026-03-02', finishDate: '2026-03-01' }] })).toThrow('schedule.tasks[0].finishDate: must not be before its startDate 2026-03-02');
    expect(bad({ tasks: [{ id: 3, startDate: '2026-03-02', finishDate: '2026-03-02' }] })).toThrow('schedule.tasks[0].id: must be a string');
    expect(bad(SMALL, { width: 10 })).toThrow('ganttChart: options.width: must be a number of pixels from 80 to 20000, got 10');
    expect(bad(SMALL, { lang: 'fr' })).toThrow('ganttChart: options.lang: must be "en" or "zh", got "fr"');
    expect(bad(SMALL, { progress: { a: -1 } })).toThrow('options.progress["a"]: must be a finite number >= 0');
    expect(bad(SMALL, { links: [{ from: 'a' }] })).toThrow('options.links[0]: must have from and to task keys');
    expect(bad(SMALL, { statusDate: 'today' })).toThrow('options.statusDate');
    expect(bad(SMALL, 'wide')).toThrow('ganttChart: options must be an object');
  });
});

describe('ganttChart on hostile options (found by the fuzz suite)', () => {
  it('an options.portfolio whose projects are malformed is a PmoError naming it', () => {
    const pf = parsePortfolio(samplePortfolio());
    const s = schedulePortfolio(pf);
    const broken = { ...clone(pf), projects: [undefined] };
    expect(() => ganttChart(s, { portfolio: broken as never })).toThrow(/ganttChart: options.portfolio is not a valid portfolio/);
  });
});
