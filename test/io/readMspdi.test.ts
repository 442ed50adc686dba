/**
 * The MSPDI reader on the MS Project files of the MPXJ test data (../shared/data/mspdi), with
 * expectations checked by hand against the XML.
 */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { MSPDI_ELAPSED_CALENDAR, readMspdi, readMspdiDetails } from '../../src/io/index.js';
import type { Calendar } from '../../src/model/calendar.js';
import { data, files, hasData } from './shared.js';

const HAS = hasData('mspdi');
const read = (f: string) => readMspdiDetails(data(`mspdi/${f}`));
const task = (doc: ReturnType<typeof read>, id: string) => doc.project.tasks.find((t) => t.id === id)!;

/** Every day a calendar's holidays and exceptions name, with whether it works. */
function datedDays(cal: Calendar): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const add = (from: string, to: string, working: boolean): void => {
    for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
      out.set(d.toISOString().slice(0, 10), working);
  };
  for (const h of cal.holidays) add(h, h, false);
  for (const e of cal.exceptions) add(e.date, e.until ?? e.date, e.working);
  return out;
}

describe.skipIf(!HAS)('readMspdi on the reference files', () => {
  const all = files('mspdi', '.xml');

  it('finds the ten reference files', () => {
    expect(all).toHaveLength(10);
  });

  // Every file reads; none needs to be excused.
  it.each(all)('%s reads into a valid portfolio', (f) => {
    const doc = read(f);
    expect(doc.portfolio.projects).toHaveLength(1);
    expect(doc.project).toBe(doc.portfolio.projects[0]);
    expect(doc.project.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([...doc.tasks.keys()]).toEqual(doc.project.tasks.map((t) => t.id));
    // UIDs as ids, no project summary task (UID 0).
    for (const t of doc.project.tasks) expect(t.id).toBe(String(doc.tasks.get(t.id)!.uid));
    expect(doc.project.tasks.some((t) => t.id === '0')).toBe(false);
    expect(readMspdi(data(`mspdi/${f}`))).toEqual(doc.portfolio);
  });

  it('mspdirelations.xml: the four link types with their lags', () => {
    const doc = read('mspdirelations.xml');
    expect(doc.project.dependencies).toEqual([
      { from: '1', to: '2', type: 'FS', lag: 0 },
      { from: '2', to: '3', type: 'SS', lag: 1 }, // LinkLag 4800 = 480 minutes = 1 day
      { from: '3', to: '4', type: 'FF', lag: 0 },
      { from: '4', to: '5', type: 'SF', lag: 0 },
    ]);
    expect(doc.project.tasks.map((t) => [t.id, t.name, t.duration])).toEqual([
      ['1', 'Task 1', 1],
      ['2', 'Task 2', 1],
      ['3', 'Task 3', 1],
      ['4', 'Task 4', 1],
      ['5', 'Task 5', 1],
    ]);
    expect(doc.project.start).toBe('2006-09-21');
    // MS Project's computed values, with slack in working days.
    const t5 = doc.tasks.get('5')!;
    expect(t5).toMatchObject({ startDate: '2006-09-22T08:00:00', finishDate: '2006-09-25T08:00:00', totalSlack: 1, freeSlack: 1, critical: false });
    expect(doc.tasks.get('1')).toMatchObject({ earlyStartDate: '2006-09-21T08:00:00', lateFinishDate: '2006-09-21T17:00:00', totalSlack: 0, critical: true });
    expect(doc.tasks.get('3')!.predecessors).toEqual([
      { predecessorUid: 2, type: 'SS', linkLag: 4800, lagFormat: 7, lag: 1, crossProject: false, kept: true },
    ]);
  });

  it.each(['task-links-project2003-mspdi.xml', 'task-links-project2007-mspdi.xml'])('%s: lags in days and weeks', (f) => {
    const doc = read(f);
    const lagOf = (to: string) => doc.project.dependencies.find((d) => d.to === to);
    expect(lagOf('2')).toEqual({ from: '1', to: '2', type: 'FS', lag: 0 });
    expect(lagOf('4')).toEqual({ from: '3', to: '4', type: 'FS', lag: 1 });
    expect(lagOf('6')).toEqual({ from: '5', to: '6', type: 'FS', lag: 2 });
    expect(lagOf('8')).toEqual({ from: '7', to: '8', type: 'FS', lag: 5 }); // 24000 tenths, LagFormat 9 (weeks)
    expect(lagOf('10')).toEqual({ from: '9', to: '10', type: 'FS', lag: 10 });
    expect(lagOf('12')).toEqual({ from: '11', to: '12', type: 'SF', lag: 2 });
    expect(lagOf('14')).toEqual({ from: '13', to: '14', type: 'SS', lag: 2 });
    expect(lagOf('16')).toEqual({ from: '15', to: '16', type: 'FF', lag: 2 });
    expect(doc.tasks.get('8')!.predecessors[0]).toMatchObject({ linkLag: 24000, lagFormat: 9 });
    expect(doc.tasks.get('1')).toMatchObject({ totalSlack: 10, freeSlack: 0, estimated: true, durationFormat: 39 });
    expect(doc.warnings).toEqual([]);
  });

  it('mspdiduration.xml: durations in working days, elapsed ones in elapsed days on the elapsed calendar', () => {
    const doc = read('mspdiduration.xml');
    expect(task(doc, '1').duration).toBeCloseTo(1 / 480, 12); // PT0H1M0S
    expect(task(doc, '2').duration).toBe(0.125); // PT1H0M0S
    expect(task(doc, '3').duration).toBe(1); // PT8H0M0S
    expect(task(doc, '4').duration).toBe(5); // PT40H0M0S, a week
    expect(task(doc, '5').duration).toBe(20); // PT160H0M0S, a month of 20 days
    // Elapsed: days of 24 hours on the elapsed calendar: 1 minute, 1 hour, 1 day, a week of 7, a month of 30.
    expect(task(doc, '6').duration).toBeCloseTo(1 / 1440, 12);
    expect(task(doc, '7').duration).toBeCloseTo(1 / 24, 12);
    expect(task(doc, '8').duration).toBe(1);
    expect(task(doc, '9').duration).toBe(7);
    expect(task(doc, '10').duration).toBe(30);
    for (const id of ['6', '7', '8', '9', '10']) expect(task(doc, id).calendarId).toBe(MSPDI_ELAPSED_CALENDAR.id);
    for (const id of ['1', '2', '3', '4', '5']) expect(task(doc, id).calendarId).toBeUndefined();
    expect(doc.portfolio.calendars.map((c) => c.id)).toEqual(['1', MSPDI_ELAPSED_CALENDAR.id]);
    expect(doc.portfolio.calendars[1]).toEqual(MSPDI_ELAPSED_CALENDAR);
    expect(doc.tasks.get('8')).toMatchObject({ elapsed: true, durationFormat: 8, durationMinutes: 1440 });
    expect(doc.tasks.get('3')!.elapsed).toBe(false);
    // Slack of an elapsed task is elapsed time in the file (41760 minutes = 29 days of 24 h).
    expect(doc.tasks.get('8')!.totalSlack).toBe(29);
    expect(doc.tasks.get('5')!.totalSlack).toBe(2);
    expect(doc.warnings).toEqual([]);
    expect(doc.properties).toMatchObject({ minutesPerDay: 480, minutesPerWeek: 2400, daysPerMonth: 20, scheduleFromStart: true });
  });

  it("mspdiduration.xml with approximations: 'error' reads the elapsed durations (they are not approximations)", () => {
    expect(readMspdi(data('mspdi/mspdiduration.xml'), { approximations: 'error' }).projects[0]!.tasks).toHaveLength(10);
  });

  it('mspdinulltasks.xml: null tasks skipped, summaries become parents; days of the calendar (480 minutes), not of MinutesPerDay (450)', () => {
    const doc = read('mspdinulltasks.xml');
    expect(doc.nullTaskUids).toEqual([2, 5, 7]);
    // PT75H0M0S = 4500 minutes: MS Project shows "10 days" (MinutesPerDay 450) but schedules 4500
    // minutes on the calendar's 8-hour days: 9.375 of them (Monday 09:00 to Friday 12:00 of the next week).
    expect(doc.project.tasks.map((t) => [t.id, t.name, t.parentId, t.duration])).toEqual([
      ['1', 'Task 1', undefined, 9.375],
      ['3', 'Task 2', '1', 9.375],
      ['4', 'Task 3', '1', 9.375],
      ['6', 'Task 4', undefined, 9.375],
      ['8', 'Task 5', '6', 9.375],
    ]);
    // The project starts at 09:00, an hour into its first working day: reported.
    expect(doc.warnings.map((w) => w.code)).toEqual(['project-start-time']);
    expect(doc.tasks.get('1')).toMatchObject({ summary: true, outlineLevel: 1, outlineNumber: '1' });
    expect(doc.tasks.get('3')).toMatchObject({ summary: false, outlineLevel: 2, outlineNumber: '1.1' });
    expect(doc.properties.minutesPerDay).toBe(450);
    expect(doc.project.name).toBe('Project1');
  });

  it('caltest.xml: base calendars, derived ones, dated WeekDay exceptions (Project 2003 form), task calendars', () => {
    const doc = read('caltest.xml');
    const cal = new Map(doc.portfolio.calendars.map((c) => [c.id, c]));
    expect([...cal.keys()]).toEqual(['1', '3', '4', '5', '6']);
    expect(cal.get('1')).toEqual({ id: '1', name: 'Standard', workingDays: [1, 2, 3, 4, 5], holidays: [], exceptions: [], hoursPerDay: 8 });
    // "Resource Three" is derived from "Base Calendar" and adds two non-working ranges.
    expect(cal.get('6')).toEqual({
      id: '6',
      name: 'Resource Three',
      workingDays: [1, 2, 3, 4, 5],
      holidays: [],
      exceptions: [
        { date: '2005-11-01', until: '2005-11-04', working: false },
        { date: '2005-11-21', until: '2005-11-25', working: false },
      ],
      hoursPerDay: 8,
    });
    expect(doc.project.calendarId).toBe('1');
    expect(doc.portfolio.defaultCalendarId).toBe('1');
    expect(task(doc, '2').calendarId).toBeUndefined(); // CalendarUID -1: the project calendar
    expect(task(doc, '3').calendarId).toBe('1');
    expect(task(doc, '4').calendarId).toBe('3');
    expect(doc.tasks.get('4')!.calendarUid).toBe(3);
    expect(doc.tasks.get('2')!.calendarUid).toBeUndefined();
  });

  it('calendar-recurring-exceptions-project2016-mspdi.xml: recurring <Exceptions> expanded', () => {
    const doc = read('calendar-recurring-exceptions-project2016-mspdi.xml');
    const cal = doc.portfolio.calendars[0]!;
    const ex = (name: string) => cal.exceptions.filter((e) => e.name === name).map((e) => (e.until ? `${e.date}..${e.until}` : e.date));
    expect(ex('Daily 1')).toEqual(['2000-01-01..2000-01-03']);
    expect(ex('Daily 2')).toEqual(['2000-02-01', '2000-02-04', '2000-02-07', '2000-02-10']); // every 3 days
    expect(ex('Weekly 2 Tuesday')).toEqual(['2001-01-02', '2001-01-16', '2001-01-30', '2001-02-13']); // every 2 weeks
    expect(ex('Weekly 7 Sunday')).toHaveLength(9);
    expect(ex('Weekly 7 Sunday').at(-1)).toBe('2002-03-17');
    expect(ex('Monthly Relative 1')).toEqual(['2002-01-07', '2002-03-04', '2002-05-06']); // first Monday, every 2 months
    expect(ex('Monthly Absolute 2')).toEqual(['2003-01-04', '2003-06-04', '2003-11-04', '2004-04-04', '2004-09-04', '2005-02-04']);
    expect(ex('Yearly Absolute 1')).toEqual(['2005-02-01', '2006-02-01', '2007-02-01']); // Month is 0-based
    expect(ex('Yearly Relative 1')).toEqual(['2004-03-02', '2005-03-01', '2006-03-07', '2007-03-06']); // first Tuesday of March
    expect(cal.exceptions.filter((e) => e.name === 'Recurring Working')).toEqual([
      { date: '2010-01-02', working: true, name: 'Recurring Working' },
      { date: '2010-02-06', working: true, name: 'Recurring Working' },
      { date: '2010-03-06', working: true, name: 'Recurring Working' },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('both exception forms of the same calendar name the same days (recurrences match MS Project)', () => {
    const xml = data('mspdi/calendar-recurring-exceptions-project2016-mspdi.xml');
    const onlyWeekDays = xml.replace(/<Exceptions>[\s\S]*<\/Exceptions>/, '');
    const onlyExceptions = xml.replace(/<WeekDay>\s*<DayType>0<\/DayType>[\s\S]*?<\/WeekDay>/g, '');
    expect(onlyWeekDays).not.toContain('<Exception>');
    expect(onlyExceptions).not.toMatch(/<DayType>0<\/DayType>/);
    const fromDays = datedDays(readMspdi(onlyWeekDays).calendars[0]!);
    const fromExceptions = datedDays(readMspdi(onlyExceptions).calendars[0]!);
    expect(fromDays.size).toBe(140);
    expect(fromExceptions).toEqual(fromDays);
    expect(datedDays(readMspdi(xml).calendars[0]!)).toEqual(fromDays);
  });

  it('mspdiresource.xml: work resources, assignments as demands, actuals, derived calendars', () => {
    const doc = read('mspdiresource.xml');
    expect(doc.portfolio.resources).toEqual([
      { id: '1', name: 'Wade Golden', capacity: 1, calendarId: '3', costPerHour: 50 },
      { id: '2', name: 'Jon Iles', capacity: 1, calendarId: '4', costPerHour: 75 },
      { id: '3', name: 'Brian Leach', capacity: 1, calendarId: '5', costPerHour: 100 },
    ]); // "Concrete" is a material resource: left out
    expect(task(doc, '2').demands).toEqual([
      { resourceId: '1', units: 1 },
      { resourceId: '2', units: 1 },
      { resourceId: '3', units: 1 },
    ]);
    expect(task(doc, '4')).toMatchObject({ percentComplete: 100, actualStart: '2006-08-26', actualFinish: '2006-08-29', actualCost: 800 });
    expect(doc.tasks.get('4')!.hasActuals).toBe(true);
    expect(doc.tasks.get('2')!.hasActuals).toBe(false);
    expect(doc.tasks.get('2')!.resourceUids).toEqual([1, 2, 3]);
    expect(task(doc, '3').duration).toBeCloseTo(57.14 / 8, 10); // PT57H8M24S
    // Brian Leach's calendar derives from "Night Shift": Monday to Saturday.
    expect(doc.portfolio.calendars.find((c) => c.id === '5')!.workingDays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.portfolio.currency).toBe('GBP');
  });

  it('mspdisplittask.xml: split parts from the timephased work', () => {
    const doc = read('mspdisplittask.xml');
    expect(doc.tasks.get('1')!.segments).toEqual([
      { startDate: '2006-09-21T08:00:00', finishDate: '2006-09-26T17:00:00' },
      { startDate: '2006-10-01T17:00:00', finishDate: '2006-10-09T17:00:00' },
    ]);
    expect(doc.tasks.get('1')!.split).toBe(true);
    expect(doc.tasks.get('2')!.segments).toHaveLength(3);
    // 10 days of work over 13 working days (a 3-day split): read as one 13-day task, with a warning.
    expect(doc.tasks.get('1')!.durationMinutes).toBe(4800);
    expect(task(doc, '1').duration).toBe(13);
    expect(task(doc, '2').duration).toBe(20);
    expect(doc.warnings.map((w) => [w.code, w.uid])).toEqual([
      ['split-task', 1],
      ['split-task', 2],
    ]);
  });

  it('mspditimephased.xml: tasks with actuals are flagged', () => {
    const doc = read('mspditimephased.xml');
    const withActuals = [...doc.tasks.values()].filter((t) => t.hasActuals).map((t) => t.uid);
    expect(withActuals).toEqual(expect.arrayContaining([4, 6, 7, 8]));
    expect(withActuals).not.toContain(1);
    expect(task(doc, '7')).toMatchObject({ percentComplete: 100, actualStart: '2008-11-20', actualFinish: '2008-12-03' });
    expect(doc.projectSummary).toMatchObject({ uid: 0, startDate: '2008-11-20T09:00:00', finishDate: '2009-01-02T11:00:00' });
  });

  it('reads the task type, manual and active flags', () => {
    const doc = read('calendar-recurring-exceptions-project2016-mspdi.xml');
    expect(doc.projectSummary).toMatchObject({ manual: false, active: true, type: 'fixed-duration', summary: true });
    expect(read('mspdirelations.xml').tasks.get('1')).toMatchObject({ type: 'fixed-units', manual: false, effortDriven: true });
  });

  it('options name the project and the portfolio', () => {
    const pf = readMspdi(data('mspdi/mspdirelations.xml'), { projectId: 'rel', portfolioId: 'pf' });
    expect(pf.id).toBe('pf');
    expect(pf.projects[0]!.id).toBe('rel');
  });

  it('never mutates its input string (strings are immutable) and returns new objects each time', () => {
    const xml = data('mspdi/mspdirelations.xml');
    const a = readMspdi(xml);
    const b = readMspdi(xml);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});

describe('readMspdi on small documents', () => {
  const wrap = (tasks: string, extra = '') =>
    `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Name>t</Name><StartDate>2026-01-05T08:00:00</StartDate>${extra}<Tasks>${tasks}</Tasks></Project>`;

  it('reads constraints of every type, and drops a dated type without a date', () => {
    const codes = ['ASAP', 'ALAP', 'MSO', 'MFO', 'SNET', 'SNLT', 'FNET', 'FNLT'];
    const xml = wrap(
      codes.map((_, i) => `<Task><UID>${i + 1}</UID><Name>c${i}</Name><ConstraintType>${i}</ConstraintType><ConstraintDate>2026-02-0${i + 1}T08:00:00</ConstraintDate></Task>`).join('') +
        '<Task><UID>20</UID><Name>no date</Name><ConstraintType>4</ConstraintType></Task>',
    );
    const doc = readMspdiDetails(xml);
    expect(doc.project.tasks.map((t) => t.constraint)).toEqual([
      undefined,
      { type: 'ALAP', date: '2026-02-02' },
      { type: 'MSO', date: '2026-02-03' },
      { type: 'MFO', date: '2026-02-03' }, // 08:00 on Wednesday: the end of Tuesday's work
      { type: 'SNET', date: '2026-02-05' },
      { type: 'SNLT', date: '2026-02-06' },
      { type: 'FNET', date: '2026-02-07' },
      { type: 'FNLT', date: '2026-02-08' },
      undefined,
    ]);
    expect(doc.warnings).toEqual([{ code: 'constraint-without-date', message: expect.stringContaining('task UID 20'), uid: 20 }]);
  });

  it('reads percent and elapsed lags approximately, with warnings; leaves cross-project links out', () => {
    const xml = wrap(
      '<Task><UID>1</UID><Name>a</Name><Duration>PT80H0M0S</Duration></Task>' +
        '<Task><UID>2</UID><Name>b</Name><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink></Task>' +
        '<Task><UID>3</UID><Name>c</Name><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type><LinkLag>14400</LinkLag><LagFormat>8</LagFormat></PredecessorLink>' +
        '<PredecessorLink><PredecessorUID>99</PredecessorUID><CrossProject>1</CrossProject><CrossProjectName>x.mpp\\1</CrossProjectName></PredecessorLink></Task>',
    );
    const doc = readMspdiDetails(xml);
    expect(doc.project.dependencies).toEqual([
      { from: '1', to: '2', type: 'FS', lag: 5 }, // 50 % of 10 days
      { from: '1', to: '3', type: 'SS', lag: 1 }, // one elapsed day
    ]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['percent-lag', 'elapsed-lag', 'cross-project-link']);
    expect(() => readMspdi(xml, { approximations: 'error' })).toThrow(PmoError);
  });

  const CAL = '<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar></Calendar></Calendars>';
  it('reads an elapsed lag to an elapsed task exactly, a working lag to it as elapsed days with a warning', () => {
    const link = (uid: number, lag: number, format: number): string =>
      `<PredecessorLink><PredecessorUID>${uid}</PredecessorUID><Type>1</Type><LinkLag>${lag}</LinkLag><LagFormat>${format}</LagFormat></PredecessorLink>`;
    const xml = wrap(
      '<Task><UID>1</UID><Name>pour</Name><Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat></Task>' +
        `<Task><UID>2</UID><Name>cure</Name><Duration>PT72H0M0S</Duration><DurationFormat>8</DurationFormat>${link(1, 28800, 8)}</Task>` +
        `<Task><UID>3</UID><Name>dry</Name><Duration>PT12H0M0S</Duration><DurationFormat>6</DurationFormat><CalendarUID>1</CalendarUID>${link(2, 9600, 7)}</Task>`,
      CAL,
    );
    const doc = readMspdiDetails(xml);
    expect(doc.project.tasks.map((t) => [t.id, t.duration, t.calendarId])).toEqual([
      ['1', 1, undefined],
      ['2', 3, MSPDI_ELAPSED_CALENDAR.id],
      ['3', 0.5, MSPDI_ELAPSED_CALENDAR.id],
    ]);
    expect(doc.project.dependencies).toEqual([
      { from: '1', to: '2', type: 'FS', lag: 2 }, // 2 elapsed days, counted on the successor's (elapsed) calendar
      { from: '2', to: '3', type: 'FS', lag: 2 }, // 2 working days, read as 2 elapsed days
    ]);
    expect(doc.warnings.map((w) => [w.code, w.uid])).toEqual([
      ['elapsed-task-calendar', 3],
      ['working-lag-on-elapsed-task', 3],
    ]);
    expect(() => readMspdi(xml, { approximations: 'error' })).toThrow(/lag of 2 working day\(s\) on the link from UID 2 to this elapsed-duration task/);
  });

  it('refuses elapsed tasks when the document names another calendar with the reserved id', () => {
    const blob = JSON.stringify({ calendars: { '1': { set: { id: MSPDI_ELAPSED_CALENDAR.id } } } }).replace(/"/g, '&quot;');
    const xml = wrap(
      `<Task><UID>0</UID><Name>p</Name><ExtendedAttribute><FieldID>188743734</FieldID><Value>${blob}</Value></ExtendedAttribute></Task>` +
        '<Task><UID>1</UID><Name>cure</Name><Duration>PT24H0M0S</Duration><DurationFormat>8</DurationFormat></Task>',
      CAL,
    ).replace('<Tasks>', '<ExtendedAttributes><ExtendedAttribute><FieldID>188743734</FieldID><FieldName>Text2</FieldName><Alias>pmo-kit data</Alias></ExtendedAttribute></ExtendedAttributes><Tasks>');
    expect(() => readMspdi(xml)).toThrow(/"mspdi-elapsed" is not round-the-clock time/);
  });

  it('treats an empty <Task> with only a UID as a null task', () => {
    const doc = readMspdiDetails(wrap('<Task><UID>1</UID></Task><Task><UID>2</UID><ID>2</ID></Task><Task><UID>3</UID><Name>real</Name></Task>'));
    expect(doc.nullTaskUids).toEqual([1, 2]);
    expect(doc.project.tasks.map((t) => t.id)).toEqual(['3']);
  });

  it('keeps names exactly: entities, character references, whitespace, unicode', () => {
    const doc = readMspdi(wrap('<Task><UID>1</UID><Name>  a &amp; b &lt;c&gt; &quot;d&quot; &#233;&#x41;&#13; 工程 🚀 </Name></Task>'));
    expect(doc.projects[0]!.tasks[0]!.name).toBe('  a & b <c> "d" éA\r 工程 🚀 ');
  });

  it('ignores links to unknown tasks, to itself and duplicates, with warnings', () => {
    const link = (uid: number, type = 1) => `<PredecessorLink><PredecessorUID>${uid}</PredecessorUID><Type>${type}</Type></PredecessorLink>`;
    const doc = readMspdiDetails(wrap(`<Task><UID>1</UID><Name>a</Name></Task><Task><UID>2</UID><Name>b</Name>${link(1)}${link(1)}${link(2)}${link(7)}</Task>`));
    expect(doc.project.dependencies).toEqual([{ from: '1', to: '2', type: 'FS', lag: 0 }]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['duplicate-link', 'self-link', 'unknown-predecessor']);
    expect(doc.tasks.get('2')!.predecessors.map((p) => p.kept)).toEqual([true, false, false, false]);
  });

  it('warns about a project scheduled from its finish date', () => {
    const doc = readMspdiDetails(wrap('<Task><UID>1</UID><Name>a</Name></Task>').replace('<StartDate>', '<ScheduleFromStart>0</ScheduleFromStart><FinishDate>2026-03-01T17:00:00</FinishDate><StartDate>'));
    expect(doc.properties.scheduleFromStart).toBe(false);
    expect(doc.warnings).toEqual([{ code: 'scheduled-from-finish', message: expect.stringContaining('(2026-03-01T17:00:00)') }]);
  });

  it('falls back to task starts when the project has no StartDate', () => {
    const xml = '<Project><Tasks><Task><UID>1</UID><Name>a</Name><Start>2026-03-02T08:00:00</Start></Task></Tasks></Project>';
    expect(readMspdi(xml).projects[0]!.start).toBe('2026-03-02');
    expect(readMspdi(xml).projects[0]!.id).toBe('mspdi');
  });

  it('accepts a namespace prefix and a byte-order mark', () => {
    const xml = '\uFEFF<msp:Project xmlns:msp="http://schemas.microsoft.com/project"><msp:StartDate>2026-01-05T08:00:00</msp:StartDate><msp:Tasks><msp:Task><msp:UID>1</msp:UID><msp:Name>a</msp:Name></msp:Task></msp:Tasks></msp:Project>';
    expect(readMspdi(xml).projects[0]!.tasks[0]!.name).toBe('a');
  });

  it('flattens base calendars: weekdays, exceptions and work weeks, the derived calendar winning', () => {
    const day = (type: number, working: number) => `<WeekDay><DayType>${type}</DayType><DayWorking>${working}</DayWorking></WeekDay>`;
    const exception = (from: string, to: string, working: number, name: string) =>
      `<Exception><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod><Name>${name}</Name><Type>1</Type><DayWorking>${working}</DayWorking></Exception>`;
    const calendars = `<CalendarUID>1</CalendarUID><Calendars>
      <Calendar><UID>1</UID><Name>Base</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
        <WeekDays>${day(1, 0)}${[2, 3, 4, 5, 6].map((d) => day(d, 1)).join('')}${day(7, 0)}</WeekDays>
        <Exceptions>${exception('2026-12-24', '2026-12-26', 0, 'Christmas')}${exception('2026-05-01', '2026-05-01', 0, 'May Day')}</Exceptions>
      </Calendar>
      <Calendar><UID>2</UID><Name>Derived</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>
        <WeekDays>${day(6, 0)}${day(7, 1)}</WeekDays>
        <Exceptions>${exception('2026-12-25', '2026-12-25', 1, 'On duty')}</Exceptions>
        <WorkWeeks><WorkWeek><TimePeriod><FromDate>2026-07-06T00:00:00</FromDate><ToDate>2026-07-12T23:59:00</ToDate></TimePeriod><Name>Summer</Name>
          <WeekDays>${[2, 3, 4].map((d) => day(d, 1)).join('')}</WeekDays></WorkWeek></WorkWeeks>
      </Calendar>
      <Calendar><UID>3</UID><Name>Loop</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>4</BaseCalendarUID></Calendar>
      <Calendar><UID>4</UID><Name>Loop back</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>3</BaseCalendarUID></Calendar>
      <Calendar><UID>5</UID><Name>Orphan</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>99</BaseCalendarUID>
        <Exceptions><Exception><TimePeriod><FromDate>2026-01-01T00:00:00</FromDate><ToDate>2026-12-31T23:59:00</ToDate></TimePeriod><Name>odd</Name><Type>4</Type><Occurrences>3</Occurrences><DayWorking>0</DayWorking></Exception></Exceptions>
        <WeekDays><WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-03-02T00:00:00</FromDate><ToDate>2026-03-02T23:59:00</ToDate></TimePeriod></WeekDay></WeekDays>
      </Calendar>
    </Calendars>`;
    const doc = readMspdiDetails(wrap('<Task><UID>1</UID><Name>a</Name><CalendarUID>2</CalendarUID></Task>', calendars));
    const cal = new Map(doc.portfolio.calendars.map((c) => [c.id, c]));
    expect(cal.get('2')).toEqual({
      id: '2',
      name: 'Derived',
      workingDays: [1, 2, 3, 4, 6], // DayType 6 (Friday) off, 7 (Saturday) on; the rest from the base
      holidays: [],
      exceptions: [
        { date: '2026-05-01', working: false, name: 'May Day' },
        // The summer work week works Monday to Wednesday only: Thursday and Saturday differ.
        { date: '2026-07-09', working: false, name: 'Summer' },
        { date: '2026-07-11', working: false, name: 'Summer' },
        { date: '2026-12-24', working: false, name: 'Christmas' },
        { date: '2026-12-25', working: true, name: 'On duty' }, // the derived calendar's exception wins
        { date: '2026-12-26', working: false, name: 'Christmas' },
      ],
      hoursPerDay: 8,
    });
    expect(doc.project.tasks[0]!.calendarId).toBe('2');
    // A base cycle and an unknown base are cut with a warning; an incomplete recurrence falls back
    // to the dated WeekDay entries.
    expect(cal.get('3')!.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(cal.get('5')!.holidays).toEqual(['2026-03-02']);
    expect(doc.warnings.map((w) => w.code).sort()).toEqual(['base-calendar-cycle', 'base-calendar-cycle', 'unknown-base-calendar', 'unsupported-recurrence']);
  });
});
