import type { LoadedRule, SectionKind } from '../src/rule-api.js';

// Vale's "existence" and "substitution" checks: words or patterns that must not appear, such as
// a province's retired slogans, each with an optional replacement that --fix puts in.

interface Item {
  terms?: string[];
  patterns?: string[];
  replacement?: string;
  section?: SectionKind;
  message?: string;
}

interface Match {
  index: number;
  text: string;
}

const SECTION_KINDS: SectionKind[] = ['achievements', 'problems', 'responsibility', 'plans', 'other'];

function termMatches(text: string, term: string): Match[] {
  const matches: Match[] = [];
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) matches.push({ index: i, text: term });
  return matches;
}

function patternMatches(text: string, pattern: RegExp): Match[] {
  const matches: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // An empty match flags nothing; step past it so the scan ends.
    if (m[0] === '') pattern.lastIndex++;
    else matches.push({ index: m.index, text: m[0] });
  }
  return matches;
}

const rule: LoadedRule = {
  meta: {
    id: 'forbidden-terms',
    type: 'custom',
    docs: {
      description: {
        zh: '报告不应使用配置列出的词语或模式(如已停用的提法),给出替换词时可自动修复',
        en: 'The report avoids configured words or patterns (such as retired slogans); fixable when a replacement is given',
      },
      rationale: {
        zh: '提法会随文件更新而停用或改变,各地也有自己的规范用语。用配置列出不应再用的词语和替换词,无须编写代码。词语按普通子串匹配(中文没有单词边界);patterns 为正则表达式(u 标志),加载配置时检查其是否可能灾难性回溯,运行时逐段匹配;替换词原样插入。已是替换词的地方(如替换词包含被禁词)不再报告。',
        en: 'Wording is retired as documents change, and places have their own standard terms. List what to avoid and its replacement in config, no code needed. Terms match as plain substrings (Chinese has no word boundaries); patterns are regular expressions (u flag), checked for catastrophic backtracking when the config is loaded and run one text node at a time; the replacement is inserted as written. Text that already is the replacement (when the replacement contains the term) is not reported.',
      },
      recommended: false,
    },
    fixable: true,
    messages: {
      forbidden: { zh: '不应使用“{{found}}”', en: 'Avoid "{{found}}"' },
      'forbidden-replace': { zh: '不应使用“{{found}}”,应改为“{{replacement}}”', en: 'Avoid "{{found}}"; write "{{replacement}}"' },
      custom: { zh: '{{message}}', en: '{{message}}' },
    },
    schema: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          minItems: 1,
          description:
            'What must not appear. Each item: terms and/or patterns (regular expressions), optional replacement (makes it fixable), section (achievements, problems, responsibility, plans, other), message ({{found}} and {{replacement}} are filled in), severity (off, warn, error).',
          items: {
            type: 'object',
            additionalProperties: false,
            anyOf: [{ required: ['terms'] }, { required: ['patterns'] }],
            properties: {
              terms: { type: 'array', minItems: 1, items: { type: 'string' } },
              patterns: { type: 'array', minItems: 1, items: { type: 'string', format: 'regex' } },
              replacement: { type: 'string' },
              section: { type: 'string', enum: SECTION_KINDS },
              message: { type: 'string' },
              severity: { type: 'string', enum: ['off', 'warn', 'error'] },
            },
          },
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const items = (context.options.items as Item[]).map((item) => ({
      ...item,
      terms: (item.terms ?? []).filter((term) => term !== ''),
      regexes: (item.patterns ?? []).map((pattern) => new RegExp(pattern, 'gu')),
    }));
    const inSection = (kind: SectionKind, offset: number) =>
      context.outline.sections.some((s) => s.kind === kind && offset >= s.startOffset && offset < s.endOffset);
    return {
      text(node: { position?: { start: { offset?: number }; end: { offset?: number } } }) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        // The source itself, not the node's value, so fixes land on true offsets.
        const text = context.sourceText.slice(start, end);
        for (const item of items) {
          if (item.section && !inSection(item.section, start)) continue;
          const { replacement } = item;
          const alreadyReplaced = replacement ? termMatches(text, replacement) : [];
          const matches = [...item.terms.flatMap((term) => termMatches(text, term)), ...item.regexes.flatMap((re) => patternMatches(text, re))];
          for (const match of matches) {
            const matchEnd = match.index + match.text.length;
            if (alreadyReplaced.some((r) => match.index >= r.index && matchEnd <= r.index + r.text.length)) continue;
            const from = context.positionAt(start + match.index);
            const to = context.positionAt(start + matchEnd);
            const loc = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
            const fix = replacement === undefined ? null : { range: [start + match.index, start + matchEnd] as [number, number], text: replacement };
            if (item.message) {
              // One pass with a function: report text is never read as a replacement pattern
              // ("$&", "$'") nor searched again for placeholders.
              const message = item.message.replace(/\{\{\s*(found|replacement)\s*\}\}/g, (_, name: string) => (name === 'found' ? match.text : (replacement ?? '')));
              context.report({ messageId: 'custom', data: { message }, loc, fix });
            } else if (replacement !== undefined) {
              context.report({ messageId: 'forbidden-replace', data: { found: match.text, replacement }, loc, fix });
            } else {
              context.report({ messageId: 'forbidden', data: { found: match.text }, loc });
            }
          }
        }
      },
    };
  },
};

export default rule;
