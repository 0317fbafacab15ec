// The areas a report covers (require-topics), scored against fixtures/topics/labels.json: each
// invented report under `topics: auto` (the list its issuer kind picks, which must be the kind
// labeled), and every labeled topic of every report (the three real ones are labeled for all
// areas) with that list's topics all turned on. Used by scripts/eval.ts and the tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../rules/index.js';
import { resolveRules } from '../src/config/index.js';
import { lintFile } from '../src/engine/lint-file.js';
import { PRESET_BY_ISSUER_KIND, TOPIC_PRESETS, CORE_TOPICS } from '../src/data/topics.js';

/** The project's folder, from the compiled script in dist/scripts (tests pass their own). */
const DIST_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TOPICS_DIR = 'fixtures/topics';

type Outcome = 'ok' | 'weak' | 'missing';
type Kind = 'government' | 'department' | 'township' | 'street' | null;

interface Labels {
  reports: Record<string, { kind: Kind; note?: string; topics: Record<string, Outcome> }>;
}

export interface TopicCase {
  file: string;
  topic: string;
  /** auto: the report's own list under topics: auto; all: every labeled topic turned on. */
  run: 'auto' | 'all';
  expected: Outcome;
  actual: Outcome | 'not checked';
  real: boolean;
}

export interface KindCase {
  file: string;
  expected: Kind;
  actual: Kind;
  /** The topics auto checked, against the list of the labeled kind. */
  listOk: boolean;
  /** The topics auto checked, and those it reported on. */
  checked: string[];
  reported: string[];
}

function outcomeOf(messageIds: string[]): Outcome {
  if (messageIds.length === 0) return 'ok';
  return messageIds.includes('missing') ? 'missing' : 'weak';
}

async function run(file: string, options: Record<string, unknown>) {
  const rules = resolveRules({ 'require-topics': ['error', options] }, builtinRules, '(eval)');
  const result = await lintFile(file, { rules, settings: {}, locale: 'zh' });
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${file}: ${fatal.message}`);
  return result;
}

export async function scoreTopics(root: string = DIST_ROOT): Promise<{ cases: TopicCase[]; kinds: KindCase[] }> {
  const labels = JSON.parse(readFileSync(path.join(root, TOPICS_DIR, 'labels.json'), 'utf8')) as Labels;
  const cases: TopicCase[] = [];
  const kinds: KindCase[] = [];
  for (const [name, label] of Object.entries(labels.reports)) {
    const file = path.join(root, TOPICS_DIR, name);
    const real = name.startsWith('../real/');
    const shown = path.relative(root, file);
    const wanted = label.kind ? TOPIC_PRESETS[PRESET_BY_ISSUER_KIND[label.kind]].topics : CORE_TOPICS;
    const auto = await run(file, { topics: 'auto' });
    const checked = (auto.checkedItems?.['require-topics'] ?? []).map((item) => item.id);
    const reported = [...new Set(auto.messages.filter((m) => m.ruleId === 'require-topics').map((m) => m.item ?? ''))];
    kinds.push({ file: shown, expected: label.kind, actual: auto.outline?.issuerKind ?? null, listOk: [...checked].sort().join() === [...wanted].sort().join(), checked, reported });
    const all = await run(file, { topics: 'none', include: Object.keys(label.topics) });
    for (const [topic, expected] of Object.entries(label.topics)) {
      const ids = (result: typeof auto) => result.messages.filter((m) => m.item === topic).map((m) => m.messageId ?? '');
      if (wanted.includes(topic)) {
        cases.push({ file: shown, topic, run: 'auto', expected, actual: checked.includes(topic) ? outcomeOf(ids(auto)) : 'not checked', real });
      }
      cases.push({ file: shown, topic, run: 'all', expected, actual: outcomeOf(ids(all)), real });
    }
  }
  return { cases, kinds };
}

export function topicTable(cases: TopicCase[]): string {
  const outcomes: Outcome[] = ['ok', 'weak', 'missing'];
  const rows = outcomes.map((expected) => {
    const own = cases.filter((c) => c.expected === expected);
    return `| ${expected.padEnd(7)} | ${String(own.length).padStart(5)} | ${outcomes.map((a) => String(own.filter((c) => c.actual === a).length).padStart(5)).join(' | ')} |`;
  });
  return ['| labeled | cases |    ok |  weak | missing |', '|---------|------:|------:|------:|------:|', ...rows].join('\n');
}

/**
 * Prints the figures (npm run eval); with `check`, false when a real report's outcome, an issuer
 * kind or a labeled outcome not listed as a known miss in fixtures/eval-baseline.json fails.
 */
export async function topicsReport(check: boolean, root: string = DIST_ROOT): Promise<boolean> {
  const { cases, kinds } = await scoreTopics(root);
  console.log(`\nrequire-topics (${TOPICS_DIR}/labels.json): ${new Set(cases.map((c) => c.file)).size} reports`);
  for (const run of ['auto', 'all'] as const) {
    const own = cases.filter((c) => c.run === run);
    const what = run === 'auto' ? "topics: auto, each report's own list" : 'every labeled topic';
    console.log(`\n${what}: ${own.filter((c) => c.actual === c.expected).length}/${own.length} outcomes exact`);
    console.log(topicTable(own));
  }
  const wrongKinds = kinds.filter((k) => k.actual !== k.expected || !k.listOk);
  for (const k of wrongKinds) console.log(`  issuer kind ${k.file}: expected ${k.expected}, got ${k.actual}${k.listOk ? '' : ' (wrong list)'}`);
  const wrong = cases.filter((c) => c.actual !== c.expected);
  for (const c of wrong) console.log(`  ${c.file}  ${c.topic} (${c.run}): expected ${c.expected}, got ${c.actual}`);
  if (!check) return true;
  let known = new Set<string>();
  try {
    known = new Set((JSON.parse(readFileSync(path.join(root, 'fixtures/eval-baseline.json'), 'utf8')) as { knownMismatches: string[] }).knownMismatches);
  } catch {
    // no baseline: every mismatch counts
  }
  const regressions = wrong.filter((c) => c.real || !known.has(`${c.file} require-topics:${c.topic} (${c.run})`));
  if (regressions.length || wrongKinds.length) {
    console.error(`\neval: ${regressions.length} topic outcome(s) and ${wrongKinds.length} issuer kind(s) regressed (real reports must all hold)`);
    return false;
  }
  return true;
}
