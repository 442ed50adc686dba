import { describe, expect, it } from 'vitest';
import { readMspdi, readMspdiDetails, writeMspdi } from '../../src/io/index.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import { schedule } from '../../src/schedule/index.js';
import { data, hasData } from './shared.js';

/** A project at its status date: a complete task, one in progress (interrupted, work left grown), one not started; with a baseline. */
function tracked(): PortfolioInput {
  return {
    id: 'pf',
    name: 'Tracked',
    projects: [
      {
        id: 'p',
        name: 'P',
        start: '2026-01-05',
        statusDate: '2026-01-23',
        tasks: [
          { id: 'a', name: 'A', duration: 5, actualStart: '2026-01-05', actualFinish: '2026-01-13', percentComplete: 100, actualCost: 1250.5 },
          { id: 'b', name: 'B', duration: 5, actualStart: '2026-01-14', percentComplete: 40, remainingDuration: 4, resume: '2026-01-20' },
          { id: 'c', name: 'C', duration: 5 },
        ],
        dependencies: [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'c' },
        ],
      },
    ],
    baselines: [
      {
        id: 'bl',
        projectId: 'p',
        date: '2026-01-02',
        tasks: [
          { taskId: 'a', start: '2026-01-05', finish: '2026-01-09', duration: 5, cost: 1000 },
          { taskId: 'b', start: '2026-01-12', finish: '2026-01-16', duration: 5, cost: 2000 },
          { taskId: 'c', start: '2026-01-19', finish: '2026-01-23', duration: 5 },
        ],
      },
    ],
  };
}

const element = (xml: string, task: string, name: string): string | undefined => {
  const block = xml.split('<Task>').find((t) => t.includes(`<Name>${task}</Name>`));
  return block?.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];
};

describe('MSPDI progress, status date and first baseline', () => {
  it('writes ActualDuration, RemainingDuration, Stop, Resume, the StatusDate and the Baseline elements', () => {
    const xml = writeMspdi(parsePortfolio(tracked()));
    expect(xml).toContain('<StatusDate>2026-01-23T17:00:00</StatusDate>');
    // a: complete; Stop and Resume at its actual finish.
    expect([element(xml, 'A', 'ActualDuration'), element(xml, 'A', 'RemainingDuration'), element(xml, 'A', 'Stop'), element(xml, 'A', 'Resume')]).toEqual([
      'PT40H0M0S',
      'PT0H0M0S',
      '2026-01-13T17:00:00',
      '2026-01-13T17:00:00',
    ]);
    // b: 1 day done (5 - 4 left) from the 14th, resumed on the 20th.
    expect([element(xml, 'B', 'ActualDuration'), element(xml, 'B', 'RemainingDuration'), element(xml, 'B', 'Stop'), element(xml, 'B', 'Resume')]).toEqual([
      'PT8H0M0S',
      'PT32H0M0S',
      '2026-01-14T17:00:00',
      '2026-01-20T08:00:00',
    ]);
    expect(element(xml, 'C', 'Stop')).toBeUndefined();
    const baselineB = xml.replace(/>\s+</g, '><').split('<Task>').find((t) => t.includes('<Name>B</Name>'))!.split('<Baseline>')[1]!;
    expect(baselineB).toMatch(/^<Number>0<\/Number><Start>2026-01-12T08:00:00<\/Start><Finish>2026-01-16T17:00:00<\/Finish><Duration>PT40H0M0S<\/Duration><Cost>200000<\/Cost>/);
  });

  it('reads back the same project, and the first baseline as a baseline of the project', () => {
    const pf = parsePortfolio(tracked());
    const back = readMspdi(writeMspdi(pf));
    expect(back.projects[0]).toEqual(pf.projects[0]);
    expect(back.baselines).toHaveLength(1);
    expect(back.baselines[0]).toMatchObject({ projectId: 'p', date: '2026-01-05' });
    expect(back.baselines[0]!.tasks).toEqual(pf.baselines[0]!.tasks);
    // The schedule of what was read is the schedule of what was written.
    const dates = (p: typeof pf) => schedule(p.projects[0]!, { baselines: p.baselines }).tasks.map((t) => [t.earlyStartDate, t.earlyFinishDate, t.finishVariance]);
    expect(dates(back)).toEqual(dates(pf));
  });

  it('reads the progress fields from the elements themselves (a document without pmo-kit data)', () => {
    // Strip the pmo-kit custom fields: what is left is what MS Project would read.
    const xml = writeMspdi(parsePortfolio(tracked())).replace(/<ExtendedAttributes>[\s\S]*?<\/ExtendedAttributes>/, '').replace(/<ExtendedAttribute>[\s\S]*?<\/ExtendedAttribute>/g, '');
    const p = readMspdi(xml).projects[0]!;
    expect(p.statusDate).toBe('2026-01-23');
    const b = p.tasks.find((t) => t.name === 'B')!;
    expect(b).toMatchObject({ actualStart: '2026-01-14', percentComplete: 40, remainingDuration: 4, resume: '2026-01-20' });
    expect(p.tasks.find((t) => t.name === 'A')).toMatchObject({ actualFinish: '2026-01-13', actualCost: 1250.5 });
  });

  it('reads a status date older than some actual dates as none, with a warning (validation would refuse it)', () => {
    const xml = writeMspdi(parsePortfolio(tracked())).replace('<StatusDate>2026-01-23T17:00:00</StatusDate>', '<StatusDate>2026-01-12T17:00:00</StatusDate>');
    const doc = readMspdiDetails(xml);
    expect(doc.project.statusDate).toBeUndefined();
    expect(doc.warnings.filter((w) => w.code === 'status-date-before-actuals').map((w) => w.message)).toEqual([
      'the status date 2026-01-12 is before actual dates of task UID 1, 2; read without a status date',
    ]);
  });

  it.skipIf(!hasData('mspdi'))('reads MS Project’s own progress: percent complete, actual dates, no resume for a lunch break', () => {
    const p = readMspdi(data('mspdi/mspditimephased.xml')).projects[0]!;
    const byId = new Map(p.tasks.map((t) => [t.id, t]));
    expect(byId.get('4')).toMatchObject({ actualStart: '2008-11-20', percentComplete: 50 });
    expect(byId.get('7')).toMatchObject({ actualStart: '2008-11-20', actualFinish: '2008-12-03', percentComplete: 100 });
    // Task 28 stopped at 12:00 and resumed at 13:00: the lunch break, no working time lost.
    expect(byId.get('28')!.resume).toBeUndefined();
    expect(byId.get('28')!.remainingDuration).toBeUndefined();
    expect(p.statusDate).toBeUndefined();
  });
});
