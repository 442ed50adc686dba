import { describe, expect, it } from 'vitest';
import { PMO_FUNCTIONS, PMO_TYPES } from '../../src/model/organization.js';
import { PMO_FUNCTION_INFO, PMO_FUNCTION_PRACTICES } from '../../src/org/index.js';
import { ARTICLE, expectBilingual } from './fixtures.js';

describe('PMO_FUNCTION_INFO', () => {
  it('covers exactly the 15 PMO functions, each under its own id', () => {
    expect(PMO_FUNCTIONS).toHaveLength(15);
    expect(Object.keys(PMO_FUNCTION_INFO).sort()).toEqual([...PMO_FUNCTIONS].sort());
    for (const f of PMO_FUNCTIONS) expect(PMO_FUNCTION_INFO[f].id).toBe(f);
  });

  it('has non-empty English and Chinese labels and descriptions for every function', () => {
    for (const f of PMO_FUNCTIONS) expectBilingual(PMO_FUNCTION_INFO[f], 2);
  });

  it("uses the article's Chinese terms as labels", () => {
    const zh = Object.fromEntries(PMO_FUNCTIONS.slice(0, 12).map((f) => [f, PMO_FUNCTION_INFO[f].label.zh]));
    expect(zh).toEqual({
      'methods-and-standards': '方法和标准',
      'training-and-support': '培训和支持',
      'resource-management': '资源管理',
      'performance-monitoring': '绩效监控',
      'resource-allocation': '资源分配',
      'standards-and-best-practices': '制定规范',
      'project-integration': '项目整合',
      'performance-evaluation': '绩效评估',
      methodology: '项目管理方法',
      'project-selection': '项目选择和管理',
      'lessons-learned': '经验总结',
      'risk-management': '风险管理',
    });
  });

  it('marks the first twelve as from the article and the three type services as from PMBOK', () => {
    expect(PMO_FUNCTIONS.map((f) => PMO_FUNCTION_INFO[f].source)).toEqual([...Array(12).fill('article'), 'pmbok', 'pmbok', 'pmbok']);
  });

  it.skipIf(ARTICLE === undefined)('quotes the article: every article label and description appears in it as "label:description"', () => {
    for (const f of PMO_FUNCTIONS.filter((id) => PMO_FUNCTION_INFO[id].source === 'article')) {
      const { label, description } = PMO_FUNCTION_INFO[f];
      expect(ARTICLE, f).toContain(`${label.zh}:${description.zh}`);
    }
  });

  it('describes project integration as inter-project dependencies and conflict resolution', () => {
    const d = PMO_FUNCTION_INFO['project-integration'].description;
    expect(d.en).toMatch(/dependencies between projects/);
    expect(d.en).toMatch(/conflicts/);
    expect(d.zh).toContain('依赖关系');
  });
});

describe('PMO_FUNCTION_PRACTICES', () => {
  it('says how each PMO type carries out each function, differently per type', () => {
    for (const f of PMO_FUNCTIONS) {
      expectBilingual(PMO_FUNCTION_PRACTICES[f], 3);
      const texts = PMO_TYPES.map((t) => PMO_FUNCTION_PRACTICES[f][t].en);
      expect(new Set(texts).size, f).toBe(3);
    }
  });

  it('has a supportive PMO advise, a controlling one enforce and a directive one decide on resource allocation', () => {
    const p = PMO_FUNCTION_PRACTICES['resource-allocation'];
    expect(p.supportive.en).toMatch(/^Advises/);
    expect(p.controlling.en).toMatch(/^Enforces the allocation process/);
    expect(p.directive.en).toMatch(/^Decides the allocation/);
    expect(p.supportive.zh).toContain('建议');
    expect(p.controlling.zh).toContain('强制');
    expect(p.directive.zh).toContain('决定');
  });
});
