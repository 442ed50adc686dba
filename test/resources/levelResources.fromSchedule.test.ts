/** `levelResources(portfolio, { schedule })`: leveling starts from the caller's early schedule instead of computing it again. */
import { describe, expect, it } from 'vitest';
import sample from '../../examples/data/sample-portfolio.json' with { type: 'json' };
import { PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { levelResources } from '../../src/resources/levelResources.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { deepFreeze } from '../helpers.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';

const portfolio = deepFreeze(parsePortfolio(sample));

describe('levelResources with options.schedule', () => {
  it('gives the same result as computing the early schedule itself', () => {
    const schedule = deepFreeze(schedulePortfolio(portfolio, { progress: 'plan' }));
    const given = levelResources(portfolio, { schedules: 100, seed: 3, schedule });
    const computed = levelResources(portfolio, { schedules: 100, seed: 3 });
    expect(given).toEqual(computed);
    expect(levelResources(portfolio, { schedules: 100, seed: 3, schedule, calendarId: schedule.calendarId })).toEqual(computed);
  });

  it('rejects a schedule of another portfolio, or of another calendar than calendarId', () => {
    const other = schedulePortfolio(parsePortfolio(minimalPortfolio()));
    expect(() => levelResources(portfolio, { schedules: 10, schedule: other })).toThrow(PmoError);
    expect(() => levelResources(portfolio, { schedules: 10, schedule: other })).toThrow(/levelResources: options.schedule was not computed from this portfolio/);
    const schedule = schedulePortfolio(portfolio, { progress: 'plan' });
    expect(() => levelResources(portfolio, { schedules: 10, schedule, calendarId: 'nope' })).toThrow(/options.calendarId is "nope" but options.schedule was computed on calendar/);
  });
});
