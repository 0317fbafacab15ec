// What --fix writes, byte for byte, and where it refuses to write, through the compiled CLI:
// only the fixed spans change (UTF-8 with and without BOM, UTF-16, GB18030 with its rare
// sequences); a file the user could not write in place, one whose owner would change and a
// hard-linked one are refused with a message, the other files still fixed; the owner and mode
// are kept; temporary files of killed runs are removed by the next run. Permissions are tested
// as unprivileged users through setpriv where the tests run as root; elsewhere they are skipped.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/results.js';
import { BIN, runCli } from '../helpers/cli.js';

/** A config whose one rule has one fix: 法制政府 → 法治政府. */
const CONFIG = JSON.stringify({ extends: [], rules: { 'forbidden-terms': ['error', { items: [{ terms: ['法制政府'], replacement: '法治政府' }] }] } });
const WRONG = '法制政府';
const RIGHT = '法治政府';

let dir: string;
let config: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fazhi-fix-write-'));
  chmodSync(dir, 0o755); // other users reach the files and the config
  config = path.join(dir, 'config.json');
  writeFileSync(config, CONFIG);
  chmodSync(config, 0o644);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const fix = (files: string[], options: Parameters<typeof runCli>[1] = {}) => runCli(['-c', config, '--fix', '-f', 'json', ...files], options);
const results = (stdout: string) => JSON.parse(stdout) as LintResult[];

describe('--fix changes only the bytes it fixed', () => {
  const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
  const cases: Array<{ name: string; before: Buffer[]; encode: (text: string) => Buffer }> = [
    {
      name: 'UTF-8 without BOM: CRLF, a second BOM inside, characters beyond the BMP',
      encode: (text) => Buffer.from(text, 'utf8'),
      before: [Buffer.from('某县2023年\r\n加快建设\ufeff𠀀🀄'), Buffer.from('\r\n推进\u2028依法行政,'), Buffer.from('。\r\n')],
    },
    {
      name: 'UTF-8 with BOM',
      encode: (text) => Buffer.from(text, 'utf8'),
      before: [Buffer.concat([hex('efbbbf'), Buffer.from('第一段𪚥\n')]), Buffer.from('和'), Buffer.from('\n')],
    },
    {
      name: 'UTF-16LE with BOM, surrogate pairs',
      encode: (text) => Buffer.from(text, 'utf16le'),
      before: [Buffer.concat([hex('fffe'), Buffer.from('𠀀一、\r\n', 'utf16le')]), Buffer.from('建设𪚥\n', 'utf16le')],
    },
    {
      name: 'UTF-16BE with BOM',
      encode: utf16be,
      before: [Buffer.concat([hex('feff'), utf16be('𠀀一、\n')]), utf16be('建设\n')],
    },
    {
      // 0x80 (read as €, which encodes back as A2E3), A6D9 (U+FE10, back as 84318236), FE51
      // (a private-use character), four-byte sequences in and beyond the BMP.
      name: 'GB18030 with sequences its encoder writes otherwise',
      encode: (text) => iconv.encode(text, 'gb18030'),
      before: [
        Buffer.concat([iconv.encode('某县2023年报告', 'gb18030'), hex('80 a6d9 fe51 81308130 95328236'), iconv.encode('\n加快', 'gb18030')]),
        Buffer.concat([hex('a6da 80'), iconv.encode(',建设', 'gb18030')]),
        Buffer.concat([hex('84318236'), iconv.encode('。\n', 'gb18030')]),
      ],
    },
  ];

  it.each(cases)('$name', ({ before, encode }) => {
    // The term between every two pieces: several fixes, the bytes around each kept.
    const join = (term: string) => Buffer.concat(before.flatMap((piece, i) => (i === 0 ? [piece] : [encode(term), piece])));
    const file = path.join(dir, 'report.txt');
    writeFileSync(file, join(WRONG));
    const run = fix([file]);
    expect(run.stderr).toBe('');
    expect(results(run.stdout)[0]!.messages).toEqual([]);
    const after = readFileSync(file);
    expect(after.toString('hex')).toBe(join(RIGHT).toString('hex'));
  });

  it('refuses a fix whose text the file’s encoding cannot hold, and says so; the file stays byte for byte', () => {
    // U+E78D encodes to A6D9 in GB18030, which reads back as U+FE10.
    writeFileSync(config, JSON.stringify({ extends: [], rules: { 'forbidden-terms': ['error', { items: [{ terms: [WRONG], replacement: '法治\ue78d' }] }] } }));
    const file = path.join(dir, 'report.txt');
    const bytes = Buffer.concat([iconv.encode(`加快建设${WRONG}。`, 'gb18030'), Buffer.from([0x80, 0x0a])]);
    writeFileSync(file, bytes);
    const run = fix([file]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const [result] = results(run.stdout);
    expect(result!.messages[0]!.message).toBe('未写入修复:修复后的文本含有 gb18030 编码无法保存的字符');
    expect(result!.messages.map((m) => m.ruleId)).toEqual([null, 'forbidden-terms']);
    expect(run.code).toBe(1);
  });
});

describe('--fix writes only where the user could write in place', () => {
  const report = `某县人民政府2023年法治政府建设年度报告\n加快建设${WRONG}。\n`;
  const fixedReport = report.replace(WRONG, RIGHT);

  it('refuses a read-only file (no write bit), even for root, and still fixes the others', () => {
    const locked = path.join(dir, 'locked.txt');
    const open = path.join(dir, 'open.txt');
    writeFileSync(locked, report);
    writeFileSync(open, report);
    chmodSync(locked, 0o444);
    const run = fix([locked, open]);
    expect(readFileSync(locked, 'utf8')).toBe(report);
    expect(statSync(locked).mode & 0o777).toBe(0o444);
    expect(readFileSync(open, 'utf8')).toBe(fixedReport);
    const [lockedResult, openResult] = results(run.stdout);
    expect(lockedResult!.messages[0]!.message).toBe('未写入修复:文件是只读的(没有任何写权限)');
    expect(openResult!.messages).toEqual([]);
    expect(run.code).toBe(1);
  });

  it('refuses a file with other hard links (a rename would leave them on the old text); both names keep the file', () => {
    const file = path.join(dir, 'report.txt');
    const other = path.join(dir, 'copy-for-review.txt');
    writeFileSync(file, report);
    linkSync(file, other);
    const run = fix([file]);
    expect(statSync(file).ino).toBe(statSync(other).ino);
    expect(readFileSync(file, 'utf8')).toBe(report);
    const [result] = results(run.stdout);
    expect(result!.messages[0]!.message).toBe('未写入修复:文件有 2 个硬链接,替换它会使其他链接仍是旧内容;请在原文件中修改');
    const en = runCli(['-c', config, '--fix', '--locale', 'en', file]);
    expect(en.stdout).toContain('fixes not written: the file has 2 hard links');
  });

  it('keeps the mode, set-group-ID bit included', () => {
    const file = path.join(dir, 'report.txt');
    writeFileSync(file, report);
    chmodSync(file, 0o2640);
    fix([file]);
    expect(readFileSync(file, 'utf8')).toBe(fixedReport);
    expect(statSync(file).mode & 0o7777).toBe(0o2640);
  });
});

/** Whether this machine lets the tests run the CLI as another user: root, with setpriv. */
function canSwitchUsers(): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/setpriv')) return false;
  return spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;
}
const switchUsers = canSwitchUsers();
if (!switchUsers) console.log('fix-write test: permission cases as other users skipped (they need root and /usr/bin/setpriv)');

describe.skipIf(!switchUsers)('--fix as an unprivileged user, and as root on other users’ files', () => {
  const NOBODY = 65534;
  const report = `某县人民政府2023年法治政府建设年度报告\n加快建设${WRONG}。\n`;
  const fixedReport = report.replace(WRONG, RIGHT);

  /** The CLI as uid:gid with these supplementary groups. */
  function fixAs(uid: number, gid: number, groups: number[], files: string[]) {
    const run = spawnSync(
      '/usr/bin/setpriv',
      [`--reuid=${uid}`, `--regid=${gid}`, groups.length ? `--groups=${groups.join(',')}` : '--clear-groups', process.execPath, BIN, '-c', config, '--fix', '-f', 'json', ...files],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FAZHI_LINT_NO_CODE_CACHE: '1' } },
    );
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it('does not replace a root-owned file in a world-writable folder; the user’s own file there is fixed', () => {
    chmodSync(dir, 0o777); // no sticky bit: the folder lets anyone rename over anything in it
    const roots = path.join(dir, 'root-owned.txt');
    const own = path.join(dir, 'own.txt');
    writeFileSync(roots, report);
    chmodSync(roots, 0o644);
    writeFileSync(own, report);
    chownSync(own, NOBODY, NOBODY);
    const run = fixAs(NOBODY, NOBODY, [], [roots, own]);
    expect(run.stderr).toBe('');
    expect(readFileSync(roots, 'utf8')).toBe(report);
    expect(statSync(roots).uid).toBe(0);
    expect(readFileSync(own, 'utf8')).toBe(fixedReport);
    expect(statSync(own).uid).toBe(NOBODY);
    const [rootsResult, ownResult] = results(run.stdout);
    expect(rootsResult!.messages[0]!.message).toBe('未写入修复:没有写入此文件的权限(EACCES)');
    expect(ownResult!.messages).toEqual([]);
    expect(run.code).toBe(1);
  });

  it('does not rewrite the user’s own 0444 file', () => {
    chownSync(dir, NOBODY, NOBODY);
    const file = path.join(dir, 'report.txt');
    writeFileSync(file, report);
    chownSync(file, NOBODY, NOBODY);
    chmodSync(file, 0o444);
    const run = fixAs(NOBODY, NOBODY, [], [file]);
    expect(readFileSync(file, 'utf8')).toBe(report);
    expect(results(run.stdout)[0]!.messages[0]!.message).toBe('未写入修复:文件是只读的(没有任何写权限)');
  });

  it('refuses a group-writable file of another user: it could write it in place, but not keep its owner', () => {
    chmodSync(dir, 0o777);
    const file = path.join(dir, 'shared.txt');
    writeFileSync(file, report);
    chownSync(file, NOBODY, 4242);
    chmodSync(file, 0o664);
    const run = fixAs(1234, 1234, [4242], [file]);
    expect(readFileSync(file, 'utf8')).toBe(report);
    expect([statSync(file).uid, statSync(file).gid]).toEqual([NOBODY, 4242]);
    expect(results(run.stdout)[0]!.messages[0]!.message).toBe(`未写入修复:文件属于其他用户或用户组(${NOBODY}:4242),替换它会改变其所有者`);
  });

  it('as root, keeps another user’s file theirs, with its mode', () => {
    const file = path.join(dir, 'report.txt');
    writeFileSync(file, report);
    chownSync(file, NOBODY, 4242);
    chmodSync(file, 0o640);
    const run = fix([file]);
    expect(run.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(fixedReport);
    const after = statSync(file);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([NOBODY, 4242, 0o640]);
  });
});

describe('temporary files of killed runs', () => {
  const report = `某县人民政府2023年法治政府建设年度报告\n加快建设${WRONG}。\n`;
  const temporaries = () => readdirSync(dir).filter((name) => name.endsWith('.fazhi-lint-tmp'));

  it('the next --fix in the folder removes those whose process is gone, and stale ones; it keeps those being written', () => {
    // Even with nothing to fix: the sweep does not wait for a write.
    const file = path.join(dir, 'report.txt');
    const fixedReport = report.replace(WRONG, RIGHT);
    writeFileSync(file, fixedReport);
    const finished = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has ended
    const dead = `.report.txt.${finished}-0123456789ab.fazhi-lint-tmp`;
    const oldStyle = '.report.txt.0123456789ab.fazhi-lint-tmp'; // before pids were in the name
    const oldStyleFresh = '.other.txt.0123456789ac.fazhi-lint-tmp';
    const live = `.report.txt.${process.pid}-0123456789ad.fazhi-lint-tmp`; // this test's process is alive
    const unrelated = '.report.txt.notes';
    for (const name of [dead, oldStyle, oldStyleFresh, live, unrelated]) writeFileSync(path.join(dir, name), 'half a report');
    const hourAgo = new Date(Date.now() - 3600 * 1000);
    utimesSync(path.join(dir, oldStyle), hourAgo, hourAgo);
    expect(fix([file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(fixedReport);
    expect(readdirSync(dir).sort()).toEqual([oldStyleFresh, unrelated, live, 'config.json', 'report.txt'].sort());
  });

  it('after runs killed at any moment, every file is whole (old or fixed) and the next run leaves no temporary file', async () => {
    const files = Array.from({ length: 200 }, (_, i) => path.join(dir, `r${i}.txt`));
    const fixedReport = report.replace(WRONG, RIGHT);
    for (let round = 0; round < 6; round++) {
      for (const file of files) writeFileSync(file, report);
      const child = spawn(process.execPath, [BIN, '-c', config, '--fix', ...files], { env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // A run over these files takes about half a second here: kills spread over it.
      await new Promise((resolve) => setTimeout(resolve, 100 + round * 70));
      child.kill('SIGKILL');
      await exited;
      for (const file of files) expect([report, fixedReport]).toContain(readFileSync(file, 'utf8'));
    }
    fix(files);
    expect(temporaries()).toEqual([]);
    for (const file of files) expect(readFileSync(file, 'utf8')).toBe(fixedReport);
  });
});
