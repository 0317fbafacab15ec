// `fazhi-lint/rule-utils`: what the built-in rules use to read a report, for plugins' rules too.
// The text of a block (nodeText) and with source offsets (textRuns, joinRuns), the parts of the
// outline a rule judges (partsOf, primaryPart) and where to report a missing one (placeFor,
// sectionLoc), figures and length of a part's text, whether a line names a body (isIssuerLine),
// and phrase-list matching in one native scan.
export { nodeText, textRuns, joinRuns, JoinedText, type TextRun } from './text-runs.js';
export { isIssuerLine } from './names.js';
export { partsOf, primaryPart, sectionLoc, placeFor, hasQuantity, countQuantities, contentLength } from './parts.js';
export { containsAny, indexOfAny, firstIndexOfEach } from './phrases.js';
export { matchesOf } from './matches.js';
