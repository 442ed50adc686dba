/**
 * Writes the pictures of docs/viz.md and the README to docs/images/, from the sample portfolio
 * (and, for the charts whose analyses are not in this version, from illustrative plain data).
 * Deterministic: running it again gives the same files.
 *
 *   npm run docs:images
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parsePortfolio } from '../src/model/parse.js';
import { earnedValueAnalysis } from '../src/performance/earnedValueAnalysis.js';
import { levelResources } from '../src/resources/levelResources.js';
import { resourceLoading } from '../src/resources/resourceLoading.js';
import { schedulePortfolio } from '../src/schedule/schedulePortfolio.js';
import {
  earnedValueChart,
  finishHistogram,
  ganttChart,
  maturityRadar,
  networkChart,
  portfolioBubbleChart,
  resourceLoadChart,
  riskHeatMap,
  tornadoChart,
} from '../src/viz/index.js';
import { analyzeRisks } from '../src/risk/analyzeRisks.js';

const root = new URL('../', import.meta.url);
const portfolio = parsePortfolio(JSON.parse(readFileSync(new URL('examples/data/sample-portfolio.json', root), 'utf8')));
const schedule = schedulePortfolio(portfolio);
const leveled = levelResources(portfolio, { schedules: 1000, seed: 1, schedule });


const images: Record<string, string> = {
  'gantt.svg': ganttChart(schedule, { portfolio, projectId: 'dp', statusDate: '2026-04-30', width: 900 }),
  'network.svg': networkChart(portfolio, schedule, { detail: 'milestones', width: 900 }),
  'resource-load.svg': resourceLoadChart(resourceLoading(portfolio, schedule, { by: 'week' }), 'r-mia', { after: resourceLoading(portfolio, leveled, { by: 'week' }), width: 720, height: 440 }),
  'earned-value.svg': earnedValueChart(earnedValueAnalysis(portfolio), { width: 900, height: 400 }),
  'portfolio-bubbles.svg': portfolioBubbleChart(
    portfolio.projects.map((p) => ({
      id: p.id,
      name: p.name,
      value: p.expectedValue ?? 0,
      cost: p.budget ?? 0,
      risk: portfolio.risks.filter((r) => r.projectId === p.id && r.kind === 'threat' && r.status !== 'closed').reduce((s, r) => s + r.probability * (r.impact.cost ?? 0), 0),
    })),
    { selected: ['wms', 'dp', 'portal'], currency: 'EUR', riskLabel: 'expected cost of open threats', width: 720 },
  ),
  'risk-heat-map.svg': riskHeatMap(analyzeRisks(portfolio).heatMap, { width: 600 }),
  // Illustrative: what a Monte Carlo simulation of the sample's finish could give.
  'finish-histogram.svg': finishHistogram(
    {
      bins: [148, 152, 156, 160, 164, 168, 172, 176].map((from, i) => ({ from, to: from + 4, count: [18, 95, 240, 290, 210, 98, 38, 11][i]! })),
      percentiles: [
        { p: 50, value: 161.2 },
        { p: 80, value: 166.9 },
      ],
      planned: 148,
      deadline: 170,
      startDate: schedule.startDate,
    },
    { calendar: portfolio.calendars[0]!, width: 720 },
  ),
  'tornado.svg': tornadoChart(
    [
      { label: 'ERP interfaces (wms)', value: 0.58 },
      { label: 'Fleet rollout (tel)', value: 0.46 },
      { label: 'Core data model (dp)', value: 0.31 },
      { label: 'Integration with WMS & TMS (tel)', value: 0.22 },
      { label: 'Hypercare (wms)', value: -0.04 },
      { label: 'Vendor selection (tel)', value: 0.12 },
    ],
    { width: 720, valueLabel: 'correlation of the task’s duration with the portfolio finish (illustrative)' },
  ),
  'maturity-radar.svg': maturityRadar(
    [
      { axis: 'Resource allocation', level: 2, target: 4 },
      { axis: 'Standards and best practices', level: 3, target: 4 },
      { axis: 'Project integration', level: 3, target: 4 },
      { axis: 'Performance evaluation', level: 2.5, target: 3.5 },
      { axis: 'Governance and compliance', level: 3, target: 3 },
      { axis: 'Risk management', level: 1.5, target: 3 },
      { axis: 'Templates and tools', level: 4, target: 4 },
    ],
    { width: 600, title: 'PMO maturity (illustrative assessment)' },
  ),
};

mkdirSync(new URL('docs/images/', root), { recursive: true });
for (const [name, svg] of Object.entries(images)) writeFileSync(new URL(`docs/images/${name}`, root), `${svg}\n`);
console.log(`docs:images: wrote ${Object.keys(images).length} files to docs/images/`);
