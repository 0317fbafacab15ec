// `fazhi-lint --help`: every flag, and the rule list from the registry.
import type { RuleModule } from '../rule-api.js';

export function helpText(rules: ReadonlyMap<string, RuleModule>): string {
  const ruleLines = [...rules.values()]
    .map((rule) => `  ${rule.meta.id.padEnd(30)} ${rule.meta.docs.description.zh}`)
    .join('\n');
  return `fazhi-lint — 法治政府建设年度报告检查工具 (linter for annual rule-of-law government reports)

用法 / Usage: fazhi-lint [options] <file|dir|glob>…

Files, directories (every .md/.markdown/.txt below, skipping node_modules and dot-folders) and globs.

Options:
  -f, --format <name>        stylish (default) | json | a formatter module path or package
  -o, --output-file <file>   write the report to a file instead of stdout
      --rule '<id>: <sev>'   set a rule: "require-title: off", 'id: ["warn", {"option": 1}]'
  -c, --config <file>        use this config file only
      --no-config-lookup     use no config file (built-in recommended rules)
      --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --locale zh|en         message language (default zh)
      --print-outline        print the recovered outline as JSON (title, year, date, parts)
      --explain <rule>       print a rule's documentation
      --color, --no-color    force colours on or off (default: on for a terminal, off with NO_COLOR)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 a fatal problem.

Rules:
${ruleLines}
`;
}
