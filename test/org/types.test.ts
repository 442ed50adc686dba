import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AuthorityAction, Organization, OrganizationStructure, PmoFunction, PmoType } from '../../src/model/organization.js';
import {
  buildRaci,
  checkAuthority,
  compareRoles,
  describePmoType,
  describeStructure,
  localize,
  pmoAnalyses,
  pmoResponsibilities,
  validateRaci,
  type AnalysisName,
  type CheckAuthorityResult,
  type LocalizedText,
  type PmoAnalysesResult,
  type PmoResponsibility,
  type PmoTypeProfile,
  type RaciIssue,
  type RaciMatrix,
  type CompareRolesResult,
  type StructureProfile,
} from '../../src/org/index.js';

describe('public types', () => {
  it('functions take the model types and return readonly result types', () => {
    expectTypeOf(describeStructure).parameter(0).toEqualTypeOf<OrganizationStructure>();
    expectTypeOf(describeStructure).returns.toEqualTypeOf<StructureProfile>();
    expectTypeOf(describePmoType).parameter(0).toEqualTypeOf<PmoType>();
    expectTypeOf(describePmoType).returns.toEqualTypeOf<PmoTypeProfile>();
    expectTypeOf(pmoResponsibilities).returns.toEqualTypeOf<PmoResponsibility[]>();
    expectTypeOf(compareRoles).parameter(0).toEqualTypeOf<'pmo' | 'project-manager'>();
    expectTypeOf(compareRoles).returns.toEqualTypeOf<CompareRolesResult>();
    expectTypeOf(checkAuthority).parameters.toEqualTypeOf<[Organization, string, AuthorityAction]>();
    expectTypeOf(checkAuthority).returns.toEqualTypeOf<CheckAuthorityResult>();
    expectTypeOf(buildRaci).returns.toEqualTypeOf<RaciMatrix>();
    expectTypeOf(validateRaci).returns.toEqualTypeOf<RaciIssue[]>();
    expectTypeOf(pmoAnalyses).returns.toEqualTypeOf<PmoAnalysesResult>();
    expectTypeOf(localize).returns.toEqualTypeOf<string>();
  });

  it('result fields are typed precisely', () => {
    expectTypeOf<StructureProfile['responsibilities']>().toEqualTypeOf<readonly PmoFunction[]>();
    expectTypeOf<CheckAuthorityResult['basis'][number]>().toMatchTypeOf<LocalizedText>();
    expectTypeOf<PmoResponsibility['practice']>().toEqualTypeOf<LocalizedText | undefined>();
    expectTypeOf<'simulateRisk'>().toMatchTypeOf<AnalysisName>();
    expectTypeOf<'notAFunction'>().not.toMatchTypeOf<AnalysisName>();
    const assignLabel = (p: StructureProfile) => {
      // @ts-expect-error results are readonly
      p.label = { en: '', zh: '' };
    };
    // …and frozen at run time as well.
    expect(() => assignLabel(describeStructure('functional'))).toThrow(TypeError);
  });
});
