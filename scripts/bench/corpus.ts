// The benchmark corpus: reports recombined from the paragraphs of the fixture reports, seeded so
// every run and machine lints the same bytes. Each generated report keeps the real shape of one:
// a title, an opening, numbered parts (一、二、… and (一)(二)… renumbered per report), and varies
// which parts appear, how big it is (5–30 KB), and how it is written (.txt as scraped, .md drafts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32, type Random } from './prng.js';

export type PartKind = 'achievements' | 'responsibility' | 'problems' | 'plans';

interface Item {
  /** The heading text without its marker, e.g. "强化统筹推进。" */
  heading: string;
  /** Body text on the heading's own line ("(一)强化统筹推进。进一步…"), or null. */
  inlineBody: string | null;
  paragraphs: string[];
}

interface Section {
  kind: PartKind;
  heading: string;
  intro: string[];
  items: Item[];
}

export interface Pools {
  titles: string[];
  openings: string[];
  /** Page debris blocks (the lines above a scraped report's body), one per source that has them. */
  debris: string[][];
  sections: Record<PartKind, Section[]>;
  items: Record<PartKind, Item[]>;
}

const KINDS: PartKind[] = ['achievements', 'responsibility', 'problems', 'plans'];
const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (up to 99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_NUMERALS[n]!;
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : CN_NUMERALS[tens]!) + '十' + CN_NUMERALS[n % 10]!;
}

const LEVEL1 = /^([一二三四五六七八九十]{1,3})、(.+)$/;
const LEVEL2 = /^[（(]([一二三四五六七八九十]{1,3})[）)](.+)$/;
const TITLE = /法治政府建设.{0,20}报告$/;
const DEBRIS = /\||^(headerBg|发布日期|发布时间|日期[::]|索引号|发布机构|当前位置|您现在的位置|文件编号|公开范围|分享|【)/;
const BLANKS = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

function kindOf(heading: string): PartKind {
  if (/问题|不足/.test(heading)) return 'problems';
  if (/第一责任人|主要负责人/.test(heading)) return 'responsibility';
  if (/下一步|打算|计划|安排|思路|展望/.test(heading)) return 'plans';
  return 'achievements';
}

function splitHeading(text: string): Pick<Item, 'heading' | 'inlineBody'> {
  const stop = text.indexOf('。');
  if (stop === -1 || stop === text.length - 1) return { heading: text, inlineBody: null };
  return { heading: text.slice(0, stop + 1), inlineBody: text.slice(stop + 1) };
}

/** Reads fixture texts (Markdown markup stripped) into pools of titles, openings and parts. */
export function buildPools(sources: readonly string[]): Pools {
  const pools: Pools = {
    titles: [],
    openings: [],
    debris: [],
    sections: { achievements: [], responsibility: [], problems: [], plans: [] },
    items: { achievements: [], responsibility: [], problems: [], plans: [] },
  };
  for (const source of sources) {
    const lines = source
      .split(/\r\n|\r|\n/)
      .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').replace(BLANKS, ''))
      .filter((line) => line !== '');
    const debris: string[] = [];
    let section: Section | null = null;
    let item: Item | null = null;
    for (const line of lines) {
      const l1 = LEVEL1.exec(line);
      const l2 = LEVEL2.exec(line);
      if (l1) {
        section = { kind: kindOf(l1[2]!), heading: l1[2]!, intro: [], items: [] };
        pools.sections[section.kind].push(section);
        item = null;
      } else if (l2 && section) {
        item = { ...splitHeading(l2[2]!), paragraphs: [] };
        section.items.push(item);
        pools.items[section.kind].push(item);
      } else if (!section) {
        if (TITLE.test(line) && line.length <= 60) pools.titles.push(line);
        else if (DEBRIS.test(line)) debris.push(line);
        else if (line.length >= 40) pools.openings.push(line);
      } else if (line.length >= 20 && !DEBRIS.test(line)) {
        (item ? item.paragraphs : section.intro).push(line);
      }
    }
    if (debris.length > 0) pools.debris.push(debris);
  }
  for (const kind of KINDS) {
    if (pools.sections[kind].length === 0) throw new Error(`bench corpus: the fixtures have no "${kind}" part to recombine`);
  }
  if (pools.titles.length === 0 || pools.openings.length === 0) throw new Error('bench corpus: the fixtures have no titles or openings');
  return pools;
}

/** The fixture texts the corpus is made of, in a stable order. */
export function readFixtureSources(root: string): string[] {
  const texts: string[] = [];
  for (const folder of ['fixtures/real', 'fixtures/labeled']) {
    let names: string[];
    try {
      names = readdirSync(path.join(root, folder));
    } catch {
      continue;
    }
    // Reports only: the folder's README describes the labels.
    for (const name of names.filter((n) => /\.(txt|md)$/.test(n) && !/^readme\./i.test(n)).sort()) {
      texts.push(readFileSync(path.join(root, folder, name), 'utf8'));
    }
  }
  return texts;
}

interface ReportModel {
  debris: string[];
  title: string | null;
  opening: string;
  sections: Section[];
  signature: string[];
  /**
   * How it is written: punctuation (ASCII as the scraped fixtures have it after NFKC, or
   * full-width as Word writes it, never a mix), paragraph indent, line ending, Markdown style.
   */
  fullwidth: boolean;
  indent: string;
  eol: '\n' | '\r\n';
  mdStyle: 'atx' | 'bold' | 'plain';
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const itemBytes = (item: Item) => bytes(item.heading) + bytes(item.inlineBody ?? '') + item.paragraphs.reduce((n, p) => n + bytes(p) + 2, 8);

export interface ReportOptions {
  /** Size to reach, in bytes of the .txt rendering; random in 5–30 KB when not given. */
  targetBytes?: number;
  maxBytes?: number;
  /** Full-width punctuation or the fixtures' ASCII; random when not given. */
  fullwidth?: boolean;
}

const MIN_BYTES = 5 * 1024;
const MAX_BYTES = 30 * 1024;

/** One report, a pure function of (pools, rng state). */
export function generateModel(pools: Pools, rng: Random, options: ReportOptions = {}): ReportModel {
  const target = options.targetBytes ?? rng.int(MIN_BYTES, MAX_BYTES - 1024);
  const max = options.maxBytes ?? MAX_BYTES - 512;
  const title = rng.chance(0.92) ? rng.pick(pools.titles) : null;
  const opening = rng.pick(pools.openings);
  let size = bytes(title ?? '') + bytes(opening) + 4;

  const fresh = (kind: PartKind): Section => {
    const source = rng.pick(pools.sections[kind]);
    return { kind, heading: source.heading, intro: source.intro.slice(0, 2), items: [] };
  };
  const achievements: Section[] = [];
  const count = rng.chance(0.06) ? 0 : rng.int(1, 5);
  for (let i = 0; i < count; i++) achievements.push(fresh('achievements'));
  const others: Section[] = [];
  for (const [kind, p] of [['responsibility', 0.7], ['problems', 0.85], ['plans', 0.85]] as const) {
    if (rng.chance(p)) others.push(fresh(kind));
  }
  const sections = rng.chance(0.25) && others[0]?.kind === 'responsibility' ? [others[0], ...achievements, ...others.slice(1)] : [...achievements, ...others];
  for (const section of sections) size += bytes(section.heading) + section.intro.reduce((n, p) => n + bytes(p) + 2, 8);

  const addItem = (section: Section): boolean => {
    const pool = pools.items[section.kind];
    if (pool.length === 0) return false;
    const item = rng.pick(pool);
    const cost = itemBytes(item);
    if (size + cost > max) return false;
    section.items.push(item);
    size += cost;
    return true;
  };
  for (const section of others) {
    const wanted = rng.int(1, 4);
    for (let i = 0; i < wanted; i++) addItem(section);
  }
  const growable = achievements.length > 0 ? achievements : sections;
  for (let tries = 0; size < target && tries < 400 && growable.length > 0; tries++) addItem(rng.pick(growable));

  const issuer = title ? title.split(/关于|\d{4}|法治政府/)[0]! : '';
  const signature =
    issuer.length >= 2 && rng.chance(0.5)
      ? [issuer, `${rng.int(2021, 2025)}年${rng.int(1, 12)}月${rng.int(1, 28)}日`]
      : [];
  const model: ReportModel = {
    debris: pools.debris.length > 0 && rng.chance(0.25) ? rng.pick(pools.debris) : [],
    title,
    opening,
    sections,
    signature,
    fullwidth: options.fullwidth ?? rng.chance(0.5),
    indent: rng.chance(0.3) ? '\u3000\u3000' : '',
    eol: rng.chance(0.15) ? '\r\n' : '\n',
    mdStyle: rng.pick(['atx', 'atx', 'bold', 'plain'] as const),
  };
  // The estimate above ignores indents, debris and line endings: trim to the real size.
  while (bytes(renderText(model)) > (options.maxBytes ?? MAX_BYTES)) {
    const fullest = sections.length === 0 ? null : sections.reduce((a, b) => (b.items.length > a.items.length ? b : a));
    if (!fullest || fullest.items.length === 0) break;
    fullest.items.pop();
  }
  return model;
}

const FULLWIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };

/** The report's punctuation: the fixtures' ASCII marks, or all of them full-width. */
function punctuate(model: ReportModel, text: string): string {
  // Not between digits: "1,000" and "10:30" keep their ASCII marks in Word too.
  return model.fullwidth ? text.replace(/(?<!\d)[,:](?!\d)|[;()?!]/g, (mark) => FULLWIDTH[mark]!) : text;
}

/** A plain-text report as scraped from a page or saved from Word: one paragraph a line. */
export function renderText(model: ReportModel): string {
  return punctuate(model, textLines(model).join(model.eol) + model.eol);
}

function textLines(model: ReportModel): string[] {
  const lines = [...model.debris];
  if (model.title) lines.push(model.title);
  lines.push(model.indent + model.opening);
  model.sections.forEach((section, s) => {
    lines.push(`${model.indent}${chineseNumeral(s + 1)}、${section.heading}`);
    for (const p of section.intro) lines.push(model.indent + p);
    section.items.forEach((item, i) => {
      lines.push(`${model.indent}(${chineseNumeral(i + 1)})${item.heading}${item.inlineBody ?? ''}`);
      for (const p of item.paragraphs) lines.push(model.indent + p);
    });
  });
  lines.push(...model.signature);
  return lines;
}

/** The same report as a Markdown draft: ATX headings, bold headings, or numbered lines only. */
export function renderMarkdown(model: ReportModel): string {
  const blocks: string[] = [];
  if (model.title) blocks.push(`# ${model.title}`);
  blocks.push(model.opening);
  const heading = (level: 2 | 3, text: string) =>
    model.mdStyle === 'atx' ? `${'#'.repeat(level)} ${text}` : model.mdStyle === 'bold' ? `**${text}**` : text;
  model.sections.forEach((section, s) => {
    blocks.push(heading(2, `${chineseNumeral(s + 1)}、${section.heading}`));
    blocks.push(...section.intro);
    section.items.forEach((item, i) => {
      const marker = `(${chineseNumeral(i + 1)})`;
      // A heading with its body on the same line stays one paragraph, as pandoc writes it.
      blocks.push(item.inlineBody === null ? heading(3, marker + item.heading) : marker + item.heading + item.inlineBody);
      blocks.push(...item.paragraphs);
    });
  });
  if (model.signature.length > 0) blocks.push(model.signature.join('  \n'));
  return punctuate(model, blocks.join('\n\n') + '\n');
}

export interface CorpusStats {
  files: number;
  bytes: { md: number; txt: number };
}

/** Writes `count` reports as dir/md/rNNNN.md and dir/txt/rNNNN.txt (the folders are emptied first). */
export function writeCorpus(dir: string, pools: Pools, count: number, seed: number): CorpusStats {
  const rng = mulberry32(seed);
  const stats: CorpusStats = { files: count, bytes: { md: 0, txt: 0 } };
  for (const format of ['md', 'txt'] as const) {
    rmSync(path.join(dir, format), { recursive: true, force: true });
    mkdirSync(path.join(dir, format), { recursive: true });
  }
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const model = generateModel(pools, rng);
    const name = `r${String(i + 1).padStart(width, '0')}`;
    const md = renderMarkdown(model);
    const txt = renderText(model);
    writeFileSync(path.join(dir, 'md', `${name}.md`), md);
    writeFileSync(path.join(dir, 'txt', `${name}.txt`), txt);
    stats.bytes.md += bytes(md);
    stats.bytes.txt += bytes(txt);
  }
  return stats;
}

/**
 * A large file of about `targetBytes`: generated reports one after another, as a compilation of
 * a province's reports would be (each report restarts its numbering), edited into one style of
 * punctuation (full-width) as a compilation is.
 */
export function largeFile(pools: Pools, targetBytes: number, format: 'md' | 'txt', seed: number): string {
  const rng = mulberry32(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const model = generateModel(pools, rng, { fullwidth: true });
    const text = format === 'md' ? renderMarkdown(model) : renderText(model);
    parts.push(text);
    size += bytes(text);
  }
  return parts.join(format === 'md' ? '\n' : '');
}

/** One report of about `targetBytes` (the end-to-end start-up measurement). */
export function sizedReport(pools: Pools, targetBytes: number, seed: number): { md: string; txt: string } {
  const model = generateModel(pools, mulberry32(seed), { targetBytes, maxBytes: targetBytes + 1024 });
  return { md: renderMarkdown(model), txt: renderText(model) };
}
