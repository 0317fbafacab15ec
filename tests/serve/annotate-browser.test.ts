// The page's "下载带批注的 Word 文档" in Chromium: offered for an uploaded .docx (not for a text),
// it saves the reviewed document under the page's strict content security policy. Skipped,
// saying why, where Chromium is absent (as tests/serve/browser.test.ts).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../helpers/cli.js';
import { commentsOf } from '../write/docx-inspect.js';
import { REAL_DIR, startTestServer, type RunningServer } from './helpers.js';

const CHROMIUM = process.env.FAZHI_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`download test skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('downloading the reviewed Word document from the page', () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'fazhi-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      timeout: 30000,
    });
    context.setDefaultTimeout(15000);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
  }, 60000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('is offered for a .docx and saves 报告.reviewed.docx with the comments; not offered for a .txt', async () => {
    await page.setInputFiles('#file-input', { name: '报告.docx', mimeType: 'application/octet-stream', buffer: readFileSync(path.join(ROOT, 'fixtures/docx/word-report.docx')) });
    await page.waitForSelector('#annotate-row:not([hidden])');
    expect(await page.textContent('#download-annotated')).toBe('下载带批注的 Word 文档');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-annotated')]);
    expect(download.suggestedFilename()).toBe('报告.reviewed.docx');
    const saved = await download.path();
    expect(commentsOf(readFileSync(saved!)).filter((c) => c.author === 'fazhi-lint').length).toBeGreaterThan(0);

    await page.setInputFiles('#file-input', { name: 'r.txt', mimeType: 'text/plain', buffer: readFileSync(path.join(REAL_DIR, 'real-2022-nanchang-donghu.txt')) });
    await page.waitForFunction(() => document.querySelector('#report-name')?.textContent === 'r.txt');
    expect(await page.isHidden('#annotate-row')).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 60000);
});
