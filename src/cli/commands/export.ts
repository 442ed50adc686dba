import { toDot } from '../../io/toDot.js';
import { toMermaidFlowchart } from '../../io/toMermaidFlowchart.js';
import { toMermaidGantt } from '../../io/toMermaidGantt.js';
import { writeMspdi } from '../../io/writeMspdi.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { FORMAT_FLAG, JSON_FLAG, PROJECT_FLAG, START_FLAG, booleanFlag, parseChoice, parseDate, parseFormat, requiredFlag, stringFlag } from '../flags.js';
import { findProject, inFile, inputPortfolio, readInputFile, type InputFile } from '../input.js';
import { CliExit, printJson } from '../io.js';
import { LEVELED_FLAGS, chooseSchedule } from '../leveling.js';

const TARGETS = ['mermaid', 'dot', 'mspdi'] as const;
type Target = (typeof TARGETS)[number];

/** `pmo export`: diagrams (Mermaid, Graphviz DOT) and MS Project XML. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'export a schedule as a Mermaid Gantt chart or flowchart, a Graphviz DOT network, or MS Project XML',
  usage: '<file|-> --to mermaid|dot|mspdi [--chart gantt|flowchart] [--project ID] [--leveled [--schedules N] [--seed S] [--objective O]] [--format F] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    to: { type: 'string', value: 'mermaid|dot|mspdi', description: 'what to write (required): Mermaid text, Graphviz DOT or MS Project XML (MSPDI)' },
    chart: { type: 'string', value: 'gantt|flowchart', description: '--to mermaid: a Gantt chart of one project (default) or the dependency network' },
    project: { ...PROJECT_FLAG, description: 'the project to draw or write (required for a Gantt chart or MSPDI when the file holds several)' },
    ...LEVELED_FLAGS,
    format: FORMAT_FLAG,
    start: START_FLAG,
    json: { type: 'boolean', description: 'print one JSON object: what was written and the text itself' },
  },
  examples: [
    { command: 'pmo export examples/data/sample-portfolio.json --to mermaid --project wms > wms.mmd', description: 'the WMS project’s Gantt chart, critical tasks tagged' },
    { command: 'pmo export examples/data/sample-portfolio.json --to mermaid --project wms --leveled', description: 'the Gantt chart of the leveled plan' },
    { command: 'pmo export examples/data/sample-portfolio.json --to dot | dot -Tsvg > network.svg', description: 'the portfolio’s network, critical path in red' },
    { command: 'pmo export portfolio.json --to mspdi --project p1 > p1.xml', description: 'one project as MS Project XML' },
  ],
  notes: [
    'Gantt charts read the early schedule (critical tasks tagged crit), or with --leveled the leveled',
    'one (leveled dates; a leveled plan has no critical flags). Networks (flowchart, DOT) highlight',
    'the critical path of the early schedule; MSPDI writes the project as it is (no schedule).',
  ],
  run: runExport,
};

function runExport(ctx: CommandContext): number {
  requiredFlag(ctx, 'to', TARGETS.join('|'));
  const to = parseChoice<Target>(ctx, 'to', TARGETS, 'mermaid');
  if (to !== 'mermaid' && stringFlag(ctx, 'chart') !== undefined) throw new CliExit(2, `pmo export: --chart applies only to --to mermaid`);
  const chart = to === 'mermaid' ? parseChoice(ctx, 'chart', ['gantt', 'flowchart'] as const, 'gantt') : null;
  if (booleanFlag(ctx, 'leveled') && chart !== 'gantt')
    throw new CliExit(2, `pmo export: --leveled applies only to Gantt charts (--to mermaid); networks and MSPDI do not depend on the schedule's dates`);
  const start = parseDate(ctx, 'start');
  const input = readInputFile(ctx, ctx.positionals[0]!, parseFormat(ctx));
  const portfolio = inputPortfolio(ctx, input, { startDate: start });
  const projectId = stringFlag(ctx, 'project');
  const project = projectId === undefined ? undefined : findProject(ctx, input, portfolio, projectId);
  let text: string;
  let schedule: 'early' | 'leveled' | null = null;
  if (to === 'mspdi') {
    const one = project ?? onlyProject(ctx, input, portfolio, 'MSPDI holds one project');
    text = inFile(ctx, input.name, () => writeMspdi(portfolio, { projectId: one.id }));
  } else {
    const chosen = chooseSchedule(ctx, input.name, portfolio);
    schedule = chosen.kind;
    const drawn: Project | Portfolio = project ?? (portfolio.projects.length === 1 ? portfolio.projects[0]! : portfolio);
    text = inFile(ctx, input.name, () => {
      if (chart === 'gantt') return toMermaidGantt(project ?? onlyProject(ctx, input, portfolio, 'a Gantt chart draws one project'), chosen.schedule);
      if (chart === 'flowchart') return toMermaidFlowchart(drawn, chosen.schedule);
      return toDot(drawn, chosen.schedule);
    });
  }
  if (booleanFlag(ctx, 'json')) printJson(ctx.io, { to, chart, projectId: projectId ?? null, schedule, text });
  else ctx.io.out(text);
  return 0;
}

/** The file's only project, or exit 2 asking for `--project`. */
function onlyProject(ctx: CommandContext, input: InputFile, portfolio: Portfolio, why: string): Project {
  if (portfolio.projects.length === 1) return portfolio.projects[0]!;
  throw new CliExit(2, `pmo export: ${input.name} holds ${portfolio.projects.length} projects and ${why}: name it with --project (${portfolio.projects.map((p) => p.id).join(', ')})`);
}
