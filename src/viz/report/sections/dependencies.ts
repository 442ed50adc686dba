/** Report section: the critical cross-project dependencies, ranked, and the network of interfaces. */
import { networkChart } from '../../networkChart.js';
import type { ReportContext } from '../internal/context.js';
import { W } from '../internal/text.js';
import type { ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Cross-project dependencies',
    summary: (n: number, driving: number, critical: number) =>
      `${n} dependenc${n === 1 ? 'y links' : 'ies link'} the projects; ${driving} drive${driving === 1 ? 's' : ''} ${driving === 1 ? 'its' : 'their'} successor's dates and ${critical} lie${critical === 1 ? 's' : ''} on the critical path: a slip there moves another project at once.`,
    cols: ['#', 'from', 'to', 'type', 'float (working days)', 'driving', 'on critical path', 'projects a slip reaches'],
    network: 'The projects\u2019 milestones and interfaces (each box a project; thick dashed arrows cross projects; dark red: critical)',
    read: 'Float is how many working days the predecessor can slip before the successor moves. The network keeps each project\u2019s milestones and the tasks at either end of a cross-project dependency; an arrow stands for the chain of tasks between them.',
    none: 'The projects have no dependencies between them.',
  },
  zh: {
    title: '跨项目依赖',
    summary: (n: number, driving: number, critical: number) => `项目之间有 ${n} 条依赖；其中 ${driving} 条驱动后续任务的日期，${critical} 条位于关键路径上：这些依赖一旦延误会立即影响其他项目。`,
    cols: ['#', '前置', '后续', '类型', '浮动时间（工作日）', '驱动', '在关键路径上', '延误波及的项目'],
    network: '各项目的里程碑与接口（每个框为一个项目；粗虚线箭头跨项目；深红色为关键）',
    read: '浮动时间是前置任务可延误而不推迟后续任务的工作日数。网络图保留各项目的里程碑以及跨项目依赖两端的任务；一个箭头代表其间的任务链。',
    none: '项目之间没有依赖关系。',
  },
} as const;

/** The cross-project dependencies, ranked by `criticalDependencies`, and the network of interfaces. */
export function dependenciesSection(ctx: ReportContext): ReportSection | undefined {
  const { portfolio, lang } = ctx;
  const t = T[lang];
  const w = W[lang];
  if ((portfolio.crossDependencies ?? []).length === 0 || portfolio.projects.length < 2) return undefined;
  const deps = ctx.dependencies();
  const lag = (n: number): string => (n === 0 ? '' : ` ${n > 0 ? '+' : ''}${n}d`);
  return {
    id: 'dependencies',
    title: t.title,
    summary: t.summary(deps.length, deps.filter((d) => d.driving).length, deps.filter((d) => d.critical).length),
    blocks: [
      {
        kind: 'table',
        columns: t.cols,
        align: ['right', 'left', 'left', 'left', 'right', 'left', 'left', 'left'],
        rows: deps.map((d, i) => [
          String(i + 1),
          `${d.fromProject}: ${d.fromName}`,
          `${d.toProject}: ${d.toName}`,
          `${d.type}${lag(d.lag)}`,
          String(Math.round(d.float * 100) / 100),
          d.driving ? w.yes : w.no,
          d.critical ? w.yes : w.no,
          d.downstreamProjects.join(', '),
        ]),
      },
      { kind: 'chart', name: 'network', caption: t.network, wide: true, svg: networkChart(portfolio, ctx.schedule(), { detail: 'milestones', lang, width: 1000 }) },
      { kind: 'paragraph', text: t.read },
    ],
  };
}
