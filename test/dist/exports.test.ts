/**
 * Imports the built package through its name (ESM and CJS), so that a broken exports map, a
 * missing subpath or a CJS/ESM mismatch fails CI. `npm test` builds first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const SUBPATHS = ['pmo-kit', 'pmo-kit/model', 'pmo-kit/org', 'pmo-kit/calendar', 'pmo-kit/schedule', 'pmo-kit/resources', 'pmo-kit/risk', 'pmo-kit/io'];

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
}

describe.skipIf(!existsSync(join(ROOT, 'dist', 'index.js')))('built package', () => {
  it('every subpath loads as ESM and as CJS with the same exports', () => {
    const script = (kind: 'esm' | 'cjs') =>
      kind === 'esm'
        ? `const out = {}; for (const s of ${JSON.stringify(SUBPATHS)}) out[s] = Object.keys(await import(s)).sort(); console.log(JSON.stringify(out));`
        : `const out = {}; for (const s of ${JSON.stringify(SUBPATHS)}) out[s] = Object.keys(require(s)).filter(k => k !== 'default' && k !== '__esModule').sort(); console.log(JSON.stringify(out));`;
    const esm = JSON.parse(node(['--input-type=module', '-e', script('esm')])) as Record<string, string[]>;
    const cjs = JSON.parse(node(['--input-type=commonjs', '-e', script('cjs')])) as Record<string, string[]>;
    expect(cjs).toEqual(esm);
    for (const s of SUBPATHS) expect(esm[s]!.length).toBeGreaterThan(5);
    expect(esm['pmo-kit']).toEqual(expect.arrayContaining(['parsePortfolio', 'PmoError', 'describeStructure', 'toJsonSchema']));
    // the root re-exports every subpath
    for (const s of SUBPATHS.slice(1)) expect(esm['pmo-kit']).toEqual(expect.arrayContaining(esm[s]!));
  });

  it('subpaths share one PmoError class (instanceof works across entries) in both formats', () => {
    const esm = node([
      '--input-type=module',
      '-e',
      `const a = await import('pmo-kit'); const b = await import('pmo-kit/model'); const o = await import('pmo-kit/org');
       let e; try { b.parsePortfolio({}); } catch (x) { e = x; }
       let f; try { o.describeStructure('nope'); } catch (x) { f = x; }
       console.log(a.PmoError === b.PmoError, e instanceof a.PmoValidationError, f instanceof a.PmoError);`,
    ]);
    expect(esm.trim()).toBe('true true true');
    const cjs = node([
      '--input-type=commonjs',
      '-e',
      `const a = require('pmo-kit'); const b = require('pmo-kit/model'); const o = require('pmo-kit/org');
       let e; try { b.parsePortfolio({}); } catch (x) { e = x; }
       let f; try { o.describeStructure('nope'); } catch (x) { f = x; }
       console.log(a.PmoError === b.PmoError, e instanceof a.PmoValidationError, f instanceof a.PmoError);`,
    ]);
    expect(cjs.trim()).toBe('true true true');
  });

  it('ships type declarations for both formats', () => {
    for (const s of ['index', 'model/index', 'org/index', 'calendar/index', 'schedule/index', 'resources/index', 'risk/index', 'io/index']) {
      expect(existsSync(join(ROOT, 'dist', `${s}.d.ts`))).toBe(true);
      expect(existsSync(join(ROOT, 'dist', `${s}.d.cts`))).toBe(true);
    }
  });

  it('the pmo bin runs', () => {
    const out = node([join(ROOT, 'dist', 'cli', 'index.js'), '--version']);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

it('dist is built (npm test builds it first)', () => {
  expect(existsSync(join(ROOT, 'dist', 'index.js')), 'run `npm run build` (npm test does it for you)').toBe(true);
});
