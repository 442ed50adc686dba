import { impactOfDelay } from '../../schedule/analysis/impactOfDelay.js';
import type { SlipMode } from '../../schedule/analysis/types.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { FORMAT_FLAG, JSON_FLAG, START_FLAG, booleanFlag, failOnExit, failOnFlag, parseChoice, parseDate, parseFailOn, parseFormat, parseNumber, requiredFlag } from '../flags.js';
import { table } from '../format.js';
import { findProject, inFile, inputPortfolio, readInputFile } from '../input.js';
import { printJson } from '../io.js';
import { renameKeys } from '../output/renameKeys.js';

/** The JSON names (docs/cli.md) of the library's date fields. */
const DATE_NAMES = { oldStartDate: 'oldStart', newStartDate: 'newStart', oldFinishDate: 'oldFinish', newFinishDate: 'newFinish' };

const FAIL_ON = {
  missed: 'a milestone, deadline or constraint date made late',
  finish: 'the portfolio finish moves',
};

/** `pmo impact`: what a task's slip does to the portfolio. */
export const impactCommand: CommandSpec = {
  name: 'impact',
  summary: 'the impact of a delay: which tasks, projects and dates move when one task slips',
  usage: '<file|-> --project P --task T --days N [--mode finish|start] [--format F] [--json] [--fail-on missed,finish]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    project: { type: 'string', value: 'P', description: 'the slipping task’s project (required)' },
    task: { type: 'string', value: 'T', description: 'the slipping task, by id within its project (required; not a WBS summary)' },
    days: { type: 'string', value: 'N', description: 'working days of slip, of the task’s calendar: a number >= 0 (required)' },
    mode: { type: 'string', value: 'finish|start', description: 'finish (default): the task takes N days longer; start: it starts N days later' },
    format: FORMAT_FLAG,
    start: START_FLAG,
    json: JSON_FLAG,
    'fail-on': failOnFlag(FAIL_ON),
  },
  examples: [
    { command: 'pmo impact examples/data/sample-portfolio.json --project wms --task wms-sit --days 10', description: 'a ten-day slip of the WMS system test' },
    { command: 'pmo impact portfolio.json --project p1 --task a --days 3 --mode start --json', description: 'the whole task starts three days late, as JSON' },
  ],
  run: runImpact,
};

function runImpact(ctx: CommandContext): number {
  const failOn = parseFailOn(ctx, Object.keys(FAIL_ON));
  const projectId = requiredFlag(ctx, 'project', 'P');
  const taskId = requiredFlag(ctx, 'task', 'T');
  requiredFlag(ctx, 'days', 'N');
  const days = parseNumber(ctx, 'days', 0, 0);
  const mode = parseChoice<SlipMode>(ctx, 'mode', ['finish', 'start'], 'finish');
  const start = parseDate(ctx, 'start');
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx));
  const portfolio = inputPortfolio(ctx, input, { startDate: start });
  findProject(ctx, input, portfolio, projectId);
  const impact = inFile(ctx, input.name, () => impactOfDelay(portfolio, { projectId, taskId, days }, { mode, schedule: schedulePortfolio(portfolio, { progress: 'plan' }) }));
  if (booleanFlag(ctx, 'json'))
    printJson(ctx.io, {
      ...renameKeys(impact, DATE_NAMES),
      tasks: impact.tasks.map((t) => renameKeys(t, DATE_NAMES)),
      projects: impact.projects.map((p) => renameKeys(p, DATE_NAMES)),
    });
  else {
    const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
    const out = [
      `${input.name}: ${impact.key} slips ${days} working day${days === 1 ? '' : 's'} (${mode === 'finish' ? 'finishes later' : 'starts later'})`,
      `portfolio finish ${impact.oldFinishDate} -> ${impact.newFinishDate} (${signed(impact.finishShift)} working days)`,
      '',
      `Projects that move (${impact.projects.length}):`,
      ...(impact.projects.length === 0
        ? ['  none']
        : table(
            ['project', 'name', 'tasks moved', 'finish', 'new finish', 'shift'],
            impact.projects.map((p) => [p.projectId, p.name, String(p.movedTasks), p.oldFinishDate, p.newFinishDate, signed(p.finishShift)]),
            { align: ['left', 'left', 'right', 'left', 'left', 'right'] },
          )),
      '',
      `Dates made late (${impact.missed.length}):`,
      ...(impact.missed.length === 0
        ? ['  none']
        : table(
            ['kind', 'project', 'task', 'date', 'forecast', 'days late', 'before'],
            impact.missed.map((m) => [m.constraint === undefined ? m.kind : `${m.kind} ${m.constraint}`, m.projectId, m.taskId ?? '', m.targetDate, m.forecastDate, String(m.daysLate), String(m.previouslyLate)]),
            { align: ['left', 'left', 'left', 'left', 'left', 'right', 'right'] },
          )),
      '',
      `Tasks that move (${impact.tasks.length}):`,
      ...table(
        ['task', 'start', 'new start', 'finish', 'new finish', 'start shift', 'finish shift', 'critical'],
        impact.tasks.map((t) => [t.key, t.oldStartDate, t.newStartDate, t.oldFinishDate, t.newFinishDate, signed(t.startShift), signed(t.finishShift), t.critical ? '*' : '']),
        { align: ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'left'] },
      ),
    ];
    ctx.io.out(`${out.join('\n')}\n`);
  }
  return failOnExit(ctx, failOn, {
    missed: impact.missed.length === 0 ? undefined : `${impact.missed.length} date${impact.missed.length === 1 ? '' : 's'} made late`,
    finish: impact.finishShift > 0 ? `the portfolio finish moves ${impact.finishShift} working days, to ${impact.newFinishDate}` : undefined,
  });
}
