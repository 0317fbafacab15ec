// End to end in a real browser: Playwright (playwright-core, no bundled browsers) drives Debian's
// Chromium against the page's server on 127.0.0.1. Skipped, saying why, where Chromium is absent.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../helpers/cli.js';
import { docxFromText } from '../read/build-docx.js';
import { configFile, expectedStatuses, REAL_DIR, startTestServer, type RunningServer } from './helpers.js';

// Debian's Chromium; FAZHI_CHROMIUM points elsewhere (another distribution's path).
const CHROMIUM = process.env.FAZHI_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const DONGHU = 'real-2022-nanchang-donghu.txt';
const ICONS: Record<string, string> = { ok: '✓', weak: '⚠', missing: '✗' };
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.log(`browser test skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium)('the page in Chromium', () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  /** Requests to anything but our server: the page must work offline. */
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The recommended rules plus a fixable stand-in, so the fix button is tested whatever rules fix.
    server = await startTestServer({ configFile: configFile({ plugins: ['./test.mjs'], rules: { 'test/no-double-space': 'warn' } }) });
    profile = mkdtempSync(path.join(tmpdir(), 'fazhi-chromium-'));
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
      timeout: 30000,
    });
    context.setDefaultTimeout(10000);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      pageErrors.push(`dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }, 60000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows the checklist of a real report, findings marked in the text, and a screenshot', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.title()).toContain('法治政府建设年度报告检查');
    await page.setInputFiles('#file-input', path.join(REAL_DIR, DONGHU));
    await page.waitForSelector('#checklist li[data-rule]');

    const items = await page.$$eval('#checklist li[data-rule]', (lis) =>
      lis.map((li) => ({ rule: (li as HTMLElement).dataset.rule, status: (li as HTMLElement).dataset.status, icon: li.querySelector('.icon')?.textContent, text: li.textContent })),
    );
    const expected = expectedStatuses()[DONGHU]!;
    expect(Object.fromEntries(items.map((i) => [i.rule, i.status]))).toEqual(expected);
    for (const item of items) {
      expect(item.icon).toBe(ICONS[item.status!]);
      expect(item.text).toContain('依据:');
    }
    expect(items.find((i) => i.rule === 'require-title')!.text).toContain('缺少标题');

    // Every finding has a numbered pin in the text and an entry in the list.
    const findings = await page.locator('#findings li').count();
    expect(findings).toBeGreaterThan(0);
    expect(await page.locator('#report-text .pin').count()).toBe(findings);
    expect(await page.locator('#report-text').textContent()).toContain('东湖区委、区政府');
    // Click a marked passage: its explanation appears beside the text.
    const mark = page.locator('#report-text .mark').first();
    expect(await mark.getAttribute('title')).toMatch(/\S/);
    await mark.click();
    await expect.poll(() => page.locator('#finding-detail').textContent()).toMatch(/依据:/);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'serve-page.png'), fullPage: true });
    expect(readFileSync(path.join(ARTIFACTS, 'serve-page.png')).length).toBeGreaterThan(10000);
  });

  it('switches to English and re-checks the same upload', async () => {
    await page.click('#lang-switch');
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/report check/i);
    await expect.poll(() => page.locator('#checklist li[data-rule="require-title"]').textContent()).toMatch(/missing/);
    expect(await page.locator('#checklist li[data-rule="require-title"]').textContent()).toMatch(/No title/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'serve-page-en.png') });
    await page.click('#lang-switch');
    await expect.poll(() => page.locator('h1').textContent()).toContain('检查');
  });

  it('takes a .docx dropped on the drop zone and shows findings by paragraph', async () => {
    const file = 'real-2022-guangzhou-tanbu.txt';
    const bytes = [...docxFromText(readFileSync(path.join(REAL_DIR, file), 'utf8'))];
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], '谭埠报告.docx'));
      return transfer;
    }, bytes);
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
    await page.waitForFunction(() => document.querySelector('#report-name')?.textContent === '谭埠报告.docx');
    const statuses = await page.$$eval('#checklist li[data-rule]', (lis) => lis.map((li) => [(li as HTMLElement).dataset.rule, (li as HTMLElement).dataset.status]));
    expect(Object.fromEntries(statuses)).toEqual(expectedStatuses()[file]);
    expect(await page.locator('#findings li').first().textContent()).toMatch(/第 \d+ 段/);
  });

  it('shows pasted report text containing markup as text, never running it', async () => {
    const hostile = '<script>window.__pwned = 1</script>\n<img src=x onerror="window.__pwned = 2">\n一、主要成效\n今年办理案件12件。';
    await page.locator('#paste-box summary').click();
    await page.fill('#paste-text', hostile);
    await page.click('#paste-check');
    await page.waitForFunction(() => document.querySelector('#report-name')?.textContent?.startsWith('粘贴的文本'));
    expect(await page.locator('#report-text').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#report-text script, #report-text img').count()).toBe(0);
  });

  it('copies the engine’s fixed text', async () => {
    await page.fill('#paste-text', '一、主要成效\n今年办理  案件12件。比上年增加   3件。\n');
    await page.click('#paste-check');
    await page.waitForSelector('#copy-fixed', { state: 'visible' });
    expect(await page.locator('#summary').textContent()).toMatch(/其中 \d+ 个可以自动修正/);
    await page.click('#copy-fixed');
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('已复制到剪贴板');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('今年办理 案件12件');
    expect(copied).toContain('增加 3件');
    expect(copied).not.toMatch(/ {2}/);
  });

  it('answers a bad upload with a clear message on the page', async () => {
    await page.setInputFiles('#file-input', { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    await page.waitForSelector('#error:not([hidden])');
    const error = await page.locator('#error').textContent();
    expect(error).toContain('scan.txt');
    expect(error).toContain('二进制');
    expect(await page.locator('#results').isHidden()).toBe(true);
  });

  it('loaded nothing from outside and raised no script errors', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
