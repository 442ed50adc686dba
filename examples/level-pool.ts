/**
 * Level a shared pool across projects: find who is over-allocated in the early schedule, level
 * the whole portfolio (multi-project RCPSP, seeded), and see what it costs each project in time.
 * Run with `npx tsx examples/level-pool.ts` (or import from 'pmo-kit' in your own project).
 */
import { readFileSync } from 'node:fs';
import { levelResources, overallocations, parsePortfolio, schedulePortfolio } from '../src/index.js';

const portfolio = parsePortfolio(JSON.parse(readFileSync(new URL('./data/sample-portfolio.json', import.meta.url), 'utf8')));

// The early schedule ignores capacity: who is asked for more than they have, on how many days?
// The plan (`progress: 'plan'`): leveling and the analyses schedule the plan, not the forecast from actuals.
const early = schedulePortfolio(portfolio, { progress: 'plan' });
const personDays = (schedule: Parameters<typeof overallocations>[1]) => {
  const days = new Map<string, number>();
  for (const o of overallocations(portfolio, schedule)) if (o.kind === 'resource') days.set(o.id, (days.get(o.id) ?? 0) + o.days);
  return days;
};
const before = personDays(early);
console.log(`early schedule: finishes ${early.finishDate}; over-allocated person-days:`);
for (const [id, days] of [...before].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`  ${id.padEnd(14)} ${days}`);

// Level the shared pool across all projects at once; the seed makes the result reproducible.
const leveled = levelResources(portfolio, { schedules: 300, seed: 1, schedule: early });
const after = [...personDays(leveled).values()].reduce((a, b) => a + b, 0);
console.log(`leveled (${leveled.schedules} schedules, seed ${leveled.seed}): finishes ${leveled.finishDate}; over-allocated person-days after: ${after}`);
for (const p of leveled.projects) console.log(`  ${p.id.padEnd(8)} ${p.finishDate}  delay ${p.delay} working days${p.late ? ' (misses its deadline)' : ''}`);
