/** Small portfolios for the scoring tests (health, KPIs, governance, lessons). */
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio, PortfolioInput } from '../../src/model/portfolio.js';

type ProjectInput = PortfolioInput['projects'][number];

/**
 * Project `p`: one 10-day task (Mon–Fri calendar, 2026-01-05 to 2026-01-16), budget 1000, deadline
 * 2026-01-30, manager and sponsor; a status report on Friday 2026-01-09 (5 working days in) with
 * PV 500 and the given EV and AC; an open threat of probability 0.5 and cost 100.
 */
export function handPortfolio(options: { ev?: number; ac?: number; probability?: number; cost?: number; project?: Partial<ProjectInput>; extra?: Partial<PortfolioInput> } = {}): Portfolio {
  const input: PortfolioInput = {
    id: 'pf',
    name: 'Hand',
    currency: 'EUR',
    calendars: [{ id: 'wk', workingDays: [1, 2, 3, 4, 5] }],
    defaultCalendarId: 'wk',
    organization: {
      id: 'org',
      name: 'Org',
      structure: 'balanced-matrix',
      units: [{ id: 'u1', name: 'Unit one' }],
      people: [
        { id: 'pm', name: 'Pat', roles: ['project-manager'] },
        { id: 'sp', name: 'Sam', roles: ['sponsor'] },
      ],
      pmo: { name: 'PMO', type: 'controlling' },
    },
    resources: [{ id: 'r1', name: 'R1', capacity: 1 }],
    projects: [
      {
        id: 'p',
        name: 'P',
        start: '2026-01-05',
        deadline: '2026-01-30',
        budget: 1000,
        managerId: 'pm',
        sponsorId: 'sp',
        status: 'active',
        tasks: [{ id: 't', name: 'Work', duration: 10, budget: 1000, demands: [{ resourceId: 'r1', units: 1 }] }],
        ...options.project,
      },
    ],
    risks: [
      {
        id: 'k',
        title: 'Threat',
        kind: 'threat',
        probability: options.probability ?? 0.5,
        impact: { cost: options.cost ?? 100 },
        projectId: 'p',
        strategy: 'mitigate',
        owner: 'pm',
        status: 'open',
        identifiedOn: '2026-01-05',
      },
    ],
    statusReports: [{ projectId: 'p', date: '2026-01-09', pv: 500, ev: options.ev ?? 400, ac: options.ac ?? 500, bac: 1000 }],
    baselines: [{ id: 'b', projectId: 'p', date: '2026-01-02', tasks: [{ taskId: 't', start: '2026-01-05', finish: '2026-01-16', cost: 1000 }] }],
    ...options.extra,
  };
  return parsePortfolio(input);
}
