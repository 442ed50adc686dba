/** pmoReport, reportHtml, reportMarkdown: the sections, the charts, self-containment, language, purity. */
import { beforeAll, describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { levelResources } from '../../src/resources/levelResources.js';
import type { LevelResourcesResult } from '../../src/resources/leveledScheduleTypes.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import type { SchedulePortfolioResult } from '../../src/schedule/types.js';
import { pmoReport, reportHtml, reportMarkdown, type PmoReportResult, type ReportBlock } from '../../src/viz/index.js';
import { clone, deepFreeze } from '../helpers.js';
import { checkChart, hasHan, samplePortfolio } from './svg.js';

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
    expect(report.sections.map((s) => s.id)).toEqual(['summary', 'organization', 'schedule', 'dependencies', 'resources', 'portfolio', 'earned-value', 'risks']);
    expect(report.title).toBe(p.name);
    expect(report.statusDate).toBe('2026-04-30');
    expect(report.notCovered).toHaveLength(4);
    expect(report.notCovered.join(' ')).toMatch(/Monte Carlo[\s\S]*maturity[\s\S]*health[\s\S]*Governance/);
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

  it('draws risks, Monte Carlo and maturity from the plain inputs it is given', () => {
    const r = pmoReport(p, {
      schedule,
      leveled,
      riskHeatMap: { cells: [{ probability: 3, impact: 4, ids: ['rk-wms-vendor'] }] },
      finishDistribution: { bins: [{ from: 140, to: 150, count: 40 }, { from: 150, to: 160, count: 60 }], percentiles: [{ p: 50, value: 150 }, { p: 80, value: 156 }] },
      sensitivities: [{ label: 'ERP interfaces', value: 0.6 }],
      maturity: [{ axis: 'a', level: 1 }, { axis: 'b', level: 2 }, { axis: 'c', level: 3 }],
    });
    expect(r.sections.map((s) => s.id).slice(-2)).toEqual(['risks', 'maturity']);
    expect(charts(r).map((c) => c.name).slice(-4)).toEqual(['risk-heat-map', 'monte-carlo-finish', 'tornado', 'maturity']);
    expect(r.notCovered).toHaveLength(2); // health and governance
  });

  it('leaves out what a portfolio has no data for, and says why', () => {
    const mini = parsePortfolio({ id: 'mini', name: 'Mini', projects: [{ id: 'x', name: 'X', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 3 }] }] });
    const r = pmoReport(mini);
    expect(r.sections.map((s) => s.id)).toEqual(['summary', 'organization', 'schedule']);
    expect(r.notCovered[0]).toMatch(/^Earned value: the portfolio reports no progress/);
    expect(r.notCovered[1]).toMatch(/^Risk analysis: the portfolio has no risk register/);
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
    expect(r.sections.map((s) => s.id)).toEqual(['summary', 'organization', 'schedule', 'resources', 'earned-value']);
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
