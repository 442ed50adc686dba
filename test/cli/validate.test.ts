/** `pmo validate`: every issue with its path; exit 0 valid, 2 invalid. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { clone, ROOT } from '../helpers.js';
import { runCli } from './run.js';

const SAMPLE = join(ROOT, 'examples/data/sample-portfolio.json');
const dir = mkdtempSync(join(tmpdir(), 'pmo-cli-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('pmo validate', () => {
  it('exits 0 on the sample portfolio', () => {
    const r = runCli(['validate', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid portfolio .*4 projects, 63 tasks/);
  });

  it('reports every defect with its path and exits 2', () => {
    const input = minimalPortfolio() as any;
    input.projects[0].tasks.push({ id: 'a', name: 'Again', duration: 1 });
    input.projects[0].dependencies.push({ from: 'a', to: 'nope' });
    input.projects[1].start = '2025-02-30';
    input.projects[1].tasks[0].duration = -3;
    const path = file('defects.json', input);
    const r = runCli(['validate', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${path}: invalid portfolio: 4 issues`);
    expect(r.stderr).toContain('projects[0].tasks[4].id: duplicate task id "a" in project "p1"');
    expect(r.stderr).toContain('projects[0].dependencies[2].to: dependency refers to unknown task "nope" in project "p1"');
    expect(r.stderr).toContain('projects[1].start: date "2025-02-30" does not exist');
    expect(r.stderr).toContain('projects[1].tasks[0].duration: duration must not be negative (got -3)');
  });

  it('--json prints one object with every issue', () => {
    const input = minimalPortfolio() as any;
    input.projects[0].dependencies.push({ from: 'a', to: 'a' });
    const r = runCli(['validate', '--json', file('self.json', input)]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.issues).toEqual([
      { code: 'self_dependency', path: ['projects', 0, 'dependencies', 2], at: 'projects[0].dependencies[2]', message: expect.stringContaining('"a"') },
    ]);
    const ok = JSON.parse(runCli(['validate', '--json', SAMPLE]).stdout);
    expect(ok).toEqual({ file: SAMPLE, valid: true, issues: [] });
  });

  it('reads standard input with -', () => {
    expect(runCli(['validate', '-'], JSON.stringify(minimalPortfolio())).code).toBe(0);
    const r = runCli(['validate', '-'], '{"id": 1}');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^<stdin>: invalid portfolio/);
  });

  it('works with ids __proto__, constructor and toString', () => {
    const input = {
      id: 'constructor',
      name: 'x',
      resources: [{ id: 'toString', name: 't', capacity: 1, skills: JSON.parse('{"__proto__": 1}') }],
      projects: [
        {
          id: '__proto__',
          name: 'p',
          start: '2026-01-05',
          tasks: [
            { id: '__proto__', name: 'a', duration: 1, demands: [{ resourceId: 'toString', units: 1 }, { skill: '__proto__', units: 1 }] },
            { id: 'constructor', name: 'b', duration: 1 },
            { id: 'toString', name: 'c', duration: 1 },
          ],
          dependencies: [
            { from: '__proto__', to: 'constructor' },
            { from: 'constructor', to: 'toString' },
          ],
        },
      ],
    };
    const r = runCli(['validate', file('proto.json', JSON.stringify(input))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 2 naming the file when it is missing or not JSON', () => {
    const missing = runCli(['validate', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/);
    const bad = runCli(['validate', file('bad.json', '{ not json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json is not valid JSON/);
  });

  it('usage errors exit 2', () => {
    expect(runCli(['validate']).code).toBe(2);
    expect(runCli(['validate', 'a', 'b']).code).toBe(2);
    expect(runCli(['validate', '--bogus', SAMPLE]).code).toBe(2);
  });

  it('prints an unknown field as `path: message [code]`, with its did-you-mean suggestion', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].dependancies = input.projects[0].dependencies;
    delete input.projects[0].dependencies;
    const r = runCli(['validate', '-'], JSON.stringify(input));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toContain('  projects[0].dependancies: unknown field; did you mean "dependencies"? [unknown_key]');
  });
});
