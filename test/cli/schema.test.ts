/** `pmo schema`, `pmo --version` and unknown commands. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

describe('pmo schema, --version', () => {
  it('help, version, unknown command', () => {
    expect(runCli(['help']).stdout).toMatch(/^ {2}validate {2,}validate a portfolio/m);
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(runCli([]).code).toBe(2);
  });

  it('schema prints the JSON Schema of a model', () => {
    const r = runCli(['schema', 'portfolio']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('pmo-kit portfolio');
    expect(runCli(['schema', 'nope']).code).toBe(2);
  });
});
