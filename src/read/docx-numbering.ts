// Word's styles and automatic numbering. A heading numbered by Word ("一、" "(一)" "1." from a
// numbering definition, not typed) has no number in its text, and the outline and
// heading-sequence would see "总体情况" where the reader sees "一、总体情况". The numbers are
// worked out here from word/numbering.xml (and the styles that carry numbering, as Word's
// heading styles often do) and the .docx reader writes each before its paragraph's text.
// Counting follows ECMA-376 §17.9: a counter per list definition and level, deeper levels
// restarting when a shallower one moves on (unless w:lvlRestart says otherwise), a list
// instance's start override applied where the instance is first used.
import { WORD_NUMBER_FORMATS } from '../data/word-numbering.js';
import { isWordNamespace, parseXmlPart } from './docx-package.js';
import type { XmlElement } from './xml-parse.js';

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

/** A paragraph style: its name, the style it is based on and its own numbering. */
export interface WordStyle {
  name?: string;
  basedOn?: string;
  numId?: string;
  level?: number;
}

/** A paragraph's own properties, as far as numbering and headings go. */
export interface ParagraphProperties {
  styleId?: string;
  numId?: string;
  level?: number;
}

const val = (element: XmlElement, uri: string) => element.attributes.get(uri, 'val');

/** The w:val of a boolean property: on unless written "0", "false" or "off". */
function isOn(value: string | undefined): boolean {
  return value === undefined || !/^(?:0|false|off)$/.test(value);
}

/**
 * Walks a part's elements in the WordprocessingML namespace with the path of local names that
 * leads to each (["style", "pPr", "numPr", "numId"]). Elements of other namespaces, and all
 * they hold, are passed by.
 */
function walkWord(part: XmlPartText, visit: (path: readonly string[], element: XmlElement) => void): void {
  const path: string[] = [];
  let foreign = 0;
  parseXmlPart(part.name, part.xml, {
    open(element) {
      if (foreign > 0 || !isWordNamespace(element.uri)) {
        foreign++;
        return;
      }
      path.push(element.local);
      visit(path, element);
    },
    close() {
      if (foreign > 0) foreign--;
      else path.pop();
    },
  });
}

/** A part's name and text. */
export interface XmlPartText {
  name: string;
  xml: string;
}

/** Paragraph styles by id, from word/styles.xml. */
export function readStyles(part: XmlPartText | undefined): Map<string, WordStyle> {
  const styles = new Map<string, WordStyle>();
  if (!part) return styles;
  let current: WordStyle | undefined;
  walkWord(part, (path, element) => {
    const uri = element.uri;
    const at = path.join('/');
    if (at === 'styles/style') {
      const id = element.attributes.get(uri, 'styleId');
      current = id === undefined ? undefined : {};
      if (id !== undefined) styles.set(id, current!);
    } else if (!current) {
      return;
    } else if (at === 'styles/style/name') {
      current.name = val(element, uri);
    } else if (at === 'styles/style/basedOn') {
      current.basedOn = val(element, uri);
    } else if (at === 'styles/style/pPr/numPr/numId') {
      current.numId = val(element, uri);
    } else if (at === 'styles/style/pPr/numPr/ilvl') {
      current.level = Number(val(element, uri) ?? 0);
    }
  });
  return styles;
}

// Word's built-in heading styles, as mammoth maps them (its default style map): the style id
// Heading1–6, or the name "heading 1"–"heading 6" in any case (Chinese Word keeps the English
// names in styles.xml, with ids "1", "2" …); Apple Pages' "Heading" is a first level.
const HEADING_ID = /^Heading([1-6])?$/;
const HEADING_NAME = /^heading(?: ([1-6]))?$/i;

/** The heading depth a paragraph style gives, if it is one of Word's heading styles. */
export function headingDepth(styles: ReadonlyMap<string, WordStyle>, styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined;
  const match = HEADING_ID.exec(styleId) ?? HEADING_NAME.exec(styles.get(styleId)?.name ?? '');
  return match ? Number(match[1] ?? 1) : undefined;
}

export class WordNumbering {
  private readonly counters = new Map<string, number[]>();
  private readonly startedInstances = new Set<string>();

  private constructor(
    private readonly abstracts: Map<string, Map<number, Level>>,
    private readonly instances: Map<string, Instance>,
    private readonly styles: ReadonlyMap<string, WordStyle>,
  ) {}

  /** The definitions of word/numbering.xml (none without it). */
  static read(part: XmlPartText | undefined, styles: ReadonlyMap<string, WordStyle>): WordNumbering {
    const abstracts = new Map<string, Map<number, Level>>();
    const instances = new Map<string, Instance>();
    let levels: Map<number, Level> | undefined;
    let level: Level | undefined;
    let instance: Instance | undefined;
    let overridden: number | undefined;
    if (part) {
      walkWord(part, (path, element) => {
        const uri = element.uri;
        switch (path.join('/')) {
          case 'numbering/abstractNum':
            levels = new Map();
            abstracts.set(element.attributes.get(uri, 'abstractNumId') ?? '', levels);
            break;
          case 'numbering/abstractNum/lvl':
            level = { start: 1, format: 'decimal', legal: false, text: '', suffix: 'tab' };
            levels!.set(Number(element.attributes.get(uri, 'ilvl') ?? 0), level);
            break;
          case 'numbering/abstractNum/lvl/start':
            level!.start = Number(val(element, uri) ?? 1);
            break;
          case 'numbering/abstractNum/lvl/numFmt':
            level!.format = val(element, uri) ?? 'decimal';
            break;
          case 'numbering/abstractNum/lvl/isLgl':
            level!.legal = isOn(val(element, uri));
            break;
          case 'numbering/abstractNum/lvl/lvlText':
            level!.text = val(element, uri) ?? '';
            break;
          case 'numbering/abstractNum/lvl/suff':
            level!.suffix = val(element, uri) ?? 'tab';
            break;
          case 'numbering/abstractNum/lvl/lvlRestart':
            level!.restartBelow = Number(val(element, uri));
            break;
          case 'numbering/num':
            instance = { abstractId: '', startOverrides: new Map() };
            instances.set(element.attributes.get(uri, 'numId') ?? '', instance);
            break;
          case 'numbering/num/abstractNumId':
            instance!.abstractId = val(element, uri) ?? '';
            break;
          case 'numbering/num/lvlOverride':
            overridden = Number(element.attributes.get(uri, 'ilvl') ?? 0);
            break;
          case 'numbering/num/lvlOverride/startOverride':
            instance!.startOverrides.set(overridden!, Number(val(element, uri) ?? 1));
            break;
        }
      });
    }
    return new WordNumbering(abstracts, instances, styles);
  }

  /** A style's numbering, its own or the nearest one it is based on. */
  private styleNumbering(styleId: string | undefined): WordStyle {
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const style = this.styles.get(id);
      if (style?.numId !== undefined) return style;
    }
    return {};
  }

  /**
   * The number Word shows before the next paragraph with these properties ('' for none),
   * counting it. Bullets give '': they are not numbers a heading is recognised by. The gap Word
   * puts after a number (a tab or a space) is kept as a space after a Latin mark ("1. "),
   * dropped after a Chinese one ("一、"), as a writer would type them.
   */
  next(properties: ParagraphProperties): string {
    const fromStyle = this.styleNumbering(properties.styleId);
    const numId = properties.numId ?? fromStyle.numId;
    const level = properties.level ?? fromStyle.level ?? 0;
    const instance = numId === undefined ? undefined : this.instances.get(numId);
    const levels = instance && this.abstracts.get(instance.abstractId);
    const definition = levels?.get(level);
    if (!instance || !levels || !definition) return ''; // numId 0 and unknown lists: no number
    const count = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, count);
    if (!this.startedInstances.has(numId!)) {
      this.startedInstances.add(numId!);
      for (const [overridden, start] of instance.startOverrides) count[overridden] = start - 1;
    }
    count[level] = (count[level] ?? definition.start - 1) + 1;
    for (let deeper = level + 1; deeper < count.length; deeper++) {
      if ((levels.get(deeper)?.restartBelow ?? deeper) > level) delete count[deeper];
    }
    if (definition.format === 'bullet' || definition.format === 'none') return '';
    const number = definition.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      const shown = levels.get(at);
      return shown ? formatNumber(count[at] ?? shown.start, definition.legal ? 'decimal' : shown.format) : '';
    });
    if (number === '') return '';
    return definition.suffix !== 'nothing' && /[\x21-\x7e]$/.test(number) ? `${number} ` : number;
  }
}

function formatNumber(value: number, format: string): string {
  const formatter = WORD_NUMBER_FORMATS[format] ?? WORD_NUMBER_FORMATS.decimal!;
  return formatter(value);
}
