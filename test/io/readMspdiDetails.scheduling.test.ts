/**
 * What MS Project schedules beyond a plain CPM, read from MSPDI (issue 10): constraint and
 * deadline instants with their time of day, manually scheduled tasks, split tasks,
 * resource-driven dates, durations on calendars whose days are not `MinutesPerDay` long, and the
 * project start time. Each is modelled (and scheduled as MS Project does) or reported per task.
 */
import { describe, expect, it } from 'vitest';
import { readMspdiDetails } from '../../src/io/index.js';
import { schedule } from '../../src/schedule/index.js';
import { data, hasData } from './shared.js';

const DAY = (from: string, to: string) => `<WorkingTime><FromTime>${from}:00</FromTime><ToTime>${to}:00</ToTime></WorkingTime>`;
const STD_TIMES = `<WorkingTimes>${DAY('08:00', '12:00')}${DAY('13:00', '17:00')}</WorkingTimes>`;
/** A base calendar: `days` are MSPDI day types (1 = Sunday … 7 = Saturday) with their working times. */
function calendar(uid: number, days: Record<number, string | undefined>): string {
  const weekDays = [1, 2, 3, 4, 5, 6, 7]
    .map((d) => (days[d] === undefined ? `<WeekDay><DayType>${d}</DayType><DayWorking>0</DayWorking></WeekDay>` : `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking>${days[d]}</WeekDay>`))
    .join('');
  return `<Calendar><UID>${uid}</UID><Name>c${uid}</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${weekDays}</WeekDays></Calendar>`;
}
const MON_FRI = calendar(1, { 2: STD_TIMES, 3: STD_TIMES, 4: STD_TIMES, 5: STD_TIMES, 6: STD_TIMES });
const MON_SAT = calendar(1, { 2: STD_TIMES, 3: STD_TIMES, 4: STD_TIMES, 5: STD_TIMES, 6: STD_TIMES, 7: STD_TIMES });

/** A document starting Monday 2026-01-05 on calendar UID 1. */
function doc(tasks: string, opts: { calendars?: string; start?: string; minutesPerDay?: number; more?: string } = {}): string {
  return (
    `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Name>t</Name>` +
    `<StartDate>${opts.start ?? '2026-01-05T08:00:00'}</StartDate><CalendarUID>1</CalendarUID><MinutesPerDay>${opts.minutesPerDay ?? 480}</MinutesPerDay>` +
    `<Calendars>${opts.calendars ?? MON_FRI}</Calendars><Tasks>${tasks}</Tasks>${opts.more ?? ''}</Project>`
  );
}
const task = (uid: number, fields: string) => `<Task><UID>${uid}</UID><Name>t${uid}</Name>${fields}</Task>`;
const days = (n: number) => `<Duration>PT${n * 8}H0M0S</Duration><DurationFormat>7</DurationFormat>`;
const link = (pred: number) => `<PredecessorLink><PredecessorUID>${pred}</PredecessorUID><Type>1</Type></PredecessorLink>`;
const constraint = (code: number, at: string) => `<ConstraintType>${code}</ConstraintType><ConstraintDate>${at}</ConstraintDate>`;
const SNET = 4;
const SNLT = 5;
const FNET = 6;
const FNLT = 7;
const MSO = 2;
const MFO = 3;

function run(xml: string) {
  const d = readMspdiDetails(xml);
  const s = schedule(d.project, { calendars: d.portfolio.calendars, ...(d.portfolio.defaultCalendarId !== undefined ? { defaultCalendarId: d.portfolio.defaultCalendarId } : {}) });
  const t = (id: string) => s.tasks.find((x) => x.id === id)!;
  return { d, s, t, codes: d.warnings.map((w) => w.code) };
}

describe('constraint date-times read with their time of day (MS Project instants)', () => {
  // Task 1 (2 days) with the constraint; task 9 (30 days) keeps the project finish far.
  const one = (c: string, calendars = MON_FRI) => run(doc(task(1, days(2) + c) + task(9, days(30)), { calendars }));

  it('FNET on Sunday 17:00 after a working Saturday finishes the task on Saturday', () => {
    const r = one(constraint(FNET, '2026-01-11T17:00:00'), MON_SAT);
    expect([r.t('1').earlyStartDate, r.t('1').earlyFinishDate]).toEqual(['2026-01-09', '2026-01-10']);
    expect(r.codes).toEqual([]);
  });

  it('FNET at Monday 08:00 is the end of Friday (the previous working instant), not the end of Monday', () => {
    const r = one(constraint(FNET, '2026-01-12T08:00:00'));
    expect(r.d.project.tasks[0]!.constraint).toEqual({ type: 'FNET', date: '2026-01-09' });
    expect([r.t('1').earlyStartDate, r.t('1').earlyFinishDate]).toEqual(['2026-01-08', '2026-01-09']);
  });

  it('FNLT and MFO at Wednesday 08:00 are the end of Tuesday', () => {
    expect(one(constraint(FNLT, '2026-01-07T08:00:00')).t('1').lateFinishDate).toBe('2026-01-06');
    const mfo = one(constraint(MFO, '2026-01-07T08:00:00')).t('1');
    expect([mfo.earlyStartDate, mfo.earlyFinishDate]).toEqual(['2026-01-05', '2026-01-06']);
  });

  it('a finish constraint at 17:00 is the end of that day', () => {
    const r = one(constraint(FNET, '2026-01-14T17:00:00'));
    expect(r.t('1').earlyFinishDate).toBe('2026-01-14');
  });

  it('SNET and MSO at Friday 17:00 are Monday (the next working instant), not Friday', () => {
    expect(one(constraint(SNET, '2026-01-09T17:00:00')).t('1').earlyStartDate).toBe('2026-01-12');
    expect(one(constraint(MSO, '2026-01-09T17:00:00')).t('1').earlyStartDate).toBe('2026-01-12');
  });

  it('SNLT at Friday 17:00 lets the task start on Monday', () => {
    const r = one(constraint(SNLT, '2026-01-09T17:00:00'));
    expect(r.d.project.tasks[0]!.constraint).toEqual({ type: 'SNLT', date: '2026-01-12' });
    expect(r.t('1').lateStartDate).toBe('2026-01-12');
  });

  it('a constraint at 08:00 on a working day is that day; on a weekend it moves as its type says', () => {
    expect(one(constraint(SNET, '2026-01-07T08:00:00')).t('1').earlyStartDate).toBe('2026-01-07');
    expect(one(constraint(MSO, '2026-01-10T08:00:00')).t('1').earlyStartDate).toBe('2026-01-12');
    expect(one(constraint(MFO, '2026-01-10T08:00:00')).t('1').earlyFinishDate).toBe('2026-01-09');
  });

  it('a constraint within a working day has no exact day: rounded so that it still holds, and reported per task', () => {
    const snet = one(constraint(SNET, '2026-01-07T12:00:00'));
    expect(snet.d.project.tasks[0]!.constraint).toEqual({ type: 'SNET', date: '2026-01-08' });
    expect(snet.d.warnings).toEqual([{ code: 'constraint-time', uid: 1, message: expect.stringMatching(/task UID 1: the SNET constraint at 12:00 on 2026-01-07 falls within a working day/) }]);
    expect(one(constraint(FNLT, '2026-01-07T12:00:00')).d.project.tasks[0]!.constraint).toEqual({ type: 'FNLT', date: '2026-01-06' });
  });

  it('a deadline at 08:00 is the end of the previous working day', () => {
    const r = one('<Deadline>2026-01-07T08:00:00</Deadline>');
    expect(r.d.project.tasks[0]!.deadline).toBe('2026-01-06');
  });
});

describe('manually scheduled tasks (Manual = 1) keep their dates', () => {
  it('a manual task keeps its start after a longer predecessor; its successor and the project finish follow it', () => {
    // 1 (5 days) -> 2 (manual, 2 days, Start Wednesday 01-07) -> 3 (3 days).
    const r = run(
      doc(
        task(1, days(5)) +
          task(2, `${days(2)}<Manual>1</Manual><Start>2026-01-07T08:00:00</Start><Finish>2026-01-08T17:00:00</Finish>${link(1)}`) +
          task(3, days(3) + link(2)),
      ),
    );
    expect(r.d.project.tasks[1]!.manualStart).toBe('2026-01-07');
    expect([r.t('2').earlyStartDate, r.t('2').earlyFinishDate, r.t('3').earlyStartDate, r.s.finishDate]).toEqual(['2026-01-07', '2026-01-08', '2026-01-09', '2026-01-13']);
    expect(r.codes).toEqual([]);
  });

  it('a manual start at 17:00 is the next working day; within a day it is rounded and reported', () => {
    const at = (start: string) => run(doc(task(1, `${days(1)}<Manual>1</Manual><Start>${start}</Start>`)));
    expect(at('2026-01-09T17:00:00').d.project.tasks[0]!.manualStart).toBe('2026-01-12');
    const mid = at('2026-01-07T10:00:00');
    expect([mid.d.project.tasks[0]!.manualStart, mid.codes]).toEqual(['2026-01-07', ['manual-start-time']]);
  });

  it('a manual summary is reported (its dates roll up), and so is a manual task without a start', () => {
    const r = run(
      doc(
        task(1, '<OutlineLevel>1</OutlineLevel><Summary>1</Summary><Manual>1</Manual><Start>2026-01-07T08:00:00</Start>') +
          task(2, `<OutlineLevel>2</OutlineLevel>${days(1)}`) +
          task(3, `<OutlineLevel>1</OutlineLevel>${days(1)}<Manual>1</Manual>`),
      ),
    );
    expect(r.d.warnings.map((w) => [w.code, w.uid])).toEqual([
      ['manual-summary', 1],
      ['manual-without-start', 3],
    ]);
    expect(r.d.project.tasks.map((t) => t.manualStart)).toEqual([undefined, undefined, undefined]);
  });
});

describe('durations in days of the task calendar', () => {
  it('MinutesPerDay other than the calendar day: minutes over the calendar working minutes (MS Project schedules minutes)', () => {
    // MinutesPerDay 450, calendar 8 hours: PT15H = 900 minutes = 1.875 calendar days, not 2.
    const r = run(doc(task(1, '<Duration>PT15H0M0S</Duration>') + task(2, `${days(1)}${link(1)}`), { minutesPerDay: 450 }));
    expect(r.d.project.tasks.map((t) => t.duration)).toEqual([1.875, 1]);
    // Task 2 starts at 15:00 on Tuesday and finishes at 15:00 on Wednesday (one 480-minute day).
    expect([r.t('2').earlyStartDate, r.t('2').earlyFinishDate]).toEqual(['2026-01-06', '2026-01-07']);
  });

  it('a calendar of 6-hour days: a 6-hour duration is one day', () => {
    const six = `<WorkingTimes>${DAY('08:00', '14:00')}</WorkingTimes>`;
    const r = run(doc(task(1, '<Duration>PT6H0M0S</Duration>'), { calendars: calendar(1, { 2: six, 3: six, 4: six, 5: six, 6: six }) }));
    expect(r.d.project.tasks[0]!.duration).toBe(1);
  });

  it('a task spanning a shorter working day is reported (pmo-kit counts days, MS Project minutes)', () => {
    const half = `<WorkingTimes>${DAY('08:00', '12:00')}</WorkingTimes>`;
    const cal = calendar(1, { 2: STD_TIMES, 3: STD_TIMES, 4: STD_TIMES, 5: STD_TIMES, 6: half });
    const r = run(doc(task(1, `${days(2)}<Start>2026-01-08T08:00:00</Start><Finish>2026-01-12T12:00:00</Finish>`) + task(2, `${days(1)}<Start>2026-01-05T08:00:00</Start><Finish>2026-01-05T17:00:00</Finish>`), { calendars: cal }));
    expect(r.d.warnings).toEqual([{ code: 'uneven-working-days', uid: 1, message: expect.stringContaining('2026-01-09: 240 min') }]);
  });

  it('a project starting at the end of a working day starts on the next; within a day it is reported', () => {
    expect(run(doc(task(1, days(1)), { start: '2026-01-09T17:00:00' })).d.project.start).toBe('2026-01-12');
    const mid = run(doc(task(1, days(1)), { start: '2026-01-05T09:00:00' }));
    expect([mid.d.project.start, mid.codes]).toEqual(['2026-01-05', ['project-start-time']]);
  });

  it('an inactive task is reported', () => {
    expect(run(doc(task(1, `${days(1)}<Active>0</Active>`))).codes).toEqual(['inactive-task']);
  });
});

describe('resource-driven dates are reported per task', () => {
  const NIGHT = `<WorkingTimes>${DAY('22:00', '23:59')}</WorkingTimes>`;
  const resourceDoc = (resourceCal: string, type = '') =>
    doc(task(1, `${days(2)}${type}<Start>2026-01-05T08:00:00</Start><Finish>2026-01-06T17:00:00</Finish>`), {
      calendars: MON_FRI + resourceCal,
      more:
        '<Resources><Resource><UID>1</UID><Name>r</Name><Type>1</Type><CalendarUID>2</CalendarUID></Resource></Resources>' +
        '<Assignments><Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units></Assignment></Assignments>',
    });

  it('a resource on other hours than the task calendar: resource-driven', () => {
    const r = run(resourceDoc(calendar(2, { 2: NIGHT, 3: NIGHT, 4: NIGHT, 5: NIGHT, 6: NIGHT })));
    expect(r.d.warnings.map((w) => [w.code, w.uid])).toEqual([['resource-driven', 1]]);
  });

  it('a resource on the same hours, or a fixed-duration task: not reported', () => {
    expect(run(resourceDoc(calendar(2, { 2: STD_TIMES, 3: STD_TIMES, 4: STD_TIMES, 5: STD_TIMES, 6: STD_TIMES }))).codes).toEqual([]);
    expect(run(resourceDoc(calendar(2, { 2: NIGHT, 3: NIGHT, 4: NIGHT, 5: NIGHT, 6: NIGHT }), '<Type>1</Type>')).codes).toEqual([]);
  });
});

describe.skipIf(!hasData('mspdi'))('split and resource-driven tasks in the reference files', () => {
  it('mspdisplittask.xml: split task 1 finishes on 2006-10-09 as in MS Project (not 2006-10-04), with its slack', () => {
    const r = run(data('mspdi/mspdisplittask.xml'));
    expect([r.t('1').earlyStartDate, r.t('1').earlyFinishDate, r.t('1').totalFloat]).toEqual(['2006-09-21', '2006-10-09', 7]);
    expect([r.t('2').earlyFinishDate, r.s.finishDate]).toEqual(['2006-10-18', '2006-10-18']);
    expect(r.d.warnings.map((w) => [w.code, w.uid])).toEqual([
      ['split-task', 1],
      ['split-task', 2],
    ]);
  });

  it('mspdiresource.xml: task 2 is resource-driven (its resource 3 works other days), and reported', () => {
    const r = run(data('mspdi/mspdiresource.xml'));
    expect(r.d.warnings.map((w) => [w.code, w.uid])).toEqual([['resource-driven', 2]]);
  });
});

describe('scheduling options MS Project applies and pmo-kit does not', () => {
  it('a leveling delay is reported per task', () => {
    expect(run(doc(task(1, `${days(1)}<LevelingDelay>4800</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>`))).codes).toEqual(['leveling-delay']);
    expect(run(doc(task(1, `${days(1)}<LevelingDelay>0</LevelingDelay>`))).codes).toEqual([]);
  });

  it('HonorConstraints 0 with an SNLT, FNLT, MSO or MFO: reported (pmo-kit lets constraints win)', () => {
    const honor = (flag: number, c: string) => run(doc(task(1, days(1) + c), { more: '' }).replace('<Calendars>', `<HonorConstraints>${flag}</HonorConstraints><Calendars>`)).codes;
    expect(honor(0, constraint(MSO, '2026-01-07T08:00:00'))).toEqual(['links-win-over-constraints']);
    expect(honor(1, constraint(MSO, '2026-01-07T08:00:00'))).toEqual([]);
    expect(honor(0, constraint(SNET, '2026-01-07T08:00:00'))).toEqual([]);
  });
});

describe('working times of calendar exceptions', () => {
  it('a working exception of 4 hours: a task over it is reported, one beside it is not', () => {
    const cal =
      `<Calendar><UID>1</UID><Name>c</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>` +
      [1, 2, 3, 4, 5, 6, 7].map((d) => (d === 1 || d === 7 ? `<WeekDay><DayType>${d}</DayType><DayWorking>0</DayWorking></WeekDay>` : `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking>${STD_TIMES}</WeekDay>`)).join('') +
      `</WeekDays><Exceptions><Exception><TimePeriod><FromDate>2026-01-07T00:00:00</FromDate><ToDate>2026-01-07T23:59:00</ToDate></TimePeriod>` +
      `<Occurrences>1</Occurrences><Name>short</Name><Type>1</Type><DayWorking>1</DayWorking><WorkingTimes>${DAY('08:00', '12:00')}</WorkingTimes></Exception></Exceptions></Calendar>`;
    const r = run(
      doc(task(1, `${days(3)}<Start>2026-01-05T08:00:00</Start><Finish>2026-01-08T12:00:00</Finish>`) + task(2, `${days(1)}<Start>2026-01-09T08:00:00</Start><Finish>2026-01-09T17:00:00</Finish>`), {
        calendars: cal,
      }),
    );
    expect(r.d.warnings.map((w) => [w.code, w.uid])).toEqual([['uneven-working-days', 1]]);
    expect(r.d.warnings[0]!.message).toContain('2026-01-07: 240 min');
  });
});
