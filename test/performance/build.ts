/** Small portfolios for the performance tests. */
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio, PortfolioInput } from '../../src/model/portfolio.js';

type ProjectInput = PortfolioInput['projects'][number];
type TaskInput = ProjectInput['tasks'][number];

/** One project `p` (calendar `cal`, every day working unless given) with tasks, optional baseline tasks and reports. */
export function onePortfolio(
  tasks: TaskInput[],
  options: {
    workingDays?: number[];
    start?: string;
    baseline?: { taskId: string; start: string; finish: string; cost?: number }[];
    reports?: PortfolioInput['statusReports'];
    dependencies?: ProjectInput['dependencies'];
    budget?: number;
  } = {},
): Portfolio {
  return parsePortfolio({
    id: 'pf',
    name: 'Test',
    currency: 'EUR',
    calendars: [{ id: 'cal', workingDays: options.workingDays ?? [1, 2, 3, 4, 5, 6, 7] }],
    defaultCalendarId: 'cal',
    projects: [
      {
        id: 'p',
        name: 'P',
        start: options.start ?? '2026-01-01',
        calendarId: 'cal',
        tasks,
        dependencies: options.dependencies ?? [],
        ...(options.budget !== undefined ? { budget: options.budget } : {}),
      },
    ],
    ...(options.baseline !== undefined ? { baselines: [{ id: 'bl', projectId: 'p', date: '2025-12-01', tasks: options.baseline }] } : {}),
    ...(options.reports !== undefined ? { statusReports: options.reports } : {}),
  });
}
