/**
 * Prints, as JSON, every chart of the sample and its report (HTML and Markdown). Run by
 * timezones.test.ts under several TZ values; the output must be identical under every zone.
 * Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import { STANDARD_CALENDAR } from '../../src/calendar/standardCalendar.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { earnedValueAnalysis } from '../../src/performance/earnedValueAnalysis.js';
import { levelResources } from '../../src/resources/levelResources.js';
import { resourceLoading } from '../../src/resources/resourceLoading.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { earnedValueChart, finishHistogram, ganttChart, networkChart, pmoReport, reportHtml, reportMarkdown, resourceLoadChart } from '../../src/viz/index.js';

const p = parsePortfolio(JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')));
const schedule = schedulePortfolio(p);
const leveled = levelResources(p, { schedules: 100, seed: 1, schedule });
const out: Record<string, unknown> = { environment: { tz: process.env.TZ, offsetMinutes: new Date(2026, 2, 29).getTimezoneOffset() } };
out.gantt = ganttChart(schedule, { portfolio: p, statusDate: '2026-04-30' });
out.ganttZh = ganttChart(leveled, { portfolio: p, calendar: STANDARD_CALENDAR, lang: 'zh' });
out.network = networkChart(p, schedule, { detail: 'milestones' });
for (const by of ['day', 'week', 'month'] as const) out[`load-${by}`] = resourceLoadChart(resourceLoading(p, schedule, { by }), 'pool-it', { after: resourceLoading(p, leveled, { by }) });
for (const by of ['day', 'week', 'month'] as const) out[`evm-${by}`] = earnedValueChart(earnedValueAnalysis(p, { by }));
out.histogram = finishHistogram({ bins: [{ from: 140, to: 150, count: 10 }, { from: 150, to: 160, count: 5 }], percentiles: [{ p: 50, value: 149 }], startDate: '2026-03-27' });
const report = pmoReport(p, { schedule, leveled });
out.html = reportHtml(report);
out.markdown = reportMarkdown(pmoReport(p, { schedule, leveled, lang: 'zh' }));
process.stdout.write(JSON.stringify(out));
