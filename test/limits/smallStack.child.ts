/**
 * Run by smallStack.test.ts in a Node started with a small stack (`--stack-size`), where a spread
 * into call arguments overflows past about 14,000 elements instead of ~125,000: prints what each
 * case returned, as one JSON object by case name. Arguments: the number of tasks, then the cases.
 */
import { readMspdi, writeMspdi } from '../../src/io/index.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { schedulePortfolio } from '../../src/schedule/index.js';
import { ganttChart } from '../../src/viz/index.js';
import { runCli } from '../cli/run.js';
import { tmpFile } from '../cli/fixtures.js';

const [size, ...kinds] = process.argv.slice(2);
const n = Number(size);
// Ids that are not integers go to a custom text field per task: the writer sizes its fields over all of them.
const portfolio = {
  id: 'pf',
  name: 'PF',
  projects: [
    {
      id: 'p',
      name: 'P',
      start: '2026-01-05',
      tasks: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, duration: 1 + (i % 3) })),
      dependencies: Array.from({ length: n - 1 }, (_, i) => ({ from: `t${i}`, to: `t${i + 1}`, ...(i % 2 === 0 ? { lag: 1 } : {}) })),
    },
  ],
};
const run = (kind: string): unknown => {
  if (kind === 'writeMspdi') {
    const back = readMspdi(writeMspdi(parsePortfolio(portfolio))).projects[0]!;
    return { tasks: back.tasks.length, links: back.dependencies.length, last: back.tasks[n - 1]!.id };
  }
  if (kind === 'export') {
    const r = runCli(['export', tmpFile('big.json', portfolio), '--to', 'mspdi']);
    return { code: r.code, stderr: r.stderr, tasks: r.stdout.split('<Task>').length - 1 };
  }
  if (kind === 'gantt') {
    const svg = ganttChart(schedulePortfolio(parsePortfolio(portfolio)));
    return { svg: /^<svg[\s\S]*<\/svg>\s*$/.test(svg), last: svg.includes(`Task ${n - 1}`) };
  }
  throw new Error(`unknown case ${kind}`);
};
const out: Record<string, unknown> = {};
for (const kind of kinds) {
  try {
    out[kind] = run(kind);
  } catch (err) {
    out[kind] = { error: String(err) };
  }
}
process.stdout.write(`${JSON.stringify(out)}\n`);
