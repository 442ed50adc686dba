import { basename, extname } from 'node:path';
import { PmoError, formatPath } from '../../errors.js';
import { detectFormat, readMspdi, readPsplib } from '../../io/index.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import { safeParsePortfolio, safeParseProject } from '../../model/parse.js';
import { cpm } from '../../schedule/cpm.js';
import { schedule } from '../../schedule/schedule.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import { CliExit, parseJsonInput, readInput, type CliIo } from '../io.js';

/** Formats `pmo cpm` reads. */
export const CPM_FORMATS = ['auto', 'portfolio', 'mspdi', 'psplib'] as const;

/** Options of `pmo cpm`. */
export interface CpmCommandOptions {
  readonly format: (typeof CPM_FORMATS)[number];
  readonly project: string | undefined;
  readonly json: boolean;
}

/** One task of the `--json` output (the CLI contract: exactly these keys). */
interface CpmJsonTask {
  id: string;
  projectId: string;
  name: string;
  duration: number;
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  earlyStartDate: string | null;
  earlyFinishDate: string | null;
  lateStartDate: string | null;
  lateFinishDate: string | null;
  totalFloat: number;
  freeFloat: number;
  critical: boolean;
}

/** The `--json` output (the CLI contract: exactly these keys). */
interface CpmJson {
  duration: number;
  start: string | null;
  finish: string | null;
  criticalPaths: string[][];
  tasks: CpmJsonTask[];
}

/** What was scheduled, for the table heading. */
interface Run {
  readonly title: string;
  readonly unit: string;
  readonly portfolio: boolean;
  readonly result: CpmJson;
  readonly truncated: boolean;
  readonly warnings: readonly string[];
}

const pick = (t: CpmJsonTask): CpmJsonTask => ({
  id: t.id,
  projectId: t.projectId,
  name: t.name,
  duration: t.duration,
  earlyStart: t.earlyStart,
  earlyFinish: t.earlyFinish,
  lateStart: t.lateStart,
  lateFinish: t.lateFinish,
  earlyStartDate: t.earlyStartDate,
  earlyFinishDate: t.earlyFinishDate,
  lateStartDate: t.lateStartDate,
  lateFinishDate: t.lateFinishDate,
  totalFloat: t.totalFloat,
  freeFloat: t.freeFloat,
  critical: t.critical,
});

/**
 * `pmo cpm <file> [--format auto|portfolio|mspdi|psplib] [--project ID] [--json]`: the critical
 * path method on a portfolio JSON file (or a single project), an MS Project XML file or a PSPLIB
 * instance. Exit 0 on success, 2 on a bad file or usage.
 */
export function cpmCommand(io: CliIo, file: string, options: CpmCommandOptions): number {
  const name = file === '-' ? 'standard input' : file;
  const text = readInput(io, file);
  const format = options.format === 'auto' ? detectFormat(text) : options.format;
  let run: Run;
  try {
    switch (format) {
      case 'portfolio':
        run = runPortfolio(text, file, name, options.project);
        break;
      case 'mspdi':
        run = runMspdi(text, name, options.project);
        break;
      case 'psplib':
        if (options.project !== undefined) throw new CliExit(2, `pmo cpm: --project does not apply to PSPLIB files (${name} holds one project)`);
        run = runPsplib(text, file, name);
        break;
      default:
        throw new CliExit(
          2,
          `pmo cpm: cannot tell the format of ${name}: expected a portfolio JSON, an MS Project XML (MSPDI) or a PSPLIB .sm file; use --format portfolio|mspdi|psplib`,
        );
    }
  } catch (err) {
    if (err instanceof PmoError) throw new CliExit(2, `pmo cpm: ${name}: ${err.message}`);
    throw err;
  }
  for (const w of run.warnings) io.err(`pmo cpm: ${name}: warning: ${w}\n`);
  if (options.json) io.out(`${JSON.stringify(run.result, null, 2)}\n`);
  else io.out(table(run));
  return 0;
}

function runPortfolio(text: string, file: string, name: string, projectId: string | undefined): Run {
  const data = parseJsonInput(text, file);
  let portfolio: Portfolio;
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && !('projects' in data) && 'tasks' in data) {
    const r = safeParseProject(data);
    if (!r.success) throw invalid(name, 'project', r.error.issues);
    portfolio = { id: r.data.id, name: r.data.name, calendars: [], resources: [], pools: [], programs: [], projects: [r.data], crossDependencies: [], risks: [], statusReports: [], baselines: [] };
  } else {
    const r = safeParsePortfolio(data);
    if (!r.success) throw invalid(name, 'portfolio', r.error.issues);
    portfolio = r.data;
  }
  const opts = { calendars: portfolio.calendars, ...(portfolio.defaultCalendarId !== undefined ? { defaultCalendarId: portfolio.defaultCalendarId } : {}) };
  if (projectId !== undefined || portfolio.projects.length === 1) {
    const project = projectId === undefined ? portfolio.projects[0]! : portfolio.projects.find((p) => p.id === projectId);
    if (project === undefined) throw noProject(name, projectId!, portfolio.projects);
    return projectRun(project, opts);
  }
  const s = schedulePortfolio(portfolio);
  return {
    title: `portfolio "${portfolio.name}" (${portfolio.projects.length} projects, calendar ${s.calendarId})`,
    unit: 'working days',
    portfolio: true,
    result: { duration: s.duration, start: s.start, finish: s.finish, criticalPaths: s.criticalPaths.map((p) => [...p]), tasks: s.tasks.map(pick) },
    truncated: s.criticalPathsTruncated,
    warnings: s.warnings,
  };
}

function projectRun(project: Project, opts: Parameters<typeof schedule>[1]): Run {
  const s = schedule(project, opts);
  return {
    title: `project "${project.name}" (calendar ${s.calendarId})`,
    unit: 'working days',
    portfolio: false,
    result: { duration: s.duration, start: s.start, finish: s.finish, criticalPaths: s.criticalPaths.map((p) => [...p]), tasks: s.tasks.map(pick) },
    truncated: s.criticalPathsTruncated,
    warnings: s.warnings,
  };
}

function runMspdi(text: string, name: string, projectId: string | undefined): Run {
  const portfolio = readMspdi(text);
  const project = projectId === undefined ? portfolio.projects[0] : portfolio.projects.find((p) => p.id === projectId);
  if (project === undefined) throw noProject(name, projectId ?? '', portfolio.projects);
  const opts = { calendars: portfolio.calendars, ...(portfolio.defaultCalendarId !== undefined ? { defaultCalendarId: portfolio.defaultCalendarId } : {}) };
  return projectRun(project, opts);
}

function runPsplib(text: string, file: string, name: string): Run {
  const base = file === '-' ? 'psplib' : basename(file, extname(file));
  const inst = readPsplib(text, { name });
  const r = cpm({
    tasks: inst.activities.map((a) => ({ id: String(a.id), duration: a.duration })),
    links: inst.activities.flatMap((a) => a.successors.map((s) => ({ from: String(a.id), to: String(s) }))),
  });
  return {
    title: `PSPLIB instance ${base} (${inst.jobs} jobs, MPM-Time ${inst.mpmTime})`,
    unit: 'periods',
    portfolio: false,
    result: {
      duration: r.duration,
      start: null,
      finish: null,
      criticalPaths: r.criticalPaths.map((p) => [...p]),
      tasks: r.tasks.map((t) => ({
        id: t.id,
        projectId: base,
        name: `job ${t.id}`,
        duration: t.duration,
        earlyStart: t.earlyStart,
        earlyFinish: t.earlyFinish,
        lateStart: t.lateStart,
        lateFinish: t.lateFinish,
        earlyStartDate: null,
        earlyFinishDate: null,
        lateStartDate: null,
        lateFinishDate: null,
        totalFloat: t.totalFloat,
        freeFloat: t.freeFloat,
        critical: t.critical,
      })),
    },
    truncated: r.criticalPathsTruncated,
    warnings: [],
  };
}

function invalid(name: string, what: string, issues: readonly { path: readonly (string | number)[]; message: string; code: string }[]): CliExit {
  const lines = issues.slice(0, 20).map((i) => `  ${formatPath(i.path)}: ${i.message} [${i.code}]`);
  if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more (run "pmo validate" for all)`);
  return new CliExit(2, [`pmo cpm: ${name} is not a valid ${what}: ${issues.length} issue${issues.length === 1 ? '' : 's'}`, ...lines].join('\n'));
}

function noProject(name: string, id: string, projects: readonly Project[]): CliExit {
  return new CliExit(2, `pmo cpm: ${name} has no project ${JSON.stringify(id)}; its projects: ${projects.map((p) => JSON.stringify(p.id)).join(', ') || 'none'}`);
}

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/\.?0+$/, ''));

/** The readable table. */
function table(run: Run): string {
  const r = run.result;
  const dated = r.start !== null;
  const head = [
    ...(run.portfolio ? ['project'] : []),
    'id',
    'name',
    'dur',
    'ES',
    'EF',
    'LS',
    'LF',
    'TF',
    'FF',
    'crit',
    ...(dated ? ['early start', 'early finish', 'late start', 'late finish'] : []),
  ];
  const numeric = new Set(['dur', 'ES', 'EF', 'LS', 'LF', 'TF', 'FF']);
  const rows = r.tasks.map((t) => [
    ...(run.portfolio ? [t.projectId] : []),
    t.id,
    t.name.length > 40 ? `${t.name.slice(0, 39)}…` : t.name,
    fmt(t.duration),
    fmt(t.earlyStart),
    fmt(t.earlyFinish),
    fmt(t.lateStart),
    fmt(t.lateFinish),
    fmt(t.totalFloat),
    fmt(t.freeFloat),
    t.critical ? '*' : '',
    ...(dated ? [t.earlyStartDate ?? '', t.earlyFinishDate ?? '', t.lateStartDate ?? '', t.lateFinishDate ?? ''] : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric.has(head[i]!) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `${run.title}: ${dated ? `start ${r.start}, finish ${r.finish}, ` : ''}duration ${fmt(r.duration)} ${run.unit}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Critical path${r.criticalPaths.length === 1 ? '' : 's'} (${r.criticalPaths.length}${run.truncated ? ', more not listed' : ''}):`,
    ...r.criticalPaths.map((p) => `  ${p.join(' -> ')}`),
    '',
    `Offsets and floats in ${run.unit} from the start; EF and LF are exclusive ends; * = critical.`,
  ];
  return `${out.join('\n')}\n`;
}
