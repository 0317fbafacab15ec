// "下载带批注的 Word 文档" on the web page: POST /api/annotate answers an uploaded .docx with the
// reviewed document, made in memory: the findings as comments, the safe fixes as tracked changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServeReport } from '../../src/serve/analyze.js';
import { ROOT } from '../helpers/cli.js';
import { changesBy, commentsOf } from '../write/docx-inspect.js';
import { REVIEW_AUTHOR, reviewBytes } from '../../src/write/review.js';
import { recommendedRules, startTestServer, type RunningServer } from './helpers.js';

const WORD = readFileSync(path.join(ROOT, 'fixtures/docx/word-report.docx'));

const post = (url: string, endpoint: string, name: string, body: Uint8Array) =>
  fetch(`${url}api/${endpoint}?name=${encodeURIComponent(name)}`, { method: 'POST', body, signal: AbortSignal.timeout(15000) });

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('POST /api/annotate', () => {
  it('sends back the reviewed .docx: a comment for each finding that fixing leaves, the fixes as tracked changes', async () => {
    const response = await post(server.url, 'annotate', '报告.docx', WORD);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('报告.reviewed.docx')}`);
    const docx = new Uint8Array(await response.arrayBuffer());
    // What --annotate --fix writes for the same file.
    const cli = await reviewBytes(WORD, '报告.docx', { rules: await recommendedRules(), settings: {}, locale: 'zh', fix: true }, { ...REVIEW_AUTHOR, date: new Date() });
    expect(commentsOf(docx).map((c) => c.text)).toEqual(commentsOf(cli.docx!).map((c) => c.text));
    expect(changesBy(docx, 'fazhi-lint').insertions).toEqual(changesBy(cli.docx!, 'fazhi-lint').insertions);
    expect(cli.changes).toBeGreaterThan(0);
    // Fewer comments than the page lists findings: the fixed ones are tracked changes instead.
    const report = (await (await post(server.url, 'lint', '报告.docx', WORD)).json()) as ServeReport;
    expect(commentsOf(docx).filter((c) => c.author === 'fazhi-lint').length).toBeLessThan(report.findings.length);
  });

  it('a file that cannot be read gets the message the page shows for it', async () => {
    const response = await post(server.url, 'annotate', 'fake.docx', Buffer.from('一、这不是 Word 文档'));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toContain('不是有效的 Word 文档');
  });
});
