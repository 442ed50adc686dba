/**
 * Score a portfolio as a PMO reports it: earned value at the status date, a 0–100 health score
 * per project with what lowers it, the portfolio KPIs, and the governance findings.
 * Run with `npx tsx examples/score.ts` (or import from 'pmo-kit' in your own project).
 */
import { readFileSync } from 'node:fs';
import { analyzeRisks, checkGovernance, earnedValueAnalysis, healthScore, overallocations, parsePortfolio, portfolioKpis, resourceLoading, schedulePortfolio } from '../src/index.js';

const portfolio = parsePortfolio(JSON.parse(readFileSync(new URL('./data/sample-portfolio.json', import.meta.url), 'utf8')));
// The plan (`progress: 'plan'`), as `pmo health` and `pmo kpi` schedule it, not the forecast from actuals.
const schedule = schedulePortfolio(portfolio, { progress: 'plan' });

// One earned value analysis, shared by the health scores and the KPIs.
const earnedValue = earnedValueAnalysis(portfolio);
// The inputs `pmo health` gives: the plan's over-allocations, each project's expected cost of threats.
const riskExposure = new Map(analyzeRisks(portfolio).exposure.byProject.filter((g) => g.key !== null).map((g) => [g.key!, g.threatEmv] as const));
const health = healthScore(portfolio, { earnedValue, overallocations: overallocations(portfolio, schedule), riskExposure });

console.log(`health at ${health.statusDate}: portfolio ${health.portfolio.score} (${health.portfolio.rating})`);
for (const p of health.projects) {
  const lowest = [...p.drivers].sort((a, b) => b.shortfall - a.shortfall).slice(0, 2);
  console.log(`  ${p.id.padEnd(8)} ${String(p.score).padStart(3)} ${p.rating.padEnd(6)} lowered by ${lowest.map((d) => d.label.en).join(', ')}`);
}

const kpis = portfolioKpis(portfolio, { earnedValue, health, resourceLoading: resourceLoading(portfolio, schedule, { by: 'week' }) });
console.log('KPIs:');
for (const k of kpis.kpis) console.log(`  ${k.label.en.padEnd(34)} ${k.value === null ? `- (${k.reason?.en ?? ''})` : k.unit === 'working days' ? `${k.value.toFixed(1)} working days` : `${(k.value * 100).toFixed(1)} %`}`);

const governance = checkGovernance(portfolio, { statusDate: earnedValue.statusDate });
console.log(`governance: ${governance.findings.length} findings (severity ${governance.severity}, from the PMO type)`);
for (const f of governance.findings.slice(0, 3)) console.log(`  [${f.severity}] ${f.ruleId} ${f.at}: ${f.text.en}`);
