/** CSV import: every kind of file and column, the aliases, the value formats, delimiters and quoting, and a round trip to a schedule. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_KINDS, CsvImportError, csvIssueLocation, readCsv, readCsvDetails, type CsvFile } from '../../src/io/index.js';
import { PmoError } from '../../src/errors.js';
import { columnOf, normalizeHeader } from '../../src/io/internal/csvHeader.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { criticalDependencies, schedulePortfolio } from '../../src/schedule/index.js';
import { clone, deepFreeze, ROOT } from '../helpers.js';
import { csv, example, portfolioExample } from './csvShared.js';

/** The issues of a failed import, each as `file line N, column "C": message [code]`. */
function issuesOf(files: readonly CsvFile[], options = {}): string[] {
  try {
    readCsv(files, options);
  } catch (err) {
    if (err instanceof CsvImportError) return err.issues.map((i) => err.formatIssue(i));
    throw err;
  }
  throw new Error('expected a CsvImportError');
}

const START = { startDate: '2026-01-05' };

describe('tasks', () => {
  it('reads every column', () => {
    const pf = readCsv([
      csv('res.csv', ['Resource Id,Name', 'ana,Ana Ruiz', 'bo,Bo']),
      csv('cal.csv', ['Calendar,Working Days,Hours per Day', 'std,Mon-Fri,8', 'short,Mon-Thu,6']),
      csv('tasks.csv', [
        'Id,Name,Duration,Start,Milestone,Calendar,Resource Names,Deadline,Budget,% Complete,Actual Start,Actual Finish,Actual Cost,Optimistic,Most Likely,Pessimistic,Constraint Type,Constraint Date',
        'a,Design,5d,2026-01-07,no,short,"Ana Ruiz[50%], bo",2026-02-27,"$1,200.50",40%,2026-01-07,,300,3,5,9,,',
        'b,Sign-off,0,,,,,,,,,,,,,,Must Finish On,2026-03-02',
        'c,Review,12h,,yes,short,,,,100,,,,,,,ALAP,',
      ]),
    ], START);
    const [a, b, c] = pf.projects[0]!.tasks;
    expect(a).toMatchObject({
      id: 'a',
      name: 'Design',
      duration: 5,
      milestone: false,
      constraint: { type: 'SNET', date: '2026-01-07' },
      calendarId: 'short',
      demands: [
        { resourceId: 'ana', units: 0.5 },
        { resourceId: 'bo', units: 1 },
      ],
      deadline: '2026-02-27',
      budget: 1200.5,
      percentComplete: 40,
      actualStart: '2026-01-07',
      actualCost: 300,
      estimate: { optimistic: 3, mostLikely: 5, pessimistic: 9 },
    });
    expect(b).toMatchObject({ id: 'b', duration: 0, milestone: true, constraint: { type: 'MFO', date: '2026-03-02' } });
    expect(c).toMatchObject({ duration: 2, milestone: true, percentComplete: 100, constraint: { type: 'ALAP' } }); // 12 h on a 6-hour day
    expect(pf.projects[0]!.start).toBe('2026-01-07'); // the earliest task Start
  });

  it('numbers a task without an id by its position in its project (MS Project ID), and names it by its id when unnamed', () => {
    const pf = readCsv([csv('t.csv', ['Project,Task Name,Duration,Predecessors', 'p,A,1,', 'q,X,1,', 'p,B,1,1', 'p,,1,2'])], START);
    expect(pf.projects.map((p) => p.tasks.map((t) => `${t.id}:${t.name}`))).toEqual([['1:A', '2:B', '3:3'], ['1:X']]);
    expect(pf.projects[0]!.dependencies.map((d) => `${d.from}->${d.to}`)).toEqual(['1->2', '2->3']);
  });

  it('reads the WBS from Parent, Outline Level or WBS codes; an empty duration is 0 on a summary', () => {
    const byLevel = readCsv([csv('t.csv', ['Name,Duration,Outline Level', 'All,,1', 'Phase 1,,2', 'a,1,3', 'b,2,3', 'Phase 2,,2', 'c,3,3', 'End,0,1'])], START);
    expect(byLevel.projects[0]!.tasks.map((t) => [t.id, t.parentId ?? null, t.duration])).toEqual([
      ['1', null, 0],
      ['2', '1', 0],
      ['3', '2', 1],
      ['4', '2', 2],
      ['5', '1', 0],
      ['6', '5', 3],
      ['7', null, 0],
    ]);
    expect(byLevel.projects[0]!.tasks.map((t) => t.milestone)).toEqual([false, false, false, false, false, false, true]);
    const byWbs = readCsv([csv('t.csv', ['WBS,Name,Duration', '1,All,', '1.1,a,2', '1.2,b,1', '1.2.1,c,1', '2,d,1'])], START);
    expect(byWbs.projects[0]!.tasks.map((t) => t.parentId ?? null)).toEqual([null, '1', '1', '3', null]);
    const byParent = readCsv([csv('t.csv', ['Id,Name,Duration,Parent', 's,Summary,,', 'x,X,1,s'])], START);
    expect(byParent.projects[0]!.tasks[1]!.parentId).toBe('s');
  });

  it('reads durations in days, hours, minutes, weeks and months, with MS Project’s words and estimate marks', () => {
    const d = ['5', '5d', '5 days', '2.5 d', '40h', '16 hrs', '480m', '1w', '2 wks', '1mo', '3 days?', '0 days'];
    const pf = readCsv([csv('t.csv', ['Name,Duration', ...d.map((x, i) => `t${i},${x}`)])], START);
    expect(pf.projects[0]!.tasks.map((t) => t.duration)).toEqual([5, 5, 5, 2.5, 5, 2, 1, 5, 10, 20, 3, 0]);
    // hours count on the task calendar's day
    const six = readCsv([csv('c.csv', ['Calendar,Working Days,Hours per Day', 'six,Mon-Fri,6']), csv('t.csv', ['Name,Duration,Calendar', 'a,12h,six'])], START);
    expect(six.projects[0]!.tasks[0]!.duration).toBe(2);
  });

  it('refuses elapsed durations and unknown units, naming the cell', () => {
    expect(issuesOf([csv('t.csv', ['Name,Duration', 'a,5ed', 'b,3 fortnights', 'c,five'])], START)).toEqual([
      't.csv line 2, column "Duration": "5ed" is elapsed time, which pmo-kit does not read from CSV; give working time (5d, 40h) [invalid_format]',
      't.csv line 3, column "Duration": unknown unit "fortnights" in "3 fortnights": use d (days), h (hours), m (minutes), w (weeks of 5 days) or mo (months of 20 days) [invalid_format]',
      't.csv line 4, column "Duration": expected a duration such as 5, 5d, 40h or 2w, got "five" [invalid_format]',
    ]);
  });
});

describe('predecessors', () => {
  const tasks = (predecessors: readonly string[], lines: readonly string[] = []) =>
    csv('t.csv', ['Id,Name,Duration,Predecessors', '1,A,4,', '2,B,2,', 'QA-SS,QA,1,', ...predecessors.map((p, i) => `${10 + i},X${i},1,"${p}"`), ...lines]);

  it.each([
    ['1', { from: '1', type: 'FS', lag: 0 }],
    ['1FS', { from: '1', type: 'FS', lag: 0 }],
    ['1FS+2d', { from: '1', type: 'FS', lag: 2 }],
    ['1SS', { from: '1', type: 'SS', lag: 0 }],
    ['1FF-1', { from: '1', type: 'FF', lag: -1 }],
    ['1SF+3', { from: '1', type: 'SF', lag: 3 }],
    ['1+2d', { from: '1', type: 'FS', lag: 2 }],
    ['1FS+16h', { from: '1', type: 'FS', lag: 2 }],
    ['1FS+1w', { from: '1', type: 'FS', lag: 5 }],
    ['1FS+2 days', { from: '1', type: 'FS', lag: 2 }],
    ['1SS+50%', { from: '1', type: 'SS', lag: 2 }], // half of task 1's 4 days
    ['1 FS + 2d', { from: '1', type: 'FS', lag: 2 }],
    ['QA-SS', { from: 'QA-SS', type: 'FS', lag: 0 }], // an id that ends like a type is read whole
    ['QA-SSFF+1', { from: 'QA-SS', type: 'FF', lag: 1 }],
  ])('%s', (cell, expected) => {
    const pf = readCsv([tasks([cell])], START);
    expect(pf.projects[0]!.dependencies).toEqual([{ ...expected, to: '10' }]);
  });

  it('lists items separated by commas or semicolons', () => {
    const pf = readCsv([tasks(['1, 2FS+1', '1;2SS'])], START);
    expect(pf.projects[0]!.dependencies.map((d) => `${d.from}${d.type}${d.lag}->${d.to}`)).toEqual(['1FS0->10', '2FS1->10', '1FS0->11', '2SS0->11']);
  });

  it('names a task of another project as project/task: a cross-project dependency', () => {
    // a project id with a slash is written %2F in a task key
    const pf = readCsv([csv('t.csv', ['Project,Id,Name,Duration,Predecessors', 'a,1,A,2,', 'b,1,B,1,a/1FS+1', 'b/c,1,C,1,"b/1, a/1SS"', 'd,1,D,1,b%2Fc/1'])], START);
    expect(pf.crossDependencies.map((d) => [d.fromProject, d.from, `${d.type}${d.lag}`, d.toProject, d.to])).toEqual([
      ['a', '1', 'FS1', 'b', '1'],
      ['b', '1', 'FS0', 'b/c', '1'],
      ['a', '1', 'SS0', 'b/c', '1'],
      ['b/c', '1', 'FS0', 'd', '1'],
    ]);
  });

  it('reports malformed items and unknown tasks at the Predecessors cell', () => {
    expect(issuesOf([tasks(['FS+2', '1FS+2x', '7'])], START)).toEqual([
      't.csv line 5, column "Predecessors": expected a predecessor such as 3, 3FS+2d or p1/3SS, got "FS+2" [invalid_format]',
      't.csv line 6, column "Predecessors": unknown unit "x" in "+2x": use d (days), h (hours), m (minutes), w (weeks of 5 days) or mo (months of 20 days) [invalid_format]',
      't.csv line 7, column "Predecessors": dependency refers to unknown task "7" in project "project" [unknown_reference]',
    ]);
  });
});

describe('dependencies files', () => {
  const projects = csv('p.csv', ['Project,Name,Start', 'a,A,2026-01-05', 'b,B,2026-01-05']);
  const tasks = csv('t.csv', ['Project,Id,Name,Duration', 'a,1,A1,4', 'a,2,A2,1', 'b,1,B1,1']);

  it('links tasks of one project, or of two (with a note)', () => {
    const pf = readCsv([
      projects,
      tasks,
      csv('d.csv', ['From Project,From,To Project,To,Type,Lag,Note', 'a,1,a,2,Start-to-Start,2d,same project', 'a,1,b,1,finish to finish,-8h,handover', 'a,2,b,1,,25%,']),
    ]);
    expect(pf.projects[0]!.dependencies).toEqual([{ from: '1', to: '2', type: 'SS', lag: 2, extensions: { csv: { Note: 'same project' } } }]);
    expect(pf.crossDependencies).toEqual([
      { fromProject: 'a', from: '1', toProject: 'b', to: '1', type: 'FF', lag: -1, note: 'handover' },
      { fromProject: 'a', from: '2', toProject: 'b', to: '1', type: 'FS', lag: 0.25 },
    ]);
  });

  it('takes the project of both ends from Project, or a task key', () => {
    const pf = readCsv([projects, tasks, csv('d.csv', ['Project,Predecessor,Successor', 'a,1,2', ',a/2,b/1'])]);
    expect(pf.projects[0]!.dependencies).toEqual([{ from: '1', to: '2', type: 'FS', lag: 0 }]);
    expect(pf.crossDependencies).toEqual([{ fromProject: 'a', from: '2', toProject: 'b', to: '1', type: 'FS', lag: 0 }]);
  });

  it('reports unknown projects, tasks and types at their cells', () => {
    expect(issuesOf([projects, tasks, csv('d.csv', ['From Project,From,To Project,To,Type', 'x,1,a,2,', 'a,1,a,9,', 'a,1,b,1,XY', 'a,,b,1,'])])).toEqual([
      'd.csv line 2, column "From Project": unknown project "x"; the projects are "a", "b" [unknown_reference]',
      'd.csv line 3, column "To": dependency refers to unknown task "9" in project "a" [unknown_reference]',
      'd.csv line 4, column "Type": expected a dependency type FS, SS, FF or SF (or Finish-to-Start, …), got "XY" [invalid_format]',
      'd.csv line 5, column "From": "From" is empty: name the predecessor task [missing_value]',
    ]);
  });
});

describe('resources and assignments', () => {
  it('reads capacity, skills, calendar, rates and pools', () => {
    const pf = readCsv([
      csv('c.csv', ['Calendar,Working Days,Hours per Day', 'std,Mon-Fri,8', 'long,Mon-Fri,10']),
      csv('r.csv', ['ID,Name,Max Units,Skills,Base Calendar,Std. Rate,Group', 'ana,Ana,50%,backend:4; sql=2; python,,$80.00/hr,dev', 'crane,Crane,2,,long,900/d,', ',Bo,,,,3200/w,dev']),
    ]);
    expect(pf.resources).toEqual([
      { id: 'ana', name: 'Ana', capacity: 0.5, skills: expect.objectContaining({ backend: 4, sql: 2, python: 1 }), costPerHour: 80, poolId: 'dev' },
      { id: 'crane', name: 'Crane', capacity: 2, calendarId: 'long', costPerHour: 90 },
      { id: 'Bo', name: 'Bo', capacity: 1, costPerHour: 80, poolId: 'dev' },
    ]);
    expect(pf.pools).toEqual([{ id: 'dev', name: 'dev', resourceIds: ['ana', 'Bo'] }]);
  });

  it('adds demands from an assignments file: a resource by id or name, or a skill with a level', () => {
    const pf = readCsv([
      csv('r.csv', ['Resource Id,Resource Name,Skills', 'ana,Ana Ruiz,backend:4']),
      csv('t.csv', ['Id,Name,Duration', 'a,A,3', 'b,B,3']),
      csv('a.csv', ['Task,Resource,Skill,Min Level,Units', 'a,Ana Ruiz,,,50%', 'b,,backend,3,2', 'b,ana,,,']),
    ], START);
    expect(pf.projects[0]!.tasks.map((t) => t.demands)).toEqual([[{ resourceId: 'ana', units: 0.5 }], [{ skill: 'backend', minLevel: 3, units: 2 }, { resourceId: 'ana', units: 1 }]]);
  });

  it('reports unknown resources and tasks at the cell that names them', () => {
    expect(
      issuesOf([csv('r.csv', ['Resource Id,Name', 'ana,Ana']), csv('t.csv', ['Id,Name,Duration,Resource Names', 'a,A,3,"Ana, Zed[2]"']), csv('a.csv', ['Task,Resource', 'zz,ana', 'a,Yan'])], START),
    ).toEqual([
      't.csv line 2, column "Resource Names": task "a" in project "project" refers to unknown resource "Zed" [unknown_reference]',
      'a.csv line 2, column "Task": unknown task "zz" in project "project" [unknown_reference]',
      'a.csv line 3, column "Resource": task "a" in project "project" refers to unknown resource "Yan" [unknown_reference]',
    ]);
  });
});

describe('projects, calendars and holidays', () => {
  it('reads every project column; Program makes programs', () => {
    const pf = readCsv([
      csv('p.csv', [
        'Project,Name,Start,Deadline,Calendar,Priority,Budget,Status,Manager,Sponsor,Program,Expected Value,Description',
        'p1,Pilot,2026-01-05,2026-03-31,std,900,"250,000",On Hold,pm1,sp1,growth,"1,000,000",First wave',
        'p2,,2026-02-02,,,,,canceled,,,growth,,',
      ]),
      csv('c.csv', ['Calendar,Working Days', 'std,1-5']),
    ]);
    expect(pf.projects[0]).toMatchObject({
      id: 'p1',
      name: 'Pilot',
      start: '2026-01-05',
      deadline: '2026-03-31',
      calendarId: 'std',
      priority: 900,
      budget: 250000,
      status: 'on-hold',
      managerId: 'pm1',
      sponsorId: 'sp1',
      programId: 'growth',
      expectedValue: 1000000,
      description: 'First wave',
      tasks: [],
    });
    expect(pf.projects[1]).toMatchObject({ id: 'p2', name: 'p2', status: 'cancelled' });
    expect(pf.programs).toEqual([{ id: 'growth', name: 'growth', projectIds: ['p1', 'p2'] }]);
  });

  it.each([
    ['Mon-Fri', [1, 2, 3, 4, 5]],
    ['1-5', [1, 2, 3, 4, 5]],
    ['Sun-Thu', [1, 2, 3, 4, 7]],
    ['Mon, Wed; fri', [1, 3, 5]],
    ['1 2 3 0', [1, 2, 3, 7]],
    ['Saturday-Sunday', [6, 7]],
    ['none', []],
  ])('working days %s', (cell, days) => {
    const pf = readCsv([csv('c.csv', ['Calendar,Working Days', 'std,Mon-Fri', `x,"${cell}"`])]);
    expect(pf.calendars[1]!.workingDays).toEqual(days);
  });

  it('puts holidays on their calendar (the first one by default), as ranges or working days', () => {
    const pf = readCsv([csv('c.csv', ['Calendar,Working Days', 'a,Mon-Fri', 'b,Mon-Sat']), csv('h.csv', ['Calendar,Date,Until,Name,Working', ',2026-12-24,2026-12-26,Christmas,', 'b,2026-12-31,,,', 'a,2027-01-02,,Make-up day,yes'])]);
    expect(pf.defaultCalendarId).toBe('a');
    expect(pf.calendars.map((c) => c.exceptions)).toEqual([
      [
        { date: '2026-12-24', until: '2026-12-26', working: false, name: 'Christmas' },
        { date: '2027-01-02', working: true, name: 'Make-up day' },
      ],
      [{ date: '2026-12-31', working: false }],
    ]);
  });

  it('makes a Monday-to-Friday calendar "standard" for holidays when no calendar is given', () => {
    const pf = readCsv([csv('h.csv', ['Date,Name', '2026-01-06,Epiphany']), csv('t.csv', ['Name,Duration', 'a,2'])], START);
    expect(pf.calendars).toEqual([{ id: 'standard', workingDays: [1, 2, 3, 4, 5], holidays: [], hoursPerDay: 8, exceptions: [{ date: '2026-01-06', working: false, name: 'Epiphany' }] }]);
    expect(schedulePortfolio(pf).tasks[0]).toMatchObject({ startDate: '2026-01-05', finishDate: '2026-01-07' });
  });

  it('decides the project of a row: its Project cell, the projectId option, the one project of a projects file, else "project"', () => {
    const tasks = csv('t.csv', ['Name,Duration', 'a,1']);
    expect(readCsv([tasks], START).projects.map((p) => p.id)).toEqual(['project']);
    expect(readCsv([tasks], { ...START, projectId: 'pilot' }).projects.map((p) => p.id)).toEqual(['pilot']);
    expect(readCsv([csv('p.csv', ['Project,Start', 'only,2026-01-05']), tasks]).projects.map((p) => [p.id, p.tasks.length])).toEqual([['only', 1]]);
    expect(issuesOf([csv('p.csv', ['Project,Start', 'x,2026-01-05', 'y,2026-01-05']), tasks])).toEqual([
      't.csv line 2: which project? the files name several projects: fill in "Project", or give the default project (option projectId, pmo import --project) [missing_value]',
    ]);
    expect(issuesOf([csv('t.csv', ['Project,Name,Duration', 'p,a,1', ',b,1'])], START)[0]).toContain('t.csv line 3, column "Project": which project?');
    // a Project cell names a project by id, or by the name of one project
    const byName = readCsv([
      csv('p.csv', ['Project,Name,Start', 'crm,CRM upgrade,2026-01-05', 'dw,Data warehouse,2026-01-05']),
      csv('t.csv', ['Project,Id,Name,Duration,Predecessors', 'CRM upgrade,1,a,1,', 'dw,1,b,1,CRM upgrade/1']),
      csv('r.csv', ['Title,Probability,Strategy,Owner,Project', 'x,0.1,accept,ana,Data warehouse']),
    ]);
    expect(byName.projects.map((p) => [p.id, p.tasks.length])).toEqual([['crm', 1], ['dw', 1]]);
    expect(byName.crossDependencies).toEqual([{ fromProject: 'crm', from: '1', toProject: 'dw', to: '1', type: 'FS', lag: 0 }]);
    expect(byName.risks[0]!.projectId).toBe('dw');
  });

  it('starts a project on its Start, else its earliest task Start, else startDate; else reports it', () => {
    const tasks = csv('t.csv', ['Project,Name,Duration,Start', 'a,x,1,2026-02-03', 'a,y,1,2026-02-02', 'b,z,1,']);
    expect(readCsv([tasks], START).projects.map((p) => p.start)).toEqual(['2026-02-02', '2026-01-05']);
    expect(issuesOf([tasks])).toEqual([
      't.csv line 4, column "Start": project "b" has no start: give it a Start in a projects file, a Start to one of its tasks, or the startDate option (pmo import --start) [missing_value]',
    ]);
  });
});

describe('risks', () => {
  const tasks = csv('t.csv', ['Id,Name,Duration', 'a,A,1']);
  it('reads every column, with defaults for kind and status', () => {
    const pf = readCsv([
      tasks,
      csv('r.csv', [
        'Risk Id,Title,Description,Type,Category,Likelihood,Cost Impact,Schedule Impact,Severity,Project,Affected Tasks,Response Strategy,Response Plan,Risk Owner,Risk Status,Triggers,Identified On,Last Reviewed',
        'R-1,Late vendor,Contract slips,,supply,30%,"12,500",2w,4,,a,mitigate,Second source,ana,,"late PO; no ack",2026-01-02,2026-01-20',
        ',Cheaper licence,,Opportunity,,0.25,5000,,,,,exploit,,bo,Monitoring,,,',
      ]),
    ], START);
    expect(pf.risks).toEqual([
      {
        id: 'R-1',
        title: 'Late vendor',
        description: 'Contract slips',
        kind: 'threat',
        category: 'supply',
        probability: 0.3,
        impact: { cost: 12500, days: 10, score: 4 },
        projectId: 'project',
        taskIds: ['a'],
        strategy: 'mitigate',
        response: 'Second source',
        owner: 'ana',
        status: 'open',
        triggers: ['late PO', 'no ack'],
        identifiedOn: '2026-01-02',
        lastReviewedOn: '2026-01-20',
      },
      { id: 'R2', title: 'Cheaper licence', kind: 'opportunity', probability: 0.25, impact: { cost: 5000 }, taskIds: [], strategy: 'exploit', owner: 'bo', status: 'monitoring' },
    ]);
  });

  it('reports a probability above 1 with the fix, and a strategy that does not fit the kind', () => {
    expect(issuesOf([tasks, csv('r.csv', ['Title,Probability,Strategy,Owner', 'x,30,accept,ana', 'y,0.2,exploit,ana'])], START)).toEqual([
      'r.csv line 2, column "Probability": a probability is between 0 and 1, got "30"; write 0.3 or 30% [invalid_format]',
      'r.csv line 3, column "Strategy": strategy "exploit" does not apply to a threat (in risk "R2") [inconsistent_value]',
    ]);
  });
});

describe('values', () => {
  it.each([
    ['2026-01-05', 'iso', '2026-01-05'],
    ['2026/1/5', 'iso', '2026-01-05'],
    ['2026-01-05 08:00', 'iso', '2026-01-05'],
    ['2026-01-05T17:00:00-08:00', 'iso', '2026-01-05'],
    ['1/5/2026', 'mdy', '2026-01-05'],
    ['Mon 1/5/26', 'mdy', '2026-01-05'],
    ['1/5/26 8:00 AM', 'mdy', '2026-01-05'],
    ['5/1/2026', 'dmy', '2026-01-05'],
    ['5.1.2026', 'dmy', '2026-01-05'],
    ['2026-01-05', 'dmy', '2026-01-05'],
  ] as const)('date %s (%s)', (cell, dateFormat, date) => {
    expect(readCsv([csv('t.csv', ['Name,Duration,Start', `a,1,${cell}`])], { dateFormat }).projects[0]!.start).toBe(date);
  });

  it('refuses a date that is not ISO, pointing to dateFormat, and a day that does not exist', () => {
    expect(issuesOf([csv('t.csv', ['Name,Duration,Start,Deadline', 'a,1,1/5/2026,', 'b,1,2026-01-05,2026-02-30'])])).toEqual([
      't.csv line 2, column "Start": expected a date as YYYY-MM-DD, got "1/5/2026"; for month/day/year or day/month/year dates set dateFormat "mdy" or "dmy" (pmo import --date-format) [invalid_format]',
      't.csv line 3, column "Deadline": date "2026-02-30" does not exist (in project "project", task "2") [invalid_date]',
    ]);
  });

  it.each([
    ['yes', true],
    ['Y', true],
    ['TRUE', true],
    ['1', true],
    ['x', true],
    ['No', false],
    ['false', false],
    ['0', false],
  ])('yes/no %s', (cell, value) => {
    expect(readCsv([csv('t.csv', ['Name,Duration,Milestone', `a,1,${cell}`])], START).projects[0]!.tasks[0]!.milestone).toBe(value);
  });

  it('reads numbers with comma groups, currency signs, and a decimal comma in semicolon files', () => {
    const comma = readCsv([csv('t.csv', ['Name,Duration,Budget', 'a,1,"1,234.5"', 'b,1,€99', 'c,1,2.5e3'])], START);
    expect(comma.projects[0]!.tasks.map((t) => t.budget)).toEqual([1234.5, 99, 2500]);
    const semi = readCsv([csv('t.csv', ['Name;Duration;Budget', 'a;2,5;1.234,5', 'b;1;7,25 €'])], START);
    expect(semi.projects[0]!.tasks.map((t) => [t.duration, t.budget])).toEqual([
      [2.5, 1234.5],
      [1, 7.25],
    ]);
    expect(issuesOf([csv('t.csv', ['Name,Duration,Budget', 'a,1,12 dollars'])], START)).toEqual(['t.csv line 2, column "Budget": expected a number, got "12 dollars" [invalid_format]']);
  });
});

describe('headers and aliases', () => {
  it('every column is read under its name and each alias, in any case, with underscores or camel case', () => {
    for (const kind of CSV_KINDS)
      for (const column of CSV_COLUMNS[kind])
        for (const header of [column.name, ...column.aliases]) {
          const variants = [header, header.toUpperCase(), header.toLowerCase().replace(/\s+/g, '_'), header.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase())];
          for (const v of variants) expect([kind, v, columnOf(kind, v)?.key]).toEqual([kind, v, column.key]);
        }
  });

  it('docs/file-formats.md lists every column with its aliases, in the section of its kind', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'file-formats.md'), 'utf8');
    for (const kind of CSV_KINDS) {
      const start = doc.indexOf(`(\`${kind}\`)\n`);
      expect(start, `a section for ${kind}`).toBeGreaterThan(0);
      const section = doc.slice(start, doc.indexOf('\n### ', start));
      for (const column of CSV_COLUMNS[kind]) {
        const row = section.split('\n').find((l) => l.startsWith(`| \`${column.name}\` |`));
        expect(row, `${kind}: a row for ${column.name}`).toBeDefined();
        const cells = row!.split('|').map((c) => c.trim());
        expect([kind, column.name, cells[2]]).toEqual([kind, column.name, column.aliases.map((a) => `\`${a}\``).join(', ')]);
        expect([kind, column.name, cells[3] === 'yes']).toEqual([kind, column.name, column.required]);
      }
    }
  });

  it('normal forms: % as percent, punctuation and camel case ignored', () => {
    expect(['% Complete', 'Max. Units', 'TaskName', 'taskID', ' Task  Name ', 'Std.Rate'].map(normalizeHeader)).toEqual([
      'percent complete',
      'max units',
      'task name',
      'task id',
      'task name',
      'std rate',
    ]);
  });

  it('tells the kind of a file from its header', () => {
    const kinds = readCsvDetails(portfolioExample()).files.map((f) => [f.name, f.kind]);
    expect(kinds).toEqual([
      ['calendars.csv', 'calendars'],
      ['dependencies.csv', 'dependencies'],
      ['holidays.csv', 'holidays'],
      ['projects.csv', 'projects'],
      ['resources.csv', 'resources'],
      ['risks.csv', 'risks'],
      ['tasks.csv', 'tasks'],
    ]);
  });

  it('an explicit kind wins over the header', () => {
    const pf = readCsv([csv('odd.csv', ['Id,Name', 'x,X'], 'projects'), csv('r.csv', ['Id,Name', 'ana,Ana'], 'resources')], START);
    expect([pf.projects.map((p) => p.id), pf.resources.map((r) => r.id)]).toEqual([['x'], ['ana']]);
  });

  it('keeps unknown columns in extensions.csv, drops them, or refuses them', () => {
    const file = csv('t.csv', ['Name,Duration,Finish,Notes', 'a,1,2026-01-05,', 'b,1,,"a, b"']);
    const details = readCsvDetails([file], START);
    expect(details.files[0]!.unknownColumns).toEqual(['Finish', 'Notes']);
    expect(details.input.projects[0]!.tasks.map((t) => t.extensions)).toEqual([{ csv: { Finish: '2026-01-05' } }, { csv: { Notes: 'a, b' } }]);
    expect(readCsv([file], { ...START, unknownColumns: 'ignore' }).projects[0]!.tasks.map((t) => t.extensions)).toEqual([undefined, undefined]);
    expect(() => readCsv([csv('t.csv', ['Name,Durration', 'a,1'], 'tasks')], { ...START, unknownColumns: 'error' })).toThrow(
      'readCsv: 2 problems in the CSV files:\n  - t.csv line 1: a tasks file needs a "Duration" column (or "Dur", "Planned Duration", "Original Duration", "Duration Days")\n  - t.csv line 1, column 2 ("Durration"): not a column of a tasks file; did you mean "Duration"?',
    );
    expect(() => readCsv([file], { ...START, unknownColumns: 'error' })).toThrow(
      'readCsv: 2 problems in the CSV files:\n  - t.csv line 1, column 3 ("Finish"): not a column of a tasks file\n  - t.csv line 1, column 4 ("Notes"): not a column of a tasks file',
    );
  });
});

describe('delimiters, quoting and line endings', () => {
  const expected = [
    ['a', 'Design, phase 1', 5],
    ['b', 'Build "v2"\nand test', 3],
  ];
  const names = (pf: ReturnType<typeof readCsv>) => pf.projects[0]!.tasks.map((t) => [t.id, t.name, t.duration]);

  it.each([
    ['comma', 'Id,Name,Duration\na,"Design, phase 1",5\nb,"Build ""v2""\nand test",3\n'],
    ['semicolon', 'Id;Name;Duration\na;Design, phase 1;5\nb;"Build ""v2""\nand test";3\n'],
    ['tab', 'Id\tName\tDuration\na\tDesign, phase 1\t5\nb\t"Build ""v2""\nand test"\t3\n'],
    ['CRLF and a BOM', '\uFEFFId,Name,Duration\r\na,"Design, phase 1",5\r\nb,"Build ""v2""\r\nand test",3\r\n'],
    ['CR only', 'Id,Name,Duration\ra,"Design, phase 1",5\rb,"Build ""v2""\rand test",3'],
    ['empty lines and rows', '\nId,Name,Duration\n\n,,\na,"Design, phase 1",5\n ,  , \nb,"Build ""v2""\nand test",3\n\n'],
    ['Excel sep= line', 'sep=;\nId;Name;Duration\na;Design, phase 1;5\nb;"Build ""v2""\nand test";3\n'],
    ['blanks around values', 'Id , Name , Duration\n a , "Design, phase 1" , 5 \nb,"Build ""v2""\nand test",3'],
    ['fewer cells than columns', 'Id,Name,Duration,Notes\na,"Design, phase 1",5\nb,"Build ""v2""\nand test",3,x\n'],
  ])('%s', (_, text) => {
    expect(names(readCsv([{ name: 't.csv', text }], START))).toEqual(expected);
  });

  it('the delimiter option overrides detection', () => {
    const text = 'Name;Duration\na;1\n';
    expect(() => readCsv([{ name: 't.csv', text }], { ...START, delimiter: ',' })).toThrow(/cannot tell what the file holds from its header \("Name;Duration"\)/);
    expect(readCsv([{ name: 't.csv', text }], { ...START, delimiter: ';' }).projects[0]!.tasks).toHaveLength(1);
  });

  it('counts lines right after a value that spans lines', () => {
    const text = 'Name,Duration,Notes\na,1,"one\ntwo\r\nthree"\n\nb,x,\n';
    expect(issuesOf([{ name: 't.csv', text }], START)).toEqual(['t.csv line 6, column "Duration": expected a duration such as 5, 5d, 40h or 2w, got "x" [invalid_format]']);
  });
});

describe('malformed files: a PARSE error naming the file, the line and the column', () => {
  const parse = (files: readonly CsvFile[], options = {}): string => {
    try {
      readCsv(files, options);
    } catch (err) {
      expect(err).toMatchObject({ code: 'PARSE', name: 'PmoError' });
      return (err as Error).message;
    }
    throw new Error('expected a PARSE error');
  };

  it.each([
    ['a quote never closed', 'Name,Duration\na,1\n\nb,"2\nc,3\n', 'readCsv: t.csv line 4: a quoted value that is never closed: the row starting here runs to line 5; is a closing quote (") missing?'],
    ['a stray quote', 'Name,Duration\n12" pipe,1\n', 'readCsv: t.csv line 2, column 1 ("Name"): a quote (") inside a value that does not start with one; quote the whole value and double its quotes ("12"" pipe")'],
    ['text after a closing quote', 'Name,Duration\n"a"b,1\n', 'readCsv: t.csv line 2, column 1 ("Name"): text after the closing quote of a value; inside a quoted value write a quote as two quotes ("")'],
    ['more values than columns', 'Name,Duration\na,1,2\n', 'readCsv: t.csv line 2: the row has 3 values but the header has 2 columns; is a value holding the delimiter not in quotes?'],
    ['an empty file', '\n\n', 'readCsv: t.csv: the file is empty: expected a header row naming the columns'],
    ['an unknown header', 'Foo,Bar\n1,2\n', 'readCsv: t.csv line 1: cannot tell what the file holds from its header ("Foo", "Bar"); a file is recognised by these columns:'],
    ['UTF-16 read as UTF-8', 'N\u0000a\u0000m\u0000e\u0000', 'readCsv: t.csv line 1: the file holds NUL characters: it looks like UTF-16 (Excel\'s "Unicode Text"); save it as "CSV UTF-8"'],
    ['a column given twice', 'Name,Task Name,Duration\na,b,1\n', 'readCsv: t.csv line 1: columns 1 ("Name") and 2 ("Task Name") both give the Name of a task row; remove or rename one'],
  ])('%s', (_, text, message) => {
    expect(parse([{ name: 't.csv', text }], START)).toContain(message);
  });

  it('a missing required column, a file too large, a row too long, too many columns', () => {
    expect(parse([csv('r.csv', ['Title,Probability,Owner', 'x,0.1,ana'])])).toBe('readCsv: r.csv line 1: a risks file needs a "Strategy" column (or "Response Strategy", "Response Type", "Treatment")');
    expect(parse([csv('t.csv', ['Name,Duration', 'a,1'])], { maxBytes: 10 })).toBe('readCsv: t.csv: the file has 18 bytes, more than the limit of 10 (option maxBytes)');
    expect(parse([{ name: 't.csv', text: `Name,Duration\n"${'x'.repeat(2_000_000)}",1\n` }])).toMatch(/^readCsv: t.csv line 2: a row longer than 1048576 bytes/);
    expect(parse([{ name: 't.csv', text: `Name,Duration,${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',')}\n` }])).toBe('readCsv: t.csv line 1: the header has 1002 columns, more than the limit of 1000');
  });

  it('lists the problem of every file in one error', () => {
    const message = parse([{ name: 'a.csv', text: 'Name,Duration\na,"1\n' }, csv('ok.csv', ['Name,Duration', 'a,1']), { name: 'b.csv', text: 'Foo\n1\n' }]);
    expect(message.split('\n')).toEqual([
      'readCsv: 2 problems in the CSV files:',
      '  - a.csv line 2: a quoted value that is never closed: the row starting here runs to line 2; is a closing quote (") missing?',
      expect.stringMatching(/^ {2}- b.csv line 1: cannot tell what the file holds from its header \("Foo"\)/),
    ]);
  });

  it('bad arguments are INVALID_ARGUMENT', () => {
    const t = [csv('t.csv', ['Name,Duration', 'a,1'])];
    expect(() => readCsv('x' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => readCsv([])).toThrow('readCsv: no files given');
    expect(() => readCsv([null as never])).toThrow('readCsv: files[0] must be an object');
    expect(() => readCsv(t, { dateFormat: 'ymd' as never })).toThrow('readCsv: options.dateFormat must be "iso", "mdy", "dmy", got "ymd"');
    expect(() => readCsv(t, { startDate: '2026-02-30' })).toThrow('readCsv: options.startDate must be a date as YYYY-MM-DD that exists');
    expect(() => readCsv(t, { projectId: '' })).toThrow('readCsv: options.projectId must be a non-empty string');
    expect(() => readCsv(t, null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => readCsv([{ name: 't.csv', text: 3 as never }])).toThrow('readCsv: t.csv: expected the file content as a string, got number');
    expect(() => readCsv([{ name: 't.csv', text: 'Name,Duration\n', kind: 'gantt' as never }])).toThrow('readCsv: t.csv: unknown kind "gantt"');
  });
});

describe('issues of the assembled portfolio are reported at the rows they came from', () => {
  it('duplicate ids, cycles, bad references', () => {
    const issues = issuesOf([
      csv('p.csv', ['Project,Start,Calendar', 'a,2026-01-05,nope', 'a,2026-01-05,']),
      csv('t.csv', ['Project,Id,Name,Duration,Predecessors', 'a,1,A,1,2', 'a,2,B,1,1', 'a,2,C,-1,']),
    ]);
    expect(issues).toEqual([
      'p.csv line 2, column "Calendar": project "a" refers to unknown calendar "nope" [unknown_reference]',
      'p.csv line 3, column "Project": duplicate project id "a" (first at index 0) [duplicate_id]',
      't.csv line 2, column "Predecessors": dependency cycle in project "a": "2" -> "1" -> "2" [cycle]',
      't.csv line 4, column "Duration": duration must not be negative (got -1) (in project "a", task "2") [negative_duration]',
      't.csv line 4, column "Id": duplicate task id "2" in project "a" (first at index 1) [duplicate_id]',
    ]);
  });

  it('CsvImportError is a PmoValidationError whose issues carry the file, line, column and portfolio path', () => {
    try {
      readCsv([csv('t.csv', ['Name,Duration', 'a,-2'])], START);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CsvImportError);
      expect(err).toMatchObject({ code: 'VALIDATION', name: 'CsvImportError' });
      const e = err as CsvImportError;
      expect(e.issues).toEqual([
        { file: 't.csv', line: 2, column: 'Duration', code: 'negative_duration', path: ['projects', 0, 'tasks', 0, 'duration'], message: 'duration must not be negative (got -2) (in project "project", task "1")' },
      ]);
      expect(e.message).toBe('readCsv: the CSV files do not make a valid portfolio: 1 issue\n  - t.csv line 2, column "Duration": duration must not be negative (got -2) (in project "project", task "1") [negative_duration]');
    }
  });
});

describe('round trip: CSV -> portfolio -> schedule', () => {
  it('the multi-project example schedules to the dates computed by hand', () => {
    const { portfolio, input, files } = readCsvDetails(portfolioExample());
    expect(files.find((f) => f.kind === 'tasks')!.unknownColumns).toEqual(['Notes']);
    expect(parsePortfolio(clone(input))).toEqual(clone(portfolio));
    const schedule = schedulePortfolio(portfolio);
    const dates = Object.fromEntries(schedule.tasks.map((t) => [`${t.projectId}/${t.id}`, `${t.startDate}..${t.finishDate}${t.critical ? ' *' : ''}`]));
    // Office calendar Mon-Fri; Easter 2026-04-03..06, 2026-05-01 and 2026-05-14 off.
    expect(dates).toEqual({
      'crm/1': '2026-03-02..2026-03-06',
      'crm/2': '2026-03-09..2026-03-20',
      'crm/3': '2026-03-23..2026-04-14', // 15 days across Easter
      'crm/4': '2026-04-20..2026-04-24', // Start 2026-04-20: start no earlier than
      'crm/5': '2026-04-24..2026-04-24',
      'dw/1': '2026-03-02..2026-03-13 *',
      'dw/2': '2026-03-16..2026-03-25 *',
      'dw/3': '2026-03-26..2026-04-24 *',
      'dw/4': '2026-04-13..2026-04-24 *', // 3SS+10d
      'dw/5': '2026-04-24..2026-04-24',
      'portal/1': '2026-03-16..2026-03-27',
      'portal/2': '2026-03-30..2026-04-10',
      'portal/3': '2026-04-15..2026-04-28', // after crm/3 (cross-project), not portal/2
      'portal/4': '2026-04-30..2026-05-07 *', // dw/4 + 3 days lag; 40h = 5 days; May 1 off
      'portal/5': '2026-05-07..2026-05-07 *',
    });
    const deps = criticalDependencies(portfolio, { schedule }).map((d) => `${d.fromProject}/${d.from}->${d.toProject}/${d.to} float ${d.float}${d.driving ? ' driving' : ''}${d.critical ? ' critical' : ''}`);
    expect(deps).toEqual(['crm/3->portal/3 float 0 driving', 'dw/4->portal/4 float 0 driving critical', 'dw/2->crm/4 float 15']);
  });

  it('an MS Project export (US dates, outline levels, Start on every task) schedules to its own Start and Finish', () => {
    const { portfolio } = readCsvDetails([example('ms-project/website.csv')], { dateFormat: 'mdy', projectId: 'website' });
    const schedule = schedulePortfolio(portfolio);
    const toIso = (us: string) => {
      const [m, d, y] = us.replace(/^\w+ /, '').split('/').map(Number);
      return `20${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    };
    const project = portfolio.projects[0]!;
    expect(project.tasks.map((t) => t.parentId ?? null)).toEqual([null, '1', '1', '1', '1', '5', '5', '5', '1']);
    for (const task of project.tasks) {
      const s = schedule.tasks.find((x) => x.id === task.id)!;
      expect([task.id, s.startDate, s.finishDate]).toEqual([task.id, task.constraint!.date, toIso((task.extensions!.csv as Record<string, string>).Finish!)]);
    }
  });
});

describe('purity', () => {
  it('never mutates the files or the options', () => {
    const files = deepFreeze(portfolioExample());
    const options = deepFreeze({ dateFormat: 'iso' as const });
    const before = clone(files);
    readCsv(files, options);
    expect(files).toEqual(before);
  });

  it('gives equal results for equal input', () => {
    expect(readCsv(portfolioExample())).toEqual(readCsv(portfolioExample()));
  });
});

describe('csvIssueLocation on hostile input (found by the fuzz suite)', () => {
  it('something that is not an issue is a PmoError, not a TypeError', () => {
    for (const bad of [0, null, { path: 0 }, { file: 5 }, { file: 'a.csv', line: 'x' }]) expect(() => csvIssueLocation(bad as never)).toThrow(PmoError);
    expect(csvIssueLocation({ file: 'tasks.csv', line: 3, column: 'Duration', code: 'x', path: [], message: '' })).toBe('tasks.csv line 3, column "Duration"');
  });
});
