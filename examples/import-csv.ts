/**
 * For data teams: start from a spreadsheet export. Reads the CSV files of examples/data/csv/
 * (projects, tasks with MS Project-style predecessors, cross-project dependencies, resources,
 * risks, a calendar and its holidays), validates them into a portfolio, schedules it, and prints
 * the critical cross-project dependencies. Then shows how a broken file is reported: every
 * problem at its file, line and column.
 *
 * Run with `npx tsx examples/import-csv.ts` (or import from 'pmo-kit' in your own project).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { CsvImportError, criticalDependencies, readCsvDetails, schedulePortfolio, type CsvFile } from '../src/index.js';

const dir = new URL('./data/csv/', import.meta.url);
const files: CsvFile[] = readdirSync(dir)
  .filter((name) => name.endsWith('.csv'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));

// 1. Read and validate: each file's kind is told from its header.
const { portfolio, files: read } = readCsvDetails(files);
for (const f of read) console.log(`${f.name.padEnd(17)} ${f.kind.padEnd(13)} ${String(f.rows).padStart(3)} rows`);
const tasks = portfolio.projects.reduce((n, p) => n + p.tasks.length, 0);
console.log(`${portfolio.projects.length} projects, ${tasks} tasks, ${portfolio.crossDependencies.length} cross-project dependencies, ${portfolio.risks.length} risks`);

// 2. Schedule: one critical path through the whole portfolio, on the office calendar and its holidays.
const schedule = schedulePortfolio(portfolio);
for (const p of schedule.projects) console.log(`  ${p.id.padEnd(7)} ${p.startDate} -> ${p.finishDate}${p.critical ? '  (critical)' : ''}`);
console.log(`portfolio finishes ${schedule.finishDate}`);

// 3. The cross-project dependencies that drive the dates: those on the critical path first, then
// the other driving links, then the rest by link float (how far the predecessor may slip).
const ranked = criticalDependencies(portfolio, { schedule });
console.log('cross-project dependencies, most critical first:');
for (const d of [...ranked].sort((a, b) => Number(b.critical) - Number(a.critical))) {
  const flag = d.critical ? 'CRITICAL' : d.driving ? 'driving' : `float ${d.float}d`;
  console.log(`  ${d.fromProject}/${d.from} ${d.fromName} -> ${d.toProject}/${d.to} ${d.toName}: ${flag}${d.note === undefined ? '' : ` (${d.note})`}`);
}

// 4. A broken export: each problem is named by file, line and column.
const broken: CsvFile = { name: 'broken-tasks.csv', text: 'Task Name;Duration;Predecessors;Start\nDesign;5d;;2026-03-02\nBuild;ten days;1\nTest;2,5d;7\n' };
try {
  readCsvDetails([broken]);
} catch (err) {
  if (!(err instanceof CsvImportError)) throw err;
  console.log(`${broken.name}: ${err.issues.length} problems`);
  for (const issue of err.issues) console.log(`  ${err.formatIssue(issue)}`);
}
