/**
 * Write the PMO report of a portfolio: one self-contained HTML page, the same report as Markdown
 * with its SVG charts beside it, and one chart on its own (the Gantt chart).
 * Run with `npx tsx examples/report.ts [DIR]` (default: a new folder in the system's temp dir).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ganttChart, parsePortfolio, pmoReport, reportHtml, reportMarkdown, schedulePortfolio } from '../src/index.js';

const portfolio = parsePortfolio(JSON.parse(readFileSync(new URL('./data/sample-portfolio.json', import.meta.url), 'utf8')));
const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'pmo-report-'));
mkdirSync(join(dir, 'md'), { recursive: true });

// Compute the schedule once and hand it to the report (it would otherwise compute its own).
const schedule = schedulePortfolio(portfolio);
const report = pmoReport(portfolio, { schedule, lang: 'en', leveling: { schedules: 200, seed: 1 } });
console.log(`${report.title}: ${report.sections.length} sections (${report.sections.map((s) => s.id).join(', ')})`);
for (const s of report.sections.slice(1, 4)) console.log(`  ${s.title}: ${s.summary}`);
console.log(`not covered: ${report.notCovered.length === 0 ? 'nothing' : report.notCovered.join(' ')}`);

writeFileSync(join(dir, 'report.html'), reportHtml(report));
const { markdown, files } = reportMarkdown(report);
writeFileSync(join(dir, 'md', 'report.md'), markdown);
for (const f of files) writeFileSync(join(dir, 'md', f.name), f.content);
// Any chart alone: an SVG string, in Chinese here.
writeFileSync(join(dir, 'gantt.zh.svg'), ganttChart(schedule, { portfolio, lang: 'zh', width: 1000 }));
console.log(`wrote ${join(dir, 'report.html')}, ${join(dir, 'md', 'report.md')} with ${files.length} charts, and ${join(dir, 'gantt.zh.svg')}`);
