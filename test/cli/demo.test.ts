/** `pmo demo`: the tour of the embedded sample, in English and Chinese. */
import { readFileSync, realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';
import { runCli } from './run.js';

/** The lines of one section of the demo, from its heading to the next blank line. */
function section(stdout: string, heading: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, `section ${heading}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('pmo demo', () => {
  it('prints the organization, PMO profile, responsibilities, projects and analyses', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Balanced matrix organization');
    expect(r.stdout).toContain('Controlling PMO');
    expect(r.stdout).toContain('PMO responsibilities in this structure');
    expect(r.stdout).toContain('Resource allocation');
    expect(r.stdout).toContain('Project integration');
    expect(r.stdout).toMatch(/wms\s+Warehouse Management System upgrade\s+2026-01-12\s+18/);
    expect(r.stdout).toContain('dp/dp-m-api -> portal/portal-int (FS)');
    expect(r.stdout).toMatch(/✓ checkAuthority/);
    expect(r.stdout).toMatch(/\d+ available, \d+ planned/);
    // leveling: over-allocations per person before and after, and each project's delay
    expect(r.stdout).toContain('Resource leveling across projects');
    expect(r.stdout).toMatch(/over-allocated working days per resource:[\s\S]*before\s+after/);
    expect(r.stdout).toMatch(/project\s+start\s+unleveled finish\s+leveled finish\s+CP duration\s+delay/);
  });

  it('--lang zh prints the Chinese labels from the source article', () => {
    const r = runCli(['demo', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('平衡矩阵型组织');
    expect(r.stdout).toContain('控制型PMO');
    expect(r.stdout).toContain('资源分配');
    expect(r.stdout).toContain('项目整合');
    expect(r.stdout).toContain('PMO和项目经理的区别');
  });

  it('rejects an unknown language', () => {
    const r = runCli(['demo', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang must be en or zh');
  });
});

describe('pmo demo: earned value', () => {
  it('shows SPI, CPI, SPI(t), EAC and the earned-schedule forecast finish of each project at its latest status date', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    expect(section(r.stdout, 'Earned value at each project’s latest status date').slice(2)).toEqual([
      'id         status date   SPI   CPI  SPI(t)  EAC (EUR)  planned finish  forecast finish  variance',
      '---------  -----------  ----  ----  ------  ---------  --------------  ---------------  --------',
      'wms        2026-04-30   0.77  0.91    0.71    369,935  2026-06-25      2026-09-01            +48',
      'dp         2026-04-30   0.98  0.98    0.95    172,521  2026-07-13      2026-07-22             +7',
      'portal     2026-04-30   0.79  0.99    0.78    132,274  2026-07-09      2026-08-12            +24',
      'tel        2026-04-30   0.83  1.00    0.83    200,500  2026-08-11      2026-09-02            +16',
      'portfolio  2026-04-30   0.82  0.94    0.81    889,645  2026-08-11      2026-09-29            +35',
      'EAC = BAC/CPI; planned finish from the baseline (else the schedule without progress); forecast finish = plan start + IEAC(t) working days (earned schedule)',
    ]);
    expect(runCli(['demo', '--lang', 'zh']).stdout).toMatch(/各项目最新状态日期的挣值[\s\S]*项目组合\s+2026-04-30\s+0\.82/);
  });
});

describe('pmo demo: the sample’s schedule and integration view', () => {
  it("shows the portfolio's schedule, its critical path and its critical cross-project dependencies", () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    expect(section(r.stdout, 'Schedule (all projects scheduled together)').slice(4)).toEqual([
      'wms     2026-01-12  2026-06-25           115  2026-07-31',
      'dp      2026-02-02  2026-07-13           112  2026-07-31',
      'portal  2026-03-16  2026-07-09            80  2026-07-31',
      'tel     2026-04-20  2026-08-11            80  2026-09-30  *',
      'Portfolio: 2026-01-12 – 2026-08-11, 148 working days, calendar de-standard',
    ]);
    const paths = section(r.stdout, 'Critical paths (2)').slice(2).join('\n');
    expect(paths).toMatch(/^1\. \[tel\] Install devices on pilot trucks → Integration with WMS & TMS → Pilot operation & evaluation\n\s+→ Pilot go\/no-go/);
    expect(paths).toContain('2. [tel] Install devices on pilot trucks → Pilot operation & evaluation → Pilot go/no-go');
    expect(paths).toContain('→ Fleet fully equipped');
    const deps = section(r.stdout, 'Critical cross-project dependencies (ranked)');
    expect(deps.slice(2)).toEqual([
      '#  dependency                              float  driving  on critical path  pushes',
      '-  --------------------------------------  -----  -------  ----------------  ------',
      '1  dp/dp-m-api -> portal/portal-int (FS)       0  yes      no                portal',
      '2  wms/wms-golive -> tel/tel-int (FS +5d)      3  no       no                tel',
      'float: working days the predecessor can slip before its successor moves; driving: float <= 0',
    ]);
  });

  it('--lang zh prints the same sections in Chinese', () => {
    const r = runCli(['demo', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('进度计划（所有项目统一排程）');
    expect(r.stdout).toMatch(/tel\s+2026-04-20\s+2026-08-11\s+80\s+2026-09-30\s+\*/);
    expect(r.stdout).toContain('关键路径 (2)');
    expect(r.stdout).toContain('1. [tel] Install devices on pilot trucks → ');
    expect(r.stdout).toContain('关键跨项目依赖（已排序）');
    expect(r.stdout).toMatch(/1\s+dp\/dp-m-api -> portal\/portal-int \(FS\)\s+0\s+是\s+否\s+portal/);
    expect(r.stdout).toMatch(/2\s+wms\/wms-golive -> tel\/tel-int \(FS \+5d\)\s+3\s+否\s+否\s+tel/);
  });
});

describe('pmo demo: the risk register', () => {
  it('shows the top threats, the expected monetary value and the heat maps of the sample', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const start = lines.indexOf('Risk register');
    expect(lines.slice(start + 2, start + 13)).toEqual([
      '15: 12 threats, 3 opportunities; 13 open',
      'Top threats (rating, score on the 5×5 matrix): rk-res-backend (high, 16), rk-tel-works (high, 15), rk-wms-vendor (medium, 12)',
      'Expected monetary value of the open risks: threats -66,650 EUR, opportunities +32,550 EUR, net -34,100 EUR',
      'Threats:',
      'probability \\ impact  very low  low  medium  high  very high',
      '--------------------  --------  ---  ------  ----  ---------',
      'very high             M ·       M ·  H ·     H ·   H ·',
      'high                  L ·       M ·  M ·     H 1   H ·',
      'medium                L ·       M ·  M 3     M 2   H 1',
      'low                   L ·       L ·  M ·     M 2   M 1',
      'very low              L ·       L ·  L ·     L ·   M ·',
    ]);
    expect(r.stdout).toContain('Opportunities:\nprobability \\ impact');
    expect(r.stdout).toMatch(/✓ analyzeRisks \(pmo-kit\/risk\)/);
  });

  it('--lang zh prints the heat map in Chinese', () => {
    const r = runCli(['demo', '--lang', 'zh']);
    expect(r.stdout).toContain('最主要的威胁（等级，5×5矩阵得分）: rk-res-backend (高, 16)');
    expect(r.stdout).toMatch(/^中 +L · +M · +M 3 +M 2 +H 1$/m);
  });
});

describe('pmo demo: the sample is read at run time from the package', () => {
  it('reads examples/data/sample-portfolio.json through the package exports (no import of example data)', () => {
    const read: string[] = [];
    let stdout = '';
    const code = main(['demo'], {
      out: (t) => {
        stdout += t;
      },
      err: () => {},
      readText: (path) => {
        read.push(path);
        return readFileSync(path, 'utf8');
      },
      writeText: () => {},
    });
    expect(code).toBe(0);
    expect(read).toEqual([realpathSync(`${ROOT}examples/data/sample-portfolio.json`)]);
    expect(stdout).toMatch(/^pmo-kit demo: the embedded sample portfolio\n/);
  });

  it('exits 1 naming the sample when the installed copy cannot read it', () => {
    let stderr = '';
    const code = main(['demo'], {
      out: () => {},
      err: (t) => {
        stderr += t;
      },
      readText: () => {
        throw new Error('ENOENT: no such file or directory');
      },
      writeText: () => {},
    });
    expect(code).toBe(1);
    expect(stderr).toContain('pmo demo: cannot read the sample portfolio (pmo-kit/examples/data/sample-portfolio.json): ENOENT');
  });
});

describe('pmo demo: health, KPIs, governance and maturity', () => {
  it('shows each project’s health with its drivers, the KPIs, the governance findings and the maturity profile with next steps', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    expect(section(r.stdout, 'Project health at the status date 2026-04-30').slice(2)).toEqual([
      'id         score  rating     SPI(t)  float used        CPI     VAC/BAC    risk/BAC  over-alloc.  scope chg  quality',
      '---------  -----  ------  ---------  ----------  ---------  ----------  ----------  -----------  ---------  -------',
      'wms           36  red      0.71 (0)    1.85 (0)  0.91 (10)  -10.4% (3)   5.4% (15)    37.4% (0)     6% (5)  88% (3)',
      'dp            73  amber   0.95 (20)    0.50 (5)  0.98 (18)   -2.1% (8)  10.5% (12)    40.2% (0)     0% (5)  97% (5)',
      'portal        60  amber    0.78 (3)    1.50 (0)  0.99 (19)   -1.0% (9)   8.2% (13)     7.5% (7)     4% (5)  92% (4)',
      'tel           69  amber    0.83 (9)    0.44 (6)  1.00 (22)   0.0% (11)   6.8% (16)    15.0% (5)          -        -',
      'portfolio     55  amber',
      'portfolio: roll-up by budget; each cell: the indicator’s value (points it adds to the score; the points sum to the score); - = absent (pmo health --json says why)',
      'What lowers each score most (value, points earned/possible):',
      '  wms: SPI(t) 0.71 (0/25), float used 1.85 (0/10), over-alloc. 37.4% (0/10)',
      '  dp: over-alloc. 40.2% (0/10), SPI(t) 0.95 (20/25), float used 0.50 (5/10)',
      '  portal: SPI(t) 0.78 (3/25), float used 1.50 (0/10), over-alloc. 7.5% (7/10)',
      '  tel: SPI(t) 0.83 (9/28), over-alloc. 15.0% (5/11), float used 0.44 (6/11)',
    ]);
    const kpis = section(r.stdout, 'Portfolio KPIs').join('\n');
    expect(kpis).toMatch(/Forecast on-time rate\s+50%\s+4 projects/);
    expect(kpis).toMatch(/Projects by health rating\s+0%\s+4 projects; green 0, amber 3, red 1/);
    const governance = section(r.stdout, 'Governance check');
    expect(governance[2]).toBe('11 findings (0 errors, 11 warnings, 0 info; Controlling PMO: findings are warnings; status date 2026-04-30)');
    expect(governance).toContain('- [warning] project-baseline (dp) projects[1]: project "dp" has no baseline: its progress cannot be measured against an approved plan');
    expect(r.stdout).toContain('Per perspective (P3M3’s seven perspectives; the overall level is the lowest): overall 2 (Repeatable), average 2.57, target level 3');
    expect(r.stdout).toContain('Next capabilities (ordered by the PMO’s responsibilities in a Balanced matrix organization, Controlling PMO):');
    expect(r.stdout).toContain('   pmo-kit analyses: allocateResources, levelResources, resourceLoading, overallocations, singlePointsOfFailure');
  });

  it('--lang zh prints the same sections in Chinese', () => {
    const r = runCli(['demo', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/状态日期的项目健康度 2026-04-30[\s\S]*wms\s+36\s+红\s+0\.71 \(0\)/);
    expect(r.stdout).toMatch(/项目组合关键绩效指标[\s\S]*平均进度延误\s+\+23\.8 工作日\s+4 个项目/);
    expect(r.stdout).toContain('11 项发现 (0 错误, 11 警告, 0 提示; 控制型PMO: 发现级别为 警告; 状态日期 2026-04-30)');
    expect(r.stdout).toContain('- [警告] critical-task-resource (portal) projects[2].tasks[11].demands: 项目“portal”的关键任务“portal-pentest”(Penetration test (external))没有分配资源或技能');
    expect(r.stdout).toMatch(/PMO成熟度与下一步[\s\S]*总体 2 \(可重复级\)[\s\S]*1\. 在项目之间分配资源 \(2 → 3\): 对应“资源分配”,平衡矩阵型组织中PMO的第1项职责/);
  });

  it('shows the Monte Carlo P50/P80 finish against the deterministic one and the top drivers', () => {
    const lines = section(runCli(['demo', '--no-report']).stdout, 'Monte Carlo schedule risk');
    expect(lines.slice(2, 4)).toEqual(['2,000 iterations, seed 1, pert durations', 'deterministic finish: 2026-08-11 (148.0 working days)']);
    expect(lines[4]).toMatch(/^P50 finish: 2026-\d\d-\d\d \(\d+\.\d, \+\d+\.\d vs the plan\)$/);
    expect(lines[5]).toMatch(/^P80 finish: 2026-\d\d-\d\d \(\d+\.\d, \+\d+\.\d vs the plan\)$/);
    expect(lines.join('\n')).toMatch(/^Most often critical: tel\/\S+ [\d.]+ %/m);
    expect(lines.join('\n')).toMatch(/^tel\/tel-rollout +[\d.]+ % +0\.\d\d/m);
  });
});
