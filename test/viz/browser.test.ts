/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium`, driven by
 * playwright-core) opens the report of the sample from disk, with every network request refused,
 * and checks that every chart rendered with a non-zero size, that nothing was fetched and that
 * the console stayed free of errors. The screenshot is saved to test-artifacts/ (git-ignored).
 * Skipped, with a message, where /usr/bin/chromium is absent (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pmoReport, reportHtml } from '../../src/viz/index.js';
import { ROOT } from '../helpers.js';
import { samplePortfolio } from './svg.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`[tests] skipped: the browser test needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
const ARTIFACTS = join(ROOT, 'test-artifacts');

describe.skipIf(!HAS_CHROMIUM)('the HTML report in headless Chromium', () => {
  it('renders every chart with a non-zero size, fetches nothing and logs no error', async () => {
    const { chromium } = await import('playwright-core');
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'report.html');
    const report = pmoReport(samplePortfolio(), { leveling: { schedules: 200, seed: 1 } });
    const charts = report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart').length;
    writeFileSync(file, reportHtml(report));

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === pathToFileURL(file).href) return route.continue();
        requests.push(url);
        return route.abort();
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const sizes = await page.$$eval('svg.pmo-chart', (svgs) =>
        svgs.map((s) => {
          const r = s.getBoundingClientRect();
          return { title: s.querySelector('title')?.textContent ?? '', width: r.width, height: r.height, marks: s.querySelectorAll('rect, path, polygon, circle, line').length };
        }),
      );
      expect(sizes).toHaveLength(charts);
      for (const s of sizes) {
        expect(s.width, s.title).toBeGreaterThan(100);
        expect(s.height, s.title).toBeGreaterThan(100);
        expect(s.marks, s.title).toBeGreaterThan(10);
      }
      // the page is as wide as the window: no chart overflows it
      expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(1200);
      await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true, timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      expect(await page.$$eval('svg.pmo-chart', (svgs) => svgs.every((s) => s.getBoundingClientRect().width > 0))).toBe(true);
      expect(requests).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
