/**
 * A defensive check of the fields an earned value analysis reads, so that a malformed portfolio
 * (not from `parsePortfolio`) gets a `PmoError` naming the field, never a crash or a silently
 * wrong number. O(size of those fields). Private to pmo-kit.
 */
import { PmoError } from '../../errors.js';
import { dayNumber } from '../../internal/dates.js';
import { show } from '../../internal/show.js';
import { COST_PROFILES, EV_RULES } from '../../model/task.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  constructor(private readonly fn: string) {}
  fail(path: string, what: string, value: unknown): never {
    throw new PmoError('INVALID_ARGUMENT', `${this.fn}: ${path} must be ${what}, got ${show(value)} (pass a portfolio from parsePortfolio)`);
  }
  obj(v: unknown, path: string): Obj {
    return isObj(v) ? v : this.fail(path, 'an object', v);
  }
  list(v: unknown, path: string, optional = false): unknown[] {
    if (v === undefined && optional) return [];
    return Array.isArray(v) ? v : this.fail(path, 'an array', v);
  }
  id(o: Obj, key: string, path: string, optional = false): void {
    const v = o[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'string' || v === '') this.fail(`${path}.${key}`, 'a non-empty string', v);
  }
  date(o: Obj, key: string, path: string, optional = false): void {
    const v = o[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'string' || dayNumber(v) === undefined) this.fail(`${path}.${key}`, 'an existing day as YYYY-MM-DD', v);
  }
  amount(o: Obj, key: string, path: string, optional = true, max = 1e300): void {
    const v = o[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'number' || !(v >= 0 && v <= max)) this.fail(`${path}.${key}`, `a number from 0 to ${max}`, v);
  }
  choice(o: Obj, key: string, path: string, allowed: readonly string[]): void {
    const v = o[key];
    if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v))) this.fail(`${path}.${key}`, `one of ${allowed.join(', ')}`, v);
  }
}

/** Checks the portfolio fields read by `earnedValueAnalysis`; throws `INVALID_ARGUMENT` naming the first bad one. */
export function checkAnalysisInput(fn: string, portfolio: unknown): void {
  const c = new Checker(fn);
  const pf = c.obj(portfolio, 'portfolio');
  c.id(pf, 'defaultCalendarId', 'portfolio', true);
  if (pf.currency !== undefined && typeof pf.currency !== 'string') c.fail('portfolio.currency', 'a string', pf.currency);
  c.list(pf.calendars, 'portfolio.calendars', true).forEach((cal, i) => c.id(c.obj(cal, `calendars[${i}]`), 'id', `calendars[${i}]`));
  c.list(pf.projects, 'portfolio.projects').forEach((p, i) => {
    const at = `projects[${i}]`;
    const project = c.obj(p, at);
    c.id(project, 'id', at);
    if (typeof project.name !== 'string') c.fail(`${at}.name`, 'a string', project.name);
    c.date(project, 'start', at);
    c.id(project, 'calendarId', at, true);
    c.amount(project, 'budget', at);
    c.list(project.tasks, `${at}.tasks`).forEach((t, j) => {
      const tat = `${at}.tasks[${j}]`;
      const task = c.obj(t, tat);
      c.id(task, 'id', tat);
      c.id(task, 'parentId', tat, true);
      c.id(task, 'calendarId', tat, true);
      c.amount(task, 'budget', tat);
      c.amount(task, 'actualCost', tat);
      c.amount(task, 'percentComplete', tat, true, 100);
      c.date(task, 'actualStart', tat, true);
      c.date(task, 'actualFinish', tat, true);
      c.choice(task, 'evRule', tat, EV_RULES);
      c.choice(task, 'costProfile', tat, COST_PROFILES);
      const ms = c.list(task.evMilestones, `${tat}.evMilestones`, true);
      ms.forEach((m, k) => {
        const mat = `${tat}.evMilestones[${k}]`;
        const milestone = c.obj(m, mat);
        c.amount(milestone, 'weight', mat, false);
        c.date(milestone, 'achieved', mat, true);
      });
      if (task.evRule === 'weighted-milestones' && !ms.some((m) => (m as Obj).weight as number > 0))
        c.fail(`${tat}.evMilestones`, 'milestones with a positive total weight (evRule "weighted-milestones")', task.evMilestones);
    });
  });
  c.list(pf.statusReports, 'portfolio.statusReports', true).forEach((r, i) => {
    const at = `statusReports[${i}]`;
    const report = c.obj(r, at);
    c.id(report, 'projectId', at);
    c.date(report, 'date', at);
    for (const k of ['pv', 'ev', 'ac']) c.amount(report, k, at, false);
    c.amount(report, 'bac', at);
  });
  c.list(pf.baselines, 'portfolio.baselines', true).forEach((b, i) => {
    const at = `baselines[${i}]`;
    const baseline = c.obj(b, at);
    c.id(baseline, 'id', at);
    c.id(baseline, 'projectId', at);
    c.date(baseline, 'date', at);
    c.amount(baseline, 'budget', at);
    c.list(baseline.tasks, `${at}.tasks`, true).forEach((t, j) => {
      const tat = `${at}.tasks[${j}]`;
      const task = c.obj(t, tat);
      c.id(task, 'taskId', tat);
      c.date(task, 'start', tat);
      c.date(task, 'finish', tat);
      c.amount(task, 'cost', tat);
    });
  });
}
