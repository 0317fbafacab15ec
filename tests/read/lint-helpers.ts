// Linting in tests without config: the recommended built-in rules (the others need options
// from config), with their schema's defaults, as errors.
import type { ResolvedRule } from '../../src/engine/lint.js';
import type { FileLintRequest } from '../../src/engine/lint-file.js';
import { builtinRules } from '../../rules/index.js';

export function allRules(): ResolvedRule[] {
  return [...builtinRules.values()].filter((rule) => rule.meta.docs.recommended).map((rule) => ({
    id: rule.meta.id,
    rule,
    severity: 2,
    options: Object.fromEntries(
      Object.entries(rule.meta.schema?.properties ?? {})
        .filter(([, p]) => p.default !== undefined)
        .map(([name, p]) => [name, p.default]),
    ),
  }));
}

export function request(extra: Partial<FileLintRequest> = {}): FileLintRequest {
  return { rules: allRules(), settings: {}, locale: 'zh', ...extra };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A text report as a saved government page: each line a <p> inside the article, wrapped in the
 * chrome such pages carry (scripts, styles, navigation, breadcrumb, share bar, footer).
 */
export function pageFromText(text: string, charset = 'utf-8'): string {
  const paragraphs = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p style="text-indent:2em">${escapeHtml(line)}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>法治政府建设年度报告</title>
<style>p { line-height: 2 } .nav li { float: left }</style>
<script>var _hmt = _hmt || []; document.write("一、脚本里的字");</script></head>
<body>
<div class="header"><img src="logo.png" alt="人民政府门户网站"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="position">当前位置:<a href="/">首页</a> &gt; 政务公开 &gt; 法治政府建设</div>
<div class="main-content">
${paragraphs}
</div>
<div class="bdshare">分享到:<a>微信</a><a>微博</a></div>
<div id="footer">主办单位:某某人民政府办公室 版权所有 备案号:赣ICP备00000000号</div>
<noscript>请启用 JavaScript</noscript>
</body></html>`;
}
