// What the readers add to mdast: recovered heading numbering and the page debris taken out of
// the body. Declared here so every room that reads the tree sees the same shape.
import type { Root } from 'mdast';
import type { HeadingNumbering } from '../rule-api.js';
import type { DebrisKind } from '../data/page-debris.js';

export type { DebrisKind };

/** A line of page debris ("发布日期:…", "分享到:"), kept out of the body but not lost. */
export interface PageDebris {
  kind: DebrisKind;
  /** The trimmed line, exactly as in the source. */
  text: string;
  position: NonNullable<Root['position']>;
}

declare module 'mdast' {
  interface RootData {
    /** Page debris lines in source order; always set by the readers (possibly empty). */
    debris?: PageDebris[];
    /** Set when a Markdown file was read as plain text because of a shape remark reads too slowly (src/read/markdown-shapes.ts). */
    readAsText?: import('./markdown-shapes.js').MarkdownShape;
  }
  interface HeadingData {
    /** The numbering when the heading text opens with a marker ("一、", "(一)", "1." …). */
    numbering?: HeadingNumbering;
    /** True when the heading was recovered from a plain line, not written as Markdown "#". */
    recovered?: boolean;
  }
}
