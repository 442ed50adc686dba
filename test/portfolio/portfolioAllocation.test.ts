import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import { allocateResources, allocateResourcesSync } from '../../src/portfolio/index.js';
import { deepFreeze, ROOT } from '../helpers.js';

/**
 * Two weeks, 2026-03-02 (Mon) – 2026-03-13, with a holiday on Wednesday 4 March for the office
 * calendar; Ben works Monday to Thursday at half time. Every figure below is worked out by hand.
 */
const input = (): PortfolioInput => ({
  id: 'pf',
  name: 'Hand-checked',
  defaultCalendarId: 'office',
  calendars: [
    { id: 'office', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-03-04'], hoursPerDay: 8 },
    { id: 'part', workingDays: [1, 2, 3, 4], hoursPerDay: 8 },
  ],
  resources: [
    { id: 'ana', name: 'Ana', capacity: 1, skills: { java: 4 }, costPerHour: 50 },
    { id: 'ben', name: 'Ben', capacity: 0.5, calendarId: 'part', skills: { java: 2, sql: 3 }, costPerHour: 40 },
  ],
  projects: [
    {
      id: 'crm',
      name: 'CRM',
      start: '2026-03-02',
      expectedValue: 100000,
      priority: 3,
      tasks: [
        { id: 't1', name: 'Build', duration: 10, demands: [{ skill: 'java', units: 2 }] },
        { id: 't2', name: 'Train', duration: 5, demands: [{ resourceId: 'ben', units: 1 }] },
      ],
      dependencies: [{ from: 't1', to: 't2' }],
    },
    {
      id: 'erp',
      name: 'ERP',
      start: '2026-03-02',
      expectedValue: 20000,
      priority: 1,
      tasks: [
        { id: 'e1', name: 'Reports', duration: 10, demands: [{ skill: 'sql', units: 1, minLevel: 3 }] },
        { id: 'm', name: 'Done', duration: 0 },
      ],
      dependencies: [{ from: 'e1', to: 'm' }],
    },
  ],
});

describe('allocateResources from a portfolio', () => {
  it('demands from the scheduled tasks in the window, capacities from calendars, valued by expected value per hour', async () => {
    const p = deepFreeze(parsePortfolio(input()));
    const r = await allocateResources(p, { from: '2026-03-02', to: '2026-03-13' });
    expect(r.window).toEqual({ from: '2026-03-02', to: '2026-03-13' });
    expect(r.value).toBe('expectedValue');
    // Ana: 9 office working days × 8 h; Ben: 8 Monday–Thursday days × 0.5 × 8 h
    expect(r.capacity).toEqual({ ana: 72, ben: 32 });
    // t2 (Ben by name) starts on 17 March, after the window
    expect(r.committed).toEqual({});
    // crm: 160 + 40 h over its life -> 500 per hour; erp: 80 h -> 250 per hour.
    // t1 works 9 of its 10 days in the window: 2 × 9 × 8 = 144 h of java; e1: 72 h of sql (level >= 3).
    // Ben earns 460 on java (500 − 40) against 210 on sql: all his hours go to crm.
    expect(r.assignments).toEqual([
      { personId: 'ana', demandId: 'crm/java', projectId: 'crm', skill: 'java', hours: 72 },
      { personId: 'ben', demandId: 'crm/java', projectId: 'crm', skill: 'java', hours: 32 },
    ]);
    expect(r.objective).toBe(72 * 450 + 32 * 460);
    expect(r.unmet).toEqual([
      { demandId: 'crm/java', projectId: 'crm', skill: 'java', hours: 40, reason: 'capacity' },
      { demandId: 'erp/sql@3', projectId: 'erp', skill: 'sql', hours: 72, reason: 'capacity' },
    ]);
    expect(r.shadowPrices).toEqual({ java: 500, sql: 250 });
    expect(r.bottleneck).toBe('java');
    expect(r.utilization).toEqual({ ana: 1, ben: 1 });
  });

  it('a later window holds the named booking; priority valuation ignores costs', () => {
    const p = parsePortfolio(input());
    const later = allocateResourcesSync(p, { from: '2026-03-16', to: '2026-03-27' });
    // t1 has 1 day left (16 March): 16 h of java; t2 (17–23 March) books Ben 1 unit × 5 days × 8 h = 40 h,
    // more than his 0.5 × 8 Monday–Thursday days × 8 h = 32 h: he has nothing left
    expect(later.committed).toEqual({ ben: 40 });
    expect(later.capacity).toEqual({ ana: 80, ben: 0 });
    const byPriority = allocateResourcesSync(p, { from: '2026-03-02', to: '2026-03-13', value: 'priority' });
    expect(byPriority.value).toBe('priority');
    expect(byPriority.objective).toBe(104 * 3);
  });

  it('the default window is the three months from the first project start when there is no status report; bad windows are errors', () => {
    const p = parsePortfolio(input());
    expect(allocateResourcesSync(p).window).toEqual({ from: '2026-03-02', to: '2026-06-01' });
    expect(() => allocateResourcesSync(p, { from: '2026-03-10', to: '2026-03-01' })).toThrow(/before options.from/);
    expect(() => allocateResourcesSync(p, { from: '2026-02-30', to: '2026-03-01' })).toThrow(/options.from must be an existing day/);
    expect(() => allocateResourcesSync(p, { from: '2026-03-01' })).toThrow(/both options.from and options.to/);
    const noValue = input();
    delete (noValue.projects[1] as { expectedValue?: number }).expectedValue;
    delete (noValue.projects[1] as { priority?: number }).priority;
    expect(() => allocateResourcesSync(parsePortfolio(noValue), { from: '2026-03-02', to: '2026-03-13' })).toThrow(/missing on "erp"/);
  });

  it('the sample portfolio: the next three months after the status date, every assignment qualified', () => {
    const sample = parsePortfolio(JSON.parse(readFileSync(join(ROOT, 'examples/data/sample-portfolio.json'), 'utf8')));
    const r = allocateResourcesSync(sample);
    expect(r.window).toEqual({ from: '2026-05-01', to: '2026-07-31' });
    expect(r.optimal).toBe(true);
    const level = new Map(sample.resources.map((x) => [x.id, x.skills ?? {}]));
    for (const a of r.assignments) {
      expect(level.get(a.personId)![a.skill]).toBeGreaterThanOrEqual(Number(a.demandId.split('@')[1] ?? 0));
      expect(a.hours).toBeGreaterThan(0);
    }
    for (const [id, u] of Object.entries(r.utilization)) expect(u, id).toBeLessThanOrEqual(1 + 1e-12);
  });
});
