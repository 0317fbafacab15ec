// The tool's own words, in both languages: the command line's errors and notices, the engine's
// notices (a rule crashed or timed out, problems not listed, a file read as text, --fix refused),
// why a file could not be read, what --fix and --annotate could not write, the formats' fixed
// labels, the comments of a reviewed Word document and the web page server's answers. Rules'
// messages live in each rule's meta, and the domain's words in src/data/.
//
// An entry is { zh, en }. `{{name}}` is filled from the data (src/i18n/fill.ts); `{{name:one|other}}`
// is `one` when the value of `name` is 1, else `other` (English plurals). Both languages of an
// entry use the same names (tests/i18n/ui-text.test.ts). A key or a name given wrong is a
// compile error: see uiText's signature.
import type { Locale } from '../rule-api.js';
import { interpolate } from './fill.js';

const UI_TEXTS = {
  // The command line (src/cli/main.ts, src/cli/start.ts).
  'cli.failed': { zh: 'fazhi-lint: 错误: {{message}}', en: 'fazhi-lint: error: {{message}}' },
  'cli.wroteConfig': { zh: '已写入 {{file}}', en: 'wrote {{file}}' },
  'cli.wroteReviewed': {
    zh: 'fazhi-lint: 已写入 {{file}}({{comments}} 条批注,{{changes}} 处修订)',
    en: 'fazhi-lint: wrote {{file}} ({{comments}} comment(s), {{changes}} tracked change(s))',
  },
  'cli.tooManyWarnings': {
    zh: 'fazhi-lint 发现的警告过多(最多允许 {{max}} 个)。',
    en: 'fazhi-lint found too many warnings (maximum: {{max}}).',
  },
  // start.ts runs before the bundle, with Node's built-ins only: it writes this text itself (the test checks it verbatim).
  'cli.exitBeforeResults': {
    zh: 'fazhi-lint: 错误: 配置文件或插件在结果写出之前结束了进程(process.exit),本次检查没有结果',
    en: 'fazhi-lint: error: a config file or plugin ended the process (process.exit) before the results were written; this run has no result',
  },

  // A file named on the command line that the config ignores (src/config/resolve.ts).
  'config.ignored': {
    zh: '文件被配置的 ignores 忽略,未检查:{{by}}',
    en: 'File ignored because of a matching ignores pattern: {{by}}',
  },

  // A --cache-location that holds something else (src/api/cache.ts).
  'cache.other': {
    zh: '{{file}} 不是 fazhi-lint 的缓存文件,不会覆盖它;请用 --cache-location 另指一个位置',
    en: '{{file}} is not a fazhi-lint cache; it is not overwritten (choose another --cache-location)',
  },
  'cache.folder': { zh: '{{file}} 是一个文件夹,不能作为缓存文件', en: '{{file}} is a folder, not a cache file' },
  'cache.unreadable': {
    zh: '{{file}} 无法读取,不能确认它是 fazhi-lint 的缓存,不会覆盖它',
    en: '{{file}} cannot be read, so it is not known to be a fazhi-lint cache; it is not overwritten',
  },

  // Why a file could not be read as a report: its one fatal message (src/engine/lint-file.ts).
  'read.binary': { zh: '文件含有二进制内容,不是文本报告', en: 'the file has binary content; it is not a text report' },
  'read.encoding': { zh: '无法识别文件编码(既不是 UTF-8 也不是 GB18030/GBK)', en: 'unknown encoding (neither UTF-8 nor GB18030/GBK)' },
  'read.empty': { zh: '文件为空', en: 'the file is empty' },
  'read.too-large': { zh: '文件过大', en: 'the file is too large' },
  'read.unsupported': { zh: '不支持的文件格式', en: 'unsupported file format' },
  'read.not-zip': {
    zh: '不是有效的 Word 文档(.docx 应为 zip 压缩包,此文件不是)',
    en: 'not a valid Word document (a .docx is a zip archive; this file is not)',
  },
  'read.encrypted': {
    zh: 'Word 文档设有密码保护,无法读取:请取消密码后再检查',
    en: 'the Word document is password-protected; remove the password and lint it again',
  },
  'read.old-word': {
    zh: '这是旧版 Word 文件(.doc,Word 97–2003),请在 Word 中另存为 .docx',
    en: 'an old Word 97–2003 file (.doc); save it as .docx in Word',
  },
  'read.corrupt': { zh: 'Word 文档已损坏,无法读取', en: 'the Word document is damaged and cannot be read' },
  'read.missing': { zh: '文件不存在', en: 'no such file' },
  'read.special': {
    zh: '不是普通文件(命名管道、设备或套接字),不能作为报告读取',
    en: 'not a regular file (a named pipe, device or socket); it cannot be read as a report',
  },
  'read.too-deep': {
    zh: '文件的结构嵌套过深(如上万层的引用或标签),无法读取',
    en: 'the file nests too deeply (thousands of quotes or tags) to be read',
  },
  'read.internal': { zh: '读取或检查此文件时出错,已跳过', en: 'an error occurred while reading or checking this file; it was skipped' },
  'read.unreadable': { zh: '无法读取文件', en: 'the file cannot be read' },
  // The detail of "the file is too large": its size and the limit, in bytes when megabytes round alike.
  'read.sizeAndLimit': { zh: '{{size}},上限为 {{limit}}', en: '{{size}}; the limit is {{limit}}' },
  'read.bytes': { zh: '{{count}} 字节', en: '{{count}} bytes' },

  // The engine's notices (src/engine/lint.ts, src/engine/lint-file.ts).
  'engine.ruleCrashed': { zh: '规则 {{rule}} 运行出错,已跳过:{{reason}}', en: 'Rule {{rule}} crashed and was skipped: {{reason}}' },
  'engine.ruleTimedOut': {
    zh: '规则 {{rule}} 在本文件上运行超过 {{seconds}} 秒,已停止并跳过(可用 --rule-timeout 调整)',
    en: 'Rule {{rule}} ran longer than {{seconds}} s on this file; it was stopped and skipped (see --rule-timeout)',
  },
  'engine.moreProblems': {
    zh: '规则 {{rule}} 在本文件中另有 {{count}} 处问题未列出(每条规则每个文件最多列出 {{max}} 处)',
    en: 'Rule {{rule}} found {{count}} more problem(s) in this file, not listed (at most {{max}} per rule and file)',
  },
  'engine.readAsText': {
    zh: '此 Markdown 文件{{shape}},已按纯文本检查(不解析 Markdown 结构)',
    en: "This Markdown file's {{shape}}: it was checked as plain text (its Markdown structure was not read)",
  },
  'engine.shape.nesting': { zh: '列表或引用嵌套过深', en: 'lists or quotes nest too deeply' },
  'engine.shape.emphasis': { zh: '一段中强调符号(* 或 _)过多', en: 'too many emphasis marks (* or _) in one paragraph' },
  'engine.shape.empty-items': { zh: '空列表项过多', en: 'too many empty list items' },
  'engine.fixNotWritten': {
    zh: '--fix 不会改写 {{kind}}:已检查,未修复;请在原文件中修改,或用 --annotate --fix 得到以修订标出修复的 Word 副本',
    en: '--fix does not write {{kind}}: checked, not fixed; make the changes in the original, or use --annotate --fix for a Word copy with the fixes as tracked changes',
  },
  'engine.kind.docx': { zh: 'Word 文档(.docx)', en: 'Word documents (.docx)' },
  'engine.kind.html': { zh: 'HTML 网页(.html)', en: 'web pages (.html)' },

  // A rule that breaks the rule API: the reason in its fatal message (src/engine/rule-misuse.ts).
  'misuse.visitors': {
    zh: 'create(context) 应返回以节点类型为键、处理函数为值的对象,如 { paragraph(node) { … } }',
    en: 'create(context) must return an object of node-type handlers, such as { paragraph(node) { … } }',
  },
  'misuse.noMessage': {
    zh: 'context.report() 须给出 messageId(meta.messages 中的键)或 message(文字)',
    en: 'context.report() needs a messageId (a key of meta.messages) or a message (its text)',
  },
  'misuse.unknownMessageId': {
    zh: '报告的 messageId "{{messageId}}" 不在 meta.messages 中',
    en: 'reported the messageId "{{messageId}}", which meta.messages does not hold',
  },
  'misuse.notFixable': {
    zh: '报告了修复,但规则没有设置 meta.fixable:可修复的规则须设置 meta.fixable 为 "code" 或 "whitespace"',
    en: 'reported a fix, but the rule does not set meta.fixable: fixable rules must set the `meta.fixable` property to "code" or "whitespace"',
  },
  'misuse.noPosition': { zh: '节点({{type}})没有在原文中的位置', en: 'the node ({{type}}) has no position in the source' },
  'misuse.badFix': {
    zh: '报告的修复 {{fix}} 不是 { range: [起, 止], text } 或超出原文(0–{{length}})',
    en: 'reported a fix {{fix}} that is not { range: [start, end], text } within the text (0–{{length}})',
  },
  'misuse.overlappingFixes': {
    zh: '一次报告中的几处修复相互重叠',
    en: 'the fixes of one report overlap (fix objects must not be overlapped in a report)',
  },

  // Disable comments (src/engine/directives.ts).
  'directive.unknownKind': {
    zh: '未知的禁用注释“{{text}}”(可用:fazhi-lint-disable、-enable、-disable-line、-disable-next-line)',
    en: 'Unknown directive "{{text}}" (use fazhi-lint-disable, -enable, -disable-line or -disable-next-line)',
  },
  'directive.unknownRule': { zh: '禁用注释中的规则“{{rule}}”不存在', en: 'The directive names a rule that does not exist: "{{rule}}"' },
  'directive.unusedAll': { zh: '未使用的禁用注释:没有任何问题被它屏蔽', en: 'Unused fazhi-lint-disable directive (no problems were reported)' },
  'directive.unusedRules': {
    zh: '未使用的禁用注释:规则 {{rules}} 没有报告问题',
    en: 'Unused fazhi-lint-disable directive (no problems were reported from {{rules}})',
  },
  'directive.unusedEnable': {
    zh: '未使用的启用注释:此处没有被禁用的规则',
    en: 'Unused fazhi-lint-enable directive (no matching fazhi-lint-disable directive)',
  },

  // --fix that could not write (src/write/fix-file.ts).
  'fix.format': {
    zh: '未写入修复:不能改写此格式的文件({{detail}}),请在原文件中修改',
    en: 'fixes not written: fazhi-lint cannot write this format ({{detail}}); make the changes in the original',
  },
  'fix.changed': { zh: '未写入修复:文件在检查后已被修改,请重新运行', en: 'fixes not written: the file changed on disk after it was read; run again' },
  'fix.encoding': {
    zh: '未写入修复:修复后的文本含有 {{detail}} 编码无法保存的字符',
    en: 'fixes not written: the fixed text has characters that {{detail}} cannot hold',
  },
  'fix.read-only': {
    zh: '未写入修复:文件是只读的(没有任何写权限)',
    en: 'fixes not written: the file is read-only (no write permission at all)',
  },
  'fix.permission': {
    zh: '未写入修复:没有写入此文件的权限({{detail}})',
    en: 'fixes not written: no permission to write this file ({{detail}})',
  },
  'fix.owner': {
    zh: '未写入修复:文件属于其他用户或用户组({{detail}}),替换它会改变其所有者',
    en: 'fixes not written: the file belongs to another user or group ({{detail}}); replacing it would change its owner',
  },
  'fix.hard-link': {
    zh: '未写入修复:文件有 {{detail}} 个硬链接,替换它会使其他链接仍是旧内容;请在原文件中修改',
    en: 'fixes not written: the file has {{detail}} hard links, which a replaced file would leave on the old text; make the changes in the original',
  },
  'fix.io': { zh: '未写入修复:写入失败({{detail}})', en: 'fixes not written: the write failed ({{detail}})' },

  // --annotate that could not write (src/write/annotate-file.ts).
  'annotate.same': {
    zh: '未写入带批注的文档:输出文件就是输入文件本身({{detail}})',
    en: 'reviewed document not written: the output would be the input itself ({{detail}})',
  },
  'annotate.collision': {
    zh: '未写入带批注的文档:本次运行的另一个文件也写入 {{detail}}',
    en: 'reviewed document not written: another file of this run writes {{detail}}',
  },
  'annotate.io': {
    zh: '未写入带批注的文档:写入 {{path}} 失败({{detail}})',
    en: 'reviewed document not written: writing {{path}} failed ({{detail}})',
  },

  // A reviewed Word document's comments (src/write/review.ts).
  'review.error': { zh: '【错误】{{message}}', en: '[error] {{message}}' },
  'review.warning': { zh: '【警告】{{message}}', en: '[warning] {{message}}' },
  'review.basis': { zh: '依据:{{basis}}', en: 'Basis: {{basis}}' },
  'review.rule': { zh: '规则:{{rule}}', en: 'Rule: {{rule}}' },
  'review.belongs': { zh: '应补写的位置:{{place}}', en: 'Where it belongs: {{place}}' },
  'review.atStart': { zh: '报告开头', en: 'at the start of the report' },
  'review.atEnd': { zh: '报告末尾', en: 'at the end of the report' },
  'review.before': { zh: '第{{number}}{{unit}}“{{excerpt}}”之前', en: 'before {{unit}} {{number}} “{{excerpt}}”' },
  'review.unit.paragraph': { zh: '段', en: 'paragraph' },
  'review.unit.line': { zh: '行', en: 'line' },

  // The web page's server (src/serve/server.ts).
  'serve.tooLarge': { zh: '文件过大:上限为 {{mb}} MB', en: 'The file is too large: the limit is {{mb}} MB' },
  'serve.notFound': { zh: '找不到该页面', en: 'Not found' },
  'serve.method': { zh: '不支持该请求方法', en: 'Method not allowed' },
  'serve.noName': { zh: '缺少文件名(name 参数)', en: 'Missing the file name (name parameter)' },
  'serve.internal': { zh: '服务器内部错误', en: 'Internal server error' },
  'serve.busy': { zh: '正在检查的文件过多,请稍后再试', en: 'Too many files are being checked; try again shortly' },
  'serve.timeout': { zh: '检查超过 {{seconds}} 秒仍未完成,已停止', en: 'checking took longer than {{seconds}} s and was stopped' },
  'serve.memory': {
    zh: '检查所需内存超过上限({{mb}} MB),已停止',
    en: 'checking needed more than the memory limit ({{mb}} MB) and was stopped',
  },
  'serve.badHost': { zh: '请用 http://127.0.0.1 或 http://localhost 打开本页', en: 'Open this page at http://127.0.0.1 or http://localhost' },
  'serve.crossOrigin': {
    zh: '拒绝其他网站发来的请求:请直接打开本页使用',
    en: 'Refused: the request comes from another web site; use this page itself',
  },

  // Shared by the formats (src/format/).
  'format.withBasis': { zh: '{{message}}(依据:{{basis}})', en: '{{message}} (basis: {{basis}})' },
  'format.counts': {
    zh: '{{errors}} 个错误,{{warnings}} 个警告',
    en: '{{errors}} {{errors:error|errors}}, {{warnings}} {{warnings:warning|warnings}}',
  },
  'format.notFound': { zh: '(未识别)', en: '(not found)' },

  // stylish.
  'stylish.paragraphPlace': { zh: '第{{line}}段:{{column}}', en: 'paragraph {{line}}:{{column}}' },
  'stylish.paragraphNote': {
    zh: '(位置按段落计:第N段为第N个非空段落)',
    en: '(positions are paragraph numbers: paragraph N is the N-th non-empty paragraph)',
  },
  'stylish.total': {
    zh: '✖ {{total}} 个问题({{errors}} 个错误,{{warnings}} 个警告)',
    en: '✖ {{total}} {{total:problem|problems}} ({{errors}} {{errors:error|errors}}, {{warnings}} {{warnings:warning|warnings}})',
  },
  'stylish.fixable': {
    zh: '其中 {{errors}} 个错误和 {{warnings}} 个警告可用 --fix 自动修复。',
    en: '{{errors}} {{errors:error|errors}} and {{warnings}} {{warnings:warning|warnings}} potentially fixable with the `--fix` option.',
  },

  // sarif.
  'sarif.language': { zh: 'zh-CN', en: 'en-US' },
  'sarif.basis': { zh: '依据: {{basis}}', en: 'Basis: {{basis}}' },
  'sarif.docs': { zh: '文档: {{docs}}', en: 'Documentation: {{docs}}' },

  // checklist, and the checklist tables of html and csv.
  'checklist.status.present': { zh: '✓ 具备', en: '✓ present' },
  'checklist.status.weak': { zh: '⚠ 不足', en: '⚠ weak' },
  'checklist.status.missing': { zh: '✗ 缺失', en: '✗ missing' },
  'checklist.status.unchecked': { zh: '– 未检查', en: '– not checked' },
  'checklist.title': { zh: '标题', en: 'Title' },
  'checklist.year': { zh: '年度', en: 'Year' },
  'checklist.issuer': { zh: '发布单位', en: 'Issuer' },
  'checklist.date': { zh: '日期', en: 'Date' },
  'checklist.item': { zh: '项目', en: 'Item' },
  'checklist.found': { zh: '内容', en: 'Found' },
  'checklist.status': { zh: '状态', en: 'Status' },
  'checklist.requirement': { zh: '检查项', en: 'Requirement' },
  'checklist.notes': { zh: '说明', en: 'Notes' },
  // A .docx or .html is linted as its paragraphs: its positions are paragraph numbers.
  'checklist.atParagraph': { zh: '第 {{number}} 段:', en: 'paragraph {{number}}: ' },
  'checklist.atLine': { zh: '第 {{number}} 行:', en: 'line {{number}}: ' },
  'checklist.fatal': { zh: '无法检查:{{reasons}}', en: 'Could not be checked: {{reasons}}' },
  'checklist.verdict': {
    zh: '结论:{{missing}} 项缺失,{{weak}} 项不足{{others}}。',
    en: 'Verdict: {{missing}} missing, {{weak}} weak{{others}}.',
  },
  'checklist.verdictOthers': { zh: ';另有 {{count}} 个其他问题', en: '; {{count}} other {{count:problem|problems}}' },

  // The reviewer's matrix, in summary, html and csv.
  'matrix.issuer': { zh: '单位', en: 'Issuer' },
  'matrix.year': { zh: '年度', en: 'Year' },
  'matrix.file': { zh: '文件', en: 'File' },
  'matrix.missing': { zh: '缺失', en: 'missing' },
  'matrix.weak': { zh: '不足', en: 'weak' },
  'matrix.present': { zh: '具备', en: 'present' },

  // html.
  'html.lang': { zh: 'zh-CN', en: 'en' },
  'html.title': { zh: 'fazhi-lint 法治政府建设年度报告检查结果', en: 'fazhi-lint: annual rule-of-law government report check' },
  'html.overview': {
    zh: '共 {{reports}} 份报告,{{errors}} 个错误,{{warnings}} 个警告。',
    en: '{{reports}} {{reports:report|reports}}, {{errors}} {{errors:error|errors}}, {{warnings}} {{warnings:warning|warnings}}.',
  },
  'html.text': { zh: '报告正文', en: 'Report text' },
  'html.noText': { zh: '(没有可显示的正文)', en: '(no text to show)' },
  'html.error': { zh: '错误', en: 'error' },
  'html.warning': { zh: '警告', en: 'warning' },
  'html.matrix': { zh: '覆盖矩阵', en: 'Matrix' },
  'html.matrixHelp': {
    zh: '每行一份报告,每列一个必备部分或领域:✓ 具备,⚠ 不足,✗ 缺失,– 未检查。点击列名按该列排序(缺失在前),点击“单位”按单位名称排序。',
    en: 'A row per report, a column per required part or area: ✓ present, ⚠ weak, ✗ missing, – not checked. Click a column head to sort by it (missing first); click "Issuer" to sort by name.',
  },
  'html.matrixReset': { zh: '恢复原顺序', en: 'original order' },
  'html.unreadable': { zh: '无法读取', en: 'unreadable' },

  // csv.
  'csv.note': { zh: '说明', en: 'Note' },
  'csv.count.missing': { zh: '缺失(份)', en: 'missing (reports)' },
  'csv.count.weak': { zh: '不足(份)', en: 'weak (reports)' },
  'csv.count.present': { zh: '具备(份)', en: 'present (reports)' },
  'csv.count.unchecked': { zh: '未检查(份)', en: 'not checked (reports)' },

  // summary.
  'summary.totals': {
    zh: '共检查 {{checked}} 份报告:{{errors}} 份有错误,{{warningsOnly}} 份只有警告,{{clean}} 份通过{{unreadable}}。',
    en: 'Checked {{checked}} {{checked:report|reports}}: {{errors}} with errors, {{warningsOnly}} with warnings only, {{clean}} clean{{unreadable}}.',
  },
  'summary.totalsUnreadable': { zh: ',{{count}} 份无法读取', en: ', {{count}} unreadable' },
  'summary.headline': { zh: '其中 {{reports}} 份{{what}}', en: '{{reports}} {{reports:report|reports}}: {{what}}' },
  'summary.fallsShort': { zh: '不符合“{{requirement}}”', en: 'fall short of "{{requirement}}"' },
  'summary.byRule': { zh: '各项检查未通过的报告数(多者在前):', en: 'Reports failing each check (most first):' },
  'summary.ruleLine': { zh: '{{reports}} 份{{split}}', en: '{{reports}} {{reports:report|reports}}{{split}}' },
  'summary.ruleSplit': { zh: '(缺失 {{missing}},不足 {{weak}})', en: ' (missing {{missing}}, weak {{weak}})' },
  'summary.worst': { zh: '问题最多的报告:', en: 'Reports with the most problems:' },
  'summary.unknownIssuer': { zh: '(未识别单位)', en: '(issuer not found)' },
  'summary.year': { zh: '{{year}}年度', en: '{{year}}' },
  'summary.more': { zh: '……另有 {{count}} 份报告有问题。', en: '… and {{count}} more {{count:report|reports}} with problems.' },
  'summary.unreadable': { zh: '无法读取的文件:', en: 'Files that could not be read:' },
  'summary.allClean': { zh: '所有报告均通过检查。', en: 'Every report passed.' },
  'summary.matrix': { zh: '覆盖矩阵(✓ 具备,⚠ 不足,✗ 缺失,– 未检查):', en: 'Matrix (✓ present, ⚠ weak, ✗ missing, – not checked):' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type UiTextKey = keyof typeof UI_TEXTS;

/** The placeholder names of a template: "a {{x}} b {{n:one|other}}" → "x" | "n". */
type NamesIn<Template extends string> = Template extends `${string}{{${infer Inside}}}${infer Rest}`
  ? (Inside extends `${infer Name}:${string}` ? Name : Inside) | NamesIn<Rest>
  : never;

type NamesOf<Key extends UiTextKey> = NamesIn<(typeof UI_TEXTS)[Key]['zh']> | NamesIn<(typeof UI_TEXTS)[Key]['en']>;

/** What an entry's placeholders are filled with: nothing for an entry without any, else every name. */
export type UiTextData<Key extends UiTextKey> = [NamesOf<Key>] extends [never] ? [] : [data: Record<NamesOf<Key>, string | number>];

const PLURAL = /\{\{(\w+):([^|{}]*)\|([^|{}]*)\}\}/g;

/** The tool's text for `key` in `locale`, its placeholders filled from `data`. */
export function uiText<Key extends UiTextKey>(locale: Locale, key: Key, ...[data]: UiTextData<Key>): string {
  const template: string = UI_TEXTS[key][locale];
  if (!data) return template;
  const chosen = template.includes('|') ? template.replace(PLURAL, (_, name: string, one: string, other: string) => ((data as Record<string, unknown>)[name] === 1 ? one : other)) : template;
  return interpolate(chosen, data);
}

/** Every entry, for the catalogue's own tests. */
export const UI_TEXT_ENTRIES: ReadonlyArray<readonly [string, { readonly zh: string; readonly en: string }]> = Object.entries(UI_TEXTS);
