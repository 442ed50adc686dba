/**
 * A probe of every module, for time-zone independence: runs a representative call of each module
 * on the sample portfolio (fixed seeds) and prints, as JSON, one SHA-256 digest per call, with the
 * zone it ran in. `.ci/run` runs it under TZ=UTC, America/Sao_Paulo, Asia/Kathmandu and
 * Pacific/Chatham and checks that the digests are identical (scripts/tz-check.mjs). Not a test
 * file itself (the per-module probes, tz-probe.ts in test/calendar, test/performance and
 * test/viz, run in npm test).
 *
 *   TZ=Asia/Kathmandu node --import tsx test/tz/probe.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { addWorkingDays, compileCalendar, workingDaysBetween } from '../../src/calendar/index.js';
import { readCsv, readMspdi, readPsplib, psplibToPortfolio, psplibToRcpsp, toDot, toMermaidFlowchart, toMermaidGantt, writeMspdi } from '../../src/io/index.js';
import { parsePortfolio, toJsonSchema } from '../../src/model/index.js';
import { assessMaturity, buildRaci, pmoAnalyses } from '../../src/org/index.js';
import { checkGovernance, earnedValueAnalysis, healthScore, lessonsFor, portfolioKpis } from '../../src/performance/index.js';
import { allocateResourcesSync, prioritizeProjects, selectProjects, strategicAlignment } from '../../src/portfolio/index.js';
import { levelResources, overallocations, resourceLoading, solveRcpsp } from '../../src/resources/index.js';
import { analyzeRisks, compareRiskRegisters, simulateRisk } from '../../src/risk/index.js';
import { simulateRiskParallel } from '../../src/risk/node/index.js';
import { criticalDependencies, impactOfDelay, schedulePortfolio, singlePointsOfFailure } from '../../src/schedule/index.js';
import { earnedValueChart, ganttChart, networkChart, pmoReport, reportHtml, resourceLoadChart, riskHeatMap } from '../../src/viz/index.js';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const pf = parsePortfolio(JSON.parse(read('examples/data/sample-portfolio.json')));
const digest = (v: unknown): string => createHash('sha256').update(typeof v === 'string' ? v : JSON.stringify(v)).digest('hex').slice(0, 16);

const s = schedulePortfolio(pf);
const leveled = levelResources(pf, { schedules: 200, seed: 7, schedule: s });
const loading = resourceLoading(pf, s, { by: 'week' });
const ev = earnedValueAnalysis(pf, { by: 'week' });
const risks = analyzeRisks(pf, { today: '2026-04-30' });
const csvNames = ['projects', 'tasks', 'dependencies', 'resources', 'calendars', 'holidays', 'risks'];
const psplib = readPsplib(read('examples/data/tiny.sm'));
const monteCarlo = { iterations: 2000, seed: 11, date: '2026-10-01', correlations: [{ tasks: ['tel/tel-int', 'tel/tel-rollout'], coefficient: 0.6 }] };

const out: Record<string, string> = {
  model: digest(toJsonSchema('portfolio')),
  calendar: digest([addWorkingDays(pf.calendars[0]!, '2026-03-27', 40), workingDaysBetween(compileCalendar(pf.calendars[0]!), '2026-01-01', '2026-12-31')]),
  org: digest([pmoAnalyses(pf.organization!), assessMaturity(pf.maturityAssessment!, { organization: pf.organization! }), buildRaci(pf.organization!, [{ activity: 'a', responsible: ['p-schmidt'], accountable: 'p-ana' }])]),
  schedule: digest(s),
  'schedule/analysis': digest([criticalDependencies(pf, { schedule: s }), singlePointsOfFailure(pf, { schedule: s }), impactOfDelay(pf, { projectId: 'wms', taskId: 'wms-design', days: 5 }, { schedule: s })]),
  resources: digest([leveled, loading, overallocations(pf, s), solveRcpsp(psplibToRcpsp(psplib), { schedules: 100, seed: 3 })]),
  portfolio: digest([allocateResourcesSync(pf, { schedule: s }), prioritizeProjects(pf), strategicAlignment(pf)]),
  performance: digest([ev, healthScore(pf), portfolioKpis(pf), checkGovernance(pf), lessonsFor(pf, 'tel')]),
  risk: digest([risks, compareRiskRegisters(pf, { risks: pf.risks.slice(2) })]),
  io: digest([writeMspdi(pf, { projectId: 'wms' }), readMspdi(writeMspdi(pf, { projectId: 'dp' })), readCsv(csvNames.map((k) => ({ name: `${k}.csv`, text: read(`examples/data/csv/${k}.csv`) }))), psplibToPortfolio(psplib, { startDate: '2026-01-05' }), toDot(pf, s), toMermaidFlowchart(pf, s), toMermaidGantt(pf.projects[0]!, s)]),
  viz: digest([ganttChart(s, { portfolio: pf }), networkChart(pf, s), resourceLoadChart(loading, loading.resources[0]!.id), earnedValueChart(ev), riskHeatMap(risks.heatMap)]),
  report: digest(reportHtml(pmoReport(pf, { schedule: s, leveled }))),
  'risk/simulate': digest(simulateRisk(pf, monteCarlo)),
  // the same seed on 3 worker threads: the same digest as 'risk/simulate'
  'risk/node': digest(await simulateRiskParallel(pf, { ...monteCarlo, workers: 3 })),
  'portfolio/selection': digest(await selectProjects(pf, { budget: 2_000_000 })),
};

process.stdout.write(`${JSON.stringify({ environment: { tz: process.env.TZ ?? '', offsetMinutes: new Date('2026-01-15T12:00:00Z').getTimezoneOffset() }, digests: out }, null, 2)}\n`);
