// The Word documents every reviewing test runs on: the committed fixtures (fixtures/docx: one
// written as Word writes, one converted by LibreOffice) and documents built here for what they
// lack (automatic numbering only, a real report's text).
import { readdirSync, readFileSync } from 'node:fs';
import { buildDocx, docxFromText } from '../read/build-docx.js';

const FIXTURES = new URL('../../fixtures/docx/', import.meta.url);
const REAL = new URL('../../fixtures/real/', import.meta.url);

const level = (ilvl: number, format: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const OUTLINE = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

export function reviewFixtures(): Array<[string, Uint8Array]> {
  const committed = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.docx'))
    .map((name): [string, Uint8Array] => [name, readFileSync(new URL(name, FIXTURES))]);
  const numbered = buildDocx(
    [
      { text: '某镇人民政府2023年法治政府建设年度报告' },
      { text: '主要举措和成效', heading: 1 },
      { text: '深化改革', heading: 2 },
      { text: '全年办理案件56件,群众满意率98%。(详见附表)' },
      { text: '存在的不足和原因', heading: 1 },
      { text: '一是执法力量不足;二是培训不够。' },
    ],
    { numbering: OUTLINE, headingNumbering: 1 },
  );
  const real = docxFromText(readFileSync(new URL('real-2024-chongqing-liuyin.txt', REAL), 'utf8'));
  return [...committed, ['built-numbering.docx', numbered], ['built-real-liuyin.docx', real]];
}
