// The outline on the shapes reports take on government web pages (issue 15): titles wrapped in
// labels, column tags, dates and file names; breadcrumbs and site names that must never be
// titles; issuers named in titles, opening sentences, announcements, metadata and signatures;
// years from titles, openings, signatures and publication dates; run-in responsibility items;
// plans introduced inside a paragraph. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/engine/lint.js';
import type { Outline } from '../../src/rule-api.js';

async function outline(text: string): Promise<Outline> {
  return (await verify(text, { rules: [], settings: {}, locale: 'zh', format: 'text' })).outline;
}

const BODY = '\n一、主要举措和成效\n(一)强化组织领导。全年召开专题会议3次。\n';

describe('title: what a page wraps it in is taken off', () => {
  it.each([
    ['a metadata label', '标 题:青川县2023年度法治政府建设情况报告', '青川县2023年度法治政府建设情况报告'],
    ['a bulleted label', '• 名称:青川县2023年度法治政府建设情况报告', '青川县2023年度法治政府建设情况报告'],
    ['a summary label', '- 内容概述: 青川县2023年度法治政府建设情况报告', '青川县2023年度法治政府建设情况报告'],
    ['a column tag', '【工作报告】青川县2023年度法治政府建设情况报告', '青川县2023年度法治政府建设情况报告'],
    ['a trailing publication time', '青川县2023年度法治政府建设情况报告 2024-02-18 10:21', '青川县2023年度法治政府建设情况报告'],
    ['a trailing labelled date', '青川县2023年度法治政府建设情况报告 发布时间:2024年02月18日', '青川县2023年度法治政府建设情况报告'],
    ['a file name', '青川县2023年度法治政府建设情况报告.docx', '青川县2023年度法治政府建设情况报告'],
    ['a title without 报告', '青川市2025年法治政府建设情况', '青川市2025年法治政府建设情况'],
    ['a title without 建设', '石门乡2025年法治政府年度报告', '石门乡2025年法治政府年度报告'],
    ['the year before the issuer', '2024年度市场监督管理局法治政府建设工作报告', '2024年度市场监督管理局法治政府建设工作报告'],
    ['a 关于…的报告 title', '青川县人民政府关于2023年度法治政府建设情况的报告', '青川县人民政府关于2023年度法治政府建设情况的报告'],
  ])('%s', async (_name, line, title) => {
    const o = await outline(`${line}\n2023年,全县法治政府建设取得新成效。${BODY}`);
    expect(o.title?.text).toBe(title);
  });

  it('points the title span at the title itself, not at its label', async () => {
    const o = await outline(`标题:青川县2023年度法治政府建设情况报告\n${BODY}`);
    expect(o.title?.span.start).toMatchObject({ line: 1, column: 4, offset: 3 });
    expect(o.title?.span.end).toMatchObject({ line: 1, column: 23 });
  });

  it('joins an issuer line above a title that names none', async () => {
    const o = await outline(`中共青川县委 青川县人民政府\n关于2023年法治政府建设情况的报告\n${BODY}`);
    expect(o.title?.text).toBe('中共青川县委 青川县人民政府关于2023年法治政府建设情况的报告');
    expect(o.issuer).toBe('中共青川县委 青川县人民政府');
  });

  it('does not join a site name above a title that names its own issuer', async () => {
    const o = await outline(`县司法局\n青川县石门镇人民政府2023年法治政府建设情况报告\n${BODY}`);
    expect(o.title?.text).toBe('青川县石门镇人民政府2023年法治政府建设情况报告');
    expect(o.issuer).toBe('青川县石门镇人民政府');
  });

  it('joins a title broken inside its words', async () => {
    const o = await outline(`石门乡人民政府关于2023年度法治政府建设\n工作的报告\n2023年,我乡坚持依法行政。${BODY}`);
    expect(o.title?.text).toBe('石门乡人民政府关于2023年度法治政府建设工作的报告');
    expect(o.year).toBe(2023);
  });

  it('reads a title the page shows twice once, also when the repetition is split', async () => {
    const o = await outline('中共青川县委 青川县人民政府\n关于2023年法治政府建设情况的报告\n发布时间:2024-03-01 09:00\n中共青川县委 青川县人民政府\n关于2023年法治政府建设情况的报告\n2023年,全县坚持依法行政。' + BODY);
    expect(o.title?.line).toBe(1);
    const firstBody = o.sections[0]!;
    expect(firstBody.heading).toBe('一、主要举措和成效');
    expect(o.issuer).toBe('中共青川县委 青川县人民政府');
  });

  it.each([
    ['a breadcrumb ending like a title', '县司法局>专题专栏>法治政府建设年度报告'],
    ['a breadcrumb from 首页', '首页 / 政务公开 / 2023年度法治政府建设情况报告'],
    ['a site column name', '法治政府建设年度报告'],
    ['a sentence naming the report', '现将《青川县2023年度法治政府建设情况报告》予以公布。'],
    ['a sentence announcing it', '现将2023年度法治政府建设情况报告如下:'],
  ])('never takes %s for a title', async (_name, line) => {
    const o = await outline(`${line}\n2023年,全县法治政府建设取得新成效。${BODY}`);
    expect(o.title).toBeNull();
  });
});

describe('issuer and where it was read', () => {
  it.each([
    ['before the year', '静川区2023年度法治政府建设情况报告', '静川区'],
    ['after the year', '2024年上海市司法局法治政府建设情况报告', '上海市司法局'],
    ['before 关于', '青川县人民政府关于2023年度法治政府建设情况的报告', '青川县人民政府'],
    ['a Party group', '中共青川县水务局党组关于2023年度法治政府建设情况的报告', '中共青川县水务局党组'],
    ['before the subject when there is no year', '青川县水务局法治政府建设年度报告', '青川县水务局'],
  ])('from the title: %s', async (_name, title, issuer) => {
    const o = await outline(`${title}\n我局坚持依法行政。${BODY}`);
    expect(o.issuer).toBe(issuer);
    expect(o.issuerSource).toBe('title');
  });

  it.each([
    ['after the year', '2023年,石门镇坚持以习近平法治思想为指导,扎实推进法治政府建设。', '石门镇'],
    ['after an adverbial', '2023年,在县委、县政府的坚强领导下,石门镇坚持依法行政。', '石门镇'],
    ['with two adverbials and no comma after the year', '2022年在县委、县政府的坚强领导下,在上级部门的指导下,青川自治县深入推进依法行政。', '青川自治县'],
    ['a Party group', '2022年,民政厅党组全面贯彻党中央决策部署。', '民政厅党组'],
    ['joint issuers, whole', '2024年,青川省委、省政府坚持以习近平法治思想为指导。', '青川省委、省政府'],
    ['joint issuers with 和', '2022年,青川自治区党委和政府全面学习贯彻党的二十大精神。', '青川自治区党委和政府'],
    ['今年以来', '今年以来,青川区积极推进法治政府建设。', '青川区'],
    ['after a framing clause', '2025年是法治政府建设纲要的收官之年,青川区审计局在区委领导下全面履行审计监督职责。', '青川区审计局'],
    ['after a clause that cites a plan', '根据《法治建设规划(2021—2025年)》的部署,2023年,清溪街道以学习贯彻习近平法治思想为核心推进工作。', '清溪街道'],
    ['a subject followed by its work', '2024年,石门镇法治政府建设工作在县委的指导下稳步推进。', '石门镇'],
    ['a department with 和 in its name', '2021年,青川市人力资源和社会保障局以习近平新时代中国特色社会主义思想为指引。', '青川市人力资源和社会保障局'],
    ['a bare autonomous region', '2022年,自治区坚持以习近平法治思想为指导。', '自治区'],
  ])('from the opening sentence: %s', async (_name, opening, issuer) => {
    const o = await outline(`${opening}现将有关情况报告如下:${BODY}`);
    expect(o.issuer).toBe(issuer);
    expect(o.issuerSource).toBe('opening');
  });

  it.each([
    ['我局', '2023年,我局坚持依法行政,现将有关情况报告如下:'],
    ['本镇', '2023年,本镇坚持依法行政。'],
    ['a collective', '2020年,全省各级政府坚持以习近平法治思想为指导。'],
    ['a bare ending', '现将街道2022年法治政府工作报告如下:'],
  ])('no issuer from %s', async (_name, opening) => {
    const o = await outline(`${opening}${BODY}`);
    expect(o.issuer).toBeNull();
  });

  it('a salutation names the addressee, never the issuer', async () => {
    const o = await outline(`县委、县政府:\n2025年,石门镇坚持依法行政。${BODY}`);
    expect(o.issuer).toBe('石门镇');
    expect(o.year).toBe(2025);
  });

  it.each([
    ['a report named in 《》', '根据通知要求,现将《青川市文化和旅游局2025年度法治政府建设情况报告》予以公布。\n2025年,市文化旅游局坚持依法行政。', '青川市文化和旅游局'],
    ['an announcement after a pronoun opening', '根据通知要求,现将青川市农业农村局2024年法治政府建设情况报告如下:\n2024年,我局坚持依法行政。', '青川市农业农村局'],
    ['an announcement alone', '依据有关规定,现将青川区人民政府2023年法治政府建设年度情况报告如下。', '青川区人民政府'],
  ])('from the opening\'s announcement: %s', async (_name, opening, issuer) => {
    const o = await outline(`${opening}${BODY}`);
    expect(o.issuer).toBe(issuer);
    expect(o.issuerSource).toBe('opening');
  });

  it('from the page metadata when nothing else names it', async () => {
    const o = await outline(`- 索 引 号: 11223344/2024-00012\n- 发布机构: 石门镇人民政府\n2024年,我镇坚持依法行政。${BODY}`);
    expect(o.issuer).toBe('石门镇人民政府');
    expect(o.issuerSource).toBe('metadata');
  });

  it('from the signature when nothing else names it', async () => {
    const o = await outline(`2024年,我镇坚持依法行政。${BODY}\n中共石门镇委员会\n石门镇人民政府\n2025年2月18日\n`);
    expect(o.issuer).toBe('中共石门镇委员会 石门镇人民政府');
    expect(o.issuerSource).toBe('signature');
  });
});

describe('year and where it was read', () => {
  it.each([
    ['the title', '青川县2023年度法治政府建设情况报告\n2024年以来的工作表明…', 2023, 'title'],
    ['a Chinese-numeral title', '青川县人民政府二〇二三年度法治政府建设工作报告\n', 2023, 'title'],
    ['the opening, written with a space', '2020 年,全县坚持依法行政。', 2020, 'opening'],
    ['a clause after a cited plan', '根据《规划(2021—2025年)》,2023年,清溪街道以法治为引领推进工作。', 2023, 'opening'],
    ['the announcement', '今年以来,我局扎实推进依法行政。现将2023年度法治政府建设情况报告如下:', 2023, 'opening'],
    ['the opening after a salutation', '市委、市政府:\n2025年以来,我委紧扣法治政府建设总体目标推进工作。', 2025, 'opening'],
  ])('from %s', async (_name, head, year, source) => {
    const o = await outline(`${head}${BODY}`);
    expect(o.year).toBe(year);
    expect(o.yearSource).toBe(source);
  });

  it.each([
    ['signed in February of the next year', '2024年2月18日', 2023],
    ['signed in December of the same year', '2023年12月22日', 2023],
    ['signed in Chinese numerals', '二〇二四年三月五日', 2023],
  ])('from the signature date when the text never says: %s', async (_name, date, year) => {
    const o = await outline(`我局坚持依法行政,取得新成效。${BODY}\n青川县水务局\n${date}\n`);
    expect(o.year).toBe(year);
    expect(o.yearSource).toBe('signature');
  });

  it('from the publication date when there is no signature', async () => {
    const o = await outline(`发布时间:2024-02-05 09:19\n我局坚持依法行政,取得新成效。${BODY}`);
    expect(o.year).toBe(2023);
    expect(o.yearSource).toBe('published');
  });

  it('not from a page header date, a cited earlier report or a plan range', async () => {
    const o = await outline(`青川县人民政府 2021年5月6日星期四\n根据《2022年法治政府建设年度报告》和《规划(2021—2025年)》,我局坚持依法行政。\n一、主要举措和成效\n2023年我局新制发规范性文件1件。\n`);
    expect(o.year).toBe(2023);
    expect(o.yearSource).toBe('body');
  });

  it('not from a plans heading', async () => {
    const o = await outline('一、主要举措和成效\n全年办理案件3件。\n二、2024年工作打算\n继续推进。\n');
    expect(o.year).toBeNull();
  });

  it('stays null when only ranges and cited titles name years', async () => {
    const o = await outline('一、深入学习贯彻习近平法治思想\n出台《法治建设规划(2021—2025年)》,统筹推进法治政府建设。\n');
    expect(o.year).toBeNull();
  });
});

describe('parts', () => {
  it('records a run-in item that carries the first-responsible-person duty: as the part when its lead is about a duty, else as a mention', async () => {
    const o = await outline('一、主要举措和成效\n(一)强化组织领导。一是深化理论学习。全年学法6次。二是压实主体责任。主要负责同志切实履行推进法治建设第一责任人职责,召开专题会议3次。三是精准谋划。制定工作要点。\n');
    const item = o.sections.find((s) => s.kind === 'responsibility')!;
    expect(item).toMatchObject({ form: 'run-in', inline: false, heading: '二是压实主体责任。' });
    expect(item.text).toBe('二是压实主体责任。主要负责同志切实履行推进法治建设第一责任人职责,召开专题会议3次。');
    expect(o.sections[item.parent!]!.heading).toBe('(一)强化组织领导。');
    const passing = await outline('一、主要举措和成效\n(一)强化组织领导。一是深化理论学习。全年学法6次。二是健全制度。主要负责同志切实履行推进法治建设第一责任人职责,召开专题会议3次。\n');
    const mention = passing.sections.find((s) => s.kind === 'responsibility')!;
    expect(mention).toMatchObject({ form: 'run-in', inline: true, heading: '二是健全制度。' });
    expect(mention.mention).toContain('第一责任人');
  });

  it('records the duty named under a sub-heading: the sub-heading is the part when it is about a duty, else it leads a mention', async () => {
    const o = await outline('一、主要工作\n(一)加强组织领导\n1.严格落实主体责任。市政府主要领导积极履行法治政府建设第一责任人职责,主持召开会议3次。\n');
    expect(o.sections.find((s) => s.kind === 'responsibility')).toMatchObject({ form: 'heading', inline: false, heading: '1.严格落实主体责任。' });
    const led = await outline('一、主要工作\n(一)加强组织领导\n1.健全工作机制。市政府主要领导积极履行法治政府建设第一责任人职责,主持召开会议3次。\n');
    expect(led.sections.find((s) => s.kind === 'responsibility')).toMatchObject({ form: 'paragraph', inline: true, heading: '1.健全工作机制。' });
    // A plan's sub-heading promises the duty; it does not report it.
    const planned = await outline('一、主要工作\n全年办案9件。\n二、2024年工作计划\n(一)压实法治建设责任\n推动主要负责人切实履行第一责任人职责。\n');
    expect(planned.sections.filter((s) => s.kind === 'responsibility' && !s.inline)).toEqual([]);
  });

  it('a sub-heading that names the duty is a headed responsibility part', async () => {
    const o = await outline('一、主要举措\n(二)履行第一责任,全面筑牢法治根基。局主要负责人主持召开会议3次。\n');
    expect(o.sections[1]).toMatchObject({ kind: 'responsibility', form: 'heading', inline: false });
  });

  it('a top-level responsibility part may come first', async () => {
    const o = await outline('一、强化主要责任人责任,夯实组织基础。\n(一)履行推进法治建设第一责任人职责。\n二、主要举措和成效\n');
    expect(o.sections.filter((s) => s.parent === null).map((s) => s.kind)).toEqual(['responsibility', 'achievements']);
  });

  it.each([
    ['下一步', '全年办理案件3件。下一步,我局将继续深化执法规范化建设,推进三项制度落实。'],
    ['下阶段', '全年办理案件3件。下阶段,我局将继续深化执法规范化建设。'],
    ['今后', '全年办理案件3件;今后,我镇将继续深化执法规范化建设。'],
    ['next year\'s plan', '全年办理案件3件。2024年工作打算:继续深化执法规范化建设。'],
  ])('finds a plan introduced inside a paragraph by %s', async (_name, paragraph) => {
    const o = await outline(`青川县2023年度法治政府建设情况报告\n一、主要举措和成效\n${paragraph}\n`);
    const plan = o.sections.find((s) => s.kind === 'plans')!;
    expect(plan.inline).toBe(true);
    expect(plan.text.startsWith('全年')).toBe(false);
    expect(plan.heading).not.toContain('办理案件');
  });

  it('no plan from 今后 in the middle of a sentence, or from another year\'s plan', async () => {
    const o = await outline('青川县2023年度法治政府建设情况报告\n一、主要举措和成效\n全年办理案件3件,为今后工作打下基础。2025年工作目标已经明确。\n');
    expect(o.sections.some((s) => s.kind === 'plans')).toBe(false);
  });

  it('a preface listing the parts is none of them', async () => {
    const o = await outline('青川县2022年度法治政府建设情况报告\n引 言\n本报告包括工作开展情况、存在的不足及原因以及2023年度主要安排三个部分。下一步工作另行报告。\n2022年,全县坚持依法行政。\n一、主要举措和成效\n办理案件3件。\n');
    expect(o.sections.map((s) => s.kind)).toEqual(['achievements']);
  });

  it('a sub-heading that lost its opening bracket is still a sub-heading', async () => {
    const o = await outline('一、主要举措和成效\n一)强化组织领导。召开会议3次。\n二)规范执法。办理案件5件。\n');
    expect(o.sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '一、主要举措和成效'],
      [2, '一)强化组织领导。'],
      [2, '二)规范执法。'],
    ]);
  });
});

describe('traditional characters', () => {
  const TRADITIONAL = '青川縣人民政府2022年法治政府建設情況報告\n2022年,青川縣政府堅持以習近平新時代中國特色社會主義思想為指導,深入貫徹落實習近平法治思想。現將有關情況報告如下:\n一、2022年度推進法治政府建設的主要舉措和成效\n(一)嚴格落實第一責任人職責。縣長主持召開專題會議3次。\n二、存在的問題和不足\n由於培訓不足,執法不夠規範。\n';

  it('matches as simplified, quotes title and issuer as written, keeps positions', async () => {
    const o = await outline(TRADITIONAL);
    expect(o.title?.text).toBe('青川縣人民政府2022年法治政府建設情況報告');
    expect(o.issuer).toBe('青川縣人民政府');
    expect(o.year).toBe(2022);
    expect(o.sections.map((s) => s.kind)).toEqual(['achievements', 'responsibility', 'problems']);
    const problems = o.sections[2]!;
    expect(TRADITIONAL.slice(problems.startOffset, problems.startOffset + 2)).toBe('二、');
  });
});

describe('more title and issuer shapes', () => {
  it.each([
    ['关于 first', '关于青川县2023年度法治政府建设情况的报告', '关于青川县2023年度法治政府建设情况的报告', '青川县'],
    ['a title in 《》', '《青川县2023年法治政府建设年度报告》', '青川县2023年法治政府建设年度报告', '青川县'],
    ['(全文) after it', '青川县2023年法治政府建设年度报告(全文)', '青川县2023年法治政府建设年度报告', '青川县'],
    ['a site name after " - "', '青川县2023年法治政府建设年度报告 - 青川县人民政府网', '青川县2023年法治政府建设年度报告', '青川县'],
    ['full-width punctuation', '青川县２０２３年法治政府建设年度报告（全文）', '青川县２０２３年法治政府建设年度报告', '青川县'],
  ])('%s', async (_name, line, title, issuer) => {
    const o = await outline(`${line}\n我县坚持依法行政。${BODY}`);
    expect(o.title?.text).toBe(title);
    expect(o.issuer).toBe(issuer);
    expect(o.year).toBe(2023);
  });

  it.each([
    ['高标准', '2023年,青川区高标准推进法治政府建设。', '青川区'],
    ['多措并举', '2023年,青川县多措并举推进依法行政。', '青川县'],
    ['一年来', '一年来,青川县着眼法治政府建设目标推进工作。', '青川县'],
    ['过去一年', '过去一年,青川县突出重点推进依法行政。', '青川县'],
    ['full-width commas', '2023年，在县委的坚强领导下，石门镇坚持依法行政。', '石门镇'],
  ])('opening subject after %s', async (_name, opening, issuer) => {
    const o = await outline(`${opening}${BODY}`);
    expect(o.issuer).toBe(issuer);
  });
});

describe('issuer kind', () => {
  it.each([
    ['青川县人民政府', 'government'],
    ['中共青川县委 青川县人民政府', 'government'],
    ['青川省委、省政府', 'government'],
    ['青川经济技术开发区管理委员会', 'government'],
    ['青川县水务局', 'department'],
    ['中共青川县水务局党组', 'department'],
    ['青川市卫生健康委员会', 'department'],
    ['市卫健委', 'department'],
    ['青川县公安局石门分局', 'department'],
    ['石门镇人民政府', 'township'],
    ['石门镇党委、政府', 'township'],
    ['青川瑶族乡人民政府', 'township'],
    ['清溪街道办事处', 'street'],
    ['清溪街道党工委', 'street'],
  ])('%s is a %s', async (issuer, kind) => {
    const o = await outline(`${issuer}2023年度法治政府建设情况报告\n${BODY}`);
    expect(o.issuer).toBe(issuer);
    expect(o.issuerKind).toBe(kind);
  });

  it('reads a traditional issuer\'s kind from its simplified original', async () => {
    const o = await outline('青川縣農業農村局2022年法治政府建設情況報告\n2022年,青川縣農業農村局堅持以習近平新時代中國特色社會主義思想為指導,深入貫徹落實習近平法治思想。\n一、主要舉措和成效\n');
    expect(o.issuer).toBe('青川縣農業農村局');
    expect(o.issuerKind).toBe('department');
  });

  it('is null without an issuer', async () => {
    expect((await outline(`我局坚持依法行政。${BODY}`)).issuerKind).toBeNull();
  });
});

describe('shapes from the second blind set', () => {
  it('a site name above the title, with a breadcrumb between, is not joined to it', async () => {
    const o = await outline('青川区人民政府\n首页 > 政务公开 > 街道信息\n关于2023年度法治政府建设工作情况的报告\n2023年,本街道坚持依法履职。' + BODY + '\n青川区石门街道办事处\n2024年2月5日\n');
    expect(o.title?.text).toBe('关于2023年度法治政府建设工作情况的报告');
    expect(o.issuer).toBe('青川区石门街道办事处');
    expect(o.issuerSource).toBe('signature');
  });

  it('a breadcrumb separated by 丨 is page debris', async () => {
    const o = await outline('首页丨政务公开丨法治政府建设\n2024年法治政府建设年度报告\n2024年,我委坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('2024年法治政府建设年度报告');
  });

  it('a brand a mirror appended after the title is not part of it', async () => {
    const o = await outline('青川县石门镇2022年法治政府建设工作报告-某某娱乐-官方网站\n' + BODY);
    expect(o.title?.text).toBe('青川县石门镇2022年法治政府建设工作报告');
  });

  it('"一." followed by a year is a heading', async () => {
    const o = await outline('一.2023年主要工作成效\n(一)依法履职能力不断增强。\n');
    expect(o.sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '一.2023年主要工作成效'],
      [2, '(一)依法履职能力不断增强。'],
    ]);
  });

  it('a subject after two framed adverbials, the second opening with 和', async () => {
    const o = await outline('2022年,在市委、市政府的坚强领导下和县人大的监督支持下,青川县坚持依法行政。' + BODY);
    expect(o.issuer).toBe('青川县');
  });

  it('a clause that goes on from the one before has no subject of its own', async () => {
    const o = await outline('根据上级《工作要点》的要求,以及市、区对法治建设工作的具体部署,2023年,清溪街道以学习贯彻习近平法治思想为核心推进工作。' + BODY);
    expect(o.issuer).toBe('清溪街道');
  });

  it('a district named 和平区 is a subject', async () => {
    const o = await outline('2023年,和平区坚持依法行政。' + BODY);
    expect(o.issuer).toBe('和平区');
  });
});

describe('more openings and titles', () => {
  it.each([
    ['近年来', '近年来,青川县坚持依法行政。', '青川县'],
    ['今年来', '今年来,青川镇坚持依法行政。', '青川镇'],
    ['去年以来', '去年以来,青川县人民政府坚持依法行政。', '青川县人民政府'],
    ['a year and 全年', '2023年全年,青川县坚持依法行政。', '青川县'],
  ])('the subject after %s', async (_name, opening, issuer) => {
    expect((await outline(`${opening}${BODY}`)).issuer).toBe(issuer);
  });

  it('a title whose year follows the subject names its issuer before the subject', async () => {
    const o = await outline(`青川县法治政府建设2023年度报告${BODY}`);
    expect(o.issuer).toBe('青川县');
    expect(o.year).toBe(2023);
  });

  it('a publication time in 【】 after the title is not part of it', async () => {
    expect((await outline(`青川县2023年法治政府建设年度报告【发布时间:2024-01-05】${BODY}`)).title?.text).toBe('青川县2023年法治政府建设年度报告');
  });
});

describe('shapes from the third blind set', () => {
  it.each([
    ['○ (a circle)', '青川县民政局二○二二年度法治政府建设工作报告', 2022],
    ['the letter O', '青川县民政局二OO九年度法治政府建设工作报告', 2009],
    ['full-width Ｏ', '青川县民政局二ＯＯ九年度法治政府建设工作报告', 2009],
  ])('a year in Chinese numerals whose zero is written %s', async (_name, title, year) => {
    const o = await outline(`${title}\n我局坚持依法行政。${BODY}`);
    expect(o.title?.text).toBe(title);
    expect(o.year).toBe(year);
    expect(o.issuer).toBe('青川县民政局');
  });

  it('a signature dated 二○二三年一月十日 is a date', async () => {
    const o = await outline(`2022年,青川县坚持依法行政。${BODY}\n青川县人民政府\n二○二三年一月十日\n`);
    expect(o.date).toMatchObject({ iso: '2023-01-10', source: 'signature' });
  });

  it.each([
    ['a newspaper headline on the line above, the title after a dash', '坚持依法行政　建设法治青川\n——青川市二〇二四年法治政府建设年度报告'],
    ['a headline and the title on one line', '坚持依法行政 建设法治青川——青川市二〇二四年法治政府建设年度报告'],
    ["a public account's column before ｜", '法治青川｜青川市二〇二四年法治政府建设年度报告'],
    ['an attachment download label', '附件下载：青川市二〇二四年法治政府建设年度报告'],
  ])('%s', async (_name, lines) => {
    const o = await outline(`${lines}\n2024年,青川市坚持依法行政。${BODY}`);
    expect(o.title?.text).toBe('青川市二〇二四年法治政府建设年度报告');
    expect(o.issuer).toBe('青川市');
  });

  it('a dash before the title does not drop an issuer that stands before it', async () => {
    const o = await outline(`中共青川县委——关于2023年度法治建设情况的报告\n2023年,全县坚持依法行政。${BODY}`);
    expect(o.title?.text).toBe('中共青川县委——关于2023年度法治建设情况的报告');
  });

  it("a public account's short title, then the report's own fuller one: the report's is the title", async () => {
    const o = await outline('石门街道2024年度法治政府建设工作报告\n石门街道 2025年03月10日 17:02\n作者：石门街道综治办\n\n青川区石门街道2024年度法治政府建设工作报告\n\n2024年,石门街道办事处坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('青川区石门街道2024年度法治政府建设工作报告');
    expect(o.issuer).toBe('青川区石门街道');
  });

  it('an excerpt that starts at part one: the subject of its first paragraph, when it names a place', async () => {
    const named = await outline('青川县人民政府网\n一、2025年推进法治政府建设的主要举措和成效\n2025年,青川县人民政府在县委的坚强领导下,统筹推进法治政府建设。\n(一)强化组织领导。全年召开专题会议3次。\n');
    expect(named.issuer).toBe('青川县人民政府');
    expect(named.issuerSource).toBe('opening');
    // The leadership in general ("自治区党委、政府", "局党委") is no issuer.
    for (const subject of ['自治区党委、政府', '县委、县政府', '局党委']) {
      const o = await outline(`一、深入学习践行习近平法治思想\n${subject}坚持以习近平法治思想为指导,统筹推进法治政府建设。\n`);
      expect(o.issuer, subject).toBeNull();
    }
    // Part one opening with a run-in item: the subject of the item's first sentence, not of a later item's.
    const item = await outline('一、2022年法治政府建设工作推进情况\n(一)提高政治站位,把牢法治建设方向。2022年,平遥县市场监督管理局把学习贯彻习近平法治思想作为首要政治任务。\n(二)规范行政执法。县综合行政执法局坚持严格执法。\n');
    expect(item.issuer).toBe('平遥县市场监督管理局');
    const later = await outline('一、2022年法治政府建设工作推进情况\n(一)提高政治站位。全年开展专题学习5次。\n(二)规范行政执法。县综合行政执法局坚持严格执法。\n');
    expect(later.issuer).toBeNull();
    // The page's metadata comes first.
    const withMetadata = await outline('索引号:123 | 发布机构:青川县司法局\n一、主要举措和成效\n2025年,青川县人民政府在县委的坚强领导下,统筹推进法治政府建设。\n');
    expect(withMetadata.issuer).toBe('青川县司法局');
  });
});

describe('parts from the third blind set', () => {
  const heads = (o: Outline) => o.sections.filter((s) => s.parent === null).map((s) => [s.kind, s.heading, s.form, s.inline]);

  it('"4.2024年工作打算": a number before a year is a heading; "1.5亿元" still is not', async () => {
    const o = await outline('1.主要工作举措和成效\n全年审查文件87件。\n4.2024年工作打算\n加强培训。\n1.5亿元用于执法保障。\n');
    expect(o.sections.map((s) => s.heading)).toEqual(['1.主要工作举措和成效', '4.2024年工作打算']);
  });

  it('"【一】" numbers a part as 一、 does', async () => {
    const o = await outline('【一】主要举措和成效\n1. 强化组织领导。\n【二】存在的问题\n人手不足。\n');
    expect(heads(o)).toEqual([
      ['achievements', '【一】主要举措和成效', 'heading', false],
      ['problems', '【二】存在的问题', 'heading', false],
    ]);
  });

  it('a letter-spaced heading is a heading of its kind', async () => {
    const o = await outline('一 、 主 要 举 措 和 成 效\n全年审查文件87件。\n二 、 存 在 问 题\n人手不足。\n');
    expect(heads(o)).toEqual([
      ['achievements', '一 、 主 要 举 措 和 成 效', 'heading', false],
      ['problems', '二 、 存 在 问 题', 'heading', false],
    ]);
  });

  it('a report that numbers no heading: short lines naming parts are its headings', async () => {
    const o = await outline('2022年,青川镇坚持依法行政。现将有关情况报告如下:\n\n主要工作成效\n\n一是规范依法决策。全年审查合同165件。\n\n存在问题\n\n一是执法力量不足。\n\n2023年工作计划\n\n一是加强执法队伍建设。\n');
    expect(heads(o)).toEqual([
      ['achievements', '主要工作成效', 'heading', false],
      ['problems', '存在问题', 'heading', false],
      ['plans', '2023年工作计划', 'heading', false],
    ]);
    // Where headings are numbered, a short unnumbered line is no part.
    const numbered = await outline('一、主要举措和成效\n全年审查合同165件。\n存在问题\n一是执法力量不足。\n');
    expect(heads(numbered).map((h) => h[1])).toEqual(['一、主要举措和成效']);
    // A short line that names no part is none.
    const plain = await outline('2022年,青川镇坚持依法行政。\n\n强化组织领导\n\n全年审查合同165件。\n');
    expect(heads(plain)).toEqual([]);
  });

  it('a report whose parts run in as "一是…。" paragraphs: each lead naming a part is its heading', async () => {
    const o = await outline(
      '2021年,青川乡扎实推进法治政府建设。现将工作情况报告如下:\n\n一是主要工作开展情况。全年召开会议研究重大事项31项。\n\n二是党政主要负责人履行推进法治建设第一责任人职责情况。乡党委书记带头学法。\n\n三是存在的不足。执法人员少。下一步,我乡将加强培训。\n\n四是规范依法决策。全年审查合同17份。\n',
    );
    expect(heads(o)).toEqual([
      ['achievements', '一是主要工作开展情况。', 'run-in', false],
      ['responsibility', '二是党政主要负责人履行推进法治建设第一责任人职责情况。', 'run-in', false],
      ['problems', '三是存在的不足。', 'run-in', false],
    ]);
    // A run-in part's paragraph is read on: the plan introduced in it is found, under the problems.
    expect(o.sections.find((s) => s.kind === 'plans')).toMatchObject({ heading: '下一步,我乡将加强培训。', inline: true, parent: 2 });
    // "四是规范依法决策。" names no part: the problems part runs on over it.
    expect(o.sections[2]!.text).toContain('四是规范依法决策');
  });

  it('"2024年,我们将…" inside a paragraph of a 2023 report introduces the plan; a long clause before 将 does not', async () => {
    const o = await outline('2023年,青川县住建局坚持依法行政。\n一、存在的问题\n执法人员不足。2024年,我们将加强执法队伍建设。\n');
    expect(o.sections.find((s) => s.kind === 'plans')).toMatchObject({ inline: true, heading: '2024年,我们将加强执法队伍建设。' });
    const none = await outline('2023年,青川县住建局坚持依法行政。\n一、存在的问题\n执法人员不足。2024年,全县新建成的住房保障项目将陆续交付。\n');
    expect(none.sections.filter((s) => s.kind === 'plans')).toEqual([]);
  });

  it('a run-in item whose lead names the 第一责任人 duty, or a duty, is that part, with its own text; one led by something else only mentions it', async () => {
    const o = await outline('一、主要举措和成效\n(一)强化组织领导。召开会议3次。(二)党政主要负责人履行推进法治建设第一责任人职责情况。局长带头学法4次。(三)规范执法。办理案件9件。\n');
    const duty = o.sections.find((s) => s.kind === 'responsibility')!;
    // "(一)强化组织领导。" is read as a sub-heading with its text run on; (二) and (三) run in after it.
    expect(duty).toMatchObject({ heading: '(二)党政主要负责人履行推进法治建设第一责任人职责情况。', form: 'run-in', inline: false, parent: 1 });
    expect(duty.text).toBe('(二)党政主要负责人履行推进法治建设第一责任人职责情况。局长带头学法4次。');
    // "压实主体责任" leads an item devoted to the duty; "强化组织领导" one that passes by it.
    const devoted = await outline('一、主要举措和成效\n一是压实主体责任。主要负责同志认真履行第一责任人职责,带头述法。二是规范执法。\n');
    expect(devoted.sections.find((s) => s.kind === 'responsibility')).toMatchObject({ heading: '一是压实主体责任。', form: 'run-in', inline: false });
    const mention = await outline('一、主要举措和成效\n一是强化组织领导。主要负责同志认真履行第一责任人职责。二是规范执法。\n');
    expect(mention.sections.find((s) => s.kind === 'responsibility')).toMatchObject({ form: 'run-in', inline: true });
    // Nor does a lead about a duty make another duty's item the part ("安全生产第一责任人").
    for (const duty of ['压实安全生产责任。局主要负责人作为安全生产第一责任人,带队检查企业9家。', '落实统计造假责任制。局长作为统计数据质量第一责任人,签订责任书。', '抓好森林防火。乡党委书记作为森林防灭火第一责任人,签订责任书。']) {
      const other = await outline(`一、主要举措和成效\n一是${duty}二是规范执法。\n`);
      expect(other.sections.filter((s) => s.kind === 'responsibility'), duty).toEqual([]);
    }
  });
});

describe('shapes from the fourth blind set', () => {
  const heads = (o: Outline) => o.sections.filter((s) => s.parent === null).map((s) => [s.kind, s.heading]);

  it.each([
    ['a customs house', '2024年,青川海关坚持依法行政。', '青川海关'],
    ['a canal administration', '2021年,青川渠管理处坚持依法管渠。', '青川渠管理处'],
  ])('an issuer that is %s', async (_name, opening, issuer) => {
    expect((await outline(opening + BODY)).issuer).toBe(issuer);
  });

  it('a 报送单位 line names the issuer when the opening says 我处', async () => {
    const o = await outline('2021年度法治政府建设情况报告\n报送单位：青川县水利管理处\n报送时间：2022年1月18日\n2021年,我处坚持依法治水。' + BODY);
    expect(o.issuer).toBe('青川县水利管理处');
    expect(o.issuerSource).toBe('metadata');
  });

  it('"现就2021年度××县…报告如下": the body named after the year', async () => {
    const o = await outline('青川市委依法治市办:\n根据通知要求,经县委、县政府同意,现就2021年度青川县法治政府建设工作开展情况报告如下:' + BODY);
    expect(o.issuer).toBe('青川县');
  });

  it('a dash inside a cited title is no headline', async () => {
    const title = '青川市人民政府关于贯彻落实《法治政府建设实施纲要（2021—2025年）》暨2022年度法治政府建设情况的报告';
    const o = await outline(`${title}\n2022年,市政府坚持依法行政。${BODY}`);
    expect(o.title?.text).toBe(title);
    expect(o.year).toBe(2022);
    expect(o.issuer).toBe('青川市人民政府');
  });

  it('a year in brackets on the line under the title is part of it', async () => {
    const o = await outline('青川区法治政府建设年度报告\n(2024年度)\n2024年,青川区坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('青川区法治政府建设年度报告(2024年度)');
    expect(o.year).toBe(2024);
  });

  it("an English archive's Title: label", async () => {
    const o = await outline('Title: 青川区2021年度法治政府建设情况报告\nSource: 青川区人民政府\n' + BODY);
    expect(o.title?.text).toBe('青川区2021年度法治政府建设情况报告');
    expect(o.issuer).toBe('青川区');
  });

  it("a sidebar's bulleted links are neither the title nor the opening", async () => {
    const o = await outline('热门文章：\n· 石门镇2025年法治政府建设工作情况报告\n· 青川县2026年普法工作方案\n发布时间：2026-12-03\n今年以来,石门镇坚持依法行政。' + BODY);
    expect(o.title).toBeNull();
    expect(o.issuer).toBe('石门镇');
    expect(o.year).toBe(2026);
  });

  it("an aggregator's (略) cut in the title", async () => {
    const o = await outline('重庆市青川区 (略) 法治政府建设情况报告\n2024年,青川区坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('重庆市青川区 (略) 法治政府建设情况报告');
    expect(o.issuer).toBe('重庆市青川区');
    expect(o.year).toBe(2024);
  });

  it("a cover letter's title gives way to the title of the report it sends", async () => {
    const o = await outline(
      '青川市人民政府关于报送2019年度法治政府建设情况报告的报告\n青政报〔2020〕6号\n省人民政府:\n现将《青川市2019年度法治政府建设情况报告》随文报送,请审阅。\n附件:青川市2019年度法治政府建设情况报告\n青川市人民政府\n2020年2月25日\n附件\n青川市2019年度法治政府建设情况报告\n2019年,市政府坚持依法行政。\n一、2019年法治政府建设主要举措和成效\n(一)深化改革。\n',
    );
    expect(o.title?.text).toBe('青川市2019年度法治政府建设情况报告');
    expect(o.title?.line).toBe(9);
    expect(o.issuer).toBe('青川市');
    expect(heads(o)).toEqual([['achievements', '一、2019年法治政府建设主要举措和成效']]);
  });

  it('unnumbered part lines over numbered items: the lines are the parts, the items go under them', async () => {
    const o = await outline(
      '2023年,青川区坚持依法行政。现将有关情况报告如下:\n主要举措和成效\n一、坚持依法科学民主决策。全年审查文件89件。\n二、规范行政执法。评查案卷240卷。\n党政主要负责人履行推进法治建设第一责任人职责情况\n区委书记带头学法。\n存在的不足\n执法力量不足。\n2024年工作安排\n加强培训。\n',
    );
    expect(heads(o)).toEqual([
      ['achievements', '主要举措和成效'],
      ['responsibility', '党政主要负责人履行推进法治建设第一责任人职责情况'],
      ['problems', '存在的不足'],
      ['plans', '2024年工作安排'],
    ]);
    expect(o.sections.filter((s) => s.parent === 0).map((s) => s.heading)).toEqual(['一、坚持依法科学民主决策。', '二、规范行政执法。']);
    // Where a numbered heading names a part, an unnumbered line is no part, and "一是…" leads are items.
    const numbered = await outline('一、主要举措和成效\n一是切实履行第一责任人职责。主要负责同志带头学法。\n存在的不足\n执法力量不足。\n');
    expect(heads(numbered)).toEqual([['achievements', '一、主要举措和成效']]);
  });

  it("a heading a PDF's line width broke is joined; a heading that ends as one is not", async () => {
    const o = await outline('一、法治政府建设的主要举措和\n成效\n(一)加强组织领导。全年开会3次。\n');
    expect(o.sections.map((s) => [s.heading, s.line, s.level])).toEqual([
      ['一、法治政府建设的主要举措和成效', 1, 1],
      ['(一)加强组织领导。', 3, 2],
    ]);
    const whole = await outline('一、主要举措和成效\n成效明显\n');
    expect(whole.sections.map((s) => s.heading)).toEqual(['一、主要举措和成效']);
    expect(whole.sections[0]!.text).toBe('成效明显');
  });

});

describe('shapes from the fifth blind set', () => {
  const heads = (o: Outline) => o.sections.filter((s) => s.parent === null).map((s) => [s.kind, s.heading]);

  it.each([
    ['a colon', '一、主要举措和成效：一年来，县政府把法治政府建设纳入全县发展总体布局。', '一、主要举措和成效：'],
    ['a full-width space', '一、2024年主要工作举措和成效　过去一年，我局聚焦制度供给持续发力。', '一、2024年主要工作举措和成效'],
  ])('a heading ended by %s, its text after it on the line', async (_name, line, heading) => {
    const o = await outline(`${line}\n二、存在的不足\n执法力量不足。\n`);
    expect(heads(o)).toEqual([
      ['achievements', heading],
      ['problems', '二、存在的不足'],
    ]);
  });

  it('"第一部分　…" keeps its words: the blank after a marker ends no heading', async () => {
    const o = await outline('第一部分　2025年推进法治政府建设的主要举措和成效\n一、加强领导\n开会3次。\n');
    expect(o.sections[0]!.heading).toBe('第一部分　2025年推进法治政府建设的主要举措和成效');
  });

  it('a table of contents is no part', async () => {
    const o = await outline('一、2021年法治政府建设主要举措和成效…………………………1\n二、存在的不足和原因……………………5\n一、2021年法治政府建设主要举措和成效\n开会3次。\n二、存在的不足和原因\n人手少,原因是编制不足。\n');
    expect(heads(o)).toEqual([
      ['achievements', '一、2021年法治政府建设主要举措和成效'],
      ['problems', '二、存在的不足和原因'],
    ]);
  });

  it("a metadata 标题 gives way to the document's own title when it names the same body", async () => {
    const o = await outline('标题：青川市2021年法治政府建设年度报告\n发文机关：青川市人民政府\n青川市人民政府关于2021年度法治政府建设情况的报告\n2021年,市政府坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('青川市人民政府关于2021年度法治政府建设情况的报告');
    expect(o.issuer).toBe('青川市人民政府');
    // A line naming another body (a spammer's) does not displace it.
    const spam = await outline('标题：青川市石门镇人民政府2025年法治政府建设年度报告\n某某体育直播印发石门镇2025年法治政府工作情况的报告\n2025年,石门镇坚持依法行政。' + BODY);
    expect(spam.title?.text).toBe('青川市石门镇人民政府2025年法治政府建设年度报告');
  });

  it('a page copied with &nbsp; indents: its headings are still headings', async () => {
    const o = await outline('&nbsp;&nbsp;2025年，石门街道坚持依法行政。\n&nbsp;&nbsp;&nbsp;&nbsp;一、主要举措和成效\n&nbsp;&nbsp;（一）依法决策。开会3次。\n');
    expect(o.sections.map((s) => s.heading)).toEqual(['一、主要举措和成效', '（一）依法决策。']);
  });

  it('a line under the title that merely holds next year is no plan', async () => {
    const o = await outline('青川自治区2023年度法治政府建设情况报告\n（2024年3月8日自治区人民政府第41次常务会议审议通过）\n2023年,自治区政府坚持依法行政。\n一、深入学习贯彻习近平法治思想，法治政府建设统筹推进更加有力\n学法12次。\n');
    expect(heads(o)).toEqual([['achievements', '一、深入学习贯彻习近平法治思想，法治政府建设统筹推进更加有力']]);
  });

  it('"今年以来" looks back, and a past "从以下几个方面推进" is no plan', async () => {
    const o = await outline('2023年,青川县坚持依法行政。\n一、主要举措和成效\n今年以来,全县开会3次。全县从以下几个方面推进:一是培训。\n');
    expect(o.sections.filter((s) => s.kind === 'plans')).toEqual([]);
  });

  it("an item of the plan that names the duty is not the duty's part", async () => {
    const o = await outline('2023年,青川区坚持依法行政。\n一、存在的短板\n执法力量不足。2024年,区政府将着力做好以下几方面工作:一是推动法治建设第一责任人职责落实;二是加强培训。\n');
    expect(o.sections.find((s) => s.kind === 'responsibility')).toMatchObject({ inline: true });
  });
});

describe('shapes from the sixth blind set', () => {
  it("a breadcrumb's last crumb alone on the line above a title is not its first half", async () => {
    const o = await outline('首页 > 政务公开 > 街道信息 >\n法治政府建设\n石门街道2024年法治政府建设年度报告\n2024年,石门街道坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('石门街道2024年法治政府建设年度报告');
    expect(o.issuer).toBe('石门街道');
  });

  it('a letter-spaced title, digits included', async () => {
    const o = await outline('青 川 县 住 房 和 城 乡 建 设 局 2 0 2 4 年 度 法 治 政 府 建 设 情 况 报 告\n2024年,我局坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('青 川 县 住 房 和 城 乡 建 设 局 2 0 2 4 年 度 法 治 政 府 建 设 情 况 报 告');
    expect(o.year).toBe(2024);
    // Its issuer without the blanks (eleventh blind set).
    expect(o.issuer).toBe('青川县住房和城乡建设局');
    expect(o.issuerSource).toBe('title');
  });

  it("a publication notice's title gives way to the report it publishes", async () => {
    const o = await outline('青川县司法局关于公开2021年度法治政府建设年度报告的公告\n根据要求,现将我局2021年度法治政府建设年度报告予以公开。\n青川县司法局\n2022年3月1日\n青川县司法局2021年度法治政府建设年度报告\n2021年,我局坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('青川县司法局2021年度法治政府建设年度报告');
  });

  it('a sub-heading naming the leaders by office and their duty is the responsibility part', async () => {
    const o = await outline('一、主要举措\n（一）县委书记、县长带头履行第一责任人职责。\n开会3次。\n（二）局长带头履职尽责\n学法4次。\n（三）规范执法\n办案9件。\n');
    expect(o.sections.filter((s) => s.kind === 'responsibility').map((s) => s.heading)).toEqual(['（一）县委书记、县长带头履行第一责任人职责。', '（二）局长带头履职尽责']);
  });

  it('a long heading cut at a fixed line width is joined; a short one is not', async () => {
    const o = await outline('二、局党组书记、局长履行推进法治建设第一责任人职\n责情况\n局长带头学法4次。\n');
    expect(o.sections.map((s) => [s.heading, s.kind])).toEqual([['二、局党组书记、局长履行推进法治建设第一责任人职责情况', 'responsibility']]);
    const short = await outline('一、主要成效\n显著\n');
    expect(short.sections[0]!.heading).toBe('一、主要成效');
  });
});

describe('shapes from the seventh and eighth blind sets', () => {
  it('an unnumbered heading may list the leaders with 、', async () => {
    const o = await outline('五十镇2022年度法治政府建设情况报告\n工作举措和成效\n1.依法履行政府职能。全年办案9件。\n镇党委书记、镇长履行第一责任人职责情况\n镇党委书记带头学法4次。\n存在的不足\n人手不足。\n');
    expect(o.sections.filter((s) => s.parent === null).map((s) => [s.kind, s.heading])).toEqual([
      ['achievements', '工作举措和成效'],
      ['responsibility', '镇党委书记、镇长履行第一责任人职责情况'],
      ['problems', '存在的不足'],
    ]);
  });

  it("brackets inside the title's issuer (a merged body's second name, a place) are part of it", async () => {
    const o = await outline('开封市祥符区农业农村局（区乡村振兴局）2022年度法治政府建设情况报告\n2022年,区农业农村局坚持依法行政。' + BODY);
    expect(o.issuer).toBe('开封市祥符区农业农村局（区乡村振兴局）');
    const place = await outline('中国（广西）自由贸易试验区钦州港片区2025年法治政府建设情况报告\n2025年,钦州港片区管委会坚持依法行政。' + BODY);
    expect(place.issuer).toBe('中国（广西）自由贸易试验区钦州港片区');
  });

  it("the signature is read above the site's footer, links to other sites and a 纠错 button", async () => {
    for (const footer of ['若尔盖县人民政府办公室主办　蜀ICP备05001234号', '相关链接：合肥市市场监督管理局　安徽省市场监督管理局', '主办:北京市怀柔区人民政府办公室　　京ICP备05060933号']) {
      const o = await outline(`一、主要工作\n全年办案9件。\n二、存在的问题\n人手不足。\n\n若尔盖县唐克镇人民政府\n2026年1月7日\n【我要纠错】【打印本页】【关闭窗口】\n${footer}\n`);
      expect(o.issuer, footer).toBe('若尔盖县唐克镇人民政府');
      expect(o.issuerSource, footer).toBe('signature');
    }
  });

  it("a news headline reporting the publication ('××区公布2020年度…报告') gives way to the report's own title", async () => {
    for (const verb of ['公布', '发布', '公开']) {
      const o = await outline(`青川县${verb}2020年度法治政府建设情况报告\n来源:青川日报 责任编辑:李明\n近日,青川县政府网站公开了年度报告。\n青川县人民政府2020年度法治政府建设情况报告\n2020年,青川县人民政府坚持依法行政。` + BODY);
      expect(o.title?.text, verb).toBe('青川县人民政府2020年度法治政府建设情况报告');
      expect(o.issuer, verb).toBe('青川县人民政府');
    }
  });

  it("a notice that issues the report ('关于印发《…报告》的通知') gives way to it", async () => {
    const o = await outline('青川县人民政府办公室关于印发《青川县2020年度法治政府建设工作报告》的通知\n各乡镇人民政府:\n现将《青川县2020年度法治政府建设工作报告》印发给你们。\n青川县人民政府办公室\n2021年3月1日\n青川县2020年度法治政府建设工作报告\n2020年,青川县坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('青川县2020年度法治政府建设工作报告');
  });

  it('labels of a disclosure table: "信息名称:" with a tab, "│标　　题:" after a rule; an attachment\'s links after its name', async () => {
    const label = await outline('信息名称：\t青川县司法局关于2021年度法治政府建设情况的报告\n2021年,我局坚持依法行政。' + BODY);
    expect(label.title?.text).toBe('青川县司法局关于2021年度法治政府建设情况的报告');
    const ruled = await outline('│标　　题：石门街道二〇二四年度法治政府建设情况报告\n2024年,石门街道坚持依法行政。' + BODY);
    expect(ruled.title?.text).toBe('石门街道二〇二四年度法治政府建设情况报告');
    const attachment = await outline('附件预览：青川县2025年度法治政府建设工作报告.docx　　[下载]　　[返回]\n2025年,青川县坚持依法行政。' + BODY);
    expect(attachment.title?.text).toBe('青川县2025年度法治政府建设工作报告');
  });
});

describe('shapes from the ninth blind set', () => {
  it('a part named with its measures and results before the duty is the achievements, the duty inside it', async () => {
    const o = await outline('一、2021年法治政府建设主要举措、成效及主要负责人履职情况\n（一）规范执法。办案9件。\n（二）主要负责人履行第一责任人职责情况\n主任带头学法4次。\n二、存在的不足\n人手不足。\n');
    expect(o.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['achievements', '一、2021年法治政府建设主要举措、成效及主要负责人履职情况'],
      ['achievements', '（一）规范执法。'],
      ['responsibility', '（二）主要负责人履行第一责任人职责情况'],
      ['problems', '二、存在的不足'],
    ]);
    // The duty named first stays the duty's part.
    expect((await outline('二、主要负责人履行第一责任人职责情况及成效\n主任带头学法4次。\n')).sections[0]!.kind).toBe('responsibility');
  });

  it('parts run in as "第一，…。" where nothing is numbered', async () => {
    const o = await outline('第一，主要工作举措和成效。一是统筹推进法治建设。二是强化审查。\n第二，局主要负责人履行推进法治建设第一责任人职责情况。局长带头学法。\n第三，存在的不足。人手不足。\n第四，2025年工作打算。加强培训。\n');
    expect(o.sections.filter((s) => s.parent === null).map((s) => [s.kind, s.heading])).toEqual([
      ['achievements', '第一，主要工作举措和成效。'],
      ['responsibility', '第二，局主要负责人履行推进法治建设第一责任人职责情况。'],
      ['problems', '第三，存在的不足。'],
      ['plans', '第四，2025年工作打算。'],
    ]);
  });
});

describe('shapes from the tenth blind set', () => {
  it('a mirror that quotes the page line by line ("> ") is read as the page', async () => {
    const o = await outline('政务信息转载站 > 内蒙古\n科尔沁左翼中旗2024年法治政府建设年度报告（转载）\n\n> 科尔沁左翼中旗2024年法治政府建设年度报告\n>\n> 2024年,科尔沁左翼中旗坚持依法行政。\n> 一、主要举措和成效\n> 全年办案9件。\n> > 二、面临的问题\n> 人手不足。\n');
    expect(o.title?.text).toBe('科尔沁左翼中旗2024年法治政府建设年度报告');
    expect(o.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['achievements', '一、主要举措和成效'],
      ['problems', '二、面临的问题'],
    ]);
    // A breadcrumb's ">" is no quote marker.
    expect((await outline('首页 > 政务公开\n')).sections).toEqual([]);
  });

  it('a whole body copied onto one line is read as the paragraphs its "　　" indents set apart', async () => {
    const body = ['2023年,阿克苏地区行署坚持依法行政。', '一、主要举措和成效', `（一）依法全面履行政府职能。${'深化放管服改革,全年办理事项一千余件。'.repeat(24)}`, '二、差距与不足', '一是基层执法力量薄弱。', '三、下一年度工作思路和举措', '加强执法培训。'];
    const o = await outline(`阿克苏地区行政公署2023年法治政府建设年度报告\n${body.map((p) => `　　${p}`).join('')}\n`);
    expect(o.sections.filter((s) => s.parent === null).map((s) => [s.kind, s.heading])).toEqual([
      ['achievements', '一、主要举措和成效'],
      ['problems', '二、差距与不足'],
      ['plans', '三、下一年度工作思路和举措'],
    ]);
    // A line of ordinary length keeps its inner blanks: "发布时间：2024-02-02　　来源：…" is one line of metadata.
    const short = await outline('某县2023年法治政府建设年度报告\n　　一、主要举措和成效　　二、存在的不足\n');
    expect(short.sections).toHaveLength(1);
  });

  it('a plan a paragraph introduces goes on in the paragraphs after it, to the next heading', async () => {
    const o = await outline('2024年,双龙湖街道坚持依法行政。\n一、存在的困难问题\n一是执法人员偏少。\n接下来一年,街道将围绕以上问题重点做好四方面工作。\n一是争取区级支持,充实综合执法力量。\n二是开展社区干部法治轮训。\n二、其他情况\n无。\n');
    const plan = o.sections.find((s) => s.kind === 'plans')!;
    expect(plan).toMatchObject({ inline: true, heading: '接下来一年,街道将围绕以上问题重点做好四方面工作。' });
    expect(plan.text).toBe('接下来一年,街道将围绕以上问题重点做好四方面工作。\n一是争取区级支持,充实综合执法力量。\n二是开展社区干部法治轮训。');
  });

  it('an Inner Mongolian township (苏木) is a body', async () => {
    const o = await outline('红格尔苏木2022年法治政府建设情况报告\n2022年,红格尔苏木党委、政府坚持依法行政。' + BODY);
    expect(o.issuer).toBe('红格尔苏木');
  });
});

describe('shapes from the thirteenth blind set (messy scrapes)', () => {
  const MENU = ['首页', '机构', '新闻', '政务公开', '政务服务', '互动交流', '数据', '专题', '走进青川', '专题专栏'].join('\n');

  it("a site's menu, a line per item, and bulleted links do not use up the lines that may hold the title", async () => {
    const o = await outline(`青川县人民政府\n${MENU}\n当前位置:首页 > 政务公开\n热点专题\n► 青川县2022年法治政府建设年度报告\n► 青川县2023年政府信息公开工作年度报告\n青川县2023年法治政府建设年度报告\n2023年,青川县人民政府坚持依法行政。` + BODY);
    expect(o.title?.text).toBe('青川县2023年法治政府建设年度报告');
    expect(o.year).toBe(2023);
  });

  it('a numbered list of links to other articles is page debris, not headings', async () => {
    const o = await outline('相关推荐\n1. 青川县2021年法治政府建设年度报告\n2. 青川县人民政府2022年政府信息公开工作年度报告\n3. 关于印发《青川县法治政府建设实施方案》的通知\n青川县2022年法治政府建设年度报告\n2022年,青川县坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('青川县2022年法治政府建设年度报告');
    expect(o.sections.map((s) => s.heading)).not.toContain('1. 青川县2021年法治政府建设年度报告');
    // Numbered parts of a report are no list of links.
    const parts = await outline('1.主要工作举措和成效\n全年办案9件。\n2.存在的问题\n人手不足。\n');
    expect(parts.sections.map((s) => s.heading)).toEqual(['1.主要工作举措和成效', '2.存在的问题']);
  });

  it('with no title, the opening is read past the site\'s name, menu, search box and captions', async () => {
    const o = await outline('海口市秀英区人民政府\n首页\n政务服务\n互动交流\n请输入关键字 搜索\n热点\n► 秀英区2021年度法治政府建设情况报告\n► 秀英区2022年政府信息公开工作年度报告\n[视频] 秀英区2022年度法治政府建设情况报告解读\n2022年,秀英区人民政府在市委、市政府的坚强领导下,坚持依法行政。' + BODY);
    expect(o.title).toBeNull();
    expect(o.issuer).toBe('秀英区人民政府');
    expect(o.year).toBe(2022);
  });

  it('a bulleted line alone is a title marked with an icon; among others it is a link', async () => {
    const o = await outline('本栏目\n▶ 江北区退役军人事务局2022年法治政府建设情况报告\n我要留言 | 信箱\n2022年,区退役军人事务局坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('江北区退役军人事务局2022年法治政府建设情况报告');
    expect(o.issuer).toBe('江北区退役军人事务局');
  });

  it("a video's or graphic's explainer of the report is not its title", async () => {
    for (const line of ['[视频] 秀英区2022年度法治政府建设情况报告解读', '图解:秀英区2022年度法治政府建设情况报告']) {
      const o = await outline(`${line}\n2022年,秀英区人民政府坚持依法行政。` + BODY);
      expect(o.title, line).toBeNull();
    }
  });
});

describe('shapes from the fourteenth blind set (title and issuer wordings)', () => {
  it.each([
    ['2024-01-15 宁陵县2023年度法治政府建设情况报告', '宁陵县2023年度法治政府建设情况报告', '宁陵县'],
    ['德令哈市2022年法治政府建设年度报告　来源：德令哈市司法局', '德令哈市2022年法治政府建设年度报告', '德令哈市'],
    ['西永综保区管委会2020年度法治政府建设工作报告(2021年1月)', '西永综保区管委会2020年度法治政府建设工作报告', '西永综保区管委会'],
    ['「晋江市2020年度法治政府建设工作报告」', '晋江市2020年度法治政府建设工作报告', '晋江市'],
    ['“大通区2022年度法治政府建设情况报告”', '大通区2022年度法治政府建设情况报告', '大通区'],
    ['梁溪区2022法治政府建设年度报告', '梁溪区2022法治政府建设年度报告', '梁溪区'],
    ['塞罕坝机械林场2021年度法治政府建设情况报告', '塞罕坝机械林场2021年度法治政府建设情况报告', '塞罕坝机械林场'],
    ['国家统计局鹤岗调查队2024年法治政府建设年度报告', '国家统计局鹤岗调查队2024年法治政府建设年度报告', '国家统计局鹤岗调查队'],
  ])('"%s": title %s, issuer %s', async (line, title, issuer) => {
    const o = await outline(`${line}\n本单位坚持依法行政。` + BODY);
    expect(o.title?.text).toBe(title);
    expect(o.issuer).toBe(issuer);
  });

  it("a notice about the report gives way to the report's own title, and is none itself", async () => {
    const followed = await outline('安福县2024年法治政府建设年度报告的公告\n现将安福县2024年法治政府建设年度报告予以公告。\n安福县2024年法治政府建设年度报告\n2024年,安福县坚持依法行政。' + BODY);
    expect(followed.title?.text).toBe('安福县2024年法治政府建设年度报告');
    const alone = await outline('桦甸市2025年法治政府建设年度报告的公告\n2025年,桦甸市人民政府坚持依法行政。' + BODY);
    expect(alone.title).toBeNull();
    expect(alone.issuer).toBe('桦甸市人民政府');
  });
});

describe('shapes from the sixteenth blind set (copies outside government sites)', () => {
  it.each([
    ['a file name naming no body, then the title', '2022年法治政府建设年度报告(乡镇).doc\n上传者:文档分享 下载积分:5\n西柏坡镇2022年法治政府建设年度报告', '西柏坡镇2022年法治政府建设年度报告'],
    ['a file name with the city, then the title without it', '泉州市丰泽区2024年法治政府建设年度报告.docx\n本文由用户上传\n丰泽区2024年法治政府建设年度报告', '丰泽区2024年法治政府建设年度报告'],
    ["a repost's short headline, a lead paragraph, then the title with the full name", '娄底市2021年法治政府建设年度报告全文\n' + '近日,娄底市人民政府在门户网站公布了2021年度法治政府建设情况,全文如下,供读者参考学习,欢迎转发分享给更多的朋友。' + '\n娄底市人民政府2021年法治政府建设年度报告', '娄底市人民政府2021年法治政府建设年度报告'],
    ['原标题 and a note', '原标题：宁都县2025年度法治政府建设工作报告（定稿）', '宁都县2025年度法治政府建设工作报告'],
    ['a piece of a collection', '篇一:石湾镇街道2022年法治政府建设工作报告', '石湾镇街道2022年法治政府建设工作报告'],
    ["a placeholder's title, then the report's own", 'XX县2022年法治政府建设年度报告(最新)\n桐梓县2022年度法治政府建设情况报告', '桐梓县2022年度法治政府建设情况报告'],
    ['a draft whose body is still a placeholder', 'XX区人民政府2022年法治政府建设年度报告', 'XX区人民政府2022年法治政府建设年度报告'],
  ])('%s', async (_name, head, title) => {
    const o = await outline(`${head}\n2022年,本单位坚持依法行政。` + BODY);
    expect(o.title?.text).toBe(title);
  });

  it('a template, a sample essay or a news headline is no title', async () => {
    for (const line of ['2023年度法治政府建设工作报告范文（区县版）', '2021年度法治政府建设工作报告（县政府）', '临夏县发布2020年法治政府建设情况报告']) {
      const o = await outline(`${line}\n2020年,临夏县人民政府坚持依法行政。` + BODY);
      expect(o.title, line).toBeNull();
    }
  });
});

describe('shapes from the eleventh and twelfth blind sets', () => {
  it("a site's tool bar (繁體 简体 视力保护色 登录 注册) is debris: the opening after it names the issuer", async () => {
    const o = await outline('仁怀市人民政府\n繁體　简体　　视力保护色　　登录　注册\n附件: 茅台镇2021年行政执法数据统计表.xls\n2021年,仁怀市茅台镇人民政府在市委、市政府的坚强领导下,坚持依法行政。' + BODY);
    expect(o.issuer).toBe('仁怀市茅台镇人民政府');
  });

  it("a title a site's length limit cut ('…建设情…') is the title", async () => {
    const o = await outline('太原市万柏林区行政审批服务局2023年度法治政府建设情…\n发布时间:2024-01-20\n今年以来,我局坚持依法行政。' + BODY);
    expect(o.title?.text).toBe('太原市万柏林区行政审批服务局2023年度法治政府建设情…');
    expect(o.issuer).toBe('太原市万柏林区行政审批服务局');
  });

  it('a bracketed second name in the 发布机构 cell is the issuer when nothing else names one', async () => {
    const o = await outline('索引号:4302000012/2021-00037  发布机构:株洲市市场监督管理局(株洲市知识产权局)  发布日期:2021-01-22\n市委、市政府:\n2020年,我局在市委、市政府的坚强领导下,坚持依法行政。' + BODY);
    expect(o.issuer).toBe('株洲市市场监督管理局(株洲市知识产权局)');
  });
});

describe('part wordings and plan introductions the blind sets showed', () => {
  it.each([
    ['二、一些问题和困难', 'problems'],
    ['三、存在的一些问题和困难', 'problems'],
    ['二、存在的困难和不足', 'problems'],
    ['二、存在的薄弱之处', 'problems'],
    ['二、还存在的差距', 'problems'],
    ['三、今后打算', 'plans'],
    ['四、下步打算。', 'plans'],
    ['三、工作中的薄弱点', 'problems'],
    ['二、亟待解决的问题', 'problems'],
    ['二、不足与挑战', 'problems'],
    ['三、仍需提升的方面', 'problems'],
    ['三、存在的矛盾和问题', 'problems'],
    ['二、主要负责人述法情况', 'responsibility'],
    ['三、其他有关情况', 'other'],
    ['五、其他需要说明的事项', 'other'],
    ['三、存在的短处和弱项', 'problems'],
    ['二、面临的问题', 'problems'],
    ['二、工作中遇到的问题', 'problems'],
    ['二、存在的困难问题', 'problems'],
  ])('"%s" is a %s heading', async (heading, kind) => {
    const o = await outline(`一、主要举措和成效\n开会3次。\n${heading}\n内容。\n`);
    expect(o.sections.at(-1)).toMatchObject({ heading, kind });
  });

  it.each([
    [2020, '在今后的工作中,我们将加强执法队伍建设。'],
    [2020, '为此,我们将在2021年加强执法队伍建设。'],
    [2023, '今年，我局将围绕上述问题精准施策。'],
    [2023, '未来一年,我们将以提升干部法治素养为重点。'],
    [2023, '2024年工作中,街道将聚焦上述问题持续发力。'],
    [2023, '计划在2024年,乡党委围绕上述问题开展整改。'],
    [2023, '针对存在的不足,我们打算从以下几个方面加以改进:一是加强培训。'],
    [2023, '后续,我局将加强执法培训。'],
    [2023, '在新一年中,街道将加强执法培训。'],
    [2023, '为补齐短板,2024年我镇将加强执法培训。'],
    [2023, '开年之后,我们将加强执法培训。'],
    [2023, '往后一年,雁栖镇将重点在三个方面持续用力。'],
    [2023, '新年度里,我委将加强执法培训。'],
    [2023, '站在新的起点上,区政府将加强执法培训。'],
    [2023, '2024年，街道拟加强执法培训。'],
    [2023, '对标2024年目标任务，我镇将加强执法培训。'],
    [2023, '踏上新的一年，苏木将紧盯上述问题持续用力。'],
  ])('in a %i report, a plan introduced by "%s"', async (year, sentence) => {
    const o = await outline(`${year}年,青川县坚持依法行政。\n一、存在的问题\n执法人员不足。${sentence}\n`);
    expect(o.sections.find((s) => s.kind === 'plans')).toMatchObject({ inline: true, heading: sentence });
  });

  it('a past year before 将 is no plan', async () => {
    const o = await outline('2023年,青川县坚持依法行政。\n一、主要举措和成效\n2023年我县将法治建设纳入考核。\n');
    expect(o.sections.filter((s) => s.kind === 'plans')).toEqual([]);
  });
});

describe('the duty carried by the leaders named by office', () => {
  it('a run-in "一是乡党委书记、乡长带头履职。" is the responsibility part; a secretary merely present is not', async () => {
    const o = await outline('一、主要工作和成效\n一是乡党委书记、乡长带头履职。乡党委书记主持召开会议4次。二是规范执法。办案9件。\n');
    expect(o.sections.find((s) => s.kind === 'responsibility')).toMatchObject({ heading: '一是乡党委书记、乡长带头履职。', form: 'run-in', inline: false });
    const none = await outline('一、主要工作和成效\n乡党委书记主持召开会议4次,研究执法工作。\n');
    expect(none.sections.filter((s) => s.kind === 'responsibility')).toEqual([]);
  });

  it('the secretary or the principal leader named doing the duty\'s own acts (述法, 研究法治…) under another heading is a mention of it', async () => {
    for (const acts of ['局党委书记、局长向东同志亲自审定考评办法,按要求向市委述法。', '镇党委书记李明华同志全年主持召开党委会议研究法治建设工作4次。', '区政府主要负责同志全年主持召开常务会议研究法治政府建设工作3次。']) {
      const o = await outline(`一、主要成效\n(一)加强组织领导。${acts}\n`);
      expect(o.sections.find((s) => s.kind === 'responsibility'), acts).toMatchObject({ inline: true });
    }
  });
});
