// Conformance with the peers (issue 21): the test inputs of zhlint, autocorrect and
// textlint-rule-no-unmatched-pair that fall in our scope (fixtures/conformance/cases.json, each
// with its repository and file), linted by fullwidth-punctuation and paired-punctuation, and our
// verdict set beside the peer's.
//
// A peer's test speaks only to the marks that peer decides on (autocorrect never touches
// brackets or quotes, so its expected output says nothing about them): a case is compared on
// those marks only. For the fixers (zhlint, autocorrect) the peer's verdict is where its expected
// output differs from the input once white space is taken out of both (their spacing rules are
// not ours), mark by mark; ours is the marks our messages point at. For textlint, a linter, the
// verdict is flag or accept. Each case is linted as one paragraph: the uniform-half-width
// exception, which is about whole documents, is off (checkUniformHalfwidth).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../rules/index.js';
import { verify, type ResolvedRule } from '../src/engine/lint.js';
import { LineIndex } from '../src/read/positions.js';

export const CONFORMANCE_TARGET = 0.95;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONFORMANCE_CASES = path.join(ROOT, 'fixtures/conformance/cases.json');

/** The marks each peer decides on, when a case does not name its own. */
const PROJECT_MARKS: Record<string, string> = {
  zhlint: ',.;:?!"\'()（）[]［］“”‘’「」『』【】，。；：？！',
  autocorrect: ',.;:!?',
  'textlint-rule-no-unmatched-pair': '()（）[]［］【】「」『』“”‘’"{}',
};

interface Case {
  project: string;
  repo: string;
  file: string;
  input: string;
  format: 'markdown' | 'text';
  peerOutput?: string;
  peer?: 'flag' | 'accept';
  marks?: string;
}

export interface CaseResult {
  project: string;
  file: string;
  input: string;
  peer: string;
  ours: string;
  agree: boolean;
  /** The verdicts differ only in a convention GB/T 15834-2011 settles against the peer. */
  convention: boolean;
}

/**
 * Conventions where a peer's default contradicts GB/T 15834-2011, which our rules follow: zhlint
 * turns brackets in Chinese text into half-width "()" (4.9 gives （）) and rewrites the 「」『』 of
 * traditional texts as “”‘’. A case whose verdicts differ only on these marks is listed, not
 * counted in the agreement figure.
 */
const CONVENTION_MARKS = '()（）「」『』';

export interface ConformanceScore {
  cases: CaseResult[];
  /** Per project: cases agreeing, cases counted, cases differing by convention only. */
  byProject: Record<string, { agree: number; total: number; convention: number }>;
  agree: number;
  /** Cases counted: every in-scope case but those differing by convention only. */
  total: number;
  convention: number;
}

const WHITE = /\s/;

/** Index of each character of `text` among its non-space characters (-1 for white space). */
function strippedIndex(text: string): number[] {
  const index: number[] = [];
  let n = 0;
  for (const ch of text.split('')) index.push(WHITE.test(ch) ? -1 : n++);
  return index;
}

const strip = (text: string) => text.split('').filter((ch) => !WHITE.test(ch)).join('');

function rules(): ResolvedRule[] {
  return [
    { id: 'fullwidth-punctuation', rule: builtinRules.get('fullwidth-punctuation')!, severity: 1, options: { checkUniformHalfwidth: true } },
    { id: 'paired-punctuation', rule: builtinRules.get('paired-punctuation')!, severity: 1, options: {} },
  ];
}

const describe = (positions: number[], stripped: string) => (positions.length === 0 ? 'accept' : `flag ${positions.map((p) => stripped[p]).join(' ')}`);

async function scoreCase(c: Case): Promise<CaseResult> {
  const text = c.input.endsWith('\n') ? c.input : `${c.input}\n`;
  const { messages } = await verify(text, { rules: rules(), settings: {}, locale: 'zh', format: c.format });
  const lines = new LineIndex(text);
  const index = strippedIndex(text);
  const stripped = strip(text);
  const marks = c.marks ?? PROJECT_MARKS[c.project] ?? '';
  const considered = (p: number) => p >= 0 && marks.includes(stripped[p]!);

  if (c.peer !== undefined) {
    // A linter's verdict: our pairing messages, and the width slip that makes "（秘密)" a pair of two kinds.
    const flagged = messages.filter((m) => m.ruleId === 'paired-punctuation' || m.messageId === 'mixed-parentheses');
    const ours = flagged.length > 0 ? 'flag' : 'accept';
    return { project: c.project, file: c.file, input: c.input, peer: c.peer, ours, agree: ours === c.peer, convention: false };
  }

  const oursAt = new Set<number>();
  for (const m of messages) {
    const start = lines.offsetAt(m.line, m.column);
    oursAt.add(index[start] ?? -1);
    if ((m.messageId === 'halfwidth-parentheses' || m.messageId === 'halfwidth-quotes') && m.endLine !== undefined && m.endColumn !== undefined) {
      oursAt.add(index[lines.offsetAt(m.endLine, m.endColumn) - 1] ?? -1);
    }
  }
  const ours = [...oursAt].filter(considered).sort((a, b) => a - b);
  const after = strip(c.peerOutput!.endsWith('\n') ? c.peerOutput! : `${c.peerOutput!}\n`);
  if (after.length !== stripped.length) {
    // Not a mark-for-mark change: compare verdicts only.
    const peer = after === stripped ? 'accept' : 'flag';
    const oursVerdict = ours.length > 0 ? 'flag' : 'accept';
    return { project: c.project, file: c.file, input: c.input, peer, ours: oursVerdict, agree: peer === oursVerdict, convention: false };
  }
  const peerAt: number[] = [];
  for (let p = 0; p < stripped.length; p++) if (stripped[p] !== after[p] && considered(p)) peerAt.push(p);
  const agree = peerAt.length === ours.length && peerAt.every((p, i) => p === ours[i]);
  const differing = [...peerAt.filter((p) => !ours.includes(p)), ...ours.filter((p) => !peerAt.includes(p))];
  const convention = !agree && differing.every((p) => CONVENTION_MARKS.includes(stripped[p]!));
  return { project: c.project, file: c.file, input: c.input, peer: describe(peerAt, stripped), ours: describe(ours, stripped), agree, convention };
}

export async function scoreConformance(file = CONFORMANCE_CASES): Promise<ConformanceScore> {
  const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] };
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await scoreCase(c));
  const byProject: ConformanceScore['byProject'] = {};
  for (const r of results) {
    const p = (byProject[r.project] ??= { agree: 0, total: 0, convention: 0 });
    if (r.convention) p.convention++;
    else p.total++;
    if (r.agree) p.agree++;
  }
  const convention = results.filter((r) => r.convention).length;
  return { cases: results, byProject, agree: results.filter((r) => r.agree).length, total: results.length - convention, convention };
}

const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
const cell = (s: string) => s.replace(/\n/g, '⏎').replace(/\|/g, '\\|');

/** The table of cases and the figures, as printed by npm run eval. */
export function conformanceTable(score: ConformanceScore): string {
  const lines = ['| project | file | input | peer | ours | agree |', '|---|---|---|---|---|---|'];
  for (const r of score.cases) {
    const input = r.input.length > 40 ? `${r.input.slice(0, 40)}…` : r.input;
    lines.push(`| ${r.project} | ${r.file} | ${cell(input)} | ${cell(r.peer)} | ${cell(r.ours)} | ${r.agree ? 'yes' : r.convention ? 'convention' : 'NO'} |`);
  }
  lines.push('');
  for (const [project, { agree, total, convention }] of Object.entries(score.byProject)) {
    lines.push(`${project}: ${agree}/${total} (${pct(agree, total)})${convention ? `, and ${convention} differing by convention only (GB/T 15834 brackets and quotes)` : ''}`);
  }
  lines.push(`all: ${score.agree}/${score.total} (${pct(score.agree, score.total)}), target ${CONFORMANCE_TARGET * 100}%; counting the convention differences as disagreements: ${score.agree}/${score.total + score.convention} (${pct(score.agree, score.total + score.convention)})`);
  return lines.join('\n');
}

/** Prints the table; with check, sets a failing exit code below the target. */
export async function reportConformance(check: boolean): Promise<ConformanceScore> {
  const score = await scoreConformance();
  console.log(`\nconformance with the peers' own test cases (fixtures/conformance/cases.json)\n`);
  console.log(conformanceTable(score));
  if (check && score.agree / score.total < CONFORMANCE_TARGET) {
    console.error(`\nconformance below ${CONFORMANCE_TARGET * 100}%: ${score.agree}/${score.total}`);
    process.exitCode = 1;
  }
  return score;
}
