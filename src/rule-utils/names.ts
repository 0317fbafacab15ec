// Whether a line names a body ("××区人民政府", "中共××省委 ××省人民政府"): how the outline
// tells a signature's issuer lines and a title's issuer, and what require-signature asks of the
// line above a signature's date. The endings are data (src/data/issuer-patterns.ts).
import { ORGANIZATION_ENDINGS } from '../data/issuer-patterns.js';
import { ISSUER_LINE_MAX_LENGTH } from '../data/title-patterns.js';
import { foldWidth } from '../read/fold.js';

// Characters a name has no place for: a line holding them is not an issuer line.
const NOT_IN_NAME = /[\d,,。;;::!!??《》“”"|｜]/;

/** Whether `text` ends as a body's name does ("…人民政府", "…局", "…街道办事处"). */
export function endsAsName(text: string): boolean {
  return ORGANIZATION_ENDINGS.some((e) => text.endsWith(e));
}

/** A short line that only names a body ("××区人民政府", "中共××省委 ××省人民政府"). */
export function isIssuerLine(text: string): boolean {
  return text.length <= ISSUER_LINE_MAX_LENGTH && !NOT_IN_NAME.test(foldWidth(text)) && endsAsName(text);
}
