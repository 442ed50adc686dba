import { basename } from 'node:path';
import { psplibToRcpsp } from '../../io/psplibToRcpsp.js';
import { rcmpToRcpsp } from '../../io/rcmpToRcpsp.js';
import type { Portfolio } from '../../model/portfolio.js';
import { levelResources } from '../../resources/levelResources.js';
import { solveRcpsp } from '../../resources/solveRcpsp.js';
import type { RcpspInstance } from '../../resources/rcpspTypes.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { FORMAT_FLAG, JSON_FLAG, LEVELING_FLAGS, booleanFlag, failOnExit, failOnFlag, parseFailOn, parseFormat, parseLevelingFlags, type LevelingFlags } from '../flags.js';
import { table } from '../format.js';
import { inFile, inputPortfolio, readInputFile, type InputFile } from '../input.js';
import { printJson } from '../io.js';
import { levelJsonOfInstance, levelJsonOfPortfolio, type PeriodNaming } from '../output/levelJson.js';
import { levelingReport, round } from '../output/levelingReport.js';

const FAIL_ON = { late: 'a deadline missed after leveling' };

/** `pmo level`: resource leveling (RCPSP) of a portfolio or a benchmark instance. */
export const levelCommand: CommandSpec = {
  name: 'level',
  summary: 'resource leveling (RCPSP) across projects: leveled dates, delays, over-allocations before and after',
  usage: '<file|-> [--format F] [--schedules N] [--seed S] [--objective makespan|delay] [--json] [--fail-on late]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: { format: FORMAT_FLAG, ...LEVELING_FLAGS, json: JSON_FLAG, 'fail-on': failOnFlag(FAIL_ON) },
  examples: [
    { command: 'pmo level examples/data/sample-portfolio.json', description: 'level the sample’s shared pool; over-allocations before and after' },
    { command: 'pmo level MPLIB1_Set1_0.rcmp --objective delay --schedules 1000 --json', description: 'an MPLIB instance, least average project delay' },
    { command: 'pmo level plan.xml --format mspdi', description: 'an MS Project file' },
  ],
  notes: [
    'A portfolio is leveled in working days from its earliest project start; PSPLIB and MPLIB',
    'instances in whole periods (no dates). The --json fields are a contract: see docs/cli.md.',
  ],
  run: runLevel,
};

function runLevel(ctx: CommandContext): number {
  const failOn = parseFailOn(ctx, Object.keys(FAIL_ON));
  const options = parseLevelingFlags(ctx);
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx));
  const c = input.content;
  let lateness: number;
  switch (c.format) {
    case 'psplib':
      lateness = levelInstance(ctx, input, inFile(ctx, input.name, () => psplibToRcpsp(c.instance)), 'PSPLIB instance', options, {
        projectName: () => input.base,
        taskId: (id) => id,
        taskName: (id) => `job ${id}`,
      });
      break;
    case 'rcmp':
      lateness = levelInstance(ctx, input, inFile(ctx, input.name, () => rcmpToRcpsp(c.instance)), 'multi-project instance', options, {
        projectName: (id) => `Project ${id}`,
        taskId: (id) => id.slice(id.indexOf(':') + 1),
        taskName: (id) => `activity ${id}`,
      });
      break;
    default:
      lateness = levelPortfolio(ctx, input, inputPortfolio(ctx, input), options);
  }
  return failOnExit(ctx, failOn, { late: lateness > 0 ? `deadlines missed by ${round(lateness)} in total` : undefined });
}

/** PSPLIB and MPLIB: solve the instance as it is. Returns the lateness. */
function levelInstance(ctx: CommandContext, input: InputFile, instance: RcpspInstance, what: string, options: LevelingFlags, naming: PeriodNaming): number {
  const s = inFile(ctx, input.name, () => solveRcpsp(instance, options));
  if (booleanFlag(ctx, 'json')) {
    printJson(ctx.io, levelJsonOfInstance(instance, s, options, naming));
    return s.lateness;
  }
  const lines = [
    `${basename(input.name)}: ${what}, ${instance.activities.length} activities, ${instance.resources?.length ?? 0} resources, ${s.projects.length} project${s.projects.length === 1 ? '' : 's'}`,
    `leveled with ${s.schedules} schedules (seed ${options.seed}, objective ${options.objective})`,
    `makespan ${s.makespan} periods (lower bound ${s.lowerBound}, critical path ${s.criticalPathLength}); average project delay ${round(s.averageDelay)}`,
    '',
    ...table(
      ['project', 'release', 'finish', 'CP duration', 'delay'],
      s.projects.map((p) => [p.id, String(p.release), String(p.finish), String(p.criticalPathDuration), String(p.delay)]),
      { align: ['left', 'right', 'right', 'right', 'right'] },
    ),
  ];
  ctx.io.out(`${lines.join('\n')}\n`);
  return s.lateness;
}

/** A portfolio: level, then (text) compare over-allocations before and after. Returns the lateness. */
function levelPortfolio(ctx: CommandContext, input: InputFile, portfolio: Portfolio, options: LevelingFlags): number {
  const json = booleanFlag(ctx, 'json');
  // The text compares with the early schedule: computed once, and leveling starts from it.
  const unleveled = json ? undefined : inFile(ctx, input.name, () => schedulePortfolio(portfolio, { progress: 'plan' }));
  const leveled = inFile(ctx, input.name, () => levelResources(portfolio, unleveled === undefined ? options : { ...options, schedule: unleveled }));
  for (const w of leveled.warnings) ctx.io.err(`pmo level: ${input.name}: warning: ${w}\n`);
  if (unleveled === undefined) {
    printJson(ctx.io, levelJsonOfPortfolio(leveled));
    return leveled.lateness;
  }
  const head = `${basename(input.name)}: portfolio "${portfolio.name}", ${portfolio.projects.length} projects, ${leveled.instance.activities.length} tasks leveled on calendar ${leveled.calendarId}${leveled.unionAxis ? ' and the task calendars (offsets count the days any of them works)' : ''}`;
  ctx.io.out(`${[head, ...inFile(ctx, input.name, () => levelingReport(portfolio, leveled, unleveled, 'en'))].join('\n')}\n`);
  return leveled.lateness;
}
