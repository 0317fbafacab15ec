// The HTML matrix sorts in a real browser, with no script (the page's policy allows none):
// clicking a column head puts the reports missing that area first. Playwright drives Debian's
// Chromium; skipped, saying why, where Chromium is absent (as tests/serve/browser.test.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, runCli } from '../helpers/cli.js';

const CHROMIUM = process.env.FAZHI_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`HTML matrix browser test skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);

const FILES = [
  ...readdirSync(path.join(ROOT, 'fixtures/topics')).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => `fixtures/topics/${f}`),
  ...readdirSync(path.join(ROOT, 'fixtures/real')).filter((f) => f.endsWith('.txt')).sort().map((f) => `fixtures/real/${f}`),
];

describe.skipIf(!hasChromium)('the HTML matrix in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fazhi-matrix-'));
    const html = runCli(['--config', 'tests/format/topics-rules.json', '-f', 'html', ...FILES]).stdout;
    writeFileSync(path.join(dir, 'report.html'), html);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'], timeout: 30000 });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (message) => problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(path.join(dir, 'report.html')).href);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The rows as the eye reads them, top to bottom: issuer and the text of one column's cells. */
  async function shown(column: string): Promise<Array<{ name: string; cell: string }>> {
    return page.$$eval(
      'table.m tbody tr',
      (rows, label) => {
        const heads = [...document.querySelectorAll('table.m thead th')].map((th) => th.textContent!.trim());
        const at = heads.indexOf(label);
        return rows
          .map((row) => {
            const cells = [...row.children];
            return { top: cells[0]!.getBoundingClientRect().top, name: cells[0]!.textContent!.trim(), cell: cells[at]!.textContent!.trim() };
          })
          .sort((a, b) => a.top - b.top)
          .map(({ name, cell }) => ({ name, cell }));
      },
      column,
    );
  }

  it('shows the rows in the page’s order until a head is clicked', async () => {
    const rows = await shown('行政复议');
    expect(rows).toHaveLength(FILES.length);
    expect(rows[0]!.name).toBe('青川县市场监督管理局');
  });

  it('clicking an area’s head puts the reports missing it first, then weak, not checked, present', async () => {
    await page.click('label:text-is("行政复议")');
    const cells = (await shown('行政复议')).map((r) => r.cell);
    expect(cells[0]).toBe('✗');
    expect(cells).toEqual([...cells].sort((a, b) => '✗⚠–✓'.indexOf(a) - '✗⚠–✓'.indexOf(b)));
    expect(new Set(cells)).toEqual(new Set(['✗', '⚠', '–', '✓']));
    mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
    await page.locator('#matrix').screenshot({ path: path.join(ROOT, 'test-artifacts', 'matrix-sorted.png') });
  });

  it('another head sorts by that column; the issuer head by name; the reset restores the order', async () => {
    await page.click('label:text-is("三项制度")');
    const cells = (await shown('三项制度')).map((r) => r.cell);
    expect(cells).toEqual([...cells].sort((a, b) => '✗⚠–✓'.indexOf(a) - '✗⚠–✓'.indexOf(b)));
    await page.click('label:text-is("单位")');
    const names = (await shown('单位')).map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')));
    await page.click('label.reset');
    expect((await shown('单位'))[0]!.name).toBe('青川县市场监督管理局');
  });

  it('runs no script and loads nothing', () => {
    expect(problems).toEqual([]);
  });
});
