/**
 * The diagram exports, a closely related group on one fixture: toMermaidFlowchart, toMermaidGantt
 * and toDot (snapshots, escaping, purity). Their input, a dated schedule: diagrams.datedSchedule.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { toDot, toMermaidFlowchart, toMermaidGantt, type DatedSchedule } from '../../src/io/index.js';
import { parsePortfolio, parseProject } from '../../src/model/parse.js';
import { clone, deepFreeze } from '../helpers.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';

const project = deepFreeze(
  parseProject({
    id: 'p',
    name: 'Pilot',
    start: '2026-01-05',
    tasks: [
      { id: 'wbs', name: 'Build', duration: 0 },
      { id: 'a', name: 'Design', duration: 5, parentId: 'wbs', percentComplete: 100 },
      { id: 'b', name: 'Code', duration: 10, parentId: 'wbs', percentComplete: 40 },
      { id: 'c', name: 'Docs', duration: 3 },
      { id: 'm', name: 'Launch', duration: 0, milestone: true },
    ],
    dependencies: [
      { from: 'a', to: 'b' },
      { from: 'a', to: 'c', type: 'SS', lag: 2 },
      { from: 'b', to: 'm', type: 'FF', lag: -1.5 },
      { from: 'c', to: 'm' },
    ],
  }),
);

const schedule: DatedSchedule = deepFreeze({
  tasks: [
    { id: 'wbs', critical: true, startDate: '2026-01-05', finishDate: '2026-01-23' },
    { id: 'a', critical: true, startDate: '2026-01-05', finishDate: '2026-01-09' },
    { id: 'b', critical: true, startDate: '2026-01-12', finishDate: '2026-01-23' },
    { id: 'c', critical: false, startDate: '2026-01-07', finishDate: '2026-01-09' },
    { id: 'm', critical: true, startDate: '2026-01-22', finishDate: '2026-01-22' },
  ],
});

describe('toMermaidFlowchart', () => {
  it('draws the network with the critical path', () => {
    expect(toMermaidFlowchart(project, schedule)).toMatchInlineSnapshot(`
      "flowchart LR
        n0[["Build"]]
        n1["Design"]
        n2["Code"]
        n3["Docs"]
        n4{{"Launch"}}
        n1 --> n2
        n1 -->|"SS +2d"| n3
        n2 -->|"FF -1.5d"| n4
        n3 --> n4
        classDef critical fill:#ffe3e3,stroke:#c92a2a,stroke-width:2px
        class n0,n1,n2,n4 critical
        linkStyle 0,2 stroke:#c92a2a,stroke-width:3px
      "
    `);
  });

  it('without a schedule, nothing is critical; options change direction and labels', () => {
    expect(toMermaidFlowchart(project, undefined, { direction: 'TB', label: (t) => `${t.id}: ${t.duration}d` })).toMatchInlineSnapshot(`
      "flowchart TB
        n0[["wbs: 0d"]]
        n1["a: 5d"]
        n2["b: 10d"]
        n3["c: 3d"]
        n4{{"m: 0d"}}
        n1 --> n2
        n1 -->|"SS +2d"| n3
        n2 -->|"FF -1.5d"| n4
        n3 --> n4
      "
    `);
  });

  it('uses driving predecessors when the schedule gives them', () => {
    const driving = { tasks: schedule.tasks.map((t) => (t.id === 'm' ? { ...t, drivingPredecessors: ['c'] } : t)) };
    expect(toMermaidFlowchart(project, driving)).toContain('linkStyle 0 stroke');
  });

  it('draws a portfolio as subgraphs with dotted cross-project links', () => {
    const pf = parsePortfolio(minimalPortfolio());
    const text = toMermaidFlowchart(pf, { tasks: [{ id: 'm', projectId: 'p1', critical: true, startDate: '2026-01-09', finishDate: '2026-01-09' }, { id: 'a', projectId: 'p2', critical: true, startDate: '2026-01-12', finishDate: '2026-01-12' }] });
    expect(text).toMatchInlineSnapshot(`
      "flowchart LR
        subgraph p0["One"]
          n0[["Build"]]
          n1["Design"]
          n2["Code"]
          n3{{"Done"}}
        end
        subgraph p1["Two"]
          n4["Integrate"]
        end
        n1 --> n2
        n2 -->|"FF -1d"| n3
        n3 -.-> n4
        classDef critical fill:#ffe3e3,stroke:#c92a2a,stroke-width:2px
        class n3,n4 critical
        linkStyle 2 stroke:#c92a2a,stroke-width:3px
      "
    `);
  });

  it('rejects what is not a project or portfolio, and an unknown direction', () => {
    expect(() => toMermaidFlowchart({} as never)).toThrow(PmoError);
    expect(() => toMermaidFlowchart(project, undefined, { direction: 'UP' as never })).toThrow(/direction must be/);
  });
});

describe('toMermaidGantt', () => {
  it('sections per summary, milestones, crit/done/active tags, exclusive end dates', () => {
    expect(toMermaidGantt(project, schedule)).toMatchInlineSnapshot(`
      "gantt
        title Pilot
        dateFormat YYYY-MM-DD
        section Pilot
          Docs :t3, 2026-01-07, 2026-01-10
          Launch :crit, milestone, t4, 2026-01-22, 0d
        section Build
          Design :crit, done, t1, 2026-01-05, 2026-01-10
          Code :crit, active, t2, 2026-01-12, 2026-01-24
      "
    `);
  });

  it('leaves out undated tasks and ignores other projects\' entries', () => {
    const text = toMermaidGantt(project, { tasks: [{ id: 'c', critical: false, startDate: '2026-01-07', finishDate: '2026-01-09' }, { id: 'a', projectId: 'other', critical: true, startDate: '2026-01-05', finishDate: '2026-01-05' }] }, { title: 'T: x' });
    expect(text).toMatchInlineSnapshot(`
      "gantt
        title T#58; x
        dateFormat YYYY-MM-DD
        section Pilot
          Docs :t3, 2026-01-07, 2026-01-10
        %% 3 task(s) without dates in the schedule are not shown
      "
    `);
  });

  it('names nested sections by their path', () => {
    const nested = parseProject({
      id: 'n',
      name: 'N',
      start: '2026-01-05',
      tasks: [
        { id: 'top', name: 'Top', duration: 0 },
        { id: 'mid', name: 'Mid', duration: 0, parentId: 'top' },
        { id: 'leaf', name: 'Leaf', duration: 1, parentId: 'mid' },
      ],
    });
    const text = toMermaidGantt(nested, { tasks: [{ id: 'leaf', critical: false, startDate: '2026-01-05', finishDate: '2026-01-05' }] });
    expect(text).toContain('  section Top / Mid\n    Leaf :t2, 2026-01-05, 2026-01-06\n');
  });

  it('rejects a missing schedule', () => {
    expect(() => toMermaidGantt(project, undefined as never)).toThrow(/expected a schedule/);
  });
});

describe('toDot', () => {
  it('draws the network with quoted ids, edge labels and the critical path', () => {
    expect(toDot(project, schedule)).toMatchInlineSnapshot(`
      "digraph "p" {
        graph [rankdir="LR", fontname="Helvetica"];
        node [shape="box", style="rounded", fontname="Helvetica"];
        edge [fontname="Helvetica", fontsize=10];
        "wbs" [label="Build", tooltip="wbs", shape="tab", style="filled", color="#c92a2a", fillcolor="#ffe3e3", penwidth=2];
        "a" [label="Design", tooltip="a", style="rounded,filled", color="#c92a2a", fillcolor="#ffe3e3", penwidth=2];
        "b" [label="Code", tooltip="b", style="rounded,filled", color="#c92a2a", fillcolor="#ffe3e3", penwidth=2];
        "c" [label="Docs", tooltip="c"];
        "m" [label="Launch", tooltip="m", shape="diamond", style="filled", color="#c92a2a", fillcolor="#ffe3e3", penwidth=2];
        "a" -> "b" [label="FS", color="#c92a2a", penwidth=2.5];
        "a" -> "c" [label="SS +2d"];
        "b" -> "m" [label="FF -1.5d", color="#c92a2a", penwidth=2.5];
        "c" -> "m" [label="FS"];
      }
      "
    `);
  });

  it('draws a portfolio as clusters keyed projectId/taskId, cross-project edges dashed', () => {
    const pf = parsePortfolio(minimalPortfolio());
    expect(toDot(pf)).toMatchInlineSnapshot(`
      "digraph "pf" {
        graph [rankdir="LR", fontname="Helvetica"];
        node [shape="box", style="rounded", fontname="Helvetica"];
        edge [fontname="Helvetica", fontsize=10];
        subgraph "cluster_0" {
          label="One";
          "p1/wbs" [label="Build", tooltip="wbs", shape="tab", style="solid"];
          "p1/a" [label="Design", tooltip="a"];
          "p1/b" [label="Code", tooltip="b"];
          "p1/m" [label="Done", tooltip="m", shape="diamond", style="solid"];
        }
        subgraph "cluster_1" {
          label="Two";
          "p2/a" [label="Integrate", tooltip="a"];
        }
        "p1/a" -> "p1/b" [label="FS"];
        "p1/b" -> "p1/m" [label="FF -1d"];
        "p1/m" -> "p2/a" [label="FS", style="dashed"];
      }
      "
    `);
  });
});

describe('escaping of arbitrary ids and names', () => {
  const ids = ['a"b', 'x -> y', '__proto__', '工程 🚀', 'end', 'a\\b', 'new\nline', 'p/q%r', '#;<&>', 'subgraph'];
  const odd = deepFreeze(
    parseProject({
      id: 'odd "project"',
      name: 'Odd "project" #1; <b>bold</b> & `code` | [x] {y}',
      start: '2026-01-05',
      tasks: ids.map((id, i) => ({ id, name: i === 0 ? '' : `name of ${id}`, duration: 1 })),
      dependencies: ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id })),
    }),
  );
  const sched = { tasks: ids.map((id) => ({ id, critical: true, startDate: '2026-01-05', finishDate: '2026-01-05' })) };

  it('Mermaid: node names are generated; labels carry no quote, bracket, pipe, hash, semicolon, angle bracket, ampersand or line break', () => {
    for (const text of [toMermaidFlowchart(odd, sched), toMermaidGantt(odd, sched)]) {
      for (const line of text.trimEnd().split('\n')) {
        const labels = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
        for (const l of labels) expect(l).not.toMatch(/[\n"<>&[\]{}|`]|#(?!\d+;)|(?<!#\d+);/);
      }
      expect(text).not.toMatch(/\r/);
    }
    // Node names are generated: ids never reach the syntax.
    for (const line of toMermaidFlowchart(odd, sched).trimEnd().split('\n').slice(1)) {
      expect(line).toMatch(/^ {2}(n\d+(\["[^"]*"\]|\{\{"[^"]*"\}\}|\[\["[^"]*"\]\])|n\d+ -->(\|"[^"]*"\|)? n\d+|classDef .*|class [n\d,]+ critical|linkStyle [\d,]+ .*)$/);
    }
    const flow = toMermaidFlowchart(odd, sched);
    expect(flow).toContain('n0["a#34;b"]'); // unnamed task: its id as label, escaped
    expect(flow).toContain('n3["name of 工程 #128640;"]');
    expect(flow).toContain('n6["name of new#10;line"]');
    expect(flow.split('\n').filter((l) => l.includes('-->'))).toHaveLength(ids.length - 1);
    expect(toMermaidGantt(odd, sched)).toContain('  title Odd #34;project#34; #35;1#59; #60;b#62;bold#60;/b#62; #38; #96;code#96; #124; #91;x#93; #123;y#125;\n');
  });

  it('DOT: ids and labels quoted, backslashes and quotes escaped, line breaks as \\n', () => {
    const text = toDot(odd, sched);
    expect(text).toContain('digraph "odd \\"project\\"" {');
    expect(text).toContain('"a\\"b" [label="a\\"b", tooltip="a\\"b"');
    expect(text).toContain('"x -> y" [label="name of x -> y"');
    expect(text).toContain('"a\\\\b" [label="name of a\\\\b"');
    expect(text).toContain('"new\\nline" [label="name of new\\nline"');
    expect(text).toContain('"工程 🚀" -> "end" [label="FS"');
    // Every quoted string is well formed: no raw line break inside, every inner quote escaped.
    for (const line of text.trimEnd().split('\n')) expect(line.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toContain('"""');
    expect(text.split('\n')).toHaveLength(2 + 3 + ids.length + ids.length - 1 + 1);
  });

  it('portfolio keys escape / and % so that they never collide', () => {
    const pf = parsePortfolio({
      id: 'pf',
      name: 'pf',
      projects: [
        { id: 'a/b', name: 'A', start: '2026-01-05', tasks: [{ id: 'c', name: 'c', duration: 1 }] },
        { id: 'a', name: 'B', start: '2026-01-05', tasks: [{ id: 'b/c', name: 'bc', duration: 1 }] },
      ],
    });
    const text = toDot(pf);
    expect(text).toContain('"a%2Fb/c" [label="c"');
    expect(text).toContain('"a/b%2Fc" [label="bc"');
  });

  it('never mutates its inputs', () => {
    const before = clone(odd);
    toMermaidFlowchart(odd, sched);
    toMermaidGantt(odd, sched);
    toDot(odd, sched);
    expect(clone(odd)).toEqual(before);
  });
});

describe('diagram options found by the longer fuzz run', () => {
  it('a direction that is a bigint is a PmoError, not a TypeError from JSON.stringify', () => {
    const pf = { id: 'x', projects: [{ id: 'p', tasks: [{ id: 'a', duration: 1 }], dependencies: [] }] };
    expect(() => toMermaidFlowchart(pf as never, undefined, { direction: [0n] as never })).toThrow(/direction must be LR, RL, TB or BT/);
    expect(() => toDot(pf as never, undefined, { direction: 1n as never })).toThrow(/direction must be LR, RL, TB or BT/);
  });
});
