// A rule's documentation page, built from its meta and its examples: the same text is written
// to docs/rules/<id>.md and printed by `fazhi-lint --explain <id>`, so they cannot drift apart.
import type { RuleExamples, LoadedRule } from '../rule-api.js';

function fence(text: string, ext: string | undefined): string {
  const lang = ext === '.md' ? 'markdown' : 'text';
  return '```' + lang + '\n' + text.trimEnd() + '\n```';
}

export function renderRulePage(rule: LoadedRule, examples: RuleExamples | null): string {
  const { meta } = rule;
  const lines: string[] = [];
  lines.push(`# ${meta.id}`, '');
  lines.push(`${meta.docs.description.zh}`, '', `*${meta.docs.description.en}*`, '');
  lines.push(
    `- 类型 / type: \`${meta.type}\``,
    `- 推荐规则集 / in \`fazhi-lint:recommended\`: ${meta.docs.recommended ? '是 / yes' : '否 / no'}`,
    `- 可自动修复 / fixable: ${meta.fixable ? '是 / yes' : '否 / no'}`,
    '',
  );
  if (meta.docs.rationale) {
    lines.push('## 为什么 / Why', '', meta.docs.rationale.zh, '', meta.docs.rationale.en, '');
  }
  if (meta.docs.basis) {
    lines.push('## 依据 / Legal basis', '', meta.docs.basis.zh, '', meta.docs.basis.en, '');
    if (meta.docs.basis.source) lines.push(`来源 / source: ${meta.docs.basis.source}`, '');
  }
  lines.push('## 消息 / Messages', '', '| messageId | 中文 | English |', '|---|---|---|');
  for (const [id, text] of Object.entries(meta.messages)) {
    lines.push(`| \`${id}\` | ${text.zh.replace(/\|/g, '\\|')} | ${text.en.replace(/\|/g, '\\|')} |`);
  }
  lines.push('');
  const properties = Object.entries(meta.schema?.properties ?? {});
  lines.push('## 选项 / Options', '');
  if (properties.length === 0) {
    lines.push('无 / none.', '');
  } else {
    lines.push('| option | type | default | description |', '|---|---|---|---|');
    for (const [name, property] of properties) {
      lines.push(`| \`${name}\` | ${property.type} | \`${JSON.stringify(property.default)}\` | ${property.description} |`);
    }
    lines.push('', 'Example: `fazhi-lint --rule \'' + meta.id + ': ["warn", {"' + properties[0]![0] + '": ' + JSON.stringify(properties[0]![1].default) + '}]\'`', '');
  }
  if (meta.docs.details) lines.push(meta.docs.details.trimEnd(), '');
  if (examples) {
    lines.push('## 通过的例子 / Passing examples', '');
    for (const example of examples.valid) lines.push(`### ${example.name}`, '', fence(example.text, example.ext), '');
    lines.push('## 报错的例子 / Failing examples', '');
    for (const example of examples.invalid) {
      lines.push(`### ${example.name}`, '', fence(example.text, example.ext), '');
      lines.push(...example.errors.map((e) => `- \`${e.messageId}\`${e.line ? ` at ${e.line}:${e.column ?? 1}` : ''}`), '');
      if (example.output !== undefined) lines.push('修复后 / after `--fix`:', '', fence(example.output, example.ext), '');
    }
  }
  return lines.join('\n');
}
