import { lessonsFor } from '../../performance/lessonsFor.js';
import { searchLessons } from '../../performance/searchLessons.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { JSON_FLAG, LANG_FLAG, booleanFlag, parseInteger, parseLang, stringFlag } from '../flags.js';
import { findProject, inFile, inputPortfolio, readInputFile } from '../input.js';
import { printJson } from '../io.js';
import { lessonListLines, rankedLessonLines } from '../output/lessonText.js';

/** `pmo lessons`: the lessons learned register, searched, or ranked for a project with the reasons. */
export const lessonsCommand: CommandSpec = {
  name: 'lessons',
  summary: 'lessons learned: search by tag, category and text, or rank them for a project (--for) with the reason of each match',
  usage: '<file|-> [--for PROJECT] [--tag T,…] [--category C] [--text S] [--top N] [--lang en|zh] [--json]',
  positionals: { min: 1, max: 1, what: 'file (or - for standard input)' },
  flags: {
    for: { type: 'string', value: 'PROJECT', description: 'rank the lessons for this project (by category, program, unit, size and tags)' },
    tag: { type: 'string', value: 'T,…', description: 'only lessons with every one of these tags' },
    category: { type: 'string', value: 'C', description: 'only lessons of this category' },
    text: { type: 'string', value: 'S', description: 'only lessons containing this text' },
    top: { type: 'string', value: 'N', description: 'at most N lessons' },
    lang: LANG_FLAG,
    json: JSON_FLAG,
  },
  examples: [
    { command: 'pmo lessons examples/data/sample-portfolio.json --for tel', description: 'the lessons most relevant to the telematics rollout, with why' },
    { command: 'pmo lessons examples/data/sample-portfolio.json --tag vendor', description: 'every lesson tagged vendor' },
    { command: 'pmo lessons portfolio.json --text consultant --json', description: 'a text search, as JSON' },
  ],
  notes: ['Ranking: same category 3, program 2, unit 2, similar size 1, each shared tag 1 (docs/scoring.md).'],
  run: runLessons,
};

function runLessons(ctx: CommandContext): number {
  const lang = parseLang(ctx);
  const top = parseInteger(ctx, 'top', undefined, { min: 0 });
  const forId = stringFlag(ctx, 'for');
  const tags = stringFlag(ctx, 'tag')?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const category = stringFlag(ctx, 'category');
  const text = stringFlag(ctx, 'text');
  const input = readInputFile(ctx, ctx.positionals[0]!, 'portfolio', ['portfolio']);
  const portfolio = inputPortfolio(ctx, input);
  const search = { ...(tags !== undefined ? { tags } : {}), ...(category !== undefined ? { category } : {}), ...(text !== undefined ? { text } : {}) };
  const found = inFile(ctx, input.name, () => searchLessons(portfolio.lessons ?? [], search));
  if (forId === undefined) {
    const lessons = top === undefined ? found : found.slice(0, top);
    if (booleanFlag(ctx, 'json')) printJson(ctx.io, { lessons });
    else ctx.io.out(`${[`${input.name}: ${lessons.length} lesson${lessons.length === 1 ? '' : 's'}`, ...lessonListLines(lessons, lang)].join('\n')}\n`);
    return 0;
  }
  findProject(ctx, input, portfolio, forId);
  const kept = new Set(found);
  const r = inFile(ctx, input.name, () => lessonsFor(portfolio, forId));
  const ranked = r.lessons.filter((x) => kept.has(x.lesson));
  const shown = top === undefined ? ranked : ranked.slice(0, top);
  if (booleanFlag(ctx, 'json')) printJson(ctx.io, { query: r.query, lessons: shown });
  else {
    const title = lang === 'zh' ? `${input.name}:与项目 ${forId} 最相关的经验教训(${shown.length})` : `${input.name}: the lessons most relevant to project ${forId} (${shown.length})`;
    ctx.io.out(`${[title, ...rankedLessonLines(shown, lang)].join('\n')}\n`);
  }
  return 0;
}
