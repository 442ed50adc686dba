/** Risks files -> the portfolio's risk register. Private to pmo-kit/io. */
import { CsvRowReader, put, type CsvBuild, type Json } from './csvBuild.js';
import { findProject } from './csvProjects.js';
import type { CsvSheet } from './csvSheets.js';
import { readDate, readDuration, readList, readNumber, readProbability, readWord } from './csvValues.js';

/**
 * Reads the risks files: one risk per row. Defaults: id `R<n>` (its position among the risk
 * rows), kind `threat`, status `open`; the project is the `Project` cell, else the default
 * project when the risk names tasks, else none (a portfolio risk).
 */
export function readRisks(build: CsvBuild, sheets: readonly CsvSheet[]): void {
  let n = 0;
  const date = (t: string) => readDate(t, build.options.dateFormat);
  for (const sheet of sheets)
    for (const row of sheet.table.rows) {
      n++;
      const r = new CsvRowReader(build, sheet, row);
      r.path = ['risks', build.risks.length];
      const number = (t: string) => readNumber(t, sheet.style);
      const risk: Json = { id: r.text('id') ?? `R${n}` };
      put(risk, 'title', r.required('title', 'give the risk a title'));
      put(risk, 'description', r.text('description'));
      risk.kind = readWord(r.text('kind') ?? 'threat');
      put(risk, 'category', r.text('category'));
      if (r.required('probability', 'give the probability (0.3 or 30%)') !== undefined) put(risk, 'probability', r.read('probability', (t) => readProbability(t, sheet.style)));
      const impact: Json = {};
      put(impact, 'cost', r.read('costImpact', number));
      put(impact, 'days', r.read('daysImpact', (t) => readDuration(t, sheet.style, 8)));
      put(impact, 'score', r.read('scoreImpact', number));
      risk.impact = impact;
      const tasks = r.text('tasks');
      const project = r.text('project');
      put(risk, 'projectId', project === undefined ? (tasks === undefined ? undefined : build.defaultProjectId) : (findProject(build, project)?.input.id ?? project));
      if (tasks !== undefined) risk.taskIds = readList(tasks, sheet.style);
      const strategy = r.required('strategy', 'give the response strategy (avoid, transfer, mitigate, accept, escalate; exploit, share, enhance)');
      put(risk, 'strategy', strategy === undefined ? undefined : readWord(strategy));
      put(risk, 'response', r.text('response'));
      put(risk, 'owner', r.required('owner', 'name the risk owner'));
      risk.status = readWord(r.text('status') ?? 'open');
      const triggers = r.text('triggers');
      if (triggers !== undefined) risk.triggers = readList(triggers, sheet.style);
      put(risk, 'identifiedOn', r.read('identifiedOn', date));
      put(risk, 'lastReviewedOn', r.read('lastReviewedOn', date));
      Object.assign(risk, r.extensions());
      build.risks.push(risk);
      build.sources.set(
        r.path,
        r.source({
          id: 'id',
          title: 'title',
          description: 'description',
          kind: 'kind',
          category: 'category',
          probability: 'probability',
          impact: r.text('costImpact') !== undefined ? 'costImpact' : r.text('daysImpact') !== undefined ? 'daysImpact' : 'scoreImpact',
          projectId: 'project',
          taskIds: 'tasks',
          strategy: 'strategy',
          response: 'response',
          owner: 'owner',
          status: 'status',
          triggers: 'triggers',
          identifiedOn: 'identifiedOn',
          lastReviewedOn: 'lastReviewedOn',
        }),
      );
    }
}
