// --fix, --fix-dry-run, --fix-type and --report-unused-disable-directives[-severity] → what the
// run's LintRequest carries. A wrong combination is a usage error (exit 2), as in ESLint. The
// rules --fix-type names are checked once the configs are read: a plugin's rules count too.
import type { LoadedRule } from '../rule-api.js';
import { DIRECTIVE_FIX_TYPE } from '../engine/directives.js';
import type { LintRequest } from './workers.js';

export const RULE_TYPES: ReadonlyArray<LoadedRule['meta']['type']> = ['checklist', 'quality', 'typography', 'custom'];

export interface FixFlags {
  fix?: boolean;
  'fix-dry-run'?: boolean;
  'fix-type'?: string[];
  'report-unused-disable-directives'?: boolean;
  'report-unused-disable-directives-severity'?: string;
}

const SEVERITIES: Record<string, 0 | 1 | 2> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 };

export interface ParsedFixFlags extends Pick<LintRequest, 'fix' | 'write' | 'reportUnusedDisableDirectives'> {
  /** --fix-type's rule ids and rule types, as given; see fixRulesFor. */
  fixTypes?: string[];
}

export function parseFixFlags(flags: FixFlags): ParsedFixFlags {
  if (flags.fix && flags['fix-dry-run']) throw new RangeError('--fix and --fix-dry-run cannot be used together');
  const fix = flags.fix === true || flags['fix-dry-run'] === true;
  let fixTypes: string[] | undefined;
  if (flags['fix-type'] !== undefined) {
    if (!fix) throw new RangeError('--fix-type needs --fix or --fix-dry-run');
    // Unlike ESLint's problem types, --fix-type takes rule ids and our rule types.
    fixTypes = flags['fix-type'].flatMap((value) => value.split(',')).map((token) => token.trim()).filter(Boolean);
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
    ...(fixTypes ? { fixTypes } : {}),
    ...(reportUnusedDisableDirectives ? { reportUnusedDisableDirectives } : {}),
  };
}

/**
 * The ids of the rules --fix-type names, by id or by type, among `rules` (a run's, plugins'
 * included), and DIRECTIVE_FIX_TYPE when it names the fixes of unused directives.
 */
export function fixRulesFor(fixTypes: readonly string[], rules: ReadonlyMap<string, LoadedRule>): string[] {
  for (const token of fixTypes) {
    if (!rules.has(token) && !(RULE_TYPES as string[]).includes(token) && token !== DIRECTIVE_FIX_TYPE) {
      throw new RangeError(`--fix-type: "${token}" is neither a rule id nor a rule type (${RULE_TYPES.join(', ')}) nor ${DIRECTIVE_FIX_TYPE}`);
    }
  }
  const ids = [...rules].filter(([id, rule]) => fixTypes.includes(id) || fixTypes.includes(rule.meta.type)).map(([id]) => id);
  return fixTypes.includes(DIRECTIVE_FIX_TYPE) ? [...ids, DIRECTIVE_FIX_TYPE] : ids;
}
