/** Inputs shared by the simulateRisk tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Portfolio } from '../../src/model/portfolio.js';

/** The sample portfolio of examples/data, as read (not validated). */
export const sample = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/data/sample-portfolio.json', import.meta.url)), 'utf8')) as Portfolio;

/**
 * A portfolio of one project `p` on a 7-day calendar from 2026-01-05, so that offset k is
 * 2026-01-05 + k days; `project` gives its tasks, dependencies and any other field.
 */
export function onEveryDay(project: Readonly<Record<string, unknown>>, risks: readonly unknown[] = []): Portfolio {
  return {
    id: 'pf',
    name: 'pf',
    calendars: [{ id: 'all', name: 'every day', workingDays: [0, 1, 2, 3, 4, 5, 6], holidays: [], exceptions: [], hoursPerDay: 8 }],
    projects: [{ id: 'p', name: 'p', start: '2026-01-05', calendarId: 'all', ...project }],
    crossDependencies: [],
    risks,
  } as unknown as Portfolio;
}
