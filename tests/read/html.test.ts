// Saved web pages: the charset from the meta tag, the article without the page's chrome, and
// headings from <hn> and from "一、" markers alike.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../../src/engine/lint-file.js';
import { parseSource } from '../../src/engine/lint.js';
import { buildOutline } from '../../src/outline/index.js';
import { decodeHtml, readHtml } from '../../src/read/html-reader.js';
import { request } from './lint-helpers.js';

const GB_PAGE = readFileSync(new URL('../../fixtures/html/gb2312-report.htm', import.meta.url));

async function treeOf(bytes: Uint8Array) {
  const doc = readHtml(bytes);
  return { doc, tree: await parseSource(doc.text, 'text', doc.headingLines) };
}

describe('the saved GB2312 page (fixtures/html/gb2312-report.htm)', () => {
  it('is really GB2312 bytes, not UTF-8', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(GB_PAGE)).toThrow();
  });

  it('keeps the title and the article, drops menu, breadcrumb, info bar chrome, share, footer, scripts', () => {
    const { text } = readHtml(GB_PAGE);
    const lines = text.split('\n');
    expect(lines[0]).toBe('某某县司法局2023年法治政府建设年度报告');
    expect(lines.at(-1)).toBe('2024年1月12日');
    for (const chrome of ['首页', '政务服务', '您现在的位置', '分享到微信', '版权所有', '备案号', '脚本', 'English', 'text-indent']) {
      expect(text, chrome).not.toContain(chrome);
    }
    expect(text).toContain('全年审查合同42件');
  });

  it('recovers the outline: <h2> and "一、" headings, (一) after a <br>, the signature date', async () => {
    const { doc, tree } = await treeOf(GB_PAGE);
    const headings = tree.children.filter((n) => n.type === 'heading').map((n) => doc.text.split('\n')[n.position!.start.line - 1]);
    expect(headings).toEqual([
      '总体情况',
      '一、主要举措和成效',
      '(一)完善依法决策机制。全年审查合同42件、规范性文件15件,提出意见建议86条。',
      '(二)严格规范公正文明执法。全面落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度,办理行政执法案件312件。',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '三、存在的不足和原因',
      '四、2024年工作安排',
    ]);
    const outline = buildOutline(tree);
    expect(outline.title?.text).toBe('某某县司法局2023年法治政府建设年度报告');
    expect(outline.year).toBe(2023);
    expect(outline.date?.iso).toBe('2024-01-12');
    expect(outline.sections.filter((s) => s.level === 1 || s.parent === null).map((s) => s.kind)).toContain('problems');
  });

  it('lints with positions as paragraph numbers inside the article', async () => {
    const result = await lintBytes(GB_PAGE, 'page.htm', request());
    expect(result.locationUnit).toBe('paragraph');
    expect(result.fatalErrorCount).toBe(0);
    const paragraphs = readHtml(GB_PAGE).text.split('\n').length;
    for (const m of result.messages) expect(m.line).toBeLessThanOrEqual(paragraphs);
    expect(result.messages.map((m) => m.ruleId)).not.toContain('require-title');
  });
});

describe('charset detection', () => {
  // Each of these characters has GB2312 bytes that also form valid UTF-8 (lead 0xC2–0xDF,
  // trail 0x80–0xBF), so only the meta tag tells the two apart.
  const AMBIGUOUS = '某农平全模牵头签前频';

  it('a GB meta tag wins over bytes that also read as UTF-8', () => {
    const body = iconv.encode(`<p>${AMBIGUOUS}</p>`, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(body)).not.toThrow();
    for (const meta of ['<meta charset="GBK">', "<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>", '<META CHARSET=gb18030>']) {
      const page = Buffer.concat([Buffer.from(`<html><head>${meta}</head><body>`), body, Buffer.from('</body></html>')]);
      expect(decodeHtml(page), meta).toContain(AMBIGUOUS);
    }
  });

  it('without a meta tag, UTF-8 and GB18030 are told apart by the bytes', () => {
    const text = '<p>二、存在的问题和不足</p>';
    expect(decodeHtml(Buffer.from(text))).toBe(text);
    expect(decodeHtml(iconv.encode(text, 'gb18030'))).toBe(text);
  });

  it('a page saved as UTF-8 under an old GB meta tag is still read right', () => {
    const page = Buffer.from('<meta charset="gb2312"><p>全面推进依法行政,取得明显成效。</p>');
    expect(decodeHtml(page)).toContain('全面推进依法行政');
  });
});

describe('article extraction', () => {
  const page = (body: string) => Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`);

  it('hidden elements, comments, forms and <nav>/<footer>/<aside class=sidebar> are dropped', () => {
    const { text } = readHtml(
      page(`<nav>首页</nav><aside class="sidebar">热点新闻</aside><form>搜索<input></form><!-- 一、注释 -->
      <article><header><h1>某区2023年法治政府建设年度报告</h1></header><p>正文第一段。</p><p hidden>隐藏</p><p style="display: none">也隐藏</p></article>
      <footer>网站地图</footer>`),
    );
    expect(text.split('\n')).toEqual(['某区2023年法治政府建设年度报告', '正文第一段。']);
  });

  it('a class that looks like chrome on <body> or <article> does not drop the page', () => {
    const { text } = readHtml(Buffer.from('<html><body class="nav-open"><article class="share-page"><p>正文第一段。</p></article></body></html>'));
    expect(text).toBe('正文第一段。');
  });

  it('a metadata table reads as "cell | cell" rows, which the text reader drops as page debris', async () => {
    const { doc, tree } = await treeOf(
      page(`<div><table><tr><td>索引号:</td><td>11440114-2023-001</td><td>主题分类:</td><td>综合政务</td></tr></table><p>${'正文内容。'.repeat(40)}</p></div>`),
    );
    expect(doc.text.split('\n')[0]).toBe('索引号: | 11440114-2023-001 | 主题分类: | 综合政务');
    expect(tree.data?.debris?.map((d) => d.kind)).toEqual(['metadata']);
    expect(tree.children).toHaveLength(1);
  });

  it('inline text beside blocks stays in order; whitespace collapses as a browser shows it', () => {
    const { text } = readHtml(page(`<div>第一段 <b>加粗</b>\n  续写<p>第二段</p>第三段<br>第四段</div>`));
    expect(text.split('\n')).toEqual(['第一段 加粗 续写', '第二段', '第三段', '第四段']);
  });

  it('a title outside the article is taken whole, once; none is taken when the article has its own <h1>', () => {
    const body = `<p>${'全面推进依法行政,建设法治政府。'.repeat(20)}</p>`;
    // A title box is read whole, with what it wraps round the title (the outline takes the date off).
    const boxed = readHtml(page(`<div class="title"><span class="title-text">某区2023年法治政府建设年度报告</span> <span>2024-03-01</span></div><div class="content">${body}</div>`));
    expect(boxed.text.split('\n')).toEqual(['某区2023年法治政府建设年度报告 2024-03-01', expect.stringMatching(/^全面推进/)]);
    // The last heading before the article counts; headings after it do not.
    const last = readHtml(page(`<h2>网站名称</h2><h3>某区2023年法治政府建设年度报告</h3><div class="content">${body}</div><h2>相关链接</h2>`));
    expect(last.text.split('\n')[0]).toBe('某区2023年法治政府建设年度报告');
    // An article with an <h1> deep inside has its title: the site's heading above stays out.
    const own = readHtml(page(`<h2>网站名称</h2><div class="content"><div><h1>某区2023年法治政府建设年度报告</h1></div>${body}</div>`));
    expect(own.text.split('\n')[0]).toBe('某区2023年法治政府建设年度报告');
    expect(own.text).not.toContain('网站名称');
  });

  it('a page with nothing but chrome is empty', async () => {
    const result = await lintBytes(page('<div class="nav">首页</div><script>x()</script><div id="footer">版权所有</div>'), 'a.html', request());
    expect(result.messages).toMatchObject([{ fatal: true, ruleId: null, message: '文件为空' }]);
  });

  it('binary content under .html is refused', async () => {
    const result = await lintBytes(new Uint8Array([0x3c, 0x70, 0x3e, 0, 1, 2, 0xff]), 'a.html', request());
    expect(result.messages).toMatchObject([{ fatal: true, message: expect.stringContaining('二进制') }]);
  });
});

describe('nesting depth (checked before parsing: the same in every thread)', () => {
  it('counts nested elements, not unclosed paragraphs, void elements or script text', async () => {
    const { nestsDeeperThan } = await import('../../src/read/html-depth.js');
    expect(nestsDeeperThan('<div>'.repeat(300) + 'x' + '</div>'.repeat(300), 256)).toBe(true);
    expect(nestsDeeperThan('<div>'.repeat(200) + 'x' + '</div>'.repeat(200), 256)).toBe(false);
    expect(nestsDeeperThan('<body>' + '<p>段落'.repeat(5000) + '<br><img src=a.png>'.repeat(500), 256)).toBe(false);
    expect(nestsDeeperThan(`<script>${'<div>'.repeat(1000)}</script><style>${'<span>'.repeat(1000)}</style><p>x`, 256)).toBe(false);
    expect(nestsDeeperThan(`<!-- ${'<div>'.repeat(1000)} --><p>x`, 256)).toBe(false);
    expect(nestsDeeperThan('<span/>'.repeat(1000), 256)).toBe(false);
  });

  it('a page nested deeper than the limit is refused as too deep', async () => {
    const { readHtml } = await import('../../src/read/html-reader.js');
    const page = new TextEncoder().encode('<html><body>' + '<div>'.repeat(2000) + '文本' + '</div>'.repeat(2000) + '</body></html>');
    expect(() => readHtml(page)).toThrow(expect.objectContaining({ code: 'too-deep' }));
  });
});
