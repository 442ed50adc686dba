/** The demo's resource sections: the shared pools, the leveling across projects and the allocation of the pool. */
import type { Portfolio } from '../../model/portfolio.js';
import { allocateResourcesSync } from '../../portfolio/allocateResourcesSync.js';
import type { AllocateResourcesResult } from '../../portfolio/allocationTypes.js';
import { levelResources } from '../../resources/levelResources.js';
import type { LevelResourcesResult } from '../../resources/leveledScheduleTypes.js';
import type { Overallocation } from '../../resources/resourceLoadTypes.js';
import { overallocations } from '../../resources/overallocations.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import { table } from '../format.js';
import { levelingReport } from '../output/levelingReport.js';
import { demoMoney, type DemoWriter } from './text.js';

/** Schedules the demo's leveling may generate (seeded, deterministic). */
export const DEMO_SCHEDULES = 1000;

/** What the resource sections computed, for the sections after them and the report. */
export interface DemoResources {
  readonly leveled: LevelResourcesResult;
  /** Over-allocations (by day) of the early schedule and of the leveled one. */
  readonly over: { readonly before: readonly Overallocation[]; readonly after: readonly Overallocation[] };
  readonly allocation: AllocateResourcesResult;
}

/** The pools, the leveling of the shared pool across projects (on the early schedule's calendar) and the allocation of the next three months. */
export function printResources(w: DemoWriter, portfolio: Portfolio, schedule: SchedulePortfolioResult): DemoResources {
  const { out, t, heading } = w;
  heading(t('resources'));
  out.push(
    `${portfolio.resources.length} resources in ${portfolio.pools.length} pools: ` +
      portfolio.pools.map((p) => `${p.name} (${p.resourceIds.length})`).join(', '),
  );

  heading(t('leveling'));
  // One early schedule for the whole tour: the leveling runs on its calendar and is compared with it.
  const leveled = levelResources(portfolio, { schedules: DEMO_SCHEDULES, seed: 1, schedule });
  // The early schedule's over-allocations (by day): the leveling report's "before", the health scores' and the report's.
  const over = { before: overallocations(portfolio, schedule), after: overallocations(portfolio, leveled) };
  out.push(...levelingReport(portfolio, leveled, schedule, w.lang, over));

  heading(t('allocation'));
  const allocation = allocateResourcesSync(portfolio, { schedule });
  out.push(...allocationLines(allocation, portfolio.projects.map((p) => p.id), w, demoMoney(portfolio.currency)));
  return { leveled, over, allocation };
}

/** The demo's allocation section: the plan per project, unmet demand per skill, the bottleneck skill. */
function allocationLines(r: AllocateResourcesResult, projectOrder: readonly string[], { t }: DemoWriter, money: (n: number | undefined) => string): string[] {
  const out = [`${t('window')}: ${r.window!.from} – ${r.window!.to}`, `${t('objective')}: ${money(Math.round(r.objective))} (${t(r.optimal ? 'proven' : 'notProven')})`];
  const byProject = new Map<string, string[]>(projectOrder.map((id) => [id, []]));
  for (const a of r.assignments) {
    let list = byProject.get(a.projectId);
    if (list === undefined) byProject.set(a.projectId, (list = []));
    list.push(`${a.personId} (${a.skill}, ${Math.round(a.hours)} h)`);
  }
  out.push(...table([t('colProject'), t('colPeople')], [...byProject].filter(([, list]) => list.length > 0).map(([id, list]) => [id, list.join(', ')])));
  const unmet = new Map<string, number>();
  for (const u of r.unmet) unmet.set(u.skill, (unmet.get(u.skill) ?? 0) + u.hours);
  out.push(`${t('unmetPerSkill')}: ${unmet.size === 0 ? t('none') : [...unmet].map(([s, h]) => `${s} ${Math.round(h)} h`).join(', ')}`);
  const prices = Object.entries(r.shadowPrices ?? {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const others = prices.slice(1, 4).map(([s, v]) => `${s} ${money(v)}`);
  out.push(
    r.bottleneck === null || r.bottleneck === undefined
      ? `${t('bottleneck')}: ${t('none')}`
      : `${t('bottleneck')}: ${r.bottleneck} (${t('perHour')} ${money(prices[0]![1])}${others.length > 0 ? `; ${t('thenPrices')} ${others.join(', ')}` : ''})`,
  );
  return out;
}
