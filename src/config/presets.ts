// The built-in presets a config can extend. Rule kinds configured by data (type "custom") are
// in neither: they do nothing until a config gives them items.
import type { LoadedRule } from '../rule-api.js';
import { builtinRules } from '../../rules/index.js';
import type { ConfigData, RuleSetting } from './index.js';
import type { TopicPresetName } from '../data/topics.js';

export const PRESET_PREFIX = 'fazhi-lint:';

/**
 * fazhi-lint:strict asks more than the recommended defaults (each rule's schema default): about
 * twice the length and more figures, for a province or city that reviews reports closely.
 */
const STRICT_OPTIONS: Record<string, Record<string, unknown>> = {
  'require-achievements': { minFigures: 3 },
  'require-problems-and-causes': { minLength: 80 },
  'require-responsible-person': { minActions: 3, minFigures: 1 },
  'require-next-year-plan': { minLength: 80 },
};

function strictSetting(rule: LoadedRule): RuleSetting {
  const known = rule.meta.schema?.properties ?? {};
  // Only options the rule still takes, so a renamed option never breaks the preset.
  const options = Object.fromEntries(Object.entries(STRICT_OPTIONS[rule.meta.id] ?? {}).filter(([name]) => name in known));
  return Object.keys(options).length ? ['error', options] : 'error';
}

function recommendedRules(): Record<string, RuleSetting> {
  return Object.fromEntries(
    [...builtinRules.values()]
      .filter((rule) => rule.meta.docs.recommended)
      .map((rule) => [rule.meta.id, rule.meta.type === 'checklist' ? 'error' : 'warn']),
  );
}

/**
 * The recommended rules plus the areas a kind of issuer reports on (require-topics with one of
 * its lists, src/data/topics.ts): `extends: fazhi-lint:department` is a department's whole set.
 */
function withTopics(topics: TopicPresetName): () => ConfigData {
  return () => ({ rules: { ...recommendedRules(), 'require-topics': ['error', { topics }] } });
}

export const PRESETS: Record<string, () => ConfigData> = {
  'fazhi-lint:recommended': () => ({ rules: recommendedRules() }),
  'fazhi-lint:strict': () => ({
    rules: Object.fromEntries(
      [...builtinRules.values()].filter((rule) => rule.meta.type !== 'custom').map((rule) => [rule.meta.id, strictSetting(rule)]),
    ),
  }),
  'fazhi-lint:outline-2021': withTopics('outline-2021'),
  'fazhi-lint:department': withTopics('department'),
  'fazhi-lint:township': withTopics('township'),
};
