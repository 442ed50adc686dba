/**
 * The README's TypeScript examples run as written, against the built package (`npm test` builds
 * first): every ```ts block of README.md is compiled (esbuild strips the types) and run as its own
 * ES module in a fresh Node process, where `pmo-kit` resolves through the package's exports map to
 * `dist/`, as it does for a user. The working directory is the repository root.
 *
 * A value shown in a comment is checked: on a line `expression; // value` (or `const x = …;
 * // value`, or `expression;` followed by a line `// value`), when the comment is a literal
 * (strings, numbers, booleans, null, arrays and objects of them), optionally followed by ` — `
 * and prose, the test asserts that the expression deep-equals it. Comments that are prose or that
 * elide (`…`) are not checked. A block preceded by `<!-- not-run -->` is a deliberate fragment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** One ```ts block of the README. */
interface Block {
  readonly line: number;
  readonly code: string;
  readonly run: boolean;
}

/** The ```ts blocks of a Markdown text, with the line each starts on. */
export function tsBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```ts') continue;
    let prev = i - 1;
    while (prev >= 0 && lines[prev]!.trim() === '') prev--;
    const run = prev < 0 || lines[prev]!.trim() !== '<!-- not-run -->';
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    blocks.push({ line: start + 1, code: lines.slice(start, end).join('\n'), run });
    i = end;
  }
  return blocks;
}

/**
 * The literal a comment shows, as source text, or undefined when the comment is prose. A literal
 * is made of strings, numbers, booleans, null, arrays and objects (keys as identifiers or
 * strings); ` — ` and anything after it is prose.
 */
export function literalOf(comment: string): string | undefined {
  const text = comment.split(' — ')[0]!.trim();
  if (text === '') return undefined;
  const strings = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;
  const rest = text
    .replace(strings, '0')
    .replace(/\b[A-Za-z_$][\w$]*\s*:/g, '')
    .replace(/\b(?:true|false|null)\b/g, '0');
  if (!/^[\s\d.,[\]{}+-]*$/.test(rest)) return undefined;
  try {
    new Function(`return (${text});`);
  } catch {
    return undefined;
  }
  return text;
}

/** What a line `code; // comment` checks, or undefined. */
function checkOf(code: string, literal: string, line: number): string | undefined {
  const body = code.trim().replace(/;$/, '');
  const decl = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(body);
  if (decl) return `${code}\n__check(${decl[1]}, ${literal}, ${line});`;
  if (/^(?:import|export|if|for|while|return|throw|try|\}|\/\/)/.test(body)) return undefined;
  return `${code.match(/^\s*/)![0]}__check(${body}, ${literal}, ${line});`;
}

/** The block with its shown values turned into checks; `checks` counts them. */
export function withChecks(block: Block): { code: string; checks: number } {
  const lines = block.code.split('\n');
  const out: string[] = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const readmeLine = block.line + i;
    const trailing = /^(.*;)\s*\/\/\s?(.*)$/.exec(line);
    const nextComment = /^\s*\/\/\s?(.*)$/.exec(lines[i + 1] ?? '');
    let literal: string | undefined;
    let code: string | undefined;
    if (trailing && !/^\s*\/\//.test(line)) {
      literal = literalOf(trailing[2]!);
      code = trailing[1]!;
    } else if (/;\s*$/.test(line) && nextComment) {
      literal = literalOf(nextComment[1]!);
      code = line;
    }
    const check = literal !== undefined && code !== undefined ? checkOf(code, literal, readmeLine) : undefined;
    if (check !== undefined) {
      out.push(check);
      checks++;
    } else out.push(line);
  }
  return { code: out.join('\n'), checks };
}

const PRELUDE = `import { isDeepStrictEqual as __equal } from 'node:util';
let __checks = 0;
function __check(actual, expected, line) {
  __checks++;
  const plain = JSON.parse(JSON.stringify(actual) ?? 'null');
  if (!__equal(plain, expected)) {
    console.error('README.md line ' + line + ': expected ' + JSON.stringify(expected) + ', got ' + JSON.stringify(plain));
    process.exitCode = 1;
  }
}
process.on('exit', () => console.log('checked ' + __checks));
`;

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BLOCKS = tsBlocks(README);
const built = existsSync(join(ROOT, 'dist', 'index.js'));

describe('README', () => {
  it('has TypeScript examples, nearly all of them run', () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(4);
    expect(BLOCKS.filter((b) => !b.run).length).toBeLessThanOrEqual(1);
  });

  it('turns shown values into checks, and leaves prose alone', () => {
    expect(literalOf(`'2026-08-11'`)).toBe(`'2026-08-11'`);
    expect(literalOf(`[] — an independent check`)).toBe('[]');
    expect(literalOf(`[['a', 'b'], { ok: true, n: -1.5 }]`)).toBe(`[['a', 'b'], { ok: true, n: -1.5 }]`);
    expect(literalOf(`{ allowed, basis: [{ en, zh }, …] }`)).toBeUndefined();
    expect(literalOf(`goals, resources, what is managed`)).toBeUndefined();
    expect(literalOf(`[['tel/tel-install', …], …] (every one)`)).toBeUndefined();
    const { code, checks } = withChecks({ line: 10, run: true, code: `const a = f(1); // 2\ng(a); // 'x'\nh(a);\n// [1, 2]\nk(); // prose` });
    expect(checks).toBe(3);
    expect(code).toBe(`const a = f(1);\n__check(a, 2, 10);\n__check(g(a), 'x', 11);\n__check(h(a), [1, 2], 12);\n// [1, 2]\nk(); // prose`);
  });
});

/** A folder where `pmo-kit` resolves to this repository, as for a user; removed after the suite. */
function consumerDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-kit-readme-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'pmo-kit'), 'dir');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs one block of `source` (a Markdown file) in `dir`; returns how many shown values it checked. */
function runBlock(dir: string, source: string, block: Block): number {
  const { code, checks } = withChecks(block);
  const js = transformSync(code, { loader: 'ts', format: 'esm', target: 'esnext' }).code;
  const file = join(dir, `${source.replace(/[^\w]/g, '-')}-${block.line}.mjs`);
  writeFileSync(file, PRELUDE.replace("'README.md line '", JSON.stringify(`${source} line `)) + js);
  const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', file], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, `${source} line ${block.line}:\n${r.stderr}`).toBe(0);
  expect(r.stdout).toContain(`checked ${checks}`);
  return checks;
}

describe.skipIf(!built)('README examples run against the built package', () => {
  const dir = consumerDir();
  let total = 0;

  it.each(BLOCKS.filter((b) => b.run).map((b) => [b.line, b] as const))('the block at README.md line %i runs and shows true values', (_line, block) => {
    total += runBlock(dir, 'README.md', block);
  });

  it('checks the values the examples show', () => {
    expect(total).toBeGreaterThanOrEqual(8);
  });
});

/** Guides whose TypeScript examples run as written, like the README's. */
const GUIDES = ['docs/scheduling.md'];

describe.skipIf(!built)('the guides\' examples run against the built package', () => {
  const dir = consumerDir();
  for (const guide of GUIDES) {
    const blocks = tsBlocks(readFileSync(join(ROOT, guide), 'utf8')).filter((b) => b.run);
    it(`${guide} has examples that check what they show`, () => {
      expect(blocks.length).toBeGreaterThan(0);
    });
    it.each(blocks.map((b) => [b.line, b] as const))(`the block at ${guide} line %i runs and shows true values`, (_line, block) => {
      expect(runBlock(dir, guide, block)).toBeGreaterThan(0);
    });
  }
});
