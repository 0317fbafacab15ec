// The reviewer's matrix over a folder (fixtures/topics and the real reports, require-topics with
// topics: auto): in the summary, the HTML page and CSV, each cell agrees with the labels of
// fixtures/topics/labels.json (areas) and with the JSON results (required parts); the CSV is
// read back by a real CSV parser and by LibreOffice Calc with its Chinese intact.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/format/csv.js';
import { PRESET_BY_ISSUER_KIND, TOPIC_PRESETS, CORE_TOPICS, TOPICS } from '../../src/data/topics.js';
import { ROOT, runCli } from '../helpers/cli.js';

const CONFIG = ['--config', 'tests/format/topics-rules.json'];
const FILES = [
  ...readdirSync(path.join(ROOT, 'fixtures/topics')).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => `fixtures/topics/${f}`),
  ...readdirSync(path.join(ROOT, 'fixtures/real')).filter((f) => f.endsWith('.txt')).sort().map((f) => `fixtures/real/${f}`),
];
const CHECKLIST = ['require-title', 'require-achievements', 'require-problems-and-causes', 'require-responsible-person', 'require-next-year-plan', 'require-three-systems'];
const LABELS: Array<[string, string]> = [['require-title', '标题'], ['require-achievements', '举措成效'], ['require-problems-and-causes', '不足原因'], ['require-responsible-person', '第一责任人'], ['require-next-year-plan', '下年安排'], ['require-three-systems', '三项制度']];
const SYMBOL = { ok: '✓', weak: '⚠', missing: '✗', unchecked: '–' } as const;
const WORD = { '✓': '✓ 具备', '⚠': '⚠ 不足', '✗': '✗ 缺失', '–': '– 未检查' } as const;

const labels = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/topics/labels.json'), 'utf8')) as {
  reports: Record<string, { kind: keyof typeof PRESET_BY_ISSUER_KIND | null; topics: Record<string, 'ok' | 'weak' | 'missing'> }>;
};
const results = JSON.parse(runCli([...CONFIG, '-f', 'json', ...FILES]).stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; messageId: string }> }>;

/** What each cell should hold, worked out from the labels and the JSON results, not from the matrix code. */
function expectedRow(file: string): Record<string, string> {
  const label = labels.reports[path.relative('fixtures/topics', file)]!;
  const list = label.kind ? TOPIC_PRESETS[PRESET_BY_ISSUER_KIND[label.kind]].topics : CORE_TOPICS;
  const messages = results.find((r) => path.relative(ROOT, r.filePath) === file)!.messages;
  const row: Record<string, string> = {};
  for (const [rule, name] of LABELS) {
    const own = messages.filter((m) => m.ruleId === rule);
    row[name] = own.length === 0 ? '✓' : own.some((m) => m.messageId === 'missing') ? '✗' : '⚠';
  }
  for (const topic of TOPICS) row[topic.name.zh] = list.includes(topic.id) ? SYMBOL[label.topics[topic.id]!] : SYMBOL.unchecked;
  return row;
}

describe('the matrix over a folder', () => {
  it('summary: a row per report, a column per required part and area, cells as labeled, counts per column', () => {
    const out = runCli([...CONFIG, '-f', 'summary', ...FILES]).stdout;
    const table = out.split('覆盖矩阵')[1]!.split('\n').filter((l) => l.startsWith('| '));
    const cells = (line: string) => line.slice(2, -2).split(' | ').map((c) => c.trim());
    const head = cells(table[0]!);
    expect(head.slice(0, 2)).toEqual(['单位', '年度']);
    expect(head.at(-1)).toBe('文件');
    expect(head.slice(2, 8)).toEqual(LABELS.map(([, name]) => name));
    // Topics in the catalogue's order, each once, though townships and counties list different ones.
    expect(head.slice(8, -1)).toEqual(TOPICS.map((t) => t.name.zh));
    const rows = table.slice(1, -2).map(cells);
    expect(rows.map((r) => r.at(-1))).toEqual(FILES);
    for (const row of rows) {
      const expected = expectedRow(row.at(-1)!);
      head.slice(2, -1).forEach((name, i) => expect(row[i + 2], `${row.at(-1)} ${name}`).toBe(expected[name]));
    }
    // Counts: how many ✗ and ⚠ each column holds.
    const [missing, weak] = table.slice(-2).map(cells);
    expect(missing![0]).toBe('缺失');
    expect(weak![0]).toBe('不足');
    head.slice(2, -1).forEach((name, i) => {
      expect(Number(missing![i + 2]), name).toBe(rows.filter((r) => r[i + 2] === '✗').length);
      expect(Number(weak![i + 2]), name).toBe(rows.filter((r) => r[i + 2] === '⚠').length);
    });
    // The issuer and year the outline read name each row.
    expect(rows.find((r) => r.at(-1) === 'fixtures/topics/t2-street-gaps.txt')!.slice(0, 2)).toEqual(['清溪街道办事处', '2023']);
  });

  it('summary in English', () => {
    const out = runCli([...CONFIG, '-f', 'summary', '--locale', 'en', ...FILES]).stdout;
    expect(out).toContain('Matrix (✓ present, ⚠ weak, ✗ missing, – not checked):');
    expect(out).toContain('| administrative reconsideration |');
  });

  it('html: the same matrix, sortable by every column without a script', () => {
    const out = runCli([...CONFIG, '-f', 'html', ...FILES]).stdout;
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    const section = out.split('<section id="matrix">')[1]!.split('</section>')[0]!;
    const heads = [...section.matchAll(/<th role="columnheader" class="k(\d+)"[^>]*><label for="ms-(\d+)">([^<]*)<\/label>/g)];
    expect(heads.map((m) => m[3])).toEqual(['单位', '年度', ...LABELS.map(([, n]) => n), ...TOPICS.map((t) => t.name.zh)]);
    // Each head is the label of a radio button that orders the rows by that column.
    for (const [, k, target] of heads) {
      expect(target).toBe(k);
      expect(section).toContain(`<input type="radio" name="matrix-sort" id="ms-${k}" class="ms">`);
      expect(out.split('</style>')[0]).toContain(`#ms-${k}:checked~.matrix-wrap table.m tbody tr{--o:var(--k${k})}`);
    }
    const rows = section.split('<tbody>')[1]!.split('</tbody>')[0]!.trim().split('\n');
    expect(rows).toHaveLength(FILES.length);
    rows.forEach((row, i) => {
      expect(row).toContain(`<a href="#r${i + 1}" title="${FILES[i]}">`);
      const expected = expectedRow(FILES[i]!);
      const cells = [...row.matchAll(/<td role="cell" class="(\w+)"[^>]*>([^<]*)<\/td>/g)].map((m) => m[2]);
      expect(cells).toEqual(heads.slice(2).map((h) => expected[h[3]!]));
      // Every row has a rank for every column; a column's ranks put ✗ before ⚠ before – before ✓.
      expect([...row.matchAll(/--k\d+:\d+/g)]).toHaveLength(heads.length);
    });
    const rank = (row: string, k: number) => Number(new RegExp(`--k${k}:(\\d+)`).exec(row)![1]);
    const reconsideration = heads.findIndex((h) => h[3] === '行政复议');
    const symbols = rows.map((row) => expectedRow(FILES[rows.indexOf(row)]!)['行政复议']);
    const sorted = [...rows.keys()].sort((a, b) => rank(rows[a]!, reconsideration) - rank(rows[b]!, reconsideration)).map((i) => symbols[i]);
    expect(sorted).toEqual([...sorted].sort((a, b) => '✗⚠–✓'.indexOf(a!) - '✗⚠–✓'.indexOf(b!)));
  });

  it('a report folder without require-topics gets the required parts only', () => {
    const out = runCli(['--config', 'tests/format/checklist-rules.json', '-f', 'summary', ...FILES.slice(0, 2)]).stdout;
    const head = out.split('覆盖矩阵')[1]!.split('\n').find((l) => l.startsWith('| '))!;
    expect(head.slice(2, -2).split(' | ').map((c) => c.trim())).toEqual(['单位', '年度', ...LABELS.map(([, n]) => n), '文件']);
  });
});

describe('-f csv', () => {
  const run = runCli([...CONFIG, '-f', 'csv', ...FILES]);
  const bytes = Buffer.from(run.stdout, 'utf8');

  it('is UTF-8 with a byte order mark and CRLF line ends', () => {
    expect(run.code).toBe(1);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(run.stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  /** The records a reader of the CSV gets, checked against the labels and the JSON results. */
  function expectMatrix(records: string[][]): void {
    const [head, ...rest] = records;
    expect(head!.slice(0, 3)).toEqual(['文件', '单位', '年度']);
    expect(head!.at(-1)).toBe('说明');
    const rows = rest.slice(0, FILES.length);
    expect(rows.map((r) => r[0])).toEqual(FILES);
    for (const row of rows) {
      const expected = expectedRow(row[0]!);
      head!.slice(3, -1).forEach((name, i) => expect(row[i + 3], `${row[0]} ${name}`).toBe(WORD[expected[name] as keyof typeof WORD]));
    }
    expect(rows.find((r) => r[0] === 'fixtures/real/real-2024-chongqing-liuyin.txt')!.slice(1, 3)).toEqual(['重庆市北碚区柳荫镇人民政府', '2024']);
    // A blank row, then the counts per column.
    expect(rest[FILES.length]!.every((cell) => cell === '')).toBe(true);
    const missing = rest[FILES.length + 1]!;
    expect(missing[0]).toBe('缺失(份)');
    head!.slice(3, -1).forEach((name, i) => expect(Number(missing[i + 3]), name).toBe(rows.filter((r) => r[i + 3] === '✗ 缺失').length));
  }

  it('parses as strict RFC 4180 CSV (csv-parse) into the matrix', () => {
    const records = parse(bytes, { bom: true, relax_column_count: false, skip_empty_lines: false }) as string[][];
    expectMatrix(records);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) console.log('LibreOffice round trip skipped: no soffice (install it with: apt-get install -y libreoffice-calc-nogui)');

  it.skipIf(!soffice)('opens in LibreOffice Calc with its Chinese intact: .csv → .xlsx → .csv', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-csv-'));
    try {
      const office = (...args: string[]) => {
        const done = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, ...args], { encoding: 'utf8', timeout: 90_000 });
        expect(done.status, done.stderr).toBe(0);
      };
      writeFileSync(path.join(dir, 'matrix.csv'), bytes);
      mkdirSync(path.join(dir, 'xlsx'));
      mkdirSync(path.join(dir, 'back'));
      // The character set is left to Calc, as its import dialog does: the byte order mark decides.
      office('--infilter=Text - txt - csv (StarCalc):44,34,,1', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'xlsx'), path.join(dir, 'matrix.csv'));
      office('--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', path.join(dir, 'back'), path.join(dir, 'xlsx', 'matrix.xlsx'));
      const records = parse(readFileSync(path.join(dir, 'back', 'matrix.csv')), { relax_column_count: false, skip_empty_lines: false }) as string[][];
      // The mark is read as one, not as text in the first cell.
      expect(records[0]![0]).toBe('文件');
      expectMatrix(records);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('quotes what needs it and keeps a spreadsheet from running report text as a formula', () => {
    expect(csvField('青川县人民政府')).toBe('青川县人民政府');
    expect(csvField('东湖区委,区政府')).toBe('"东湖区委,区政府"');
    expect(csvField('“佬倌俚”工作室 "A"')).toBe('"“佬倌俚”工作室 ""A"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('– 未检查')).toBe('– 未检查');
  });
});
