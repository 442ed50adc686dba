import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import { earnedValueAnalysis } from '../../src/performance/index.js';
import { ROOT } from '../helpers.js';

describe('earnedValueAnalysis measures against the plan, whatever the progress fields', () => {
  it('gives the same analysis when the projects carry a status date, remaining durations and resume days', () => {
    const sample = parsePortfolio(JSON.parse(readFileSync(join(ROOT, 'examples/data/sample-portfolio.json'), 'utf8')));
    const tracked = parsePortfolio({
      ...sample,
      projects: sample.projects.map((p) => ({
        ...p,
        statusDate: '2026-04-30',
        tasks: p.tasks.map((t) => (t.actualStart !== undefined && t.actualFinish === undefined ? { ...t, remainingDuration: t.duration, resume: '2026-05-04' } : t)),
      })),
    });
    expect(earnedValueAnalysis(tracked, { statusDate: '2026-04-30' })).toEqual(earnedValueAnalysis(sample, { statusDate: '2026-04-30' }));
  });
});
