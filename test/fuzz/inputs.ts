/** Valid inputs for every public function, built once; the fuzz suite and the purity test copy and change them. */
import { readFileSync } from 'node:fs';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { schedulePortfolio } from '../../src/schedule/index.js';
import { resourceLoading } from '../../src/resources/index.js';
import { earnedValueAnalysis } from '../../src/performance/index.js';
import { analyzeRisks } from '../../src/risk/index.js';
import { readPsplib, readRcmp, writeMspdi } from '../../src/io/index.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

/** The sample portfolio, as JSON text. */
export const SAMPLE_TEXT = read('examples/data/sample-portfolio.json');
/** The sample portfolio, unparsed. */
export const SAMPLE_RAW = JSON.parse(SAMPLE_TEXT) as Record<string, unknown>;
/** The sample portfolio, parsed (defaults applied). */
export const SAMPLE: Portfolio = parsePortfolio(SAMPLE_RAW);
/** The minimal two-project fixture, parsed. */
export const MINIMAL: Portfolio = parsePortfolio(minimalPortfolio());
/** The sample's early schedule. */
export const SAMPLE_SCHEDULE = schedulePortfolio(SAMPLE);
/** The minimal fixture's early schedule. */
export const MINIMAL_SCHEDULE = schedulePortfolio(MINIMAL);
/** The sample's resource loading by week. */
export const SAMPLE_LOADING = resourceLoading(SAMPLE, SAMPLE_SCHEDULE, { by: 'week' });
/** The sample's earned value analysis. */
export const SAMPLE_EV = earnedValueAnalysis(SAMPLE);
/** The sample's risk analysis. */
export const SAMPLE_RISKS = analyzeRisks(SAMPLE, { today: '2026-04-30' });

/** A PSPLIB `.sm` file. */
export const PSPLIB_TEXT = read('examples/data/tiny.sm');
/** An MPLIB `.rcmp` file: two projects, two resources. */
export const RCMP_TEXT = `2
2
  5\t3

4  0
1 1

0 0 0 2 1:2 1:3
3 2 1 1 1:4
2 0 3 1 1:4
0 0 0 0
3 2

0 1

0 0 0 1 2:2
4 0 1 1 2:3
0 0 0 0
`;
/** An MS Project XML file: the sample's first project. */
export const MSPDI_TEXT = writeMspdi(SAMPLE, { projectId: SAMPLE.projects[0]!.id });
/** The CSV example files. */
export const CSV_FILES = ['projects', 'tasks', 'dependencies', 'resources', 'calendars', 'holidays', 'risks'].map((k) => ({ name: `${k}.csv`, text: read(`examples/data/csv/${k}.csv`) }));

export const PSPLIB = readPsplib(PSPLIB_TEXT);
export const RCMP = readRcmp(RCMP_TEXT);

/** An allocation problem. */
export const ALLOCATION = {
  people: [
    { id: 'p0', capacity: 40, skills: { java: 4, sql: 2 }, costPerHour: 50 },
    { id: 'p1', capacity: 20, skills: { sql: 5 } },
  ],
  demands: [
    { id: 'd0', projectId: 'crm', skill: 'java', minLevel: 3, hours: 30, valuePerHour: 90 },
    { id: 'd1', projectId: 'bi', skill: 'sql', hours: 25, valuePerHour: 60 },
  ],
};
/** A selection problem. */
export const SELECTION = {
  budget: 100,
  capacity: { java: 300 },
  projects: [
    { id: 'crm', cost: 60, value: 90, demand: { java: 200 } },
    { id: 'app', cost: 30, value: 50, demand: { java: 150 } },
    { id: 'bi', cost: 40, value: 45, requires: ['crm'] },
  ],
};
/** A prioritization problem. */
export const PRIORITIZATION = {
  criteria: [
    { id: 'value', weight: 3 },
    { id: 'risk', weight: 1, direction: 'cost' },
  ],
  projects: [
    { id: 'a', scores: { value: 10, risk: 5 } },
    { id: 'b', scores: { value: 20, risk: 9 } },
    { id: 'c', scores: { value: 0, risk: 1 } },
  ],
};
/** An RCPSP instance with calendars, group demands, projects and deadlines. */
export const RCPSP = {
  calendars: [{ id: 'wk', breaks: [[-3, -1], [2, 4], [7, 9]] }],
  resources: [
    { id: 'r', capacity: 2 },
    { id: 'ana', capacity: 1, profile: [1, 0, 1] },
    { id: 'li', capacity: 1 },
  ],
  projects: [
    { id: 'P', release: 0, weight: 2 },
    { id: 'Q', release: 1 },
  ],
  activities: [
    { id: 'a', duration: 3, demands: [1, 0, 0], calendar: 'wk', project: 'P' },
    { id: 'b', duration: 2, demands: [1, 0, 0], groupDemands: [{ resources: ['ana', 'li'], units: 1 }], project: 'Q', deadline: 12 },
    { id: 'c', duration: 2, calendar: 'wk', release: 1, project: 'P' },
    { id: 'm', duration: 0, calendar: 'wk', project: 'Q' },
  ],
  precedences: [
    { from: 'a', to: 'c', type: 'FS', lag: 1 },
    { from: 'b', to: 'm', type: 'SS', lag: 2 },
    { from: 'a', to: 'm', type: 'FF', lag: -1 },
  ],
};
/** A CPM network. */
export const CPM_NETWORK = {
  tasks: [
    { id: 'a', duration: 2 },
    { id: 'b', duration: 3, earliestStart: 1 },
    { id: 'c', duration: 0 },
  ],
  links: [
    { from: 'a', to: 'b', type: 'SS', lag: 1 },
    { from: 'b', to: 'c' },
  ],
};
