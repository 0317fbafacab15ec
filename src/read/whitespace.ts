// The blanks that surround report lines. Scraped pages and Word exports indent with U+3000
// (ideographic space) and U+00A0; a CRLF file leaves "\r" at each line's end.

/** True for a UTF-16 code unit that is blank around a line's content. */
export function isBlank(code: number): boolean {
  return (
    code === 0x20 || // space
    code === 0x09 || // tab
    code === 0x0d || // \r of a CRLF ending
    code === 0x0b || // vertical tab
    code === 0x0c || // form feed (page breaks in some text exports)
    code === 0xa0 || // no-break space (&nbsp; in scraped pages)
    code === 0x3000 || // ideographic space (Chinese indentation)
    (code >= 0x2000 && code <= 0x200b) || // en/em/thin spaces … zero-width space
    code === 0x202f || // narrow no-break space
    code === 0xfeff // a stray BOM inside the text (files pasted together)
  );
}

/** [start, end) of `text` between `from` and `to` without blanks on either side. */
export function trimRange(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** True when the text holds nothing but blanks and line breaks. */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && !isBlank(code)) return false;
  }
  return true;
}
