/**
 * The MSPDI writer: reading what it wrote gives back the same project (and the same calendars
 * and resources), on hand-made fixtures, on the sample portfolio, on every reference file and on
 * random projects.
 */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError, PmoValidationError } from '../../src/errors.js';
import { MSPDI_ELAPSED_CALENDAR, readMspdi, readMspdiDetails, writeMspdi } from '../../src/io/index.js';
import { isoFromDayNumber } from '../../src/internal/dates.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio, PortfolioInput } from '../../src/model/portfolio.js';
import { CONSTRAINT_TYPES, DEPENDENCY_TYPES } from '../../src/model/task.js';
import { clone, deepFreeze, ROOT } from '../helpers.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { data, files, hasData } from './shared.js';

/** Writes one project, reads it back, and checks the project, its calendars and resources. */
function roundTrip(pf: Portfolio, projectId: string, include: 'used' | 'all' = 'used'): Portfolio {
  const xml = writeMspdi(pf, { projectId, include });
  const back = readMspdi(xml);
  const project = pf.projects.find((p) => p.id === projectId)!;
  expect(back.projects).toHaveLength(1);
  expect(back.projects[0]).toStrictEqual(project);
  for (const c of back.calendars) expect(c).toStrictEqual(pf.calendars.find((x) => x.id === c.id));
  for (const r of back.resources) expect(r).toStrictEqual(pf.resources.find((x) => x.id === r.id));
  return back;
}

/** A portfolio that uses every field MSPDI can and cannot express. */
function richPortfolio(): PortfolioInput {
  return {
    id: 'pf rich',
    name: 'Rich & "quoted" <portfolio>',
    description: 'line 1\nline 2\r\nline 3',
    currency: 'EUR',
    defaultCalendarId: 'std',
    organization: { id: 'org', name: 'Org', structure: 'strong-matrix', units: [{ id: 'u1', name: 'Unit' }], people: [{ id: 'ana-p', name: 'Ana', unitId: 'u1', roles: [] }] },
    calendars: [
      {
        id: 'std',
        name: 'Standard',
        workingDays: [1, 2, 3, 4, 5],
        holidays: ['2026-12-25', '2026-01-01', '2026-12-24'],
        exceptions: [
          { date: '2026-04-03', working: false, name: 'Good Friday' },
          { date: '2026-08-10', until: '2026-08-21', working: false, name: 'Summer shutdown' },
          { date: '2026-03-07', working: true, name: 'Saturday push' },
          { date: '2026-05-02', working: true },
          { date: '2026-05-14', working: false },
        ],
        hoursPerDay: 8,
      },
      { id: 'four-day', workingDays: [1, 2, 3, 4], hoursPerDay: 7.5 },
      { id: '17', name: 'Night', workingDays: [0, 1, 2, 3, 4, 5], hoursPerDay: 10 },
      { id: 'unused', workingDays: [6] },
    ],
    resources: [
      { id: 'ana', name: 'Ana', capacity: 1, skills: { backend: 4, qa: 2, __proto__: 1 } as Record<string, number>, calendarId: 'four-day', costPerHour: 95.5, poolId: 'eng', unitId: 'u1', personId: 'ana-p' },
      { id: '7', name: 'Li <lead>', capacity: 0.5, skills: { frontend: 3 } },
      { id: 'crane', name: 'Crane', capacity: 2 },
      { id: 'idle', name: 'Not used', capacity: 1 },
    ],
    pools: [{ id: 'eng', name: 'Engineering', resourceIds: ['ana', '7', 'idle'], managerId: 'ana-p' }],
    programs: [{ id: 'prog', name: 'Program', projectIds: ['p1', 'p2'] }],
    projects: [
      {
        id: 'p1',
        name: 'One: "the" <first> & only',
        description: 'A project\twith a tab',
        programId: 'prog',
        start: '2026-01-05',
        deadline: '2026-09-30',
        priority: 900,
        budget: 120000.5,
        expectedValue: 500000,
        managerId: 'ana-p',
        sponsorId: 'ana-p',
        status: 'active',
        tasks: [
          { id: 'm', name: 'Done', duration: 0, milestone: true, constraint: { type: 'FNLT', date: '2026-09-30' }, deadline: '2026-09-25' },
          { id: 'b', name: 'Code', duration: 10.25, parentId: 'wbs', demands: [{ skill: 'backend', minLevel: 3, units: 1 }, { resourceId: 'ana', units: 0.5 }] },
          { id: 'wbs', name: 'Build', duration: 0 },
          { id: 'a', name: 'Design  ', duration: 5, parentId: 'wbs', estimate: { optimistic: 3, mostLikely: 5, pessimistic: 9 }, demands: [{ resourceId: 'ana', units: 1 }], budget: 3000, calendarId: 'four-day' },
          { id: 'x -> y', name: '', duration: 1 / 3, parentId: 'b', constraint: { type: 'ASAP' } },
          { id: 'a"b', name: 'Quote "inside"', duration: 2, parentId: 'b', constraint: { type: 'SNET', date: '2026-02-02' }, calendarId: '17' },
          { id: '__proto__', name: 'Proto', duration: 3, constraint: { type: 'ALAP' }, percentComplete: 37.5, actualStart: '2026-01-06', actualCost: 1234.56 },
          { id: '工程', name: '工程 🚀', duration: 4, constraint: { type: 'MSO', date: '2026-03-02' }, percentComplete: 100, actualStart: '2026-03-02', actualFinish: '2026-03-05', actualCost: 10 },
          { id: '0', name: 'Zero id', duration: 1, constraint: { type: 'MFO', date: '2026-03-20' }, demands: [{ resourceId: '7', units: 0.25 }, { resourceId: 'crane', units: 2 }] },
          { id: '007', name: 'Leading zeros', duration: 1, constraint: { type: 'FNET', date: '2026-04-01' } },
          { id: '3', name: 'Numeric', duration: 1.5, constraint: { type: 'SNLT', date: '2026-04-10' }, percentComplete: 0 },
          { id: 'ctl', name: 'bell \u0007 and nul \u0000 and \uFFFF', duration: 1 },
        ],
        dependencies: [
          { from: 'a', to: 'b', type: 'FS', lag: 0 },
          { from: 'b', to: 'm', type: 'FF', lag: -1 },
          { from: '__proto__', to: 'a', type: 'SS', lag: 2.5 },
          { from: 'x -> y', to: 'a"b', type: 'SF', lag: 0.123456789 },
          { from: '工程', to: '0', type: 'FS', lag: -0.5 },
          { from: '0', to: '007', type: 'FS', lag: 3 },
          { from: '007', to: '3', type: 'SS', lag: 0 },
          { from: '007', to: '3', type: 'FF', lag: 1 },
          { from: 'wbs', to: 'ctl', type: 'FS', lag: 0 },
        ],
      },
      { id: 'p2', name: 'Two', start: '2026-02-02', tasks: [{ id: 'a', name: 'Other', duration: 3 }] },
    ],
    crossDependencies: [{ fromProject: 'p1', from: 'm', toProject: 'p2', to: 'a' }],
  };
}

describe('writeMspdi round trips', () => {
  it('the minimal fixture', () => {
    const pf = parsePortfolio(minimalPortfolio());
    roundTrip(pf, 'p1');
    roundTrip(pf, 'p2');
  });

  it('a rich fixture: odd ids, names, fractions, every constraint and link type, skills, programs, pools', () => {
    const pf = parsePortfolio(richPortfolio());
    const back = roundTrip(pf, 'p1');
    expect(back.calendars.map((c) => c.id)).toEqual(['std', 'four-day', '17']);
    expect(back.resources.map((r) => r.id)).toEqual(['ana', '7', 'crane']); // by id, and by skill
    expect(back.programs).toStrictEqual([{ id: 'prog', name: 'Program', projectIds: ['p1'] }]);
    expect(back.pools).toStrictEqual([{ id: 'eng', name: 'Engineering', resourceIds: ['ana', '7'], managerId: 'ana-p' }]);
    expect(back).toMatchObject({ id: 'pf rich', name: 'Rich & "quoted" <portfolio>', currency: 'EUR', defaultCalendarId: 'std', description: 'line 1\nline 2\r\nline 3' });
    const all = roundTrip(pf, 'p1', 'all');
    expect(all.calendars.map((c) => c.id)).toEqual(['std', 'four-day', '17', 'unused']);
    expect(all.resources.map((r) => r.id)).toEqual(['ana', '7', 'crane', 'idle']);
    roundTrip(pf, 'p2');
  });

  it('writes what MS Project reads: UIDs, outline, durations, links, custom fields, calendars', () => {
    const pf = parsePortfolio(richPortfolio());
    const xml = writeMspdi(pf, { projectId: 'p1' });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project">')).toBe(true);
    expect(xml).not.toMatch(/<!DOCTYPE|<!ENTITY/);
    const doc = readMspdiDetails(xml);
    const d = (id: string) => doc.tasks.get(id)!;
    // Numeric ids keep their number; the others get free UIDs and keep their id in Text1.
    expect(d('3').uid).toBe(3);
    expect(d('007').uid).not.toBe(7);
    expect(d('0').uid).not.toBe(0);
    expect(new Set([...doc.tasks.values()].map((t) => t.uid)).size).toBe(12);
    expect(xml).toContain('<Alias>pmo-kit id</Alias>');
    expect(xml).toContain('<Value>a"b</Value>');
    expect(xml).toContain('<Value>x -&gt; y</Value>');
    // Outline: depth-first, summaries flagged.
    expect(d('wbs')).toMatchObject({ outlineLevel: 1, summary: true });
    expect(d('b')).toMatchObject({ outlineLevel: 2, summary: true });
    expect(d('x -> y')).toMatchObject({ outlineLevel: 3, outlineNumber: d('b').outlineNumber + '.1' });
    // Durations in minutes with MinutesPerDay from the project calendar (8 h).
    expect(doc.properties.minutesPerDay).toBe(480);
    expect(d('b').durationMinutes).toBe(10.25 * 480);
    expect(d('m').predecessors[0]).toMatchObject({ type: 'FF', linkLag: -4800, lagFormat: 7 });
    // Constraints natively.
    expect(d('a"b')).toMatchObject({ constraintType: 'SNET', constraintDate: '2026-02-02T08:00:00' });
    expect(d('m')).toMatchObject({ constraintType: 'FNLT', constraintDate: '2026-09-30T17:00:00', deadlineDate: '2026-09-25T17:00:00' });
    // Characters XML cannot carry are replaced in the file; the exact name is in the pmo-kit data.
    expect(xml).toContain('<Name>bell \uFFFD and nul \uFFFD and \uFFFD</Name>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // Both exception forms.
    expect(xml).toContain('<Name>Summer shutdown</Name>');
    expect(xml).toMatch(/<DayType>0<\/DayType>\s*<DayWorking>0<\/DayWorking>\s*<TimePeriod>\s*<FromDate>2026-08-10T00:00:00<\/FromDate>\s*<ToDate>2026-08-21T23:59:00<\/ToDate>/);
    // A resource's calendar is a derived calendar, as MS Project expects.
    expect(xml).toMatch(/<Name>Ana<\/Name>\s*<IsBaseCalendar>0<\/IsBaseCalendar>\s*<BaseCalendarUID>/);
    expect(doc.warnings).toEqual([]);
  });

  it('the sample portfolio, every project', () => {
    const path = `${ROOT}examples/data/sample-portfolio.json`;
    if (!existsSync(path)) {
      console.warn('[io tests] skipped: examples/data/sample-portfolio.json is absent');
      return;
    }
    const pf = parsePortfolio(JSON.parse(readFileSync(path, 'utf8')));
    expect(pf.projects.length).toBeGreaterThan(0);
    for (const p of pf.projects) {
      roundTrip(pf, p.id);
      roundTrip(pf, p.id, 'all');
    }
  });

  it('a bare project without calendars or resources', () => {
    const project = parsePortfolio(minimalPortfolio()).projects[1]!;
    const back = readMspdi(writeMspdi(project));
    expect(back.projects[0]).toStrictEqual(project);
    expect(back.calendars).toEqual([]);
    expect(back.defaultCalendarId).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(richPortfolio());
    const copy = clone(input);
    writeMspdi(input as Portfolio, { projectId: 'p1' });
    expect(clone(input)).toEqual(copy);
  });

  it('is deterministic', () => {
    const pf = parsePortfolio(richPortfolio());
    expect(writeMspdi(pf, { projectId: 'p1' })).toBe(writeMspdi(pf, { projectId: 'p1' }));
  });

  it('writes minutesPerDay as MinutesPerDay, and durations in minutes of the calendar day MS Project schedules them on', () => {
    const pf = parsePortfolio(minimalPortfolio());
    const xml = writeMspdi(pf, { projectId: 'p1', minutesPerDay: 450 });
    expect(xml).toContain('<MinutesPerDay>450</MinutesPerDay>');
    // 5 days of the 8-hour calendar: 2400 minutes (37.5 hours would be 4.69 days there).
    expect(xml).toContain('<Duration>PT40H0M0S</Duration>');
    expect(readMspdiDetails(xml).warnings).toEqual([]);
    expect(readMspdi(xml).projects[0]).toStrictEqual(pf.projects[0]);
  });

  it('writes durations and lags of a task on a 6-hour calendar in 6-hour days (MS Project schedules minutes)', () => {
    const pf = parsePortfolio({
      id: 'pf',
      name: 'pf',
      defaultCalendarId: 'std',
      calendars: [
        { id: 'std', workingDays: [1, 2, 3, 4, 5] },
        { id: 'short', workingDays: [1, 2, 3, 4, 5], hoursPerDay: 6 },
      ],
      projects: [
        {
          id: 'p',
          name: 'p',
          start: '2026-01-05',
          tasks: [
            { id: '1', name: 'a', duration: 2 },
            { id: '2', name: 'b', duration: 2, calendarId: 'short' },
          ],
          dependencies: [{ from: '1', to: '2', lag: 1 }],
        },
      ],
    });
    const xml = writeMspdi(pf);
    const doc = readMspdiDetails(xml);
    expect([doc.tasks.get('1')!.durationMinutes, doc.tasks.get('2')!.durationMinutes, doc.tasks.get('2')!.predecessors[0]!.linkLag]).toEqual([960, 720, 3600]);
    // Exact without the pmo-kit data (which only names the calendars here).
    expect((xml.match(/<Value>[^<]*<\/Value>/g) ?? []).join('')).not.toMatch(/duration|lag/);
    expect(readMspdi(xml).projects[0]).toStrictEqual(pf.projects[0]);
  });

  it('rejects bad arguments', () => {
    const pf = parsePortfolio(minimalPortfolio());
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return [(err as PmoError).code, (err as PmoError).message];
      }
      return undefined;
    };
    expect(code(() => writeMspdi(pf))).toEqual(['INVALID_ARGUMENT', expect.stringMatching(/2 projects; choose one with the projectId option \("p1", "p2"\)/)]);
    expect(code(() => writeMspdi(pf, { projectId: 'nope' }))).toEqual(['UNKNOWN_ID', expect.stringMatching(/no project "nope"/)]);
    expect(code(() => writeMspdi(pf, { projectId: 'p1', minutesPerDay: 0 }))).toEqual(['INVALID_ARGUMENT', expect.stringMatching(/minutesPerDay/)]);
    expect(code(() => writeMspdi(pf.projects[0]!))).toEqual(['INVALID_ARGUMENT', expect.stringMatching(/refers to calendar "std"; pass the portfolio/)]);
    expect(() => writeMspdi({ id: 'x' } as unknown as Portfolio)).toThrow(PmoValidationError);
    const bad = { id: 'x', name: 'x', start: '2026-01-05', tasks: [{ id: 'bad\u0001id', name: 'a', duration: 1 }] };
    expect(code(() => writeMspdi(bad as unknown as Portfolio))).toEqual(['INVALID_ARGUMENT', expect.stringMatching(/task id "bad\\u0001id" contains the character U\+0001/)]);
  });
});

describe('writeMspdi: elapsed durations', () => {
  const E = MSPDI_ELAPSED_CALENDAR;
  /** Pour (working days), cure 3 elapsed days 2 elapsed days after it, then paint. */
  const concrete = (calendars: PortfolioInput['calendars'], projectCalendar?: string): Portfolio =>
    parsePortfolio({
      id: 'site',
      name: 'Site',
      calendars,
      projects: [
        {
          id: 'site',
          name: 'Site',
          start: '2026-01-05',
          ...(projectCalendar !== undefined ? { calendarId: projectCalendar } : {}),
          tasks: [
            { id: 'pour', name: 'Pour', duration: 1, calendarId: 'std' },
            { id: 'cure', name: 'Cure', duration: 3.5, calendarId: E.id },
            { id: 'paint', name: 'Paint', duration: 2, calendarId: 'std' },
          ],
          dependencies: [
            { from: 'pour', to: 'cure', type: 'FS', lag: 2 },
            { from: 'cure', to: 'paint', type: 'FS', lag: 1 },
          ],
        },
      ],
    });
  const std = { id: 'std', workingDays: [1, 2, 3, 4, 5] };

  it('writes tasks on the elapsed calendar as elapsed days, their incoming lags as elapsed lags, and no calendar for it', () => {
    const pf = concrete([std, E]);
    const xml = writeMspdi(pf);
    const doc = readMspdiDetails(xml);
    expect(doc.tasks.get('cure')).toMatchObject({ elapsed: true, durationFormat: 8, durationMinutes: 3.5 * 1440, calendarUid: undefined });
    expect(doc.tasks.get('cure')!.predecessors).toEqual([expect.objectContaining({ linkLag: 2 * 1440 * 10, lagFormat: 8, lag: 2 })]);
    expect(doc.tasks.get('paint')!.predecessors).toEqual([expect.objectContaining({ linkLag: 480 * 10, lagFormat: 7, lag: 1 })]);
    expect(xml).not.toContain(E.name!);
    expect(doc.warnings).toEqual([]);
    expect(doc.portfolio).toStrictEqual(pf);
  });

  it('round trips the elapsed calendar wherever it is, used or not, and as a project calendar', () => {
    for (const calendars of [[E, std], [std, E]]) {
      const pf = concrete(calendars);
      expect(readMspdi(writeMspdi(pf))).toStrictEqual(pf);
    }
    for (const calendars of [[E, std], [std, E, { id: 'other', workingDays: [6, 7] }], [E, { id: 'other', workingDays: [6, 7] }, std]]) {
      const pf = concrete(calendars);
      expect(readMspdi(writeMspdi(pf, { include: 'all' }))).toStrictEqual(pf);
    }
    const unused = parsePortfolio({ ...clone(concrete([std, E, { id: 'x', workingDays: [1] }])), projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks: [] }] });
    expect(readMspdi(writeMspdi(unused, { include: 'all' }))).toStrictEqual(unused);
    const onElapsed = concrete([std, E], E.id);
    const xml = writeMspdi(onElapsed);
    expect(xml).toContain(E.name!); // the project works on it: written as a calendar
    expect(readMspdi(xml)).toStrictEqual(onElapsed);
  });

  it('writes a calendar that only borrows the reserved id as an ordinary calendar', () => {
    const pf = concrete([std, { id: E.id, workingDays: [1, 2, 3, 4, 5, 6], hoursPerDay: 24 }]);
    const xml = writeMspdi(pf);
    const doc = readMspdiDetails(xml);
    expect(doc.tasks.get('cure')).toMatchObject({ elapsed: false, durationFormat: 7 });
    expect(doc.portfolio).toStrictEqual(pf);
  });
});

describe.skipIf(!hasData('mspdi'))('read → write → read of every reference file', () => {
  it.each(files('mspdi', '.xml'))('%s', (f) => {
    const first = readMspdi(data(`mspdi/${f}`));
    const again = readMspdi(writeMspdi(first, { include: 'all' }));
    expect(again).toStrictEqual(first);
  });
});

describe('round trip of random projects (property)', () => {
  const day = (n: number) => isoFromDayNumber(20_000 + n);
  const id = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    fc.constantFrom('__proto__', 'constructor', '0', '1', '42', '007', ' a ', 'a\tb', 'x\r\ny', 'a"b', '<&>'),
    fc.nat({ max: 99 }).map(String),
  );
  const name = fc.string({ unit: 'binary', maxLength: 8 });
  const num = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 50, noNaN: true, noDefaultInfinity: true }));
  const portfolioArb = fc
    .record({
      ids: fc.uniqueArray(id, { minLength: 1, maxLength: 12 }),
      names: fc.array(name, { minLength: 12, maxLength: 12 }),
      durations: fc.array(num, { minLength: 12, maxLength: 12 }),
      parents: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 12, maxLength: 12 }),
      order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
      extras: fc.array(
        fc.record(
          {
            milestone: fc.boolean(),
            constraint: fc.record({ type: fc.constantFrom(...CONSTRAINT_TYPES), date: fc.nat({ max: 400 }) }),
            percentComplete: fc.double({ min: 0, max: 100, noNaN: true }),
            budget: num,
            calendar: fc.nat({ max: 2 }),
            demand: fc.oneof(fc.record({ resource: fc.nat({ max: 2 }), units: num }), fc.record({ skill: fc.constantFrom('s1', 's2'), units: num })),
          },
          { requiredKeys: [] },
        ),
        { minLength: 12, maxLength: 12 },
      ),
      links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), type: fc.constantFrom(...DEPENDENCY_TYPES), lag: fc.double({ min: -20, max: 20, noNaN: true }) }), { maxLength: 20 }),
      calendars: fc.uniqueArray(
        fc.record({
          id,
          workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1 }),
          holidays: fc.uniqueArray(fc.nat({ max: 400 }), { maxLength: 4 }),
          exceptions: fc.array(fc.record({ date: fc.nat({ max: 400 }), days: fc.nat({ max: 5 }), working: fc.boolean(), name: fc.option(name, { nil: undefined }) }), { maxLength: 3 }),
          hoursPerDay: fc.oneof(fc.constant(8), fc.double({ min: 0.5, max: 24, noNaN: true })),
        }),
        { minLength: 1, maxLength: 3, selector: (c) => c.id },
      ),
      resources: fc.uniqueArray(fc.record({ id, capacity: num, cost: fc.option(num, { nil: undefined }) }), { minLength: 1, maxLength: 3, selector: (r) => r.id }),
    })
    .map((g): PortfolioInput => {
      const ids = g.ids;
      // The WBS (parent p % i of task i) in preorder: a valid portfolio has no link between a
      // summary and its own subtask, no dependency cycle once summary links apply to the tasks
      // under them (links go forward in preorder), and no ALAP/SNLT/FNET/MSO/MFO on a summary.
      const parentOf = (i: number): number => (g.parents[i] !== undefined && i > 0 ? g.parents[i]! % i : -1);
      const pre: number[] = [];
      const size: number[] = ids.map(() => 1);
      let next = 0;
      const visit = (i: number): void => {
        pre[i] = next++;
        ids.forEach((_, c) => {
          if (c > i && parentOf(c) === i) visit(c);
        });
      };
      ids.forEach((_, i) => {
        if (parentOf(i) < 0) visit(i);
      });
      for (let i = ids.length - 1; i > 0; i--) if (parentOf(i) >= 0) size[parentOf(i)]! += size[i]!;
      const within = (a: number, b: number): boolean => pre[a]! <= pre[b]! && pre[b]! < pre[a]! + size[a]!;
      const summary = (i: number): boolean => ids.some((_, c) => parentOf(c) === i);
      const tasks = ids.map((tid, i) => {
        const e = g.extras[i]!;
        const p = g.parents[i];
        const onSummary = summary(i) && e.constraint !== undefined && !['ASAP', 'SNET', 'FNLT'].includes(e.constraint.type);
        return {
          id: tid,
          name: g.names[i]!,
          duration: g.durations[i]!,
          ...(p !== undefined && i > 0 ? { parentId: ids[p % i]! } : {}),
          ...(e.milestone !== undefined ? { milestone: e.milestone } : {}),
          ...(e.constraint && !onSummary ? { constraint: { type: e.constraint.type, date: day(e.constraint.date) } } : {}),
          ...(e.percentComplete !== undefined ? { percentComplete: e.percentComplete } : {}),
          ...(e.budget !== undefined ? { budget: e.budget } : {}),
          ...(e.calendar !== undefined ? { calendarId: g.calendars[e.calendar % g.calendars.length]!.id } : {}),
          ...(e.demand
            ? {
                demands: [
                  'resource' in e.demand
                    ? { resourceId: g.resources[e.demand.resource % g.resources.length]!.id, units: e.demand.units }
                    : { skill: e.demand.skill, units: e.demand.units },
                ],
              }
            : {}),
        };
      });
      // Shuffle the task list so that it is not in outline order.
      const shuffled = tasks.map((t, i) => ({ t, k: g.order[i]! })).sort((a, b) => a.k - b.k).map((x) => x.t);
      const seen = new Set<string>();
      const dependencies = g.links
        .map((l) => ({ a: l.from % ids.length, b: l.to % ids.length, l }))
        .filter(({ a, b }) => !within(a, b) && !within(b, a))
        .map(({ a, b, l }) => (pre[a]! < pre[b]! ? { from: ids[a]!, to: ids[b]!, type: l.type, lag: l.lag } : { from: ids[b]!, to: ids[a]!, type: l.type, lag: l.lag }))
        .filter((d) => d.from !== d.to && !seen.has(JSON.stringify([d.from, d.to, d.type])) && seen.add(JSON.stringify([d.from, d.to, d.type])));
      return {
        id: 'pf',
        name: 'Random',
        calendars: g.calendars.map((c) => ({
          id: c.id,
          workingDays: c.workingDays,
          holidays: c.holidays.map(day),
          exceptions: c.exceptions.map((e) => ({ date: day(e.date), ...(e.days > 0 ? { until: day(e.date + e.days) } : {}), working: e.working, ...(e.name !== undefined ? { name: e.name } : {}) })),
          hoursPerDay: c.hoursPerDay,
        })),
        resources: g.resources.map((r, k) => ({ id: r.id, name: `R${k}`, capacity: r.capacity, skills: { s1: 1, s2: 2 }, ...(r.cost !== undefined ? { costPerHour: r.cost } : {}) })),
        projects: [{ id: 'p', name: 'P', start: day(0), calendarId: g.calendars[0]!.id, tasks: shuffled, dependencies }],
      };
    });

  it('reading what writeMspdi wrote gives back the same project, calendars and resources', () => {
    fc.assert(
      fc.property(portfolioArb, (input) => {
        roundTrip(parsePortfolio(input), 'p');
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * What MS Project does to text fields when it saves: it keeps at most 255 characters (UTF-16
 * code units) of each (names, custom text fields; notes excepted). Applied to the XML text: every
 * leaf element but `Notes` is unescaped, cut, and escaped again.
 */
function saveInMsProject(xml: string): { xml: string; cut: string[] } {
  const cut: string[] = [];
  const unescape = (t: string) =>
    t.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_, e: string, d?: string, h?: string) =>
      d !== undefined ? String.fromCodePoint(Number(d)) : h !== undefined ? String.fromCodePoint(parseInt(h, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!,
    );
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
  const out = xml.replace(/<(\w+)>([^<]*)<\/\1>/g, (whole, tag: string, body: string) => {
    const text = unescape(body);
    if (tag === 'Notes' || text.length <= 255) return whole;
    cut.push(`${tag}: ${text.length}`);
    return `<${tag}>${escape(text.slice(0, 255))}</${tag}>`;
  });
  return { xml: out, cut };
}

describe('writeMspdi writes instants at the day boundaries readMspdi reads them at', () => {
  it('constraints and deadlines at the end of the task calendar\'s day (19:00 on a 10-hour day, midnight on elapsed time), manual tasks natively', () => {
    const pf = parsePortfolio({
      id: 'pf',
      name: 'pf',
      defaultCalendarId: 'std',
      calendars: [{ id: 'std', workingDays: [1, 2, 3, 4, 5] }, { id: 'ten', workingDays: [1, 2, 3, 4, 5, 6], hoursPerDay: 10 }, MSPDI_ELAPSED_CALENDAR],
      projects: [
        {
          id: 'p',
          name: 'p',
          start: '2026-01-05',
          tasks: [
            { id: '1', name: 'a', duration: 2, calendarId: 'ten', constraint: { type: 'FNET', date: '2026-01-09' }, deadline: '2026-01-20' },
            { id: '2', name: 'b', duration: 2, calendarId: MSPDI_ELAPSED_CALENDAR.id, constraint: { type: 'MFO', date: '2026-01-14' } },
            { id: '3', name: 'c', duration: 1, manualStart: '2026-01-08', constraint: { type: 'SNLT', date: '2026-01-10' } },
          ],
          dependencies: [{ from: '1', to: '2', lag: 1 }],
        },
      ],
    });
    const xml = writeMspdi(pf);
    const doc = readMspdiDetails(xml);
    expect([doc.tasks.get('1')!.constraintDate, doc.tasks.get('1')!.deadlineDate, doc.tasks.get('2')!.constraintDate]).toEqual([
      '2026-01-09T19:00:00',
      '2026-01-20T19:00:00',
      '2026-01-15T00:00:00',
    ]);
    expect(doc.tasks.get('3')).toMatchObject({ manual: true, startDate: '2026-01-08T08:00:00' });
    // Only the calendars' and the portfolio's names need the pmo-kit data.
    expect((xml.match(/<Value>[^<]*<\/Value>/g) ?? []).join('')).not.toMatch(/constraint|deadline|manual/);
    expect(doc.warnings).toEqual([]);
    expect(readMspdi(xml).projects[0]).toStrictEqual(pf.projects[0]);
  });
});

describe('writeMspdi output survives a save in MS Project (text fields cut to 255 characters)', () => {
  /** Writes, cuts as MS Project would, reads back: the same project, calendars and resources. */
  function roundTripThroughMsProject(pf: Portfolio, projectId: string): string[] {
    const written = writeMspdi(pf, { projectId });
    const saved = saveInMsProject(written);
    const back = readMspdi(saved.xml);
    expect(back.projects[0]).toStrictEqual(pf.projects.find((p) => p.id === projectId));
    for (const c of back.calendars) expect(c).toStrictEqual(pf.calendars.find((x) => x.id === c.id));
    for (const r of back.resources) expect(r).toStrictEqual(pf.resources.find((x) => x.id === r.id));
    expect(back.pools).toEqual(pf.pools.filter((p) => back.pools.some((b) => b.id === p.id)).map((p) => ({ ...p, resourceIds: p.resourceIds.filter((id) => back.resources.some((r) => r.id === id)) })));
    return saved.cut;
  }

  it('the sample portfolio, every project: nothing is cut (its 896-character pmo-kit data, cut, gave unknown pool "pool-it")', () => {
    const path = `${ROOT}examples/data/sample-portfolio.json`;
    if (!existsSync(path)) {
      console.warn('[io tests] skipped: examples/data/sample-portfolio.json is absent');
      return;
    }
    const pf = parsePortfolio(JSON.parse(readFileSync(path, 'utf8')));
    for (const p of pf.projects) expect([p.id, roundTripThroughMsProject(pf, p.id)]).toEqual([p.id, []]);
  });

  it('long names, ids and data: every text field within 255 characters, and the same project after the cut', () => {
    const long = (c: string, n: number) => Array.from({ length: n }, (_, i) => `${c}${i % 10}`).join('');
    const pf = parsePortfolio({
      id: 'pf',
      name: long('n', 300),
      defaultCalendarId: 'std',
      calendars: [{ id: long('c', 150), name: long('C', 200), workingDays: [1, 2, 3, 4, 5], exceptions: [{ date: '2026-02-02', working: false, name: long('x', 200) }] }, { id: 'std', workingDays: [1, 2, 3, 4, 5] }],
      resources: Array.from({ length: 40 }, (_, i) => ({ id: `${long('r', 140)}-${i}`, name: long('R', 150), capacity: 1, poolId: 'pool-it', calendarId: long('c', 150) })),
      pools: [{ id: 'pool-it', name: long('P', 100), resourceIds: Array.from({ length: 40 }, (_, i) => `${long('r', 140)}-${i}`) }],
      projects: [
        {
          id: long('p', 150),
          name: long('N', 400),
          start: '2026-01-05',
          description: long('d', 2000),
          tasks: [
            { id: long('t', 200), name: long('T', 600), duration: 2, demands: [{ resourceId: `${long('r', 140)}-0`, units: 1 }] },
            { id: 'b', name: 'b \u{1F600}'.repeat(200), duration: 1, manualStart: '2026-01-07', estimate: { optimistic: 1, mostLikely: 1, pessimistic: 2 } },
          ],
          dependencies: [{ from: long('t', 200), to: 'b' }],
        },
      ],
    });
    const projectId = pf.projects[0]!.id;
    const { cut } = saveInMsProject(writeMspdi(pf, { projectId }));
    expect(cut).toEqual([]);
    expect(roundTripThroughMsProject(pf, projectId)).toEqual([]);
  });

  it('refuses data that does not fit in MS Project\'s 30 text fields, naming it', () => {
    const pf = parsePortfolio({ id: 'pf', name: 'pf', projects: [{ id: 'p', name: 'p', start: '2026-01-05', tasks: [{ id: '1', name: 'x'.repeat(8000), duration: 1 }] }] });
    expect(() => writeMspdi(pf)).toThrow(/the pmo-kit data of task "1" \(\d+ characters\) needs \d+ custom text fields of 255 characters, more than the 30 MS Project has/);
  });

  it('reads files written before the data was spread over several fields (one Text2 value)', () => {
    const xml =
      '<Project xmlns="http://schemas.microsoft.com/project"><Name>p</Name><StartDate>2026-01-05T08:00:00</StartDate>' +
      '<ExtendedAttributes><ExtendedAttribute><FieldID>188743731</FieldID><FieldName>Text1</FieldName><Alias>pmo-kit id</Alias></ExtendedAttribute>' +
      '<ExtendedAttribute><FieldID>188743734</FieldID><FieldName>Text2</FieldName><Alias>pmo-kit data</Alias></ExtendedAttribute></ExtendedAttributes>' +
      '<Tasks><Task><UID>1</UID><Name>a</Name><Duration>PT8H0M0S</Duration><ExtendedAttribute><FieldID>188743731</FieldID><Value>alpha</Value></ExtendedAttribute>' +
      '<ExtendedAttribute><FieldID>188743734</FieldID><Value>{"set":{"budget":5}}</Value></ExtendedAttribute></Task></Tasks></Project>';
    expect(readMspdi(xml).projects[0]!.tasks[0]).toMatchObject({ id: 'alpha', budget: 5 });
  });
});
