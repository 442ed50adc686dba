import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import { joinLines } from '../internal/stringLimit.js';
import { buildView, keyOf, linkLabel, type ViewTask, checkOptions, labelOption, labelText, nameOf } from './internal/graphView.js';
import type { DatedSchedule, TaskLabel } from './types.js';

/** Options of {@link toDot}. */
export interface ToDotOptions {
  /** Graph direction (`rankdir`): `'LR'` (default), `'RL'`, `'TB'` or `'BT'`. */
  readonly direction?: 'LR' | 'RL' | 'TB' | 'BT';
  /** The text of a task's node. Default: its name, or its id when it has no name. */
  readonly label?: TaskLabel;
}

const RED = '#c92a2a';

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`. */
function q(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n')}"`;
}

function attrs(list: Record<string, string | number | undefined>): string {
  const parts = Object.entries(list)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? String(v) : q(v!)}`);
  return parts.length === 0 ? '' : ` [${parts.join(', ')}]`;
}

/**
 * Draws the dependency network in Graphviz DOT, with the critical path highlighted.
 *
 * Node ids are the task ids, quoted and escaped (`"a\"b"`); in a portfolio, task keys
 * `projectId/taskId` (with `%` and `/` inside ids written `%25` and `%2F`, as the schedule's
 * `taskKey` does, so keys never collide). Every edge is labelled with its link
 * type and lag (`FS`, `SS +2d`). Each project of a portfolio is a cluster; cross-project
 * dependencies are dashed. Milestones are diamonds, WBS summary tasks tabs. With a schedule,
 * critical tasks are filled red and critical links drawn thick and red (a link is critical when
 * both its tasks are and, if the schedule lists `drivingPredecessors`, it drives its successor). The
 * `tooltip` of a node is the task id.
 *
 * Complexity: O(tasks + links).
 *
 * @param input - a project or a portfolio; never mutated
 * @param schedule - optional: the critical flags (see {@link DatedSchedule})
 * @param options - see {@link ToDotOptions}
 * @returns DOT source text, ending with a newline
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when `input` is neither a project nor a
 *   portfolio, or `direction` is unknown
 * @example
 * ```ts
 * writeFileSync('network.dot', toDot(portfolio, schedulePortfolio(portfolio)));
 * // dot -Tsvg network.dot > network.svg
 * ```
 */
export function toDot(input: Project | Portfolio, schedule?: DatedSchedule, options: ToDotOptions = {}): string {
  checkOptions('toDot', options);
  const direction = options.direction ?? 'LR';
  if (!['LR', 'RL', 'TB', 'BT'].includes(direction))
    throw new PmoError('INVALID_ARGUMENT', `toDot: direction must be LR, RL, TB or BT, got ${show(direction)}`);
  const view = buildView('toDot', input, schedule);
  const label = labelOption('toDot', options);
  const names = new Map<ViewTask, string>(view.tasks.map((t) => [t, view.portfolio ? keyOf(t.project.id, t.task.id) : t.task.id]));
  const out: string[] = [`digraph ${q(view.portfolio ? (input as Portfolio).id : (input as Project).id)} {`];
  out.push(`  graph${attrs({ rankdir: direction, fontname: 'Helvetica' })};`);
  out.push(`  node${attrs({ shape: 'box', style: 'rounded', fontname: 'Helvetica' })};`);
  out.push(`  edge${attrs({ fontname: 'Helvetica', fontsize: 10 })};`);
  const nodeLine = (t: ViewTask, indent: string): string => {
    const shape = t.task.milestone ? 'diamond' : t.summary ? 'tab' : undefined;
    const style = t.critical ? (t.task.milestone || t.summary ? 'filled' : 'rounded,filled') : t.task.milestone || t.summary ? 'solid' : undefined;
    return `${indent}${q(names.get(t)!)}${attrs({
      label: labelText('toDot', label(t.task, t.project), t.task),
      tooltip: t.task.id,
      shape,
      style,
      ...(t.critical ? { color: RED, fillcolor: '#ffe3e3', penwidth: 2 } : {}),
    })};`;
  };
  view.projects.forEach((g, i) => {
    if (view.portfolio) {
      out.push(`  subgraph ${q(`cluster_${i}`)} {`);
      out.push(`    label=${q(nameOf(g.project) !== '' ? nameOf(g.project) : g.project.id)};`);
      for (const t of g.tasks) out.push(nodeLine(t, '    '));
      out.push('  }');
    } else for (const t of g.tasks) out.push(nodeLine(t, '  '));
  });
  for (const l of view.links) {
    out.push(
      `  ${q(names.get(l.from)!)} -> ${q(names.get(l.to)!)}${attrs({
        label: linkLabel(l.type, l.lag),
        style: l.cross ? 'dashed' : undefined,
        ...(l.critical ? { color: RED, penwidth: 2.5 } : {}),
      })};`,
    );
  }
  out.push('}');
  return joinLines('toDot', 'the DOT text', out);
}

/** @deprecated Use {@link ToDotOptions}: the former name. */
export type DotOptions = ToDotOptions;
