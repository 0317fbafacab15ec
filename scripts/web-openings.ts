// The web openings set (../shared/reports/web/): the first ~2,000 bytes of 95 real reports as
// web pages gave them, with the expected title, year, issuer and part kinds in sources.json.
// Scored by field from the outline alone (no rules): the texts are read where they are, never
// copied into the repository. Used by `npm run eval` and tests/outline/web-openings.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Outline } from '../src/rule-api.js';
import { decode } from '../src/read/decode.js';
import { verify } from '../src/engine/lint.js';
import { formatOf } from '../src/engine/lint-file.js';
import { toSimplified } from '../src/read/script.js';

/** The checkout: the nearest folder above this file with a package.json (run from scripts/ or dist/scripts/). */
function checkoutRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
const ROOT = checkoutRoot();

/** Where the set is: FAZHI_WEB_REPORTS, else ../shared/reports/web beside the checkout. */
export function webOpeningsDir(): string | null {
  const dir = process.env.FAZHI_WEB_REPORTS ?? path.join(ROOT, '..', 'shared', 'reports', 'web');
  return existsSync(path.join(dir, 'sources.json')) ? dir : null;
}

export interface WebSource {
  file: string;
  title: string | null;
  year: number | null;
  issuer: string | null;
  headings: string[];
  kinds: string[];
  responsibility_subheadings?: string[];
}

/** Issue 15's target for every field. */
export const OUTLINE_TARGET = 0.97;

export const WEB_FIELDS = ['title', 'noTitle', 'year', 'issuer', 'partFound', 'partKind', 'noFalsePart', 'responsibilityItem'] as const;
export type WebField = (typeof WEB_FIELDS)[number];

/** One graded answer: `key` names the file and what was asked, never its text. */
export interface WebCase {
  key: string;
  field: WebField;
  pass: boolean;
  expected: string;
  actual: string;
}

// Whitespace is not graded: the set's README says runs of blanks may not be byte-exact.
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, '');
const show = (value: unknown) => (value === null || value === undefined ? 'null' : String(value));

/** The outline of a file of the set, read as the CLI reads a .txt (no rules run). */
export async function outlineOf(filePath: string): Promise<Outline> {
  const { text } = decode(readFileSync(filePath));
  return (await verify(text, { rules: [], settings: {}, locale: 'zh', format: formatOf(filePath, text) })).outline;
}

/**
 * Grades one file. Title and issuer are compared as written; part headings as the outline
 * matches them (a traditional page's headings in simplified characters), so expected headings
 * are compared in simplified characters too.
 */
export async function grade(source: WebSource, outline: Outline): Promise<WebCase[]> {
  const cases: WebCase[] = [];
  const add = (field: WebField, detail: string, pass: boolean, expected: unknown, actual: unknown) =>
    cases.push({ key: `${source.file}${detail ? ` ${detail}` : ''}`, field, pass, expected: show(expected), actual: show(actual) });

  const title = outline.title?.text ?? null;
  if (source.title === null) add('noTitle', '', title === null, null, title);
  else add('title', '', squeeze(title) === squeeze(source.title), source.title, title);
  add('year', '', outline.year === source.year, source.year, outline.year);
  add('issuer', '', squeeze(outline.issuer) === squeeze(source.issuer) && (outline.issuer === null) === (source.issuer === null), source.issuer, outline.issuer);

  const parts = outline.sections.filter((s) => s.parent === null && !s.inline);
  const expected = await Promise.all(source.headings.map(async (h) => squeeze(await toSimplified(h))));
  const used = new Set<number>();
  source.headings.forEach((heading, i) => {
    // Two parts may share a heading's number (54: two 一、): match each expected heading once.
    const at = parts.findIndex((p, j) => !used.has(j) && squeeze(p.heading) === expected[i]);
    if (at !== -1) used.add(at);
    const part = at === -1 ? null : parts[at]!;
    add('partFound', `part ${i + 1}`, part !== null, heading, part ? part.heading : null);
    if (part) add('partKind', `part ${i + 1}`, part.kind === source.kinds[i], source.kinds[i], part.kind);
  });
  const extra = parts.filter((p) => !expected.includes(squeeze(p.heading)));
  add('noFalsePart', '', extra.length === 0, 'only the listed parts', extra.map((p) => p.heading).join(' | ') || 'none');

  for (const [i, item] of (source.responsibility_subheadings ?? []).entries()) {
    const wanted = squeeze(await toSimplified(item)).replace(/[。.]$/u, '');
    const found = outline.sections.find(
      (s) => s.kind === 'responsibility' && s.parent !== null && squeeze(s.heading).startsWith(wanted),
    );
    add('responsibilityItem', `item ${i + 1}`, found !== undefined, item, found?.heading ?? null);
  }
  return cases;
}

export interface WebScore {
  dir: string;
  files: number;
  fields: Record<WebField, { pass: number; total: number }>;
  cases: WebCase[];
}

export async function scoreWebOpenings(dir: string): Promise<WebScore> {
  const sources = JSON.parse(readFileSync(path.join(dir, 'sources.json'), 'utf8')) as WebSource[];
  const cases: WebCase[] = [];
  for (const source of sources) {
    cases.push(...(await grade(source, await outlineOf(path.join(dir, 'reports', source.file)))));
  }
  const fields = Object.fromEntries(
    WEB_FIELDS.map((field) => {
      const own = cases.filter((c) => c.field === field);
      return [field, { pass: own.filter((c) => c.pass).length, total: own.length }];
    }),
  ) as WebScore['fields'];
  return { dir, files: sources.length, fields, cases };
}

export function webTable(score: WebScore): string {
  const rows = WEB_FIELDS.map((field) => {
    const { pass, total } = score.fields[field];
    return [field, `${pass}/${total}`, total === 0 ? '-' : `${((pass / total) * 100).toFixed(1)}%`];
  });
  const head = ['field', 'right', 'accuracy'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}
