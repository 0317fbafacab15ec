// Pages served through traditional-character gateways are read as their simplified originals:
// every phrase table, heading phrasing and rule is written in simplified characters. The
// conversion maps character to character (OpenCC's character and variant tables, no phrase
// table), so the simplified text has the source's length and every offset, line and column
// still points into the file as written. opencc-js is loaded only when a text is traditional.
import { TRADITIONAL_MIN_COUNT, TRADITIONAL_MIN_SHARE, TRADITIONAL_ONLY } from '../data/traditional-characters.js';

// One byte a code unit of the CJK block: a table look-up per character, the cheapest test there is.
const TRADITIONAL = new Uint8Array(0x10000);
for (const ch of TRADITIONAL_ONLY) TRADITIONAL[ch.charCodeAt(0)] = 1;
/**
 * A page shows its script in its opening: a long report is not read to the end to tell, and a
 * simplified one (nearly all) is read no further than this (npm run bench: the whole opening of
 * 20,000 characters was 4 % of a run).
 */
const SAMPLE = 3_000;

/** Whether a text is written in traditional characters (a simplified one counts none of them). */
export function isTraditional(text: string): boolean {
  let traditional = 0;
  let han = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // CJK Unified Ideographs and Extension A: where every character of the table lies.
    if (code < 0x3400 || code > 0x9fff || (code > 0x4dbf && code < 0x4e00)) continue;
    han++;
    traditional += TRADITIONAL[code]!;
  }
  return traditional >= TRADITIONAL_MIN_COUNT && traditional >= han * TRADITIONAL_MIN_SHARE;
}

export interface SimplifiedView {
  /** The text in simplified characters, as long as the source. */
  text: string;
  /**
   * Writes simplified text (a fix's replacement) back in the document's own characters: each
   * character the conversion changed goes back to the one the document wrote for it.
   */
  restore(text: string): string;
}

type Convert = (text: string) => string;
let converter: Promise<Convert> | undefined;

async function loadConverter(): Promise<Convert> {
  // The UMD build: the bundle (scripts/bundle.ts) keeps it external and requires it when needed.
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 'tw', to: 'cn' });
}

/** The text in simplified characters, whatever its script (for comparing with what the outline matched). */
export async function toSimplified(text: string): Promise<string> {
  return (await (converter ??= loadConverter()))(text);
}

/** The simplified view of a traditional text, or null when the text is not traditional. */
export async function simplifiedView(text: string): Promise<SimplifiedView | null> {
  if (!isTraditional(text)) return null;
  const convert = await (converter ??= loadConverter());
  let simplified = convert(text);
  if (simplified.length !== text.length) {
    // A conversion that changed a length (a character outside the BMP, say) is redone one
    // character at a time, keeping any that would not stay one unit.
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const converted = convert(ch);
      out += converted.length === 1 ? converted : ch;
    }
    simplified = out;
  }
  const back = new Map<string, string>();
  for (let i = 0; i < text.length; i++) {
    if (simplified[i] !== text[i] && !back.has(simplified[i]!)) back.set(simplified[i]!, text[i]!);
  }
  return {
    text: simplified,
    restore: (fixed) => (back.size === 0 ? fixed : [...fixed].map((ch) => back.get(ch) ?? ch).join('')),
  };
}
