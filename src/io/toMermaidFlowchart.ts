import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import { joinLines } from '../internal/stringLimit.js';
import { buildView, linkLabel, checkOptions, labelOption, labelText, nameOf } from './internal/graphView.js';
import { mermaidText } from './internal/mermaid.js';
import type { DatedSchedule, TaskLabel } from './types.js';

/** Options of {@link toMermaidFlowchart}. */
export interface ToMermaidFlowchartOptions {
  /** Direction of the flow: `'LR'` (default), `'RL'`, `'TB'` or `'BT'`. */
  readonly direction?: 'LR' | 'RL' | 'TB' | 'BT';
  /** The text of a task's node. Default: its name, or its id when it has no name. */
  readonly label?: TaskLabel;
}

const CRITICAL = 'fill:#ffe3e3,stroke:#c92a2a,stroke-width:2px';

/**
 * Draws the dependency network as a Mermaid flowchart, with the critical path highlighted.
 *
 * Nodes are named `n0`, `n1`, … in task order, whatever the task ids (ids are never written, so
 * any string is safe); labels are escaped with Mermaid entity codes (`#34;` for `"`).
 * Milestones are hexagons, WBS summary tasks subroutine boxes. Each project of a portfolio is a
 * subgraph; cross-project dependencies are dotted links. A link is labelled with its type and lag
 * unless it is a plain finish-to-start link without lag (`SS +2d`). With a schedule, critical
 * tasks get the class `critical` and critical links a red style (a link is critical when both its
 * tasks are and, if the schedule lists `drivingPredecessors`, it drives its successor).
 *
 * Complexity: O(tasks + links).
 *
 * @param input - a project or a portfolio; never mutated
 * @param schedule - optional: the critical flags (see {@link DatedSchedule})
 * @param options - see {@link ToMermaidFlowchartOptions}
 * @returns Mermaid source text, ending with a newline
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when `input` is neither a project nor a
 *   portfolio, or `direction` is unknown
 * @example
 * ```ts
 * const text = toMermaidFlowchart(project, schedule(project));
 * // flowchart LR
 * //   n0["Design"]
 * //   n1["Build"]
 * //   n0 --> n1
 * //   classDef critical fill:#ffe3e3,stroke:#c92a2a,stroke-width:2px
 * //   class n0,n1 critical
 * //   linkStyle 0 stroke:#c92a2a,stroke-width:3px
 * ```
 */
export function toMermaidFlowchart(input: Project | Portfolio, schedule?: DatedSchedule, options: ToMermaidFlowchartOptions = {}): string {
  const fn = 'toMermaidFlowchart';
  checkOptions(fn, options);
  const direction = options.direction ?? 'LR';
  if (!['LR', 'RL', 'TB', 'BT'].includes(direction))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: direction must be LR, RL, TB or BT, got ${show(direction)}`);
  const view = buildView(fn, input, schedule);
  const label = labelOption(fn, options);
  const lines = [`flowchart ${direction}`];
  const node = (i: number): string => `n${i}`;
  for (const [pi, group] of view.projects.entries()) {
    const indent = view.portfolio ? '    ' : '  ';
    if (view.portfolio) lines.push(`  subgraph p${pi}["${mermaidText(nameOf(group.project) !== '' ? nameOf(group.project) : group.project.id)}"]`);
    for (const t of group.tasks) {
      const text = `"${mermaidText(labelText(fn, label(t.task, group.project), t.task))}"`;
      const shape = t.task.milestone ? `{{${text}}}` : t.summary ? `[[${text}]]` : `[${text}]`;
      lines.push(`${indent}${node(t.index)}${shape}`);
    }
    if (view.portfolio) lines.push('  end');
  }
  const criticalLinks: number[] = [];
  view.links.forEach((l, i) => {
    const arrow = l.cross ? '-.->' : '-->';
    const text = l.type === 'FS' && l.lag === 0 ? '' : `|"${mermaidText(linkLabel(l.type, l.lag))}"|`;
    lines.push(`  ${node(l.from.index)} ${arrow}${text} ${node(l.to.index)}`);
    if (l.critical) criticalLinks.push(i);
  });
  const critical = view.tasks.filter((t) => t.critical).map((t) => node(t.index));
  if (critical.length > 0) {
    lines.push(`  classDef critical ${CRITICAL}`);
    lines.push(`  class ${critical.join(',')} critical`);
  }
  if (criticalLinks.length > 0) lines.push(`  linkStyle ${criticalLinks.join(',')} stroke:#c92a2a,stroke-width:3px`);
  return joinLines(fn, 'the Mermaid text', lines);
}

/** @deprecated Use {@link ToMermaidFlowchartOptions}: the former name. */
export type MermaidFlowchartOptions = ToMermaidFlowchartOptions;
