/** pmoReport, reportHtml, reportMarkdown: the sections, the charts, self-containment, language, purity. */
import { beforeAll, describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { levelResources } from '../../src/resources/levelResources.js';
import type { LevelResourcesResult } from '../../src/resources/leveledScheduleTypes.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import type { SchedulePortfolioResult } from '../../src/schedule/types.js';
import { assessMaturity } from '../../src/org/assessMaturity.js';
import { checkGovernance } from '../../src/performance/checkGovernance.js';
import { earnedValueAnalysis } from '../../src/performance/earnedValueAnalysis.js';
import { healthScore } from '../../src/performance/healthScore.js';
import { overallocations } from '../../src/resources/overallocations.js';
import { resourceLoading } from '../../src/resources/resourceLoading.js';
import { analyzeRisks } from '../../src/risk/analyzeRisks.js';
import { pmoReport, reportHtml, reportMarkdown, type PmoReportResult, type ReportBlock } from '../../src/viz/index.js';
import { clone, deepFreeze, thrown } from '../helpers.js';
import { checkChart, hasHan, samplePortfolio } from './svg.js';
import { readFileSync } from 'node:fs';
import { minimalPortfolio } from '../fixtures/portfolios.js';

let p: Portfolio;
let schedule: SchedulePortfolioResult;
let leveled: LevelResourcesResult;
let report: PmoReportResult;

beforeAll(() => {
  p = samplePortfolio();
  schedule = schedulePortfolio(p, { progress: 'plan' });
  leveled = levelResources(p, { schedules: 100, seed: 1, schedule });
  report = pmoReport(p, { schedule, leveled });
});

const charts = (r: PmoReportResult) => r.sections.flatMap((s) => s.blocks).filter((b): b is Extract<ReportBlock, { kind: 'chart' }> => b.kind === 'chart');

describe('pmoReport', () => {
  it('covers what exists today, in order, and lists what it does not cover', () => {
    expect(report.sections.map((s) => s.id)).toEqual(['summary', 'organization', 'schedule', 'dependencies', 'resources', 'portfolio', 'earned-value', 'risks', 'health', 'kpis', 'governance', 'maturity']);
    expect(report.title).toBe(p.name);
    expect(report.statusDate).toBe('2026-04-30');
    // every analysis of pmo-kit has its section; the simulation's charts need its result
    expect(report.notCovered).toEqual(['Monte Carlo simulation of the finish: no simulation result was given to the report.']);
    for (const s of report.sections.slice(1)) expect(s.summary, s.id).toBeDefined();
  });

  it('draws the Gantt chart, the network, histograms before and after leveling, the bubbles and the S-curves, each a valid chart', () => {
    const list = charts(report);
    expect(list.map((c) => c.name)).toEqual([
      'gantt',
      'network',
      'load-pool-it',
      'load-pool-biz',
      'load-r-fischer',
      'load-r-mia',
      'portfolio-bubbles',
      'evm-portfolio',
      'evm-wms',
      'evm-dp',
      'evm-portal',
      'evm-tel',
      'risk-heat-map',
      'risk-heat-map-opportunities',
      'maturity-perspectives',
      'maturity-areas',
    ]);
    for (const c of list) checkChart(c.svg);
  });

  it('puts the key figures of the analyses in the summary', () => {
    const figures = report.sections[0]!.blocks.find((b) => b.kind === 'figures');
    expect(figures?.kind).toBe('figures');
    const byLabel = new Map(figures!.kind === 'figures' ? figures!.items.map((f) => [f.label, f] as const) : []);
    expect(byLabel.get('Portfolio finish')).toMatchObject({ value: schedule.finishDate, tone: 'good' });
    expect(byLabel.get('Finish with resources leveled')?.value).toBe(leveled.finishDate);
    expect(byLabel.get('SPI / CPI')).toMatchObject({ value: '0.82 / 0.94', tone: 'bad' });
    expect(byLabel.get('Estimate at completion')?.value).toBe('889,645 EUR');
    // the summary repeats each section's one-line summary
    const messages = report.sections[0]!.blocks.find((b) => b.kind === 'list');
    expect(messages?.kind === 'list' && messages.items.length).toBe(report.sections.length - 1);
  });

  it('draws the register analysis of pmo-kit/risk: heat maps and the top threats by rank', () => {
    const risks = report.sections.find((s) => s.id === 'risks')!;
    expect(risks.summary).toBe('13 active risks, 10 of them threats; 2 rated high; the open threats are expected to cost 66,650 EUR.');
    const top = risks.blocks.find((b) => b.kind === 'table');
    expect(top?.kind === 'table' && top.rows.map((r) => r[1]!.split(':')[0])).toEqual(['rk-res-backend', 'rk-tel-works', 'rk-wms-vendor', 'rk-portal-sec', 'rk-dp-gdpr']);
  });

  it('scores health with the same inputs as pmo health, with each project’s drivers', () => {
    const eva = earnedValueAnalysis(p);
    const risks = analyzeRisks(p);
    const exposure = new Map(risks.exposure.byProject.filter((g) => g.key !== null).map((g) => [g.key!, g.threatEmv] as const));
    const h = healthScore(p, { earnedValue: eva, overallocations: overallocations(p, schedule), riskExposure: exposure });
    const section = report.sections.find((s) => s.id === 'health')!;
    const figures = section.blocks.find((b) => b.kind === 'figures')!;
    expect(figures.kind === 'figures' && figures.items.map((f) => [f.value, f.tone])).toEqual([
      [`${h.portfolio.score} · ${h.portfolio.rating}`, 'warning'],
      ...h.projects.map((x) => [`${x.score} · ${x.rating}`, { green: 'good', amber: 'warning', red: 'bad' }[x.rating]]),
    ]);
    const [scores, drivers] = section.blocks.filter((b) => b.kind === 'table');
    expect(scores!.kind === 'table' && scores!.rows.map((r) => [r[0], r[1]])).toEqual(h.projects.map((x) => [x.id, String(x.score)]));
    // wms: red, held back by its schedule (SPI(t) 0.71 earns 0 of 25 points)
    expect(drivers!.kind === 'table' && drivers!.rows[0]).toEqual(['wms', 'SPI(t) 0.71 (0/25)', 'float used 1.85 (0/10)', 'over-allocation 37.4% (0/10)']);
    expect(section.summary).toBe('Portfolio health at 2026-04-30: 55/100 (amber); 0 projects green, 3 amber, 1 red; wms scores lowest (36), held back by SPI(t) and float used.');
    const summary = report.sections[0]!.blocks.find((b) => b.kind === 'figures')!;
    expect(summary.kind === 'figures' && summary.items.find((f) => f.label === 'Portfolio health')).toMatchObject({ value: '55 · amber', note: 'projects green 0, amber 3, red 1' });
  });

  it('lists the KPIs, the governance findings and the maturity assessment of the portfolio', () => {
    const eva = earnedValueAnalysis(p);
    const g = checkGovernance(p, { statusDate: eva.statusDate });
    const kpis = report.sections.find((s) => s.id === 'kpis')!;
    const table = kpis.blocks[0]!;
    expect(table.kind === 'table' && table.rows.map((r) => r.slice(0, 2))).toEqual([
      ['On-time delivery rate', '–'],
      ['Forecast on-time rate', '50 %'],
      ['Budget variance', '-1.5 %'],
      ['Average schedule slip', '+23.8 working days'],
      ['Resource utilization', '27.9 %'],
      ['Benefits realized against planned', '2.9 %'],
      ['Projects by health rating', '0 %'],
    ]);
    const gov = report.sections.find((s) => s.id === 'governance')!;
    const findings = gov.blocks.find((b) => b.kind === 'table' && b.caption === 'Findings');
    expect(findings?.kind === 'table' && findings.rows.map((r) => [r[0], r[1], r[3]])).toEqual(g.findings.map((f) => [f.severity, f.ruleId, f.at]));
    expect(g.findings.length).toBe(11);
    expect(gov.summary).toBe('11 governance findings: 0 errors, 11 warnings, 0 for information (Controlling PMO: its severity applies; status date 2026-04-30).');
    const m = assessMaturity(p.maturityAssessment!, { organization: p.organization! });
    const maturity = report.sections.find((s) => s.id === 'maturity')!;
    const levels = maturity.blocks.find((b) => b.kind === 'table')!;
    expect(levels.kind === 'table' && levels.rows.map((r) => [r[0], r[1], r[3]])).toEqual(m.perspectives.perspectives.map((x) => [x.label.en, String(x.level), String(x.target)]));
    const next = maturity.blocks.filter((b) => b.kind === 'table')[1]!;
    expect(next.kind === 'table' && next.rows.map((r) => r[1])).toEqual(m.recommendations.map((x) => x.label.en));
    expect(maturity.summary).toMatch(new RegExp(`^The organization is at maturity level ${m.perspectives.level} \\(`));
  });

  it('uses the health scores, KPIs, governance check, maturity and loading it is given as they are', () => {
    const eva = earnedValueAnalysis(p);
    const strict = healthScore(p, { earnedValue: eva, ratings: { green: 95, amber: 90 } });
    const governance = checkGovernance(p, { statusDate: eva.statusDate, severity: 'error' });
    const m = assessMaturity(p.maturityAssessment!, { target: 5 });
    const before = resourceLoading(p, schedule, { by: 'week' });
    const r = pmoReport(p, { schedule, leveled, earnedValue: eva, health: strict, governance, maturity: m, loading: { before } });
    expect(r.sections.find((s) => s.id === 'health')!.summary).toMatch(/^Portfolio health at 2026-04-30: \d+\/100 \(red\); 0 projects green, 0 amber, 4 red/);
    expect(r.sections.find((s) => s.id === 'governance')!.summary).toMatch(/^11 governance findings: 11 errors/);
    expect(r.sections.find((s) => s.id === 'maturity')!.summary).toMatch(/against a target of 5;/);
    expect(() => pmoReport(p, { schedule, leveled, loading: { before: resourceLoading(p, schedule, { by: 'month' }) } })).toThrow('pmoReport: options.loading.before: must be a resource loading by week (options.loadingBy), got one by month');
  });

  it('draws risks, Monte Carlo and maturity from the plain inputs it is given', () => {
    const r = pmoReport(p, {
      schedule,
      leveled,
      riskHeatMap: { cells: [{ probability: 3, impact: 4, ids: ['rk-wms-vendor'] }] },
      finishDistribution: { bins: [{ from: 140, to: 150, count: 40 }, { from: 150, to: 160, count: 60 }], percentiles: [{ p: 50, value: 150 }, { p: 80, value: 156 }] },
      sensitivities: [{ label: 'ERP interfaces', value: 0.6 }],
      maturity: [{ axis: 'a', level: 1 }, { axis: 'b', level: 2 }, { axis: 'c', level: 3 }],
    });
    expect(r.sections.map((s) => s.id).slice(-5)).toEqual(['risks', 'health', 'kpis', 'governance', 'maturity']);
    expect(charts(r).map((c) => c.name).slice(-4)).toEqual(['risk-heat-map', 'monte-carlo-finish', 'tornado', 'maturity']);
    expect(r.notCovered).toEqual([]);
  });

  it('leaves out what a portfolio has no data for, and says why', () => {
    const mini = parsePortfolio({ id: 'mini', name: 'Mini', projects: [{ id: 'x', name: 'X', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 3 }] }] });
    const r = pmoReport(mini);
    // governance applies to any portfolio: the project has no baseline, sponsor or manager
    expect(r.sections.map((s) => s.id)).toEqual(['summary', 'organization', 'schedule', 'governance']);
    expect(r.notCovered[0]).toMatch(/^Earned value: the portfolio reports no progress/);
    expect(r.notCovered[1]).toMatch(/^Risk analysis: the portfolio has no risk register/);
    expect(r.notCovered.join('\n')).toMatch(/^Project health: [\s\S]*^Portfolio KPIs: [\s\S]*^PMO maturity: the portfolio has no maturity assessment/m);
    expect(r.statusDate).toBeNull();
  });

  it('lists an analysis that cannot run on the portfolio as not covered, with its message, and goes on', () => {
    const noPriority = parsePortfolio({
      id: 'f',
      name: 'F',
      resources: [{ id: 'ana', name: 'Ana', capacity: 1, skills: { dev: 3 } }],
      projects: [{ id: 'x', name: 'X', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 3, demands: [{ skill: 'dev', units: 1 }], actualStart: '2026-01-05' }] }],
    });
    const r = pmoReport(noPriority);
    expect(r.sections.map((s) => s.id)).toEqual(['summary', 'organization', 'schedule', 'resources', 'earned-value', 'health', 'kpis', 'governance']);
    expect(r.notCovered[0]).toMatch(/^Portfolio optimization: the analysis could not run on this portfolio \(allocateResourcesSync: valuing hours by priority needs it/);
  });

  it('writes every heading and summary in Chinese with lang zh', () => {
    const zh = pmoReport(p, { schedule, leveled, lang: 'zh' });
    for (const s of zh.sections) {
      expect(hasHan(s.title), s.id).toBe(true);
      if (s.summary !== undefined) expect(hasHan(s.summary), s.id).toBe(true);
    }
    for (const c of charts(zh)) expect(hasHan(checkChart(c.svg).children.find((x) => x.name === 'desc')!.text), c.name).toBe(true);
    expect(zh.notCovered.every(hasHan)).toBe(true);
  });

  it('is deterministic and does not mutate the portfolio', () => {
    const frozen = deepFreeze(clone(p));
    const a = reportHtml(pmoReport(frozen, { schedule, leveled }));
    expect(reportHtml(pmoReport(frozen, { schedule, leveled }))).toBe(a);
    expect(frozen).toEqual(p);
  });

  it('throws on bad chart inputs it is given, rather than leaving their section out', () => {
    expect(() => pmoReport(p, { schedule, leveled, finishDistribution: { bins: [] } })).toThrow('finishHistogram: distribution.bins: must hold at least one bin');
    expect(() => pmoReport(p, { schedule, leveled, maturity: [{ axis: 'a', level: 9 }] })).toThrow(PmoError);
  });

  it('rejects what is not a portfolio, and bad options', () => {
    expect(() => pmoReport(null as never)).toThrow(PmoError);
    expect(() => pmoReport(p, { lang: 'fr' as never })).toThrow('pmoReport: options.lang: must be "en" or "zh", got "fr"');
    expect(() => pmoReport(p, { loadingBy: 'year' as never })).toThrow('options.loadingBy');
    expect(() => pmoReport(p, { health: {} as never })).toThrow('pmoReport: options.health.projects');
    expect(() => pmoReport(p, { kpis: [] as never })).toThrow('pmoReport: options.kpis');
    expect(() => pmoReport(p, { governance: { rules: [] } as never })).toThrow('pmoReport: options.governance.findings');
    expect(() => pmoReport(p, { maturity: { functions: {} } as never })).toThrow('pmoReport: options.maturity.perspectives');
  });
});

describe('reportHtml', () => {
  it('is one self-contained page: every chart inline, the style inline, nothing fetched, no script', () => {
    const html = reportHtml(report);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.match(/<svg /g)).toHaveLength(charts(report).length);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    // the only URL is the SVG namespace, an identifier that is never fetched
    expect([...new Set(html.match(/https?:\/\/[^"'\s)]+/g))]).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).toContain('@media print');
    // contents link to every section
    for (const s of report.sections) {
      expect(html).toContain(`<a href="#${s.id}">`);
      expect(html).toContain(`<section id="${s.id}">`);
    }
  });

  it('escapes text, so that data cannot inject markup', () => {
    const evil = { ...report, title: '<script>alert(1)</script> & co' };
    const html = reportHtml(evil);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(() => reportHtml({ ...report, sections: [{ id: 'x', title: 'x', blocks: [{ kind: 'chart', name: 'c', caption: 'c', svg: '<b>', wide: true }] }] })).toThrow('reportHtml: report.sections[0].blocks[0].svg: must be an SVG document');
  });
});

describe('reportMarkdown', () => {
  it('writes the page with one SVG file per chart, linked by name', () => {
    const { markdown, files } = reportMarkdown(report);
    expect(files.map((f) => f.name)).toEqual(charts(report).map((c) => `${c.name}.svg`));
    for (const f of files) {
      expect(markdown).toContain(`](${f.name})`);
      checkChart(f.content);
    }
    expect(markdown).toMatch(/^# Northwind Logistics/);
    expect(markdown).toContain('## Schedule and critical path');
    expect(markdown).toMatch(/\| --- \| --- \|/);
  });

  it('escapes pipes in table cells and numbers chart files that share a name', () => {
    const r: PmoReportResult = {
      ...report,
      sections: [
        {
          id: 's',
          title: 'S',
          blocks: [
            { kind: 'table', columns: ['a|b'], rows: [['x|y']] },
            { kind: 'chart', name: 'Load A', caption: 'c', svg: charts(report)[0]!.svg, wide: true },
            { kind: 'chart', name: 'load a', caption: 'c', svg: charts(report)[0]!.svg, wide: true },
          ],
        },
      ],
    };
    const { markdown, files } = reportMarkdown(r);
    expect(markdown).toContain('| a\\|b |');
    expect(markdown).toContain('| x\\|y |');
    expect(files.map((f) => f.name)).toEqual(['load-a.svg', 'load-a-2.svg']);
  });
});

describe('the report on hostile input (found by the fuzz suite)', () => {
  it('reportHtml and reportMarkdown: table cells, list items and captions that are not strings are a PmoError naming them', () => {
    const r = pmoReport(samplePortfolio(), { leveling: { schedules: 20 } });
    const i = r.sections.findIndex((s) => s.blocks.some((b) => b.kind === 'table'));
    const j = r.sections[i]!.blocks.findIndex((b) => b.kind === 'table');
    const broken = clone(r) as unknown as { sections: { blocks: { rows: unknown[][] }[] }[] };
    broken.sections[i]!.blocks[j]!.rows[0]![0] = 5;
    expect(() => reportHtml(broken as never)).toThrow(new RegExp(`reportHtml: report.sections\\[${i}\\].blocks\\[${j}\\].rows\\[0\\]\\[0\\]`));
    expect(() => reportMarkdown(broken as never)).toThrow(PmoError);
  });
  it('pmoReport: results given in the options that are not results are a PmoError naming them', () => {
    const pf = samplePortfolio();
    expect(() => pmoReport(pf, { risks: pf.risks as never })).toThrow(/pmoReport: options.risks/);
    expect(() => pmoReport(pf, { schedule: {} as never })).toThrow(/pmoReport: options.schedule.tasks/);
  });
});

describe('the report on a portfolio whose lists are not lists (found by the fuzz suite, a third seed)', () => {
  it('statusReports and a project that are objects without a prototype are a PmoError or a report, not a TypeError', () => {
    const pf = { ...samplePortfolio(), statusReports: Object.create(null) as never };
    try {
      expect(pmoReport(pf, { leveling: { schedules: 10 } }).sections.length).toBeGreaterThan(0);
    } catch (err) {
      expect(err).toBeInstanceOf(PmoError);
    }
    const broken = { ...samplePortfolio(), projects: [...samplePortfolio().projects, { ...samplePortfolio().projects[0]!, id: Object.create(null) as never }] };
    expect(() => pmoReport(broken, { leveling: { schedules: 10 } })).toThrow(PmoError);
  });
});

describe('the report on a portfolio id that is not a string (found by the fuzz suite, a fourth seed)', () => {
  it('a symbol as the id is a PmoError naming it', () => {
    expect(() => pmoReport({ ...samplePortfolio(), id: Symbol('s') as never }, { leveling: { schedules: 10 } })).toThrow(/pmoReport: portfolio.id: must be a string/);
  });
});

describe('pmoReport: hostile portfolios found by the fuzz suite (after the merge of main)', () => {
  const sample = (): Portfolio => parsePortfolio(JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')));
  it('programs that are not a list of programs leave the organization section out with the reason, not a TypeError', () => {
    for (const programs of [5, [null], [{ id: 'g', name: 'G' }]]) {
      const r = pmoReport({ ...sample(), programs } as never, { leveling: { schedules: 5 } });
      expect(r.sections.some((s) => s.id === 'organization')).toBe(false);
      expect(r.notCovered.join(' ')).toMatch(/portfolio\.programs/);
    }
  });
  it('governance in the report: a percentComplete that is a deeply nested array does not overflow the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const pf = parsePortfolio(minimalPortfolio());
    const broken = { ...pf, projects: pf.projects.map((p) => ({ ...p, tasks: p.tasks.map((t) => ({ ...t, percentComplete: deep })) })) };
    try {
      pmoReport(broken as never, { leveling: { schedules: 5 } });
    } catch (err) {
      expect(err).toBeInstanceOf(PmoError);
    }
  });
});

describe('pmoReport on a portfolio too large to report (found by the 150,000-task sweep of the CLI: Node ran out of heap)', () => {
  it('refuses more than 50,000 tasks at once, naming the count and the limit', () => {
    const tasks = Array.from({ length: 25_001 }, (_, i) => ({ id: `t${i}`, name: `T${i}`, duration: 1, milestone: false, demands: [] }));
    const project = (id: string) => ({ id, name: id, start: '2026-01-05', tasks, dependencies: [] });
    const big = { id: 'big', name: 'Big', projects: [project('a'), project('b')] } as unknown as Portfolio;
    const err = thrown(() => pmoReport(big));
    expect(err).toBeInstanceOf(PmoError);
    expect((err as PmoError).message).toMatch(/^pmoReport: the portfolio has 50,002 tasks; a report covers at most 50,000/);
  });
});
