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
    });
    expect(code).toBe(1);
    expect(stderr).toContain('pmo demo: cannot read the sample portfolio (pmo-kit/examples/data/sample-portfolio.json): ENOENT');
  });
});
