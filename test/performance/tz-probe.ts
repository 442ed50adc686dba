/**
 * Prints, as JSON, earned value analyses of the sample (by day, week and month, at several status
 * dates) and of a project across a DST change at midnight. Run by timezones.test.ts under several
 * TZ values; the output must be identical under every zone. Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import { parsePortfolio } from '../../src/model/parse.js';
import { earnedValueAnalysis } from '../../src/performance/index.js';

const sample = parsePortfolio(JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')));
// Sao Paulo skipped midnight of 2018-11-04; Santiago 2022-09-11.
const dst = parsePortfolio({
  id: 'dst',
  name: 'DST',
  calendars: [{ id: 'six', workingDays: [1, 2, 3, 4, 5, 6] }],
  defaultCalendarId: 'six',
  projects: [
    {
      id: 'p',
      name: 'P',
      start: '2018-10-29',
      tasks: [
        { id: 'a', name: 'a', duration: 9, budget: 900, percentComplete: 60, actualStart: '2018-10-29', actualCost: 700, costProfile: 'front-loaded' },
        { id: 'b', name: 'b', duration: 30, budget: 3000, evRule: '50/50', actualStart: '2018-11-03' },
      ],
      dependencies: [],
    },
  ],
});
const out: Record<string, unknown> = { environment: { tz: process.env.TZ, offsetMinutes: new Date(2018, 10, 4).getTimezoneOffset() } };
for (const by of ['day', 'week', 'month'] as const) {
  out[`sample-${by}`] = earnedValueAnalysis(sample, { by });
  out[`sample-${by}-march`] = earnedValueAnalysis(sample, { by, statusDate: '2026-03-31' });
  out[`dst-${by}`] = earnedValueAnalysis(dst, { by, statusDate: '2018-11-05' });
}
process.stdout.write(JSON.stringify(out));
