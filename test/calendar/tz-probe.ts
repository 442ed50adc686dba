/**
 * Prints, as JSON, calendar and schedule results around dates where some time zones change
 * their clocks at midnight. Run by timezones.test.ts under several TZ values; the output must be
 * identical under every zone. Not a test file itself.
 */
import {
  addWorkingDays,
  compileCalendar,
  dateAtWorkingDayOffset,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDayOffset,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { dayNumber, isoFromDayNumber } from '../../src/internal/dates.js';
import { isoWeekLabel, monthLabel } from '../../src/internal/periods.js';
import { schedule, schedulePortfolio } from '../../src/schedule/index.js';
import type { Calendar } from '../../src/model/calendar.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import type { Project } from '../../src/model/project.js';

// Midnight DST switches: Sao Paulo 2018-11-04, Santiago 2022-09-11, Tehran 2022-03-22,
// Kiritimati skipped 1994-12-31 entirely (UTC-10 to UTC+14).
const hot = ['2018-11-04', '2019-02-16', '2022-09-11', '2022-04-02', '2022-03-22', '2022-09-22', '1994-12-30', '1994-12-31', '1995-01-01', '2026-03-08', '2026-10-25'];
const cal: Calendar = {
  id: 'six',
  workingDays: [1, 2, 3, 4, 5, 6],
  holidays: ['2018-11-05', '2022-03-21', '1995-01-02'],
  exceptions: [
    { date: '2022-09-10', until: '2022-09-12', working: false },
    { date: '1994-12-31', working: true },
  ],
  hoursPerDay: 8,
};
const c = compileCalendar(cal);
const out: Record<string, unknown> = { environment: { tz: process.env.TZ, offsetMinutes: new Date(2018, 10, 4).getTimezoneOffset() } };
const rows: unknown[] = [];
for (const h of hot) {
  const base = dayNumber(h)!;
  for (let i = -3; i <= 3; i++) {
    const d = isoFromDayNumber(base + i);
    rows.push([
      d,
      isWorkingDay(c, d),
      addWorkingDays(c, d, 1),
      addWorkingDays(c, d, -2),
      nextWorkingDay(c, d),
      previousWorkingDay(c, d),
      workingDaysBetween(c, '2018-01-01', d),
      workingDayOffset(c, '1994-12-29', d),
      dateAtWorkingDayOffset(c, d, 17),
      isoWeekLabel(base + i),
      monthLabel(base + i),
    ]);
  }
}
out.calendar = rows;

const task = (id: string, duration: number) => ({ id, name: id, duration, milestone: false, demands: [] });
const project = (id: string, start: string): Project => ({
  id,
  name: id,
  start,
  calendarId: 'six',
  tasks: [task('a', 2), task('b', 3), task('c', 0), { ...task('d', 1), constraint: { type: 'MSO', date: '2022-09-13' } }, task('e', 4)],
  dependencies: [
    { from: 'a', to: 'b', type: 'FS', lag: 1 },
    { from: 'b', to: 'c', type: 'FS', lag: 0 },
    { from: 'a', to: 'e', type: 'SS', lag: -1 },
    { from: 'c', to: 'd', type: 'FF', lag: 2 },
  ],
});
out.schedules = ['2018-11-01', '2022-03-19', '2022-09-08', '1994-12-28'].map((start) => schedule(project('p', start), { calendars: [cal] }));
const portfolio: Portfolio = {
  id: 'pf',
  name: 'pf',
  defaultCalendarId: 'six',
  calendars: [cal],
  resources: [],
  pools: [],
  programs: [],
  risks: [],
  statusReports: [],
  baselines: [],
  projects: [project('p1', '2022-09-08'), project('p2', '2022-09-12')],
  crossDependencies: [{ fromProject: 'p1', from: 'c', toProject: 'p2', to: 'a', type: 'FS', lag: 0 }],
};
out.portfolio = schedulePortfolio(portfolio);

// Several calendars: a five-day project and tasks on a weekend calendar, across the switches.
const five: Calendar = { id: 'five', workingDays: [1, 2, 3, 4, 5], holidays: ['2022-09-14', '2018-11-06'], exceptions: [], hoursPerDay: 8 };
const weekend: Calendar = { id: 'weekend', workingDays: [5, 6, 7], holidays: [], exceptions: [{ date: '1994-12-29', working: true }], hoursPerDay: 8 };
const mixed = (id: string, start: string): Project => {
  const p = project(id, start);
  return { ...p, calendarId: 'five', tasks: p.tasks.map((t, i) => (i % 2 === 1 ? { ...t, calendarId: 'weekend' } : t)) };
};
out.multiCalendar = ['2018-11-01', '2022-03-19', '2022-09-08', '1994-12-28'].map((start) => schedule(mixed('m', start), { calendars: [cal, five, weekend] }));
out.multiPortfolio = schedulePortfolio({
  ...portfolio,
  calendars: [cal, five, weekend],
  projects: [project('p1', '2022-09-08'), mixed('p2', '2022-09-12')],
});
process.stdout.write(JSON.stringify(out));
