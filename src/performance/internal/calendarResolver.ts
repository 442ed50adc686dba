/** CalendarResolver: resolves and compiles the calendars of projects and tasks, once per analysis. Private to pmo-kit. */
import { compileCalendar } from '../../calendar/compileCalendar.js';
import { STANDARD_CALENDAR } from '../../calendar/standardCalendar.js';
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { PmoError } from '../../errors.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import type { Task } from '../../model/task.js';

/** Resolves calendar ids as the schedule engine does: task, else project, else portfolio default, else the standard calendar. */
export class CalendarResolver {
  private readonly byId = new Map<string, WorkingCalendar>();
  private readonly raw: Map<string, Portfolio['calendars'][number]>;

  constructor(
    private readonly fn: string,
    private readonly portfolio: Portfolio,
  ) {
    this.raw = new Map((portfolio.calendars ?? []).map((c) => [c.id, c]));
  }

  /** The compiled calendar of an id (`undefined`: the standard calendar). */
  get(id: string | undefined, owner: string): WorkingCalendar {
    if (id === undefined) return compileCalendar(STANDARD_CALENDAR);
    let cal = this.byId.get(id);
    if (cal === undefined) {
      const c = this.raw.get(id);
      if (c === undefined) throw new PmoError('UNKNOWN_ID', `${this.fn}: ${owner} names unknown calendar ${JSON.stringify(id)}`);
      cal = compileCalendar(c);
      this.byId.set(id, cal);
    }
    return cal;
  }

  /** The portfolio's calendar: its default, else the standard calendar. */
  portfolioCalendar(): WorkingCalendar {
    return this.get(this.portfolio.defaultCalendarId, 'the portfolio');
  }

  /** A project's calendar. */
  project(p: Project): WorkingCalendar {
    return this.get(p.calendarId ?? this.portfolio.defaultCalendarId, `project ${JSON.stringify(p.id)}`);
  }

  /** A task's calendar. */
  task(p: Project, t: Task): WorkingCalendar {
    return this.get(t.calendarId ?? p.calendarId ?? this.portfolio.defaultCalendarId, `task ${JSON.stringify(t.id)} of project ${JSON.stringify(p.id)}`);
  }
}
