/**
 * Benchmark of the CSV import (`readCsv`): a seeded portfolio of P projects with T tasks each
 * (MS Project-style rows: ID, Task Name, Duration, Predecessors with types and lags, Resource
 * Names), R resources, and a dependencies file of cross-project links, written as CSV and read
 * back.
 *
 *   npm run bench:csv
 *   npx tsx bench/csv.ts --projects 100 --tasks 1000 --runs 3
 *
 * Prints the size of the files, the median time of `readCsv` (parsing, assembling, validating)
 * and of parsing alone (csv-parse), and the load average. No target: the numbers are for
 * docs/performance.md and for noticing a regression.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { readCsv } from '../src/io/readCsv.js';
import { rng } from './rng.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const PROJECTS = arg('projects', 50);
const TASKS = arg('tasks', 1000);
const RUNS = arg('runs', 5);
const RESOURCES = 200;

const random = rng(16);
const pick = (n: number): number => Math.floor(random() * n);

const resources = ['Id,Name,Max Units,Std. Rate,Skills'];
for (let r = 0; r < RESOURCES; r++) resources.push(`r${r},Person ${r},${pick(2) === 0 ? '100%' : '50%'},$${60 + pick(60)}.00/hr,skill${pick(20)}:${1 + pick(5)}`);

const tasks = ['Project,ID,Task Name,Duration,Predecessors,Resource Names,Notes'];
for (let p = 0; p < PROJECTS; p++)
  for (let t = 1; t <= TASKS; t++) {
    const links = new Map<string, string>(); // one link per predecessor and type
    for (let k = 0; k < Math.min(t - 1, 2); k++) {
      const from = t - 1 - pick(Math.min(t - 1, 20));
      const type = ['FS', 'FS', 'FS', 'SS', 'FF'][pick(5)]!;
      links.set(`${from}${type}`, pick(3) === 0 ? `${from}${type}+${1 + pick(3)}d` : `${from}${type === 'FS' ? '' : type}`);
    }
    const unique = [...links.values()];
    tasks.push(`p${p},${t},"Task ${t}, phase ${1 + pick(4)}",${1 + pick(20)}d,"${unique.join(',')}",Person ${pick(RESOURCES)}[${pick(2) === 0 ? '100%' : '50%'}],note ${t}`);
  }

const deps = ['From Project,From,To Project,To,Type,Lag'];
for (let p = 1; p < PROJECTS; p++) deps.push(`p${p - 1},${TASKS},p${p},1,FS,${pick(5)}d`);

const files = [
  { name: 'resources.csv', text: `${resources.join('\n')}\n` },
  { name: 'tasks.csv', text: `${tasks.join('\n')}\n` },
  { name: 'dependencies.csv', text: `${deps.join('\n')}\n` },
];
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const full: number[] = [];
const parseOnly: number[] = [];
let taskCount = 0;
for (let run = 0; run < RUNS; run++) {
  let t = performance.now();
  const portfolio = readCsv(files, { startDate: '2026-01-05' });
  full.push(performance.now() - t);
  taskCount = portfolio.projects.reduce((n, p) => n + p.tasks.length, 0);
  t = performance.now();
  for (const f of files) parse(f.text, { skip_empty_lines: true, relax_column_count_less: true, trim: true });
  parseOnly.push(performance.now() - t);
}

console.log(`CSV import: ${PROJECTS} projects x ${TASKS} tasks = ${taskCount} tasks, ${RESOURCES} resources, ${(bytes / 1024 / 1024).toFixed(1)} MiB of CSV; ${RUNS} runs, load average ${loadavg()[0]!.toFixed(2)}`);
console.log(`  readCsv (parse, assemble, validate): median ${(median(full) / 1000).toFixed(2)} s (${Math.round(taskCount / (median(full) / 1000))} tasks/s)`);
console.log(`  csv-parse alone:                      median ${(median(parseOnly) / 1000).toFixed(2)} s`);
