// Every match of a global pattern, for hot loops: String#matchAll clones its pattern on each
// call (a new RegExp object per paragraph and pattern), which profiling found costing four
// times an exec loop on the pattern itself.

/** Every match of `pattern` (it must have the g flag) in `text`, as matchAll gives them. */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match would match again at the same place: step past it, as matchAll does.
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
