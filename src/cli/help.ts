// `fazhi-lint --help`: every flag, and the rule list from the registry.
import type { LoadedRule } from '../rule-api.js';

export function helpText(rules: ReadonlyMap<string, LoadedRule>): string {
  const ruleLines = [...rules.values()]
    .map((rule) => `  ${rule.meta.id.padEnd(30)} ${rule.meta.docs.description.zh}`)
    .join('\n');
  return `fazhi-lint — 法治政府建设年度报告检查工具 (linter for annual rule-of-law government reports)

用法 / Usage: fazhi-lint [options] <file|dir|glob>…
       fazhi-lint serve [--host <addr>] [--port <n>]   local web page for writers (serve --help)

Files, directories (every .md/.markdown/.txt/.docx/.html/.htm below, skipping node_modules and
dot-folders) and globs. A .docx or .html has no lines: its positions are paragraph numbers (第N段).

Options:
  -f, --format <name>        stylish (default) | json | checklist | summary | csv | sarif | github | junit | html
                             | a formatter module path or package
  -o, --output-file <file>   write the report to a file instead of stdout
      --cache                reuse results of files whose content, config and fazhi-lint version are unchanged
      --cache-location <path>  cache file or folder (default .fazhi-lintcache)
      --concurrency <n|auto> lint in n threads (this one + n-1 workers); auto: one per core, serial under 50 files (default 1)
      --shard <i/n>          lint only the i-th of n shares of the files (CI matrices)
      --rule-timeout <s>     seconds the rules may run on one file (default 60); a rule still running is stopped
      --rule '<id>: <sev>'   set a rule: "require-title: off", 'id: ["warn", {"option": 1}]'
  -c, --config <file>        use this config file only
      --no-config-lookup     use no config file (built-in recommended rules)
      --print-config <file>  print the config that applies to a file (JSON)
      --init                 write a starter .linterrc here (never overwrites one)
      --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --locale zh|en         message language (default zh)
      --print-outline        print the recovered outline as JSON (title, year, date, parts)
      --stdin                lint the text piped to stdin (shown as <text>)
      --stdin-filename <name>  the piped text's file name: picks its format and its config
      --explain <rule>       print a rule's documentation
      --annotate             write report.reviewed.docx beside each report: every finding as a Word comment
                             (批注); with --fix, every safe fix as a tracked change (修订), the input untouched
      --annotate-dir <dir>   write the reviewed documents into this folder instead, keeping their names
      --fix                  apply fixes and write the files (same encoding; .docx/.html never written)
      --fix-dry-run          apply fixes without writing; the fixed text is "output" in -f json (works with --stdin)
      --fix-type <list>      only fixes of these rule ids or rule types (checklist, quality, typography, custom),
                             or directive (taking out unused disable comments)
      --report-unused-disable-directives
                             report disable comments that suppress nothing (as warnings)
      --report-unused-disable-directives-severity off|warn|error
                             the same, at this severity
      --color, --no-color    force colours on or off (default: on for a terminal, off with NO_COLOR)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 a fatal problem.

Rules:
${ruleLines}
`;
}
