import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import { schedule } from '../../schedule/schedule.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { ScheduledProject, ScheduleResult } from '../../schedule/types.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { FORMAT_FLAG, JSON_FLAG, PROJECT_FLAG, booleanFlag, failOnExit, failOnFlag, parseDate, parseFailOn, parseFormat, stringFlag } from '../flags.js';
import { findProject, inFile, inputPortfolio, isPeriodBased, readInputFile, type InputFile } from '../input.js';
import { CliExit } from '../io.js';
import { cpmJson, type CpmJsonOptions, type CpmRunResult } from '../output/cpmJson.js';
import { cpmJsonChunks } from '../output/cpmJsonChunks.js';
import { cpmTable } from '../output/cpmTable.js';
import { unbuiltColumns } from '../output/unbuiltColumns.js';

const FAIL_ON = { late: 'a task with negative total float: a deadline or constraint the links cannot meet' };

/** `pmo cpm`: the critical path method on any file pmo-kit reads. */
export const cpmCommand: CommandSpec = {
  name: 'cpm',
  summary: 'critical path schedule: dates, floats and critical paths of a portfolio, a project, an MS Project file or a benchmark instance',
  usage: '<file|-> [--format F] [--project ID] [--status-date YYYY-MM-DD] [--json] [--fail-on late]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    format: FORMAT_FLAG,
    project: { ...PROJECT_FLAG, description: 'schedule this project alone (default: a single project alone, several projects together)' },
    'status-date': {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'status date: uncompleted work is rescheduled after it (default: each project\'s statusDate, else none); see docs/progress.md',
    },
    json: JSON_FLAG,
    'fail-on': failOnFlag(FAIL_ON),
  },
  examples: [
    { command: 'pmo cpm examples/data/sample-portfolio.json', description: 'every project of the sample scheduled together, critical paths as projectId/taskId' },
    { command: 'pmo cpm plan.xml --json', description: 'an MS Project file; task ids are UIDs' },
    { command: 'pmo cpm j301_1.sm', description: 'a PSPLIB instance, in periods (no dates)' },
    { command: 'pmo cpm examples/data/sample-portfolio.json --status-date 2026-04-30', description: 'the forecast from the actuals, against the baselines' },
  ],
  notes: [
    'Offsets and floats are in working days from the earliest project start (periods for PSPLIB',
    'and MPLIB, whose dates are null). The --json fields are a contract: see docs/cli.md.',
    'Tasks with actual dates are scheduled from them (the forecast); see docs/progress.md.',
  ],
  run: runCpm,
};

function runCpm(ctx: CommandContext): number {
  const failOn = parseFailOn(ctx, Object.keys(FAIL_ON));
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx));
  const projectId = stringFlag(ctx, 'project');
  const statusDate = parseDate(ctx, 'status-date');
  if (projectId !== undefined && input.content.format === 'psplib')
    throw new CliExit(2, `pmo cpm: --project does not apply to PSPLIB files (${input.name} holds one project)`);
  // PSPLIB: the instance as cpm() reads it, without its due date (offsets from period 0).
  const portfolio = inputPortfolio(ctx, input, { withoutDueDate: true });
  const run = inFile(ctx, input.name, () => scheduleInput(ctx, input, portfolio, projectId, statusDate));
  const periods = isPeriodBased(input);
  const options: CpmJsonOptions = {
    periods,
    ...(input.content.format === 'psplib' ? { taskName: (t: { id: string }) => `job ${t.id}` } : {}),
  };
  for (const w of run.schedule.warnings) ctx.io.err(`pmo cpm: ${input.name}: warning: ${w}\n`);
  // The JSON answer is written straight from the schedule, in chunks (any size, no copy of it).
  if (booleanFlag(ctx, 'json')) cpmJsonChunks(run.schedule, options, (chunk) => ctx.io.out(chunk), ctx.io.outBytes);
  else ctx.io.out(cpmTable({ title: run.title, unit: periods ? 'periods' : 'working days', portfolio: run.portfolio, result: cpmJson(run.schedule, options) }));
  const { late, first } = lateTasks(run.schedule);
  return failOnExit(ctx, failOn, { late: first === undefined ? undefined : `${late} task(s) with negative total float, e.g. ${first}` });
}

/** The tasks with negative total float: how many, and the first one's key (from the columns while the task objects are unbuilt). */
function lateTasks(s: CpmRunResult): { late: number; first: string | undefined } {
  let late = 0;
  let first: string | undefined;
  const c = unbuiltColumns(s);
  if (c !== undefined) {
    for (let i = 0; i < c.length; i++)
      if (c.totalFloat[i]! < 0) {
        late++;
        first ??= c.keyOf(i);
      }
  } else
    for (const t of s.tasks)
      if (t.totalFloat < 0) {
        late++;
        first ??= t.key;
      }
  return { late, first };
}

/** The schedule to print: one project alone (`--project`, or the file's only project), else all together. */
function scheduleInput(ctx: CommandContext, input: InputFile, portfolio: Portfolio, projectId: string | undefined, statusDate: string | undefined): { schedule: CpmRunResult; title: string; portfolio: boolean } {
  const c = input.content;
  if (projectId !== undefined || portfolio.projects.length === 1) {
    const project: Project = projectId === undefined ? portfolio.projects[0]! : findProject(ctx, input, portfolio, projectId);
    const s = schedule(project, {
      calendars: portfolio.calendars,
      ...(portfolio.defaultCalendarId !== undefined ? { defaultCalendarId: portfolio.defaultCalendarId } : {}),
      ...(statusDate !== undefined ? { statusDate } : {}),
      baselines: portfolio.baselines,
    });
    const title =
      c.format === 'psplib'
        ? `PSPLIB instance ${input.base} (${c.instance.jobs} jobs, MPM-Time ${c.instance.mpmTime})`
        : c.format === 'rcmp'
          ? `MPLIB instance ${input.base}, project ${project.id}`
          : `project "${project.name}" (calendar ${s.calendarId})`;
    return { schedule: s.statusDate === undefined ? s : { ...s, projects: [projectOf(project, s)] }, title, portfolio: false };
  }
  const s = schedulePortfolio(portfolio, statusDate !== undefined ? { statusDate } : {});
  const title =
    c.format === 'rcmp'
      ? `MPLIB instance ${input.base} (${portfolio.projects.length} projects)`
      : `portfolio "${portfolio.name}" (${portfolio.projects.length} projects, calendar ${s.calendarId})`;
  return { schedule: s, title, portfolio: true };
}

/** The progress summary of a project scheduled alone, as a portfolio schedule gives it per project. */
function projectOf(project: Project, s: ScheduleResult): ScheduledProject {
  return {
    id: project.id,
    name: project.name,
    start: 0,
    finish: s.duration,
    duration: s.duration,
    startDate: s.startDate,
    finishDate: s.finishDate,
    critical: s.tasks.some((t) => t.critical),
    statusDate: s.statusDate ?? null,
    baselineId: s.baselineId ?? null,
    baselineStartDate: s.baselineStartDate ?? null,
    baselineFinishDate: s.baselineFinishDate ?? null,
    finishVariance: s.finishVariance ?? null,
  };
}
