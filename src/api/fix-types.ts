// `fixTypes` (--fix-type): rule ids and our rule types, or `directive` for the fixes that take out
// unused disable comments, turned into the ids of the run's rules they name. Unlike ESLint's
// problem types: a report's writer thinks in rules and kinds of rule.
import type { LoadedRule } from '../rule-api.js';
import { DIRECTIVE_FIX_TYPE } from '../engine/directives.js';

export const RULE_TYPES: ReadonlyArray<LoadedRule['meta']['type']> = ['checklist', 'quality', 'typography', 'custom'];

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
