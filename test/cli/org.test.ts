/** `pmo org`: the knowledge model of structures and PMO types. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

describe('pmo org', () => {
  it('describes a structure with the PMO responsibilities from the source article', () => {
    const r = runCli(['org', 'functional']);
    expect(r.code).toBe(0);
    for (const label of ['Methods and standards', 'Training and support', 'Resource management', 'Performance monitoring'])
      expect(r.stdout).toContain(label);
    const zh = runCli(['org', 'projectized', '--lang', 'zh', '--pmo-type', 'directive']);
    expect(zh.stdout).toContain('项目型组织');
    for (const label of ['项目管理方法', '项目选择和管理', '经验总结', '风险管理']) expect(zh.stdout).toContain(label);
  });

  it('lists structures and types, emits JSON, and rejects unknown names with exit 2', () => {
    expect(runCli(['org']).stdout).toContain('balanced-matrix');
    const json = JSON.parse(runCli(['org', 'weak-matrix', '--json']).stdout);
    expect(json.structure.structure).toBe('weak-matrix');
    expect(json.responsibilities.map((r: { function: string }) => r.function)).toContain('project-integration');
    expect(runCli(['org', 'tribal']).code).toBe(2);
    expect(runCli(['org', 'functional', '--pmo-type', 'bossy']).code).toBe(2);
  });
});

describe('pmo org --json and --pmo-type in every form', () => {
  // Before: `pmo org --json` printed the plain-text list.
  it('--json without a structure prints every structure and PMO type as JSON', () => {
    const r = runCli(['org', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['structures', 'pmoTypes']);
    expect(out.structures.map((s: { structure: string }) => s.structure)).toContain('balanced-matrix');
    expect(out.pmoTypes.map((t: { type: string }) => t.type)).toEqual(['supportive', 'controlling', 'directive']);
  });

  // Before: `--pmo-type` alone was ignored (the list was printed).
  it('--pmo-type alone describes that PMO type', () => {
    const r = runCli(['org', '--pmo-type', 'directive']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Directive PMO \(High/);
    expect(r.stdout).toContain('Typical functions:');
    expect(r.stdout).not.toContain('balanced-matrix');
    expect(runCli(['org', '--pmo-type', 'supportive', '--lang', 'zh']).stdout).toMatch(/^支持型PMO/);
    const json = JSON.parse(runCli(['org', '--pmo-type', 'controlling', '--json']).stdout);
    expect(json).toMatchObject({ structure: null, pmoType: { type: 'controlling', controlLevel: 'moderate' }, responsibilities: null });
  });

  it('a structure with a PMO type, as JSON', () => {
    const json = JSON.parse(runCli(['org', 'functional', '--pmo-type', 'supportive', '--json']).stdout);
    expect(json.pmoType.type).toBe('supportive');
    expect(json.responsibilities.every((r: { practice?: unknown }) => r.practice !== undefined)).toBe(true);
  });
});
