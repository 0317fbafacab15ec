// Word's automatic numbering (src/read/docx-numbering.ts): the numbers a reader sees before
// Word-numbered headings reach the outline and heading-sequence as text.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../../src/engine/lint-file.js';
import { WORD_NUMBER_FORMATS } from '../../src/data/word-numbering.js';
import { readDocx } from '../../src/read/docx-reader.js';
import { buildDocx, type DocxParagraph } from './build-docx.js';
import { allRules, request } from './lint-helpers.js';

const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

// The report outline most Word templates number: 一、 then (一) then 1. then (1).
const OUTLINE =
  `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '(%4)')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '•')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';

const numbered = (text: string, level: number, numId = 1): DocxParagraph => ({ text, numbering: { numId, level } });

async function lines(paragraphs: DocxParagraph[], options = {}): Promise<string[]> {
  return (await readDocx(buildDocx(paragraphs, options))).text.split('\n');
}

describe('automatic numbering in a .docx', () => {
  it('writes each level’s number, deeper levels starting again under a new parent', async () => {
    const text = await lines(
      [
        numbered('总体情况', 0),
        numbered('加强领导', 1),
        numbered('完善制度', 1),
        { text: '正文段落。' },
        numbered('存在的问题', 0),
        numbered('队伍建设', 1),
        numbered('培训不足', 2),
        numbered('原因', 3),
        numbered('经费不足', 2),
      ],
      { numbering: OUTLINE },
    );
    expect(text).toEqual(['一、总体情况', '（一）加强领导', '（二）完善制度', '正文段落。', '二、存在的问题', '（一）队伍建设', '1. 培训不足', '(1) 原因', '2. 经费不足']);
  });

  it('numbers headings whose style carries the numbering, and reads them as headings', async () => {
    const doc = await readDocx(
      buildDocx(
        [
          { text: '某县2023年法治政府建设年度报告' },
          { text: '主要举措和成效', heading: 1 },
          { text: '深化改革', heading: 2 },
          { text: '存在的不足和原因', heading: 1 },
        ],
        { numbering: OUTLINE, headingNumbering: 1 },
      ),
    );
    expect(doc.text.split('\n')).toEqual(['某县2023年法治政府建设年度报告', '一、主要举措和成效', '（一）深化改革', '二、存在的不足和原因']);
    expect([...doc.headingLines.values()]).toEqual([1, 2, 1]);
  });

  it('a list instance with a start override starts again; bullets and numId 0 add nothing', async () => {
    const text = await lines(
      [numbered('甲', 0), numbered('乙', 0), numbered('要点', 0, 2), numbered('丙', 0, 0), numbered('丁', 0, 3), numbered('戊', 0, 3)],
      { numbering: OUTLINE },
    );
    expect(text).toEqual(['一、甲', '二、乙', '要点', '丙', '一、丁', '二、戊']);
  });

  it('a level with lvlRestart 0 keeps counting across its parents', async () => {
    const running = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(await lines([numbered('甲', 0), numbered('子', 1), numbered('乙', 0), numbered('丑', 1)], { numbering: running })).toEqual(['一、甲', '1. 子', '二、乙', '2. 丑']);
  });

  it('legal numbering shows every level in digits', async () => {
    const legal = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '%1.%2', '<w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(await lines([numbered('总体', 0), numbered('细目', 1)], { numbering: legal })).toEqual(['一、总体', '1.1 细目']);
  });

  it('takes numbering from a style the paragraph’s style is based on, never from a revision’s old properties', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Outline"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Outline"/></w:style>';
    const paragraph = (properties: string, text: string): DocxParagraph => ({ text, xml: `<w:p><w:pPr>${properties}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>` });
    const text = await lines(
      [
        paragraph('<w:pStyle w:val="MyHeading"/>', '总体情况'),
        paragraph('<w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>', '正文'),
        paragraph('<w:pStyle w:val="MyHeading"/>', '存在问题'),
      ],
      { numbering: OUTLINE, styles },
    );
    expect(text).toEqual(['一、总体情况', '正文', '二、存在问题']);
  });

  it('reads the number text as XML: entities decoded', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '&lt;%1&gt;')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(await lines([numbered('总体', 0)], { numbering })).toEqual(['<一> 总体']);
  });

  it('reads numbering.xml whatever prefix it binds to WordprocessingML', async () => {
    const numbering = OUTLINE.replace(/<(\/?)w:/g, '<$1n:').replace(/ w:/g, ' n:');
    const bytes = buildDocx([numbered('总体情况', 0), numbered('加强领导', 1)], { numbering: OUTLINE });
    const rezipped = zipSync({
      ...unzipSync(bytes),
      'word/numbering.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><n:numbering xmlns:n="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${numbering}</n:numbering>`),
    });
    expect((await readDocx(rezipped)).text.split('\n')).toEqual(['一、总体情况', '（一）加强领导']);
  });

  it('heading-sequence sees the numbers Word generated', async () => {
    // A heading typed as "三、" after two automatic ones: in sequence, so nothing to report.
    const bytes = buildDocx(
      [
        { text: '某县人民政府2023年法治政府建设年度报告' },
        numbered('主要举措和成效', 0),
        { text: '2023年,我县办理行政复议案件56件。' },
        numbered('存在的不足和原因', 0),
        { text: '执法队伍能力不足,主要原因是培训不够系统。' },
        { text: '三、2024年工作安排' },
        { text: '2024年,我县将开展培训6次。' },
      ],
      { numbering: OUTLINE },
    );
    const result = await lintBytes(bytes, 'r.docx', request({ rules: allRules().filter((r) => r.id === 'heading-sequence') }));
    expect(result.messages).toEqual([]);
    expect(result.outline!.sections.filter((s) => !s.inline).map((s) => s.heading)).toEqual(['一、主要举措和成效', '二、存在的不足和原因', '三、2024年工作安排']);
  });
});

describe('Word number formats', () => {
  it.each([
    ['chineseCounting', [1, 10, 12, 20, 99, 100], ['一', '十', '十二', '二十', '九十九', '100']],
    ['chineseLegalSimplified', [3, 11], ['叁', '拾壹']],
    ['ideographTraditional', [1, 10, 11], ['甲', '癸', '11']],
    ['decimalEnclosedCircle', [3, 21], ['③', '21']],
    ['decimalFullWidth', [12], ['１２']],
    ['decimalZero', [7, 12], ['07', '12']],
    ['upperRoman', [4, 1999], ['IV', 'MCMXCIX']],
    ['lowerLetter', [1, 27], ['a', 'aa']],
  ])('%s', (format, values, expected) => {
    expect(values.map((v) => WORD_NUMBER_FORMATS[format]!(v))).toEqual(expected);
  });
});
