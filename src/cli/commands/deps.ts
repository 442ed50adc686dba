import { criticalDependencies } from '../../schedule/analysis/criticalDependencies.js';
import { projectDependencyRanking } from '../../schedule/analysis/projectDependencyRanking.js';
import { singlePointsOfFailure } from '../../schedule/analysis/singlePointsOfFailure.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { CommandContext, CommandSpec } from '../command.js';
import {
  FORMAT_FLAG,
  JSON_FLAG,
  START_FLAG,
  booleanFlag,
  failOnExit,
  failOnFlag,
  parseDate,
  parseFailOn,
  parseFormat,
  parseInteger,
  parseNumber,
} from '../flags.js';
import { table } from '../format.js';
import { inFile, inputPortfolio, readInputFile } from '../input.js';
import { printJson } from '../io.js';

const FAIL_ON = {
  critical: 'a cross-project dependency on a critical path',
  spof: 'a single point of failure',
};

/** `pmo deps`: the critical cross-project dependencies of a portfolio. */
export const depsCommand: CommandSpec = {
  name: 'deps',
  summary: 'critical cross-project dependencies, single points of failure and the projects ranked by dependency',
  usage: '<file|-> [--format F] [--max-float N] [--min-projects N] [--days N] [--json] [--fail-on critical,spof]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    format: FORMAT_FLAG,
    'max-float': { type: 'string', value: 'N', description: 'list only the dependencies with at most N working days of link float (default: all)' },
    'min-projects': { type: 'string', value: 'N', description: 'single points of failure: a slip delays at least N other projects (default 2)' },
    days: { type: 'string', value: 'N', description: 'single points of failure: the slip tried, in working days (default 1)' },
    start: START_FLAG,
    json: JSON_FLAG,
    'fail-on': failOnFlag(FAIL_ON),
  },
  examples: [
    { command: 'pmo deps examples/data/sample-portfolio.json', description: 'the sample’s cross-project dependencies, ranked' },
    { command: 'pmo deps portfolio.json --max-float 0 --json', description: 'only the driving dependencies, as JSON' },
    { command: 'pmo deps portfolio.json --fail-on spof', description: 'a CI gate: exit 1 when one task or project holds up two others' },
  ],
  notes: ['All three analyses read one early schedule of the portfolio (schedulePortfolio).'],
  run: runDeps,
};

function runDeps(ctx: CommandContext): number {
  const failOn = parseFailOn(ctx, Object.keys(FAIL_ON));
  const maxFloat = parseNumber(ctx, 'max-float', undefined);
  const minProjects = parseInteger(ctx, 'min-projects', 2, { min: 0 });
  const days = parseNumber(ctx, 'days', 1, 0);
  const start = parseDate(ctx, 'start');
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx));
  const portfolio = inputPortfolio(ctx, input, { startDate: start });
  const { schedule, critical, spof, ranking } = inFile(ctx, input.name, () => {
    const schedule = schedulePortfolio(portfolio, { progress: 'plan' });
    return {
      schedule,
      critical: criticalDependencies(portfolio, { schedule, ...(maxFloat === undefined ? {} : { maxFloat }) }),
      spof: singlePointsOfFailure(portfolio, { schedule, minProjects, days }),
      ranking: projectDependencyRanking(portfolio),
    };
  });
  if (booleanFlag(ctx, 'json')) {
    printJson(ctx.io, {
      portfolioId: portfolio.id,
      calendarId: schedule.calendarId,
      start: schedule.startDate,
      finish: schedule.finishDate,
      criticalDependencies: critical,
      singlePointsOfFailure: spof,
      projectDependencyRanking: ranking,
    });
  } else {
    const lag = (n: number) => (n !== 0 ? ` ${n > 0 ? '+' : ''}${n}d` : '');
    const yes = (b: boolean) => (b ? 'yes' : '');
    const out = [
      `${input.name}: portfolio "${portfolio.name}", ${portfolio.projects.length} projects, ${portfolio.crossDependencies.length} cross-project dependencies; early schedule ${schedule.startDate} to ${schedule.finishDate} (calendar ${schedule.calendarId})`,
      '',
      `Cross-project dependencies${maxFloat === undefined ? '' : ` with at most ${maxFloat} working days of float`}, most critical first (${critical.length}):`,
      ...(critical.length === 0
        ? ['  none']
        : table(
            ['#', 'dependency', 'float', 'driving', 'critical', 'a slip reaches'],
            critical.map((d, i) => [String(i + 1), `${d.fromProject}/${d.from} -> ${d.toProject}/${d.to} (${d.type}${lag(d.lag)})`, String(d.float), yes(d.driving), yes(d.critical), d.downstreamProjects.join(', ')]),
            { align: ['right', 'left', 'right', 'left', 'left', 'left'] },
          )),
      '',
      `Single points of failure: a slip of ${days} working day${days === 1 ? '' : 's'} delays at least ${minProjects} other project${minProjects === 1 ? '' : 's'}:`,
      ...(spof.tasks.length === 0 && spof.projects.length === 0
        ? ['  none']
        : table(
            ['kind', 'id', 'name', 'delays'],
            [
              ...spof.projects.map((p) => ['project', p.projectId, p.name, p.delayedProjects.map((d) => `${d.projectId} +${d.days}`).join(', ')]),
              ...spof.tasks.map((t) => ['task', t.key, t.name, t.delayedProjects.map((d) => `${d.projectId} +${d.days}`).join(', ')]),
            ],
          )),
      '',
      'Projects by dependency (fan-in: projects it waits for; fan-out: projects waiting for it):',
      ...table(
        ['project', 'fan-in', 'fan-out', 'upstream', 'downstream'],
        ranking.map((r) => [r.projectId, String(r.fanIn), String(r.fanOut), r.upstream.join(', '), r.downstream.join(', ')]),
        { align: ['left', 'right', 'right', 'left', 'left'] },
      ),
      '',
      'float: working days the predecessor can slip before the link moves its successor; driving: float <= 0.',
    ];
    ctx.io.out(`${out.join('\n')}\n`);
  }
  const onPath = critical.filter((d) => d.critical);
  const points = spof.tasks.length + spof.projects.length;
  return failOnExit(ctx, failOn, {
    critical: onPath.length === 0 ? undefined : `${onPath.length} cross-project dependenc${onPath.length === 1 ? 'y' : 'ies'} on a critical path`,
    spof: points === 0 ? undefined : `${points} single point${points === 1 ? '' : 's'} of failure`,
  });
}
