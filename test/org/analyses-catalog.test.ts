import { describe, expect, it } from 'vitest';
import { PMO_FUNCTIONS } from '../../src/model/organization.js';
import { ANALYSES, ANALYSES_BY_NAME, PMO_FUNCTION_ANALYSES } from '../../src/org/index.js';
import * as api from '../../src/index.js';
import { expectBilingual } from './fixtures.js';

const exported = api as unknown as Record<string, unknown>;

describe('the analyses catalog is honest', () => {
  it.each(ANALYSES.filter((a) => a.status === 'available').map((a) => [a.functionName, a.module]))(
    'available %s (%s) is a function exported by the package',
    (name) => {
      expect(Object.hasOwn(exported, name)).toBe(true);
      expect(typeof exported[name]).toBe('function');
    },
  );

  it.each(ANALYSES.filter((a) => a.status === 'planned').map((a) => [a.functionName, a.module]))(
    'planned %s (%s) is not exported yet (flip its status when it is)',
    (name) => {
      expect(Object.hasOwn(exported, name)).toBe(false);
    },
  );

  it('has unique names, bilingual labels, and the brief’s planned functions', () => {
    expect(new Set(ANALYSES.map((a) => a.functionName)).size).toBe(ANALYSES.length);
    expect(ANALYSES_BY_NAME.size).toBe(ANALYSES.length);
    expectBilingual(ANALYSES, ANALYSES.length);
    for (const name of [
      'schedule',
      'schedulePortfolio',
      'criticalDependencies',
      'impactOfDelay',
      'singlePointsOfFailure',
      'resourceLoading',
      'overallocations',
      'levelResources',
      'simulateRisk',
      'earnedValue',
      'earnedSchedule',
      'healthScore',
      'portfolioKpis',
      'checkGovernance',
      'assessMaturity',
      'lessonsFor',
      'allocateResources',
      'selectProjects',
      'prioritizeProjects',
      'readMspdi',
      'readPsplib',
    ]) {
      expect(ANALYSES_BY_NAME.has(name as never), name).toBe(true);
    }
  });

  it('maps every PMO function to catalog entries, and every entry is used by some function', () => {
    expect(Object.keys(PMO_FUNCTION_ANALYSES).sort()).toEqual([...PMO_FUNCTIONS].sort());
    const used = new Set<string>();
    for (const f of PMO_FUNCTIONS) {
      const names = PMO_FUNCTION_ANALYSES[f];
      expect(names.length, f).toBeGreaterThan(0);
      expect(new Set(names).size, f).toBe(names.length);
      for (const n of names) {
        expect(ANALYSES_BY_NAME.has(n), n).toBe(true);
        used.add(n);
      }
    }
    expect([...used].sort()).toEqual(ANALYSES.map((a) => a.functionName).sort());
  });

  it('maps the article’s responsibilities to the analyses that implement them', () => {
    expect(PMO_FUNCTION_ANALYSES['project-integration']).toEqual(
      expect.arrayContaining(['schedulePortfolio', 'criticalDependencies', 'impactOfDelay']),
    );
    expect(PMO_FUNCTION_ANALYSES['resource-allocation']).toEqual(
      expect.arrayContaining(['allocateResources', 'levelResources', 'resourceLoading']),
    );
    expect(PMO_FUNCTION_ANALYSES['risk-management']).toContain('simulateRisk');
    expect(PMO_FUNCTION_ANALYSES['performance-monitoring']).toEqual(['earnedValue', 'earnedSchedule', 'healthScore']);
    expect(PMO_FUNCTION_ANALYSES['performance-evaluation']).toEqual(['earnedValue', 'earnedSchedule', 'healthScore', 'portfolioKpis']);
    expect(PMO_FUNCTION_ANALYSES['governance-and-compliance'][0]).toBe('checkGovernance');
    expect(PMO_FUNCTION_ANALYSES['lessons-learned'][0]).toBe('lessonsFor');
    expect(PMO_FUNCTION_ANALYSES['project-selection']).toEqual(expect.arrayContaining(['selectProjects', 'prioritizeProjects']));
  });
});
