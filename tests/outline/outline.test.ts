// The outline on the shapes real reports take: titles split over two lines, Markdown drafts,
// parts without headings, parts nested under other parts, wording a config teaches.
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.js';
import { parseSource } from '../../src/engine/lint.js';

async function outline(text: string, ext: 'txt' | 'md' = 'txt', settings = {}) {
  return buildOutline(await parseSource(text, ext === 'md' ? 'markdown' : 'text'), settings);
}

const kinds = (o: Awaited<ReturnType<typeof outline>>) => o.sections.map((s) => `${s.kind}${s.inline ? '(inline)' : ''}@${s.line}`);

describe('title', () => {
  it('joins an issuer line and a title line (Word layout)', async () => {
    const o = await outline('某区司法局\n关于2022年度法治政府建设工作情况的报告\n\n一、主要举措和成效\n办理案件3件。\n');
    expect(o.title?.text).toBe('某区司法局关于2022年度法治政府建设工作情况的报告');
    expect(o.title?.line).toBe(1);
    expect(o.issuer).toBe('某区司法局');
    expect(o.year).toBe(2022);
  });

  it('does not take the opening sentence or page debris for a title', async () => {
    const o = await outline('发布日期:2023-01-30 11:12 文章来源:本网\n2022年,我区法治政府建设工作取得新成效,现将法治政府建设情况报告如下。\n一、主要举措\n');
    expect(o.title).toBeNull();
    expect(o.year).toBe(2022);
    expect(o.yearSource).toBe('opening');
    expect(o.date).toMatchObject({ iso: '2023-01-30', source: 'published' });
  });

  it('reads a Markdown # title and ## parts', async () => {
    const o = await outline('# 某市生态环境局2023年法治政府建设年度报告\n\n## 一、主要举措和成效\n\n办理案件3件。\n\n## 二、存在的不足和原因\n\n由于人手不足。\n\n## 三、2024年工作安排\n\n加强培训。\n', 'md');
    expect(o.title?.text).toBe('某市生态环境局2023年法治政府建设年度报告');
    expect(o.year).toBe(2023);
    expect(kinds(o)).toEqual(['achievements@3', 'problems@7', 'plans@11']);
  });

  it('takes a title line that starts with its year, under an issuer line', async () => {
    const o = await outline('某县住房和城乡建设局\n2024年法治政府建设年度报告\n\n2024年,我局……\n');
    expect(o.title?.text).toBe('某县住房和城乡建设局2024年法治政府建设年度报告');
    expect(o.year).toBe(2024);
  });

  it('takes the year from "现将2024年度有关情况报告如下" when the title has none', async () => {
    const o = await outline('某街道办事处法治政府建设情况报告\n\n按照区委要求,现将2024年度有关情况报告如下。\n一、主要工作\n');
    expect(o.year).toBe(2024);
    expect(o.yearSource).toBe('opening');
  });

  it('takes the year from "2022以来" (a typo for 2022年以来)', async () => {
    const o = await outline('2022以来,在区委的领导下……\n一、主要工作\n');
    expect(o.year).toBe(2022);
  });
});

describe('parts', () => {
  it('classifies by phrasing; unknown top-level headings are achievements', async () => {
    const o = await outline('2023年,……\n一、坚持党的领导,有效推进法治政府建设\n二、存在问题及原因分析\n三、主要负责同志履行推进法治建设第一责任人职责情况\n四、下一步工作打算\n五、其他需要报告的情况\n');
    expect(kinds(o)).toEqual(['achievements@2', 'problems@3', 'responsibility@4', 'plans@5', 'other@6']);
  });

  it('a heading naming next year is the plan', async () => {
    const o = await outline('某县2022年法治政府建设年度报告\n一、主要工作\n二、2023年\n');
    expect(o.sections.map((s) => s.kind)).toEqual(['achievements', 'plans']);
  });

  it('sub-sections inherit the part; a nested responsibility heading is a part of its own', async () => {
    const o = await outline('一、主要举措和成效\n(一)党政主要负责人履行推进法治建设第一责任人职责。局长带头学法。\n(二)补齐短板,规范执法。\n二、存在的不足\n(一)执法不规范。\n');
    expect(o.sections.map((s) => `${s.kind}/${s.level}`)).toEqual([
      'achievements/1',
      'responsibility/2',
      'achievements/2',
      'problems/1',
      'problems/2',
    ]);
    expect(o.sections[1]!.parent).toBe(0);
  });

  it('"第一部分" parts stand above 一、: the numbered headings below them are their sub-sections', async () => {
    const o = await outline('第一部分  主要举措和成效\n一、依法履行职责\n完成审计项目26个。\n二、规范执法\n公示处罚决定11件。\n第二部分  存在的不足和原因\n一、取证不充分,主要原因是人员经验不足。\n');
    expect(o.sections.map((s) => `${s.kind}/${s.level}/${s.parent}`)).toEqual([
      'achievements/1/null',
      'achievements/2/0',
      'achievements/2/0',
      'problems/1/null',
      'problems/2/3',
    ]);
  });

  it('records parts written in a paragraph without a heading, as inline', async () => {
    const o = await outline('2023年,我局办理案件24件。\n对照上级要求,我局还存在着一些不足,主要有:一是执法不规范;二是普法方式单一。\n下步,街道将继续深化法治建设。\n');
    expect(kinds(o)).toEqual(['problems(inline)@2', 'plans(inline)@3']);
    expect(o.sections[0]!.heading).toBe('对照上级要求,我局还存在着一些不足,主要有:一是执法不规范;');
  });

  it('a passing mention of the first responsible person is an inline responsibility part, led by the sub-heading above it', async () => {
    const o = await outline('一、主要举措\n(二)带头学法用法。严格落实党政主要负责人履行推进法治建设第一责任人职责规定,纳入述职。\n');
    const mention = o.sections.find((s) => s.kind === 'responsibility')!;
    expect(mention.inline).toBe(true);
    expect(mention.form).toBe('paragraph');
    expect(mention.line).toBe(2);
    expect(mention.heading).toBe('(二)带头学法用法。');
    expect(mention.mention).toContain('第一责任人');
  });

  it('section spans: line, endLine, offsets and body text', async () => {
    const text = '一、主要工作\n办理案件3件。\n\n二、存在问题\n执法不规范。\n';
    const o = await outline(text);
    const [first, second] = o.sections;
    expect(first).toMatchObject({ line: 1, endLine: 2, text: '办理案件3件。' });
    expect(text.slice(first!.startOffset, first!.endOffset)).toBe('一、主要工作\n办理案件3件。');
    expect(second).toMatchObject({ line: 4, endLine: 5, text: '执法不规范。' });
  });

  it('learns extra phrasings from settings', async () => {
    const text = '一、主要工作\n办理案件3件。\n二、问题清单\n执法不规范。\n三、来年打算\n';
    expect((await outline(text)).sections.map((s) => s.kind)).toEqual(['achievements', 'achievements', 'achievements']);
    const taught = await outline(text, 'txt', { sectionPhrasings: { problems: ['问题清单'], plans: ['来年打算'] } });
    expect(taught.sections.map((s) => s.kind)).toEqual(['achievements', 'problems', 'plans']);
  });
});

describe('signature and date', () => {
  it('finds a 落款 with a Chinese-numeral date and keeps it out of the last part', async () => {
    const o = await outline('一、2024年工作安排\n加强执法培训。\n某镇人民政府\n二〇二四年一月十九日\n');
    expect(o.date).toMatchObject({ iso: '2024-01-19', source: 'signature', line: 4 });
    expect(o.sections[0]!.endLine).toBe(2);
  });
});
