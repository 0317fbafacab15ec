// --annotate end to end through the compiled CLI: the reviewed document beside each report or
// in --annotate-dir, never over the input, replaced whole, nothing written for a file that
// cannot be read; the same in worker threads.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { changesBy, commentsOf } from '../write/docx-inspect.js';

const WORD = readFileSync(path.join(ROOT, 'fixtures/docx/word-report.docx'));
const TEXT = readFileSync(path.join(ROOT, 'fixtures/labeled/36-urban-management-bureau-2023.txt'));
// Full-width prose with marks --fix makes full-width, and parts too thin to fix.
const FIXABLE = [
  '某县人民政府2023年法治政府建设年度报告',
  '2023年，我县深入贯彻习近平法治思想，全面推进依法行政。',
  '一、主要举措和成效',
  '(一)深化改革,政务服务事项网办率达98%。',
  '二、存在的不足和原因',
  '执法队伍能力不足，主要原因是培训不够系统。',
].join('\n');
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'fazhi-annotate-'));

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; fatal?: boolean; message: string; severity: number }>;
}
const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];
/** The reviewed document beside a report (-f json keeps ESLint's keys: where it went is on stderr). */
const besideOf = (file: string) => file.replace(/\.\w+$/, '.reviewed.docx');

describe('fazhi-lint --annotate', () => {
  it('writes report.reviewed.docx beside a .docx, one comment per finding; the input is untouched', () => {
    const dir = tempDir();
    const input = path.join(dir, '报告.docx');
    writeFileSync(input, WORD);
    const run = runCli(['--no-config-lookup', '--annotate', '-f', 'json', input]);
    expect(run.code).toBe(1);
    const [result] = json(run.stdout);
    const output = path.join(dir, '报告.reviewed.docx');
    // A path outside the current folder is printed whole.
    expect(run.stderr).toContain(`已写入 ${output}(${result!.messages.length} 条批注,0 处修订)`);
    expect(readFileSync(input).equals(WORD)).toBe(true);
    const comments = commentsOf(readFileSync(output));
    expect(comments.filter((c) => c.author === 'fazhi-lint')).toHaveLength(result!.messages.length);
    expect(comments.filter((c) => c.author === '审核人')).toHaveLength(1);
  });

  it('--fix: the fixes as tracked changes in the reviewed copy, comments on the rest; the input is not written', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'r.docx'), WORD);
    writeFileSync(path.join(dir, 'r2.txt'), FIXABLE);
    const run = runCli(['--no-config-lookup', '--annotate', '--fix', '-f', 'json', '--locale', 'en', 'r.docx', 'r2.txt'], { cwd: dir });
    const results = json(run.stdout);
    for (const result of results) {
      const docx = readFileSync(besideOf(result.filePath));
      expect(commentsOf(docx).filter((c) => c.author === 'fazhi-lint')).toHaveLength(result.messages.length);
      expect(changesBy(docx, 'fazhi-lint').insertions.length).toBeGreaterThan(0);
    }
    expect(readFileSync(path.join(dir, 'r.docx')).equals(WORD)).toBe(true);
    expect(readFileSync(path.join(dir, 'r2.txt'), 'utf8')).toBe(FIXABLE);
    expect(run.stderr).toMatch(/wrote r\.reviewed\.docx \(\d+ comment\(s\), [1-9]\d* tracked change\(s\)\)/);
  });

  it('a .txt and a .md become .docx files of their lines, with the same comments', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), TEXT);
    writeFileSync(path.join(dir, 'b.md'), TEXT);
    const results = json(runCli(['--no-config-lookup', '--annotate', '-f', 'json', 'a.txt', 'b.md'], { cwd: dir }).stdout);
    for (const result of results) expect(commentsOf(readFileSync(besideOf(result.filePath)))).toHaveLength(result.messages.length);
    expect(readdirSync(dir).sort()).toEqual(['a.reviewed.docx', 'a.txt', 'b.md', 'b.reviewed.docx']);
  });

  it('replaces an existing output whole, leaves no temporary file, and is not picked up as a report next time', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'r.docx'), WORD);
    writeFileSync(path.join(dir, 'r.reviewed.docx'), 'an older review');
    runCli(['--no-config-lookup', '--annotate', dir]);
    expect(readFileSync(path.join(dir, 'r.reviewed.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).sort()).toEqual(['r.docx', 'r.reviewed.docx']);
    const again = json(runCli(['--no-config-lookup', '--annotate', '-f', 'json', dir]).stdout);
    expect(again.map((r) => path.basename(r.filePath))).toEqual(['r.docx']);
  });

  it('--annotate-dir writes there, keeping names, made when missing; never over an input; colliding names are not written', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'a', '报告.docx'), WORD);
    writeFileSync(path.join(dir, 'b', '报告.txt'), TEXT);
    const run = runCli(['--no-config-lookup', '--annotate-dir', 'reviewed/2024', '-f', 'json', 'a', 'b'], { cwd: dir });
    const results = json(run.stdout);
    expect(run.stderr).toContain(`已写入 ${path.join('reviewed', '2024', '报告.docx')}`);
    expect(results[1]!.messages[0]).toMatchObject({ ruleId: null, severity: 2 });
    expect(results[1]!.messages[0]!.message).toContain('未写入带批注的文档:本次运行的另一个文件也写入');
    expect(readdirSync(path.join(dir, 'reviewed/2024'))).toEqual(['报告.docx']);

    // The folder of the input itself: the output would be the input.
    const same = json(runCli(['--no-config-lookup', '--annotate-dir', 'a', '-f', 'json', 'a/报告.docx'], { cwd: dir }).stdout);
    expect(same[0]!.messages[0]!.message).toContain('未写入带批注的文档:输出文件就是输入文件本身');
    expect(readFileSync(path.join(dir, 'a', '报告.docx')).equals(WORD)).toBe(true);
  });

  it('a file that cannot be read gets its usual fatal message, and nothing is written for it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'fake.docx'), '一、这不是 Word 文档');
    writeFileSync(path.join(dir, 'good.docx'), WORD);
    const run = runCli(['--no-config-lookup', '--annotate', '-f', 'json', dir]);
    const [fake, good] = json(run.stdout);
    expect(fake!.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('不是有效的 Word 文档') })]);
    expect(existsSync(path.join(dir, 'fake.reviewed.docx'))).toBe(false);
    expect(commentsOf(readFileSync(besideOf(good!.filePath))).length).toBeGreaterThan(1);
  });

  it('worker threads write the same documents as a serial run', () => {
    const dir = tempDir();
    for (let i = 0; i < 4; i++) writeFileSync(path.join(dir, `r${i}.docx`), WORD);
    const serial = runCli(['--no-config-lookup', '--annotate', '--fix', dir]);
    const written = (stderr: string) => stderr.split('\n').filter((line) => line.includes('已写入')).sort();
    const serialDocuments = readdirSync(dir).filter((name) => name.endsWith('.reviewed.docx')).map((name) => commentsOf(readFileSync(path.join(dir, name))));
    const threaded = runCli(['--no-config-lookup', '--annotate', '--fix', '--concurrency', '2', dir]);
    expect(threaded.stdout).toBe(serial.stdout);
    expect(written(threaded.stderr)).toEqual(written(serial.stderr));
    expect(written(serial.stderr)).toHaveLength(4);
    const threadedDocuments = readdirSync(dir).filter((name) => name.endsWith('.reviewed.docx')).map((name) => commentsOf(readFileSync(path.join(dir, name))));
    expect(threadedDocuments.map((c) => c.map(({ date: _, ...rest }) => rest))).toEqual(serialDocuments.map((c) => c.map(({ date: _, ...rest }) => rest)));
  });

  it('is refused with --stdin and with --fix-dry-run, which write nothing', () => {
    expect(runCli(['--annotate', '--stdin'], { input: '一、' }).stderr).toContain('--annotate writes a reviewed document beside each file');
    expect(runCli(['--annotate', '--fix-dry-run', 'x.txt']).code).toBe(2);
  });
});
