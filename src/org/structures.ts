import type { OrganizationStructure, PmoFunction } from '../model/organization.js';
import { deepFreeze } from './internal/freeze.js';
import type { LocalizedText } from './types.js';

/**
 * How much authority, or how much resource availability, a project manager has: the rows of the
 * PMBOK Guide's table of structures, from `little-or-none` (functional) to `high-to-almost-total`
 * (projectized); `varies` in a composite organization.
 *
 * @example
 * ```ts
 * const level: CharacteristicLevel = describeStructure('strong-matrix').characteristics.projectManagerAuthority.value;
 * // 'moderate-to-high'
 * ```
 */
export type CharacteristicLevel =
  | 'little-or-none'
  | 'low'
  | 'low-to-moderate'
  | 'moderate-to-high'
  | 'high-to-almost-total'
  | 'varies';

/**
 * Who controls the project budget: the functional manager, both (`mixed`), the project manager,
 * or it `varies` from project to project.
 *
 * @example
 * ```ts
 * const who: BudgetControl = describeStructure('balanced-matrix').characteristics.budgetControl.value; // 'mixed'
 * ```
 */
export type BudgetControl = 'functional-manager' | 'mixed' | 'project-manager' | 'varies';

/**
 * Whether a role is held part-time or full-time (or `varies`).
 *
 * @example
 * ```ts
 * const role: Staffing = describeStructure('projectized').characteristics.projectManagerRole.value; // 'full-time'
 * ```
 */
export type Staffing = 'part-time' | 'full-time' | 'varies';

/**
 * One project characteristic in a structure: a machine-readable value and its wording.
 *
 * @typeParam V - the kind of value
 * @example
 * ```ts
 * const c: StructureCharacteristic<BudgetControl> = { value: 'mixed', text: { en: 'Mixed', zh: '混合' } };
 * ```
 */
export interface StructureCharacteristic<V extends string> {
  /** The value, for comparisons and filters. */
  readonly value: V;
  /** The value in words. */
  readonly text: LocalizedText;
}

/**
 * The project characteristics of a structure, after the PMBOK Guide (5th edition, figure 2-1,
 * "Influence of Organizational Structures on Projects"). The 6th edition (table 2-1) words the
 * balanced matrix project manager's role as part-time; pmo-kit keeps the 5th edition's full-time.
 *
 * @example
 * ```ts
 * const c: StructureCharacteristics = describeStructure('functional').characteristics;
 * c.budgetControl.value; // 'functional-manager'
 * ```
 */
export interface StructureCharacteristics {
  /** The project manager's authority (项目经理的职权). */
  readonly projectManagerAuthority: StructureCharacteristic<CharacteristicLevel>;
  /** Resource availability to the project (可用的资源). */
  readonly resourceAvailability: StructureCharacteristic<CharacteristicLevel>;
  /** Who controls the project budget (项目预算控制者). */
  readonly budgetControl: StructureCharacteristic<BudgetControl>;
  /** The project manager's role: part-time or full-time (项目经理的角色). */
  readonly projectManagerRole: StructureCharacteristic<Staffing>;
  /** Project management administrative staff: part-time or full-time (项目管理行政人员). */
  readonly administrativeStaff: StructureCharacteristic<Staffing>;
}

/**
 * The names of the project characteristics of {@link StructureCharacteristics}, in English and
 * Simplified Chinese, in the order the PMBOK Guide lists them.
 *
 * @example
 * ```ts
 * STRUCTURE_CHARACTERISTIC_LABELS.budgetControl.zh; // '项目预算控制者'
 * ```
 */
export const STRUCTURE_CHARACTERISTIC_LABELS: { readonly [K in keyof StructureCharacteristics]: LocalizedText } = Object.freeze({
  projectManagerAuthority: Object.freeze({ en: "Project manager's authority", zh: '项目经理的职权' }),
  resourceAvailability: Object.freeze({ en: 'Resource availability', zh: '可用的资源' }),
  budgetControl: Object.freeze({ en: 'Who controls the project budget', zh: '项目预算控制者' }),
  projectManagerRole: Object.freeze({ en: "Project manager's role", zh: '项目经理的角色' }),
  administrativeStaff: Object.freeze({ en: 'Project management administrative staff', zh: '项目管理行政人员' }),
});

/**
 * The family of a structure, as the source article groups them: functional, matrix (weak,
 * balanced, strong), projectized, or composite.
 *
 * @example
 * ```ts
 * const family: StructureFamily = describeStructure('weak-matrix').family; // 'matrix'
 * ```
 */
export type StructureFamily = 'functional' | 'matrix' | 'projectized' | 'composite';

/**
 * What pmo-kit knows about an organization structure: what it is, how projects fare in it, and
 * what a PMO does there.
 *
 * @example
 * ```ts
 * const profile: StructureProfile = describeStructure('functional');
 * profile.label.zh; // '职能型组织'
 * ```
 */
export interface StructureProfile {
  /** The structure's id. */
  readonly structure: OrganizationStructure;
  /** The article's family of the structure. */
  readonly family: StructureFamily;
  /** Name, e.g. `{ en: 'Functional organization', zh: '职能型组织' }`. */
  readonly label: LocalizedText;
  /** How the organization is arranged and where projects sit in it. */
  readonly description: LocalizedText;
  /** The project characteristics in this structure (PMBOK). */
  readonly characteristics: StructureCharacteristics;
  /** The PMO's position and role in this structure (from the article). */
  readonly pmoRole: LocalizedText;
  /** The PMO's responsibilities in this structure, in the article's order. */
  readonly responsibilities: readonly PmoFunction[];
  /** The PMO's goal in this structure (from the article). */
  readonly pmoGoal: LocalizedText;
}

const LITTLE_OR_NONE = { en: 'Little or none', zh: '很少或没有' };
const LOW = { en: 'Low', zh: '低' };
const LOW_TO_MODERATE = { en: 'Low to moderate', zh: '低到中等' };
const MODERATE_TO_HIGH = { en: 'Moderate to high', zh: '中等到高' };
const VARIES = { en: 'Varies from project to project', zh: '因项目而异' };
const FUNCTIONAL_MANAGER = { en: 'Functional manager', zh: '职能经理' };
const PROJECT_MANAGER = { en: 'Project manager', zh: '项目经理' };
const PART_TIME = { en: 'Part-time', zh: '兼职' };
const FULL_TIME = { en: 'Full-time', zh: '全职' };

const FUNCTIONAL_RESPONSIBILITIES: readonly PmoFunction[] = [
  'methods-and-standards',
  'training-and-support',
  'resource-management',
  'performance-monitoring',
];
const MATRIX_RESPONSIBILITIES: readonly PmoFunction[] = [
  'resource-allocation',
  'standards-and-best-practices',
  'project-integration',
  'performance-evaluation',
];
const PROJECTIZED_RESPONSIBILITIES: readonly PmoFunction[] = [
  'methodology',
  'project-selection',
  'lessons-learned',
  'risk-management',
];

const MATRIX_PMO_ROLE = {
  en: "The PMO's role is more complex: it has to coordinate and communicate between the business departments and the project teams.",
  zh: 'PMO的职责和作用可能更加复杂,需要在不同的业务部门和项目团队之间进行协调和沟通。',
};
const MATRIX_PMO_GOAL = {
  en: 'Coordinate collaboration between projects and departments, and foster resource sharing and cross-department cooperation.',
  zh: '协调不同项目和部门之间的协作,促进资源共享和跨部门合作。',
};

/**
 * Every organization structure with its profile. A `composite` organization's PMO takes on the
 * union of the functional, matrix and projectized responsibilities, in that order, because each
 * part of a composite organization needs the PMO of its own structure.
 *
 * @example
 * ```ts
 * STRUCTURE_PROFILES.projectized.responsibilities; // ['methodology', 'project-selection', 'lessons-learned', 'risk-management']
 * ```
 */
export const STRUCTURE_PROFILES: { readonly [S in OrganizationStructure]: StructureProfile } = deepFreeze({
  functional: {
    structure: 'functional',
    family: 'functional',
    label: { en: 'Functional organization', zh: '职能型组织' },
    description: {
      en: 'The organization is grouped by specialty (engineering, production, marketing, finance) and each employee has one clear superior. Projects run inside a department; work that crosses departments is coordinated through the heads of the functional departments. The project manager, where there is one, is a part-time coordinator or expediter.',
      zh: '组织按专业分组(如工程、生产、市场、财务),每名员工有一位明确的上级。项目在部门内部开展,跨部门的工作通过各职能部门负责人协调。即使设有项目经理,通常也是兼职的协调员或联络员。',
    },
    characteristics: {
      projectManagerAuthority: { value: 'little-or-none', text: LITTLE_OR_NONE },
      resourceAvailability: { value: 'little-or-none', text: LITTLE_OR_NONE },
      budgetControl: { value: 'functional-manager', text: FUNCTIONAL_MANAGER },
      projectManagerRole: {
        value: 'part-time',
        text: { en: 'Part-time, often a coordinator rather than a designated job', zh: '兼职,常为协调员而非正式岗位' },
      },
      administrativeStaff: { value: 'part-time', text: PART_TIME },
    },
    pmoRole: {
      en: 'Usually a centralized department responsible for managing and coordinating projects in a unified way.',
      zh: 'PMO通常作为一个中心化的部门,负责统一管理和协调项目。',
    },
    responsibilities: FUNCTIONAL_RESPONSIBILITIES,
    pmoGoal: {
      en: 'Raise the efficiency and quality of project delivery through standardized, coordinated project management practice.',
      zh: '通过标准化和协调的项目管理实践,提高项目交付的效率和质量。',
    },
  },
  'weak-matrix': {
    structure: 'weak-matrix',
    family: 'matrix',
    label: { en: 'Weak matrix organization', zh: '弱矩阵型组织' },
    description: {
      en: 'A matrix that keeps many traits of the functional organization: staff report to their functional managers, who control resources and the budget, while the project manager acts mainly as a coordinator or expediter across departments.',
      zh: '保留了职能型组织诸多特征的矩阵结构:员工向职能经理汇报,资源和预算由职能经理控制,项目经理主要充当跨部门的协调员或联络员。',
    },
    characteristics: {
      projectManagerAuthority: { value: 'low', text: LOW },
      resourceAvailability: { value: 'low', text: LOW },
      budgetControl: { value: 'functional-manager', text: FUNCTIONAL_MANAGER },
      projectManagerRole: { value: 'part-time', text: PART_TIME },
      administrativeStaff: { value: 'part-time', text: PART_TIME },
    },
    pmoRole: MATRIX_PMO_ROLE,
    responsibilities: MATRIX_RESPONSIBILITIES,
    pmoGoal: MATRIX_PMO_GOAL,
  },
  'balanced-matrix': {
    structure: 'balanced-matrix',
    family: 'matrix',
    label: { en: 'Balanced matrix organization', zh: '平衡矩阵型组织' },
    description: {
      en: 'A matrix that recognizes the need for a project manager but does not give them full authority over the project and its funding: the project manager decides what the project does and when, the functional managers decide who does the work and how, and the budget is controlled jointly.',
      zh: '认可设立项目经理的必要性,但并未授予其对项目及项目资金的全部职权:项目经理决定项目做什么、何时做,职能经理决定由谁做、怎么做,预算由双方共同控制。',
    },
    characteristics: {
      projectManagerAuthority: { value: 'low-to-moderate', text: LOW_TO_MODERATE },
      resourceAvailability: { value: 'low-to-moderate', text: LOW_TO_MODERATE },
      budgetControl: {
        value: 'mixed',
        text: { en: 'Mixed: shared by the functional manager and the project manager', zh: '混合:由职能经理和项目经理共同控制' },
      },
      projectManagerRole: { value: 'full-time', text: FULL_TIME },
      administrativeStaff: { value: 'part-time', text: PART_TIME },
    },
    pmoRole: MATRIX_PMO_ROLE,
    responsibilities: MATRIX_RESPONSIBILITIES,
    pmoGoal: MATRIX_PMO_GOAL,
  },
  'strong-matrix': {
    structure: 'strong-matrix',
    family: 'matrix',
    label: { en: 'Strong matrix organization', zh: '强矩阵型组织' },
    description: {
      en: 'A matrix with many traits of the projectized organization: full-time project managers with considerable authority and full-time project administrative staff, while team members still belong to the functional departments that supply them to projects.',
      zh: '具有项目型组织诸多特征的矩阵结构:配备拥有较大职权的全职项目经理和全职项目行政人员,而团队成员仍隶属于职能部门,由职能部门派往项目。',
    },
    characteristics: {
      projectManagerAuthority: { value: 'moderate-to-high', text: MODERATE_TO_HIGH },
      resourceAvailability: { value: 'moderate-to-high', text: MODERATE_TO_HIGH },
      budgetControl: { value: 'project-manager', text: PROJECT_MANAGER },
      projectManagerRole: { value: 'full-time', text: FULL_TIME },
      administrativeStaff: { value: 'full-time', text: FULL_TIME },
    },
    pmoRole: MATRIX_PMO_ROLE,
    responsibilities: MATRIX_RESPONSIBILITIES,
    pmoGoal: MATRIX_PMO_GOAL,
  },
  projectized: {
    structure: 'projectized',
    family: 'projectized',
    label: { en: 'Projectized organization', zh: '项目型组织' },
    description: {
      en: "Most of the organization's resources work on projects: teams are organized by project and often co-located, project managers have great independence and authority, and the remaining departments report to the project managers or provide support services to the projects.",
      zh: '组织的大部分资源都投入项目工作:团队按项目组建并常常集中办公,项目经理拥有很大的独立性和职权,其余部门直接向项目经理汇报或为项目提供支持服务。',
    },
    characteristics: {
      projectManagerAuthority: { value: 'high-to-almost-total', text: { en: 'High to almost total', zh: '高到几乎全权' } },
      resourceAvailability: { value: 'high-to-almost-total', text: { en: 'High to almost total', zh: '高到几乎全部' } },
      budgetControl: { value: 'project-manager', text: PROJECT_MANAGER },
      projectManagerRole: { value: 'full-time', text: FULL_TIME },
      administrativeStaff: { value: 'full-time', text: FULL_TIME },
    },
    pmoRole: {
      en: "The PMO's responsibilities focus more on project execution and delivery.",
      zh: 'PMO的职责更加专注于项目执行和交付。',
    },
    responsibilities: PROJECTIZED_RESPONSIBILITIES,
    pmoGoal: {
      en: "Drive the successful execution of projects and the organization's development through project management expertise and experience.",
      zh: '通过项目管理的专业知识和经验,推动项目的成功执行和组织的发展。',
    },
  },
  composite: {
    structure: 'composite',
    family: 'composite',
    label: { en: 'Composite organization', zh: '复合型组织' },
    description: {
      en: 'Combines the other structures at different levels: for example, a functional organization sets up a dedicated, projectized team for a critical project, or runs some projects as a matrix. Project characteristics vary from project to project with the structure each one runs under.',
      zh: '在不同层级组合使用上述各种结构:例如,职能型组织为关键项目组建专职的项目型团队,或以矩阵方式运作部分项目。项目特征因项目而异,取决于每个项目所采用的结构。',
    },
    characteristics: {
      projectManagerAuthority: { value: 'varies', text: VARIES },
      resourceAvailability: { value: 'varies', text: VARIES },
      budgetControl: { value: 'varies', text: VARIES },
      projectManagerRole: { value: 'varies', text: VARIES },
      administrativeStaff: { value: 'varies', text: VARIES },
    },
    pmoRole: {
      en: 'Serves each part of the organization the way that part is structured: unified standards and coordination for functional units, cross-department coordination for matrix units, and support for execution and delivery in projectized units.',
      zh: '按组织各部分的结构分别提供服务:对职能型部分统一标准并协调,对矩阵型部分进行跨部门协调,对项目型部分支持项目执行和交付。',
    },
    responsibilities: [...FUNCTIONAL_RESPONSIBILITIES, ...MATRIX_RESPONSIBILITIES, ...PROJECTIZED_RESPONSIBILITIES],
    pmoGoal: {
      en: 'Help the organization raise its level of project management, strengthen its project delivery capability and achieve its strategic goals.',
      zh: '帮助组织提高项目管理水平、增强项目交付能力,并实现组织的战略目标。',
    },
  },
});
