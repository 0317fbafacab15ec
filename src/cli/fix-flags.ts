// --fix, --fix-dry-run, --fix-type and --report-unused-disable-directives[-severity] → what the
// run's LintRequest carries. A wrong combination is a usage error (exit 2), as in ESLint.
import type { RuleModule } from '../rule-api.js';
import type { LintRequest } from './workers.js';

export const RULE_TYPES: ReadonlyArray<RuleModule['meta']['type']> = ['checklist', 'quality', 'typography', 'custom'];

export interface FixFlags {
  fix?: boolean;
  'fix-dry-run'?: boolean;
  'fix-type'?: string[];
  'report-unused-disable-directives'?: boolean;
  'report-unused-disable-directives-severity'?: string;
}

const SEVERITIES: Record<string, 0 | 1 | 2> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 };

export function parseFixFlags(
  flags: FixFlags,
  rules: ReadonlyMap<string, RuleModule>,
): Pick<LintRequest, 'fix' | 'write' | 'fixRules' | 'reportUnusedDisableDirectives'> {
  if (flags.fix && flags['fix-dry-run']) throw new RangeError('--fix and --fix-dry-run cannot be used together');
  const fix = flags.fix === true || flags['fix-dry-run'] === true;
  let fixRules: string[] | undefined;
  if (flags['fix-type'] !== undefined) {
    if (!fix) throw new RangeError('--fix-type needs --fix or --fix-dry-run');
    // Unlike ESLint's problem types, --fix-type takes rule ids and our rule types.
    const wanted = flags['fix-type'].flatMap((value) => value.split(',')).map((token) => token.trim()).filter(Boolean);
    for (const token of wanted) {
      if (!rules.has(token) && !(RULE_TYPES as string[]).includes(token)) {
        throw new RangeError(`--fix-type: "${token}" is neither a rule id nor a rule type (${RULE_TYPES.join(', ')})`);
      }
    }
    fixRules = [...rules.values()].filter((rule) => wanted.includes(rule.meta.id) || wanted.includes(rule.meta.type)).map((rule) => rule.meta.id);
  }

  let reportUnusedDisableDirectives: 0 | 1 | 2 = 0;
  const severity = flags['report-unused-disable-directives-severity'];
  if (severity !== undefined) {
    if (!Object.hasOwn(SEVERITIES, severity)) throw new RangeError(`--report-unused-disable-directives-severity must be off, warn or error, got "${severity}"`);
    reportUnusedDisableDirectives = SEVERITIES[severity]!;
  } else if (flags['report-unused-disable-directives']) {
    reportUnusedDisableDirectives = 1;
  }
  return {
    ...(fix ? { fix: true, write: flags.fix === true } : {}),
    ...(fixRules ? { fixRules } : {}),
    ...(reportUnusedDisableDirectives ? { reportUnusedDisableDirectives } : {}),
  };
}
