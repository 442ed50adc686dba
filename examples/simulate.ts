/**
 * Monte Carlo schedule risk for a data team: simulate the sample portfolio (three-point estimates
 * and risk events, seeded), compare the P50 and P80 finish with the plan, name the tasks that drive
 * the finish, and write the finish histogram and the tornado chart as SVG files.
 * Run with `npx tsx examples/simulate.ts [DIR] [ITERATIONS]` (default: a new folder in the system's
 * temp dir, 2000 iterations).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finishHistogram, parsePortfolio, simulateRisk, tornadoChart } from '../src/index.js';

const portfolio = parsePortfolio(JSON.parse(readFileSync(new URL('./data/sample-portfolio.json', import.meta.url), 'utf8')));
const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'pmo-simulate-'));
const iterations = Number(process.argv[3] ?? 2000);
mkdirSync(dir, { recursive: true });

// The last project deadline: how likely is the whole portfolio to be done by then?
const deadline = portfolio.projects.map((p) => p.deadline).filter((d): d is string => d !== undefined).sort().at(-1);
const r = simulateRisk(portfolio, { iterations, seed: 1, ...(deadline === undefined ? {} : { date: deadline }) });

const one = (x: number) => x.toFixed(1);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const vsPlan = (x: number) => `${x >= 0 ? '+' : ''}${one(x - r.deterministicDuration)} working days vs the plan`;
console.log(`${r.iterations} iterations, seed ${r.seed}, ${r.distribution} durations, ${r.riskEvents.length} risk events`);
console.log(`plan: ${r.deterministicFinishDate} (${one(r.deterministicDuration)} working days)`);
console.log(`P50:  ${r.finish.dates.p50} (${vsPlan(r.finish.percentiles.p50)})`);
console.log(`P80:  ${r.finish.dates.p80} (${vsPlan(r.finish.percentiles.p80)})`);
if (r.pert !== null) console.log(`mean ${one(r.finish.mean)} working days; analytic PERT on the plan's critical path: ${one(r.pert.mean)}`);
if (r.probabilityOfDate !== null) console.log(`P(finish by ${r.probabilityOfDate.date}) = ${pct(r.probabilityOfDate.probability)}`);

// The drivers: tasks whose duration moves the finish most (Spearman), and how often each is critical.
const drivers = r.tasks.filter((t) => t.sensitivity !== 0).sort((a, b) => Math.abs(b.sensitivity) - Math.abs(a.sensitivity) || (a.id < b.id ? -1 : 1)).slice(0, 5);
console.log('top 5 drivers (task, sensitivity, criticality):');
for (const t of drivers) console.log(`  ${t.id.padEnd(22)} ${t.sensitivity.toFixed(2).padStart(5)}  ${pct(t.criticality).padStart(7)}`);

// The charts take plain data: histogram bins (in working days from the start) and labeled values.
const h = r.finish.histogram;
const histogram = finishHistogram(
  {
    bins: h.counts.map((count, i) => ({ from: h.start + i * h.width, to: h.start + (i + 1) * h.width, count })),
    percentiles: [
      { p: 50, value: r.finish.percentiles.p50 },
      { p: 80, value: r.finish.percentiles.p80 },
    ],
    planned: r.deterministicDuration,
    ...(r.probabilityOfDate === null ? {} : { deadline: r.probabilityOfDate.offset }),
    startDate: r.calendarStartDate,
  },
  { width: 720 },
);
const tornado = tornadoChart(
  r.tasks.filter((t) => t.sensitivity !== 0).map((t) => ({ label: t.id, value: t.sensitivity })),
  { maxBars: 10, width: 720 },
);
writeFileSync(join(dir, 'finish-histogram.svg'), histogram);
writeFileSync(join(dir, 'tornado.svg'), tornado);
console.log(`wrote ${join(dir, 'finish-histogram.svg')} and ${join(dir, 'tornado.svg')}`);
