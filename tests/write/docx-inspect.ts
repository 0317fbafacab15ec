// Looking inside a reviewed .docx the way Word would, independently of the writer: the XML is
// parsed as a DOM (@xmldom/xmldom), comments found by their marks, tracked changes accepted or
// rejected as Word's "Accept all" and "Reject all" do.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

type XmlDocument = ReturnType<DOMParser['parseFromString']>;
type XmlElementNode = ReturnType<XmlDocument['createElementNS']>;

export function parts(docx: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(docx);
}

export function xmlOf(docx: Uint8Array, name: string): XmlDocument | null {
  const part = parts(docx)[name];
  if (!part) return null;
  return new DOMParser().parseFromString(strFromU8(part), 'text/xml');
}

function elements(node: XmlDocument | XmlElementNode, local: string): XmlElementNode[] {
  return Array.from(node.getElementsByTagNameNS(W, local) as unknown as ArrayLike<XmlElementNode>);
}

const attribute = (element: XmlElementNode, name: string) => element.getAttributeNS(W, name) ?? '';

export interface CommentInfo {
  id: string;
  author: string;
  initials: string;
  date: string;
  text: string;
}

/** The comments of word/comments.xml, their paragraphs joined by "\n". */
export function commentsOf(docx: Uint8Array): CommentInfo[] {
  const document = xmlOf(docx, 'word/comments.xml');
  if (!document) return [];
  return elements(document, 'comment').map((comment) => ({
    id: attribute(comment, 'id'),
    author: attribute(comment, 'author'),
    initials: attribute(comment, 'initials'),
    date: attribute(comment, 'date'),
    text: elements(comment, 'p')
      .map((p) => elements(p, 't').map((t) => t.textContent).join(''))
      .join('\n'),
  }));
}

/**
 * The text each comment of word/document.xml is anchored on, in document order: the text of
 * w:t (w:tab as a tab) between its commentRangeStart and commentRangeEnd, deleted text left out.
 */
export function anchoredTexts(docx: Uint8Array): Map<string, string> {
  const document = xmlOf(docx, 'word/document.xml')!;
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  const visit = (node: XmlElementNode) => {
    if (node.namespaceURI === W) {
      if (node.localName === 'commentRangeStart') open.set(attribute(node, 'id'), '');
      else if (node.localName === 'commentRangeEnd') {
        const id = attribute(node, 'id');
        if (open.has(id)) done.set(id, open.get(id)!);
        open.delete(id);
      } else if (node.localName === 't' || node.localName === 'tab') {
        const text = node.localName === 'tab' ? '\t' : node.textContent ?? '';
        for (const [id, value] of open) open.set(id, value + text);
      } else if (node.localName === 'del' || node.localName === 'moveFrom') return;
    }
    for (const child of Array.from(node.childNodes as unknown as ArrayLike<XmlElementNode>)) if (child.nodeType === 1) visit(child);
  };
  visit(document.documentElement as unknown as XmlElementNode);
  return done;
}

/** Tracked changes by `author` in word/document.xml. */
export function changesBy(docx: Uint8Array, author: string): { insertions: string[]; deletions: string[]; dates: string[] } {
  const document = xmlOf(docx, 'word/document.xml')!;
  const mine = (local: string) => elements(document, local).filter((e) => attribute(e, 'author') === author);
  return {
    insertions: mine('ins').map((e) => elements(e, 't').map((t) => t.textContent).join('')),
    deletions: mine('del').map((e) => elements(e, 'delText').map((t) => t.textContent).join('')),
    dates: [...mine('ins'), ...mine('del')].map((e) => attribute(e, 'date')),
  };
}

/**
 * The .docx with `author`'s tracked changes accepted ("accept") or rejected ("reject"), as Word
 * does: accepting keeps inserted runs and drops deleted ones; rejecting the other way round,
 * deleted text becoming text again.
 */
export function resolveChanges(docx: Uint8Array, author: string, how: 'accept' | 'reject'): Uint8Array {
  const document = xmlOf(docx, 'word/document.xml')!;
  const unwrap = (element: XmlElementNode) => {
    const parent = element.parentNode!;
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    parent.removeChild(element);
  };
  for (const insertion of elements(document, 'ins').filter((e) => attribute(e, 'author') === author)) {
    if (how === 'accept') unwrap(insertion);
    else insertion.parentNode!.removeChild(insertion);
  }
  for (const deletion of elements(document, 'del').filter((e) => attribute(e, 'author') === author)) {
    if (how === 'accept') {
      deletion.parentNode!.removeChild(deletion);
      continue;
    }
    for (const deleted of elements(deletion, 'delText')) {
      const text = document.createElementNS(W, `${deleted.prefix ? `${deleted.prefix}:` : ''}t`);
      text.setAttribute('xml:space', 'preserve');
      text.appendChild(document.createTextNode(deleted.textContent ?? ''));
      deleted.parentNode!.replaceChild(text, deleted);
    }
    unwrap(deletion);
  }
  const xml = new XMLSerializer().serializeToString(document as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
  return zipSync({ ...parts(docx), 'word/document.xml': strToU8(xml) });
}
