/**
 * Golden files of each chart for small, fixed inputs, for review: a change to a chart shows as a
 * diff of these SVG files (open them in a browser). Update them with `npx vitest run
 * test/viz/snapshots.test.ts -u` after checking the new pictures.
 */
import { describe, expect, it } from 'vitest';
import { STANDARD_CALENDAR } from '../../src/calendar/standardCalendar.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { earnedValueAnalysis } from '../../src/performance/earnedValueAnalysis.js';
import type { ResourceLoadingResult } from '../../src/resources/resourceLoadTypes.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { earnedValueChart, finishHistogram, ganttChart, maturityRadar, networkChart, portfolioBubbleChart, resourceLoadChart, riskHeatMap, tornadoChart } from '../../src/viz/index.js';
import { checkChart } from './svg.js';

/** Two projects, a cross-project link, progress, a baseline and a status report. */
const PORTFOLIO = parsePortfolio({
  id: 'golden',
  name: 'Golden',
  currency: 'EUR',
  calendars: [{ id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-01-19'] }],
  defaultCalendarId: 'std',
  projects: [
    {
      id: 'app',
      name: 'New app',
      start: '2026-01-05',
      tasks: [
        { id: 'ph', name: 'Build', duration: 0 },
        { id: 'spec', name: 'Specification', duration: 5, parentId: 'ph', budget: 5000, percentComplete: 100, actualStart: '2026-01-05', actualFinish: '2026-01-09', actualCost: 5500 },
        { id: 'code', name: 'Coding', duration: 10, parentId: 'ph', budget: 12000, percentComplete: 40, actualStart: '2026-01-12', actualCost: 6000 },
        { id: 'docs', name: 'User guide', duration: 3, parentId: 'ph', budget: 2000 },
        { id: 'ok', name: 'Release', duration: 0, milestone: true },
      ],
      dependencies: [
        { from: 'spec', to: 'code' },
        { from: 'spec', to: 'docs' },
        { from: 'code', to: 'ok' },
        { from: 'docs', to: 'ok' },
      ],
    },
    {
      id: 'ops',
      name: 'Operations',
      start: '2026-01-05',
      tasks: [
        { id: 'prep', name: 'Prepare servers', duration: 4, budget: 3000 },
        { id: 'live', name: 'Go live', duration: 2, budget: 1000 },
      ],
      dependencies: [{ from: 'prep', to: 'live' }],
    },
  ],
  crossDependencies: [{ fromProject: 'app', from: 'ok', toProject: 'ops', to: 'live' }],
  baselines: [{ id: 'b1', projectId: 'app', name: 'B1', date: '2026-01-02', tasks: [{ taskId: 'spec', start: '2026-01-05', finish: '2026-01-09' }, { taskId: 'code', start: '2026-01-12', finish: '2026-01-23' }] }],
});

const LOADING: ResourceLoadingResult = {
  calendarId: 'std',
  startDate: '2026-01-05',
  by: 'week',
  periods: [
    { key: '2026-W02', startDate: '2026-01-05', endDate: '2026-01-09', workingDays: 5 },
    { key: '2026-W03', startDate: '2026-01-12', endDate: '2026-01-16', workingDays: 5 },
    { key: '2026-W04', startDate: '2026-01-19', endDate: '2026-01-23', workingDays: 4 },
    { key: '2026-W05', startDate: '2026-01-26', endDate: '2026-01-30', workingDays: 5 },
    { key: '2026-W06', startDate: '2026-02-02', endDate: '2026-02-06', workingDays: 5 },
  ],
  resources: [{ kind: 'resource', id: 'ana', name: 'Ana', members: null, capacity: [5, 4, 5, 5, 5], demand: [3, 7, 6, 2, 0], utilization: [0.6, 1.75, 1.2, 0.4, 0], overloadedPeriods: 2 }],
  skills: [],
  pools: [],
  warnings: [],
};

describe('golden charts', () => {
  const schedule = schedulePortfolio(PORTFOLIO, { progress: 'plan' });
  const cases: [string, () => string][] = [
    ['gantt.svg', () => ganttChart(schedule, { portfolio: PORTFOLIO, statusDate: '2026-01-14', width: 720 })],
    ['gantt-zh.svg', () => ganttChart(schedule, { portfolio: PORTFOLIO, calendar: STANDARD_CALENDAR, lang: 'zh', width: 720 })],
    ['network.svg', () => networkChart(PORTFOLIO, schedule, { width: 720 })],
    ['resource-load.svg', () => resourceLoadChart(LOADING, 'ana', { after: { ...LOADING, resources: [{ ...LOADING.resources[0]!, demand: [3, 4, 5, 5, 4] }] }, width: 560 })],
    ['earned-value.svg', () => earnedValueChart(earnedValueAnalysis(PORTFOLIO, { by: 'week', statusDate: '2026-01-16' }), { projectId: 'app', width: 560, height: 340 })],
    ['portfolio-bubbles.svg', () => portfolioBubbleChart([{ id: 'app', name: 'New app', value: 90, cost: 40, risk: 6 }, { id: 'ops', name: 'Operations', value: 30, cost: 25, risk: 2 }, { id: 'bi', name: 'BI', value: 20, cost: 30, risk: 9 }], { selected: ['app', 'ops'], width: 560 })],
    ['risk-heat-map.svg', () => riskHeatMap({ cells: [{ probability: 4, impact: 4, ids: ['R1', 'R2'] }, { probability: 2, impact: 5, ids: ['R3'] }, { probability: 1, impact: 2, ids: ['R4'] }] }, { width: 480 })],
    ['finish-histogram.svg', () => finishHistogram({ bins: [{ from: 20, to: 22, count: 80 }, { from: 22, to: 24, count: 420 }, { from: 24, to: 26, count: 380 }, { from: 26, to: 28, count: 120 }], percentiles: [{ p: 50, value: 23.8 }, { p: 80, value: 25.4 }], deadline: 25, planned: 21, startDate: '2026-01-05' }, { width: 560 })],
    ['tornado.svg', () => tornadoChart([{ label: 'Coding', value: 0.71 }, { label: 'User guide', value: 0.12 }, { label: 'Prepare servers', value: -0.05 }, { label: 'Specification', value: 0.33 }], { width: 560 })],
    ['maturity-radar.svg', () => maturityRadar([{ axis: 'Standards', level: 3, target: 4 }, { axis: 'Resources', level: 2, target: 4 }, { axis: 'Reporting', level: 4, target: 4 }, { axis: 'Governance', level: 2, target: 3 }, { axis: 'Training', level: 1, target: 3 }], { width: 480 })],
  ];

  it.each(cases)('%s', async (name, draw) => {
    const svg = draw();
    checkChart(svg);
    await expect(`${svg}\n`).toMatchFileSnapshot(`./__snapshots__/${name}`);
  });
});
