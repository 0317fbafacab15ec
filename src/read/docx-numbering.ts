// Word's automatic numbering. A heading numbered by Word ("一、" "(一)" "1." from a numbering
// definition, not typed) has no number in its text: mammoth leaves it out, and the outline and
// heading-sequence would see "总体情况" where the reader sees "一、总体情况". The numbers are
// worked out here from word/numbering.xml (and the styles that carry numbering, as Word's
// heading styles often do) and written into document.xml as a first run of each paragraph,
// before mammoth reads it. Counting follows ECMA-376 §17.9: a counter per list definition and
// level, deeper levels restarting when a shallower one moves on (unless w:lvlRestart says
// otherwise), a list instance's start override applied where the instance is first used.
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import { WORD_NUMBER_FORMATS } from '../data/word-numbering.js';
import { escapeXml, unescapeXml } from '../xml.js';

interface Level {
  start: number;
  format: string;
  /** Legal numbering (isLgl): every level's number shown in Arabic digits. */
  legal: boolean;
  text: string;
  /** What follows the number: a tab (Word's default), a space or nothing. */
  suffix: string;
  /**
   * w:lvlRestart: this level starts again when a level shallower than this one (1-based) moves
   * on; 0 never. By default, when any shallower level does.
   */
  restartBelow?: number;
}

interface Instance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

interface Definitions {
  abstracts: Map<string, Map<number, Level>>;
  instances: Map<string, Instance>;
  styles: Map<string, StyleNumbering>;
}

/** A paragraph style's own numbering (numId and level), and the style it is based on. */
interface StyleNumbering {
  numId?: string;
  level?: number;
  basedOn?: string;
}

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';

/** The w:val of the first `<w:name …/>` element in `xml`. */
function valueOf(xml: string, name: string): string | undefined {
  return new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];
}

function* elements(xml: string, name: string, idAttribute: string): Generator<[string, string]> {
  const pattern = new RegExp(`<w:${name}\\b[^>]*\\bw:${idAttribute}="([^"]*)"[^>]*>([\\s\\S]*?)</w:${name}>`, 'g');
  for (const m of xml.matchAll(pattern)) yield [m[1]!, m[2]!];
}

function readDefinitions(numbering: string, styles: string): Definitions {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const [id, body] of elements(numbering, 'abstractNum', 'abstractNumId')) {
    const levels = new Map<number, Level>();
    for (const [ilvl, lvl] of elements(body, 'lvl', 'ilvl')) {
      levels.set(Number(ilvl), {
        start: Number(valueOf(lvl, 'start') ?? 1),
        format: valueOf(lvl, 'numFmt') ?? 'decimal',
        legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(lvl),
        text: unescapeXml(valueOf(lvl, 'lvlText') ?? ''),
        suffix: valueOf(lvl, 'suff') ?? 'tab',
        restartBelow: valueOf(lvl, 'lvlRestart') === undefined ? undefined : Number(valueOf(lvl, 'lvlRestart')),
      });
    }
    abstracts.set(id, levels);
  }
  const instances = new Map<string, Instance>();
  for (const [id, body] of elements(numbering, 'num', 'numId')) {
    const abstractId = valueOf(body, 'abstractNumId');
    if (abstractId === undefined) continue;
    const startOverrides = new Map<number, number>();
    for (const [ilvl, override] of elements(body, 'lvlOverride', 'ilvl')) {
      const start = valueOf(override, 'startOverride');
      if (start !== undefined) startOverrides.set(Number(ilvl), Number(start));
    }
    instances.set(id, { abstractId, startOverrides });
  }
  const byStyle = new Map<string, StyleNumbering>();
  for (const [id, body] of elements(styles, 'style', 'styleId')) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1];
    const level = numPr ? valueOf(numPr, 'ilvl') : undefined;
    byStyle.set(id, { numId: numPr ? valueOf(numPr, 'numId') : undefined, level: level === undefined ? undefined : Number(level), basedOn: valueOf(body, 'basedOn') });
  }
  return { abstracts, instances, styles: byStyle };
}

/** A style's numbering, its own or the nearest one it is based on. */
function styleNumbering(definitions: Definitions, styleId: string | undefined): StyleNumbering {
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id); id = definitions.styles.get(id)?.basedOn) {
    seen.add(id);
    const style = definitions.styles.get(id);
    if (style?.numId !== undefined) return style;
  }
  return {};
}

function formatNumber(value: number, format: string): string {
  const formatter = WORD_NUMBER_FORMATS[format] ?? WORD_NUMBER_FORMATS.decimal!;
  return formatter(value);
}

/**
 * document.xml with the number Word shows before each automatically numbered paragraph written
 * into it as text; null when no paragraph is numbered. Bullets are left out: they are not
 * numbers a heading is recognised by.
 */
export function numberParagraphs(document: string, numbering: string, styles = ''): string | null {
  const definitions = readDefinitions(numbering, styles);
  if (definitions.instances.size === 0) return null;
  const counters = new Map<string, number[]>();
  const startedInstances = new Set<string>();
  let changed = false;
  // A paragraph's properties come first in it. A revision's old properties (pPrChange, with a
  // pPr of its own inside) are not the paragraph's: skipped whole, so the match ends at the
  // paragraph's own </w:pPr>.
  const paragraph =
    /<w:p(?:\s[^>]*)?(?<!\/)>(?:\s*<w:pPr(?:\s[^>]*)?>((?:<w:pPrChange\b[\s\S]*?<\/w:pPrChange>|(?!<\/w:pPr>)[\s\S])*?)<\/w:pPr>)?/g;
  const out = document.replace(paragraph, (whole, properties: string | undefined) => {
    const own = (properties ?? '').replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(own)?.[1];
    const fromStyle = styleNumbering(definitions, valueOf(own, 'pStyle'));
    const numId = (numPr && valueOf(numPr, 'numId')) ?? fromStyle.numId;
    const level = Number((numPr && valueOf(numPr, 'ilvl')) ?? fromStyle.level ?? 0);
    const instance = numId === undefined ? undefined : definitions.instances.get(numId);
    const levels = instance && definitions.abstracts.get(instance.abstractId);
    const definition = levels?.get(level);
    if (!instance || !levels || !definition) return whole; // numId 0 and unknown lists: no number
    const count = counters.get(instance.abstractId) ?? [];
    counters.set(instance.abstractId, count);
    if (!startedInstances.has(numId!)) {
      startedInstances.add(numId!);
      for (const [overridden, start] of instance.startOverrides) count[overridden] = start - 1;
    }
    count[level] = (count[level] ?? definition.start - 1) + 1;
    for (let deeper = level + 1; deeper < count.length; deeper++) {
      if ((levels.get(deeper)?.restartBelow ?? deeper) > level) delete count[deeper];
    }
    if (definition.format === 'bullet' || definition.format === 'none') return whole;
    const number = definition.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      const shown = levels.get(at);
      return shown ? formatNumber(count[at] ?? shown.start, definition.legal ? 'decimal' : shown.format) : '';
    });
    if (number === '') return whole;
    // Word puts a tab or a space after the number: kept as a space after a Latin mark ("1. "),
    // dropped after a Chinese one ("一、"), as a writer would type them.
    const gap = definition.suffix !== 'nothing' && /[\x21-\x7e]$/.test(number) ? ' ' : '';
    changed = true;
    return `${whole}<w:r><w:t xml:space="preserve">${escapeXml(number + gap)}</w:t></w:r>`;
  });
  return changed ? out : null;
}

/**
 * The .docx with its automatic numbers written into the text (the same bytes when it has none):
 * what mammoth is given.
 */
export function withAutomaticNumbers(bytes: Uint8Array): Uint8Array {
  const wanted = new Set([DOCUMENT, NUMBERING, STYLES]);
  const parts = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  if (!parts[NUMBERING] || !parts[DOCUMENT]) return bytes;
  const numbered = numberParagraphs(strFromU8(parts[DOCUMENT]), strFromU8(parts[NUMBERING]), parts[STYLES] ? strFromU8(parts[STYLES]) : '');
  if (numbered === null) return bytes;
  // Stored, not compressed: mammoth unzips it again at once.
  return zipSync({ ...unzipSync(bytes), [DOCUMENT]: [strToU8(numbered), { level: 0 }] });
}
