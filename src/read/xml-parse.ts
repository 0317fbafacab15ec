// XML read as a stream of events, each with its place in the source: the parts of a .docx are
// read this way, so the reader can say where every character it reports sits in
// word/document.xml and the writer can edit the file there. The parsing is @xmldom/xmldom's
// (a real XML parser: namespaces resolved, entities decoded, malformed markup reported);
// it gives no offsets for end tags, so they are followed here: every event starts where the
// previous one ended, and each is checked to be what the source holds at that place. No DOM is
// built: memory stays a small multiple of the source.
import { DOMParser } from '@xmldom/xmldom';

export class XmlError extends Error {}

export interface XmlAttributes {
  /** The value of the attribute in namespace `uri` with local name `local`. */
  get(uri: string, local: string): string | undefined;
}

export interface XmlElement {
  /** Namespace URI ('' for none) and local name. */
  uri: string;
  local: string;
  /** The name as written, prefix included ("w:p"). */
  qName: string;
  attributes: XmlAttributes;
  /** [start, startTagEnd): the start tag (the whole element when self-closing). */
  start: number;
  startTagEnd: number;
  selfClosing: boolean;
  /** Nesting depth: 1 for the root element. */
  depth: number;
}

export interface XmlHandler {
  open?(element: XmlElement): void;
  /** `endTagStart`..`end`: the end tag; both equal `startTagEnd` for a self-closing element. */
  close?(element: XmlElement, endTagStart: number, end: number): void;
  /**
   * Character data of the innermost open element: `value` decoded, `rawStart`..`rawEnd` as
   * written (entities and all). `cdata` for a CDATA section (`raw` offsets are its content).
   */
  text?(value: string, rawStart: number, rawEnd: number, cdata: boolean): void;
}

/** Deeper than any Word document nests (a table in a text box in a table is under 40). */
export const MAX_XML_DEPTH = 500;

interface SaxAttributes {
  length: number;
  getURI(i: number): string | null | undefined;
  getLocalName(i: number): string;
  getValue(i: number): string;
}

// xmldom's types leave out the SAX handler (domBuilder) and line-ending options it takes.
type SaxParser = new (options: Record<string, unknown>) => { parseFromString(source: string, mimeType: string): unknown };

class Attributes implements XmlAttributes {
  constructor(private readonly sax: SaxAttributes) {}
  get(uri: string, local: string): string | undefined {
    for (let i = 0; i < this.sax.length; i++) {
      if (this.sax.getLocalName(i) === local && (this.sax.getURI(i) ?? '') === uri) return this.sax.getValue(i);
    }
    return undefined;
  }
}

/** Where the start tag opened at `start` ends: its ">" outside quoted attribute values. */
function startTagEnd(source: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      quote = code;
    } else if (code === 0x3e) {
      return i + 1;
    }
  }
  throw new XmlError(`unclosed tag at offset ${start}`);
}

/**
 * Parses `source`, calling `handler` for each element and each piece of character data, in
 * document order. Throws XmlError on malformed XML, a DOCTYPE (a Word part has none, and
 * entity declarations are how XML is made to explode) or nesting deeper than MAX_XML_DEPTH.
 */
export function parseXml(source: string, handler: XmlHandler): void {
  const stack: XmlElement[] = [];
  let cursor = 0;
  let inCdata = false;
  let rootSeen = false;
  // An error thrown here comes back through xmldom's error handler: the first one is kept.
  let failure: XmlError | undefined;
  const fail = (message: string): never => {
    throw (failure = new XmlError(message));
  };
  const expect = (ok: boolean, what: string) => {
    if (!ok) fail(`${what} expected at offset ${cursor}`);
  };
  const builder = {
    startDocument() {},
    endDocument() {
      if (!rootSeen) fail('no root element');
      if (stack.length > 0) fail(`<${stack.at(-1)!.qName}> is not closed`);
      if (source.slice(cursor).trim() !== '') fail(`content after the root element at offset ${cursor}`);
    },
    startPrefixMapping() {},
    endPrefixMapping() {},
    setDocumentLocator() {},
    startElement(uri: string | null | undefined, local: string, qName: string, attributes: SaxAttributes) {
      expect(source.charCodeAt(cursor) === 0x3c && source.startsWith(qName, cursor + 1), `<${qName}>`);
      if (stack.length >= MAX_XML_DEPTH) fail(`elements nested deeper than ${MAX_XML_DEPTH}`);
      if (stack.length === 0 && rootSeen) fail(`a second root element at offset ${cursor}`);
      rootSeen = true;
      const end = startTagEnd(source, cursor);
      const element: XmlElement = {
        uri: uri ?? '',
        local,
        qName,
        attributes: new Attributes(attributes),
        start: cursor,
        startTagEnd: end,
        selfClosing: source.charCodeAt(end - 2) === 0x2f,
        depth: stack.length + 1,
      };
      stack.push(element);
      cursor = end;
      handler.open?.(element);
    },
    endElement(_uri: string, _local: string, qName: string) {
      const element = stack.pop();
      if (!element || element.qName !== qName) return fail(`</${qName}> does not close the open element`);
      if (element.selfClosing) {
        handler.close?.(element, element.startTagEnd, element.startTagEnd);
        return;
      }
      expect(source.startsWith(`</${qName}`, cursor), `</${qName}>`);
      const endTagStart = cursor;
      const end = source.indexOf('>', cursor) + 1;
      cursor = end;
      handler.close?.(element, endTagStart, end);
    },
    characters(chars: string, start: number, length: number) {
      if (inCdata) {
        // A CDATA section: `chars` is the whole source and `start` the content's offset.
        expect(start === cursor + 9, 'CDATA');
        handler.text?.(chars.substr(start, length), start, start + length, true);
        cursor = start + length + 3;
        return;
      }
      // Decoded text: `length` is the length as written.
      expect(length > 0 && source.charCodeAt(cursor) !== 0x3c, 'text');
      const rawStart = cursor;
      cursor += length;
      if (stack.length > 0) handler.text?.(chars, rawStart, cursor, false);
    },
    ignorableWhitespace() {},
    startCDATA() {
      expect(source.startsWith('<![CDATA[', cursor), 'CDATA');
      inCdata = true;
    },
    endCDATA() {
      inCdata = false;
    },
    comment(_source: string, start: number, length: number) {
      expect(start === cursor + 4, 'comment');
      cursor = start + length + 3;
    },
    processingInstruction() {
      expect(source.startsWith('<?', cursor), 'processing instruction');
      cursor = source.indexOf('?>', cursor) + 2;
    },
    startDTD() {
      fail('a DOCTYPE (a Word document part has none)');
    },
    endDTD() {},
    // Where xmldom puts text after the root element.
    doc: {
      createTextNode: () => fail('content after the root element'),
    },
  };
  const raise = (message: string): never => {
    if (failure) throw failure;
    // "[xmldom error]\telement parse error: Error: <reason>\n@#[line:…]" → "<reason>"
    const reason = message.replace(/^\[xmldom \w+\]\s*/, '').replace(/\n@#\[[^]*$/, '').replace(/^element parse error: (?:\w*Error: )?/, '');
    // xmldom's name for an element whose end tag it cannot find.
    throw new XmlError(reason === 'unclosed xml attribute' ? 'an element is not closed' : reason);
  };
  new (DOMParser as unknown as SaxParser)({
    domBuilder: builder,
    // Line endings as written: offsets must stay those of the source.
    normalizeLineEndings: (text: string) => text,
    // xmldom recovers from much that is not XML, with a warning: none is taken here.
    errorHandler: { warning: raise, error: raise, fatalError: raise },
  }).parseFromString(source, 'text/xml');
}
