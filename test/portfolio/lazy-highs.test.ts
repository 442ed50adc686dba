/**
 * The MIP solver (npm package `highs`, 3.5 MB of WebAssembly) is loaded lazily: importing
 * `pmo-kit` or `pmo-kit/portfolio` never loads it; only a function that needs a MIP does. Checked
 * on the built package in a fresh node process, where a module hook makes any import of `highs`
 * fail: the imports must succeed, the continuous allocation must work, and a selection (which
 * needs the solver) must fail with UNAVAILABLE, which shows that the hook was active and that
 * the solver is requested on demand only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const HOOKS = `export async function resolve(specifier, context, next) {
  if (specifier === 'highs' || specifier.startsWith('highs/')) throw new Error('highs blocked by the test');
  return next(specifier, context);
}`;
const BLOCK = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`)}`;

const PROBLEM = JSON.stringify({
  people: [{ id: 'a', capacity: 10, skills: { x: 1 } }],
  demands: [{ id: 'd', projectId: 'p', skill: 'x', hours: 4, valuePerHour: 5 }],
});
const SELECTION = JSON.stringify({ budget: 1, projects: [{ id: 'a', cost: 1, value: 1 }] });

function node(args: string[]): Record<string, unknown> {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })) as Record<string, unknown>;
}

describe.skipIf(!existsSync(join(ROOT, 'dist', 'index.js')))('highs is loaded lazily (built package)', () => {
  const body = (load: string) => `
    ${load}
    const sync = portfolio.allocateResourcesSync(${PROBLEM}).objective;
    let code = null, message = '';
    let value = null;
    try { value = (await portfolio.selectProjects(${SELECTION})).value; } catch (e) { code = e.code; message = String(e.message); }
    console.log(JSON.stringify({ sync, value, code, mentions: message.includes('highs'), cached: CACHED }));`;

  it('ESM: importing pmo-kit and pmo-kit/portfolio does not load highs', () => {
    const load = `const root = await import('pmo-kit'); const portfolio = await import('pmo-kit/portfolio'); const CACHED = null;`;
    const blocked = node(['--import', BLOCK, '--input-type=module', '-e', body(load)]);
    expect(blocked).toEqual({ sync: 20, value: null, code: 'UNAVAILABLE', mentions: true, cached: null });
    // without the hook, the same selection loads the solver and works
    expect(node(['--input-type=module', '-e', body(load)])).toMatchObject({ sync: 20, value: 1, code: null });
  });

  it('CJS: requiring pmo-kit and pmo-kit/portfolio does not load highs', () => {
    const load = `const root = require('pmo-kit'); const portfolio = require('pmo-kit/portfolio');
      const CACHED = Object.keys(require.cache).filter((k) => k.includes('node_modules/highs')).length;`;
    const wrap = (s: string) => `(async () => { ${s} })().catch((e) => { console.error(e); process.exit(1); });`;
    const blocked = node(['--import', BLOCK, '--input-type=commonjs', '-e', wrap(body(load))]);
    expect(blocked).toEqual({ sync: 20, value: null, code: 'UNAVAILABLE', mentions: true, cached: 0 });
    expect(node(['--input-type=commonjs', '-e', wrap(body(load))])).toMatchObject({ sync: 20, value: 1, code: null, cached: 0 });
  });
});
