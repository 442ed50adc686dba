/** Small portfolios for the CLI tests, and a helper that writes them to temporary files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PortfolioInput } from '../../src/model/portfolio.js';

const dir = mkdtempSync(join(tmpdir(), 'pmo-cli-'));

/** Writes `content` (JSON unless a string) to a new temporary file; returns its path. */
export function tmpFile(name: string, content: unknown): string {
  const path = join(mkdtempSync(join(dir, 'f')), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/**
 * Three projects starting Monday 2026-01-05 on a Monday–Friday calendar: p1/a (5 days) feeds
 * p2/b (3 days) and p3/c (2 days). So a is a single point of failure (a slip delays p2 and p3),
 * a -> b is a critical dependency (b finishes last, on 2026-01-14), a -> c is driving but has one
 * day of float at c. b and c both need Ana (capacity 1) on 2026-01-12 and 13: over-allocated
 * there, on two days of ISO week 2026-W03, until leveled. p2's deadline is 2026-01-14.
 */
export function chainPortfolio(): PortfolioInput {
  return {
    id: 'chain',
    name: 'Chain',
    calendars: [{ id: 'std', workingDays: [1, 2, 3, 4, 5] }],
    defaultCalendarId: 'std',
    resources: [{ id: 'ana', name: 'Ana', capacity: 1 }],
    projects: [
      { id: 'p1', name: 'One', start: '2026-01-05', tasks: [{ id: 'a', name: 'Base', duration: 5 }] },
      { id: 'p2', name: 'Two', start: '2026-01-05', deadline: '2026-01-14', tasks: [{ id: 'b', name: 'Build', duration: 3, demands: [{ resourceId: 'ana', units: 1 }] }] },
      { id: 'p3', name: 'Three', start: '2026-01-05', tasks: [{ id: 'c', name: 'Check', duration: 2, demands: [{ resourceId: 'ana', units: 1 }] }] },
    ],
    crossDependencies: [
      { fromProject: 'p1', from: 'a', toProject: 'p2', to: 'b' },
      { fromProject: 'p1', from: 'a', toProject: 'p3', to: 'c' },
    ],
  };
}
