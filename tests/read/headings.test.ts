import { describe, expect, it } from 'vitest';
import { matchHeadingMarker, parseChineseNumeral, splitLeadSentence } from '../../src/read/headings.js';
import { HEADING_MARKERS } from '../../src/data/heading-markers.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十三', 23], ['九十九', 99], ['一十', 10],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '十十', '一二', '二十十', '十二三', '百', '零', '二三十'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('matchHeadingMarker: marker styles', () => {
  it.each([
    // line, level, value, marker, style
    ['第一部分  2025年主要举措和成效', 0, 1, '第一部分', 'part'],
    ['第三部分:存在的不足和原因', 0, 3, '第三部分', 'part'],
    ['一、2022年度主要工作', 1, 1, '一、', 'chinese-dun'],
    ['七、下一步工作打算', 1, 7, '七、', 'chinese-dun'],
    ['十、其他需要报告的情况', 1, 10, '十、', 'chinese-dun'],
    ['十二、其他', 1, 12, '十二、', 'chinese-dun'],
    ['二十三、其他', 1, 23, '二十三、', 'chinese-dun'],
    ['一.加强组织领导', 1, 1, '一.', 'chinese-dot'],
    ['三．加强组织领导', 1, 3, '三．', 'chinese-dot-full'],
    ['（一）强化统筹推进。', 2, 1, '（一）', 'paren-chinese-full'],
    ['(二)健全体制机制。', 2, 2, '(二)', 'paren-chinese-half'],
    ['（三)坚持依法行政', 2, 3, '（三)', 'paren-chinese-mixed'],
    ['(四）加强普法宣传', 2, 4, '(四）', 'paren-chinese-mixed'],
    ['（十一）其他', 2, 11, '（十一）', 'paren-chinese-full'],
    ['（一）、强化领导', 2, 1, '（一）、', 'paren-chinese-full'],
    ['1.完善日常学法制度', 3, 1, '1.', 'arabic-dot'],
    ['12.完善制度', 3, 12, '12.', 'arabic-dot'],
    ['2．完善制度', 3, 2, '2．', 'arabic-dot-full'],
    ['3、完善制度', 3, 3, '3、', 'arabic-dun'],
    ['１．全角数字', 3, 1, '１．', 'arabic-dot-full'],
    ['１２、全角数字', 3, 12, '１２、', 'arabic-dun'],
    ['（1）严格执法程序', 4, 1, '（1）', 'paren-arabic-full'],
    ['(2)严格执法程序', 4, 2, '(2)', 'paren-arabic-half'],
    ['（3)严格执法程序', 4, 3, '（3)', 'paren-arabic-mixed'],
    ['(10)严格执法程序', 4, 10, '(10)', 'paren-arabic-half'],
    ['①建立法律顾问制度', 5, 1, '①', 'circled'],
    ['⑳最后一项', 5, 20, '⑳', 'circled'],
  ])('%s', (line, level, value, marker, style) => {
    expect(matchHeadingMarker(line)).toEqual({ level, value, marker, style, start: 0, length: marker.length });
  });

  it('allows a space between the marker and the text', () => {
    expect(matchHeadingMarker('一、 总体情况')).toMatchObject({ marker: '一、', length: 2 });
    expect(matchHeadingMarker('(一)\u3000强化领导')).toMatchObject({ marker: '(一)', length: 3 });
  });
});

describe('matchHeadingMarker: leading blanks', () => {
  it.each([
    ['       一、2022年度主要工作', 7],
    ['\u3000\u3000（一）强化统筹推进。', 2],
    ['\u00a0\u00a0(二)健全体制机制', 2],
    ['\t1.完善制度', 1],
    ['\u2003（1）全角空格', 1],
    ['\u200b一、零宽空格', 1],
  ])('%j starts the marker at %i', (line, start) => {
    const match = matchHeadingMarker(line);
    expect(match).not.toBeNull();
    expect(match!.start).toBe(start);
    expect(line.slice(match!.start, match!.start + match!.length)).toBe(match!.marker);
  });
});

describe('matchHeadingMarker: not headings', () => {
  it.each([
    ['一是完善和落实重大行政决策程序。', 'enumeration inside a paragraph'],
    ['一要提高政治站位', 'enumeration inside a paragraph'],
    ['一方面加强学习,另一方面…', 'enumeration inside a paragraph'],
    ['二是建立定期会议机制', 'enumeration inside a paragraph'],
    ['十分重视法治建设', 'numeral inside a word'],
    ['2022年,东湖区委、区政府…', 'a year'],
    ['2022以来,在区委、区政府的正确领导下', 'a year'],
    ['2022、2023年连续两年', 'a list of years'],
    ['2022.12.31前完成', 'a date'],
    ['1.5亿元用于', 'a decimal amount'],
    ['1.2万件', 'a decimal amount'],
    ['3、4月份开展', 'a list of numbers'],
    ['1. 5个百分点', 'a decimal with a space'],
    ['三、四月份,我镇开展…', 'a list of months'],
    ['一、二级预警', 'a list of levels'],
    ['二、三产业融合发展', 'a list of sectors'],
    ['一、', 'marker without text'],
    ['（一）', 'marker without text'],
    ['（一）\u3000 ', 'marker followed only by blanks'],
    ['1.', 'marker without text'],
    ['(2022)第12号', 'a year in parentheses'],
    ['（100）号', 'three digits'],
    ['100.完善', 'three digits'],
    ['0.完善', 'zero'],
    ['第一部分资金用于困难群众法律援助', 'a sentence, no blank or mark after 部分'],
    ['第一部分', 'marker without text'],
    ['第一章 总则', 'not a supported style'],
    ['一,加强领导', 'comma is not a marker'],
    ['"一、加强领导"', 'quoted'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['十十、错误', 'malformed numeral'],
    ['（一二）错误', 'malformed numeral'],
  ])('%j (%s)', (line) => {
    expect(matchHeadingMarker(line)).toBeNull();
  });
});

describe('splitLeadSentence', () => {
  it('splits after the first 。 when body text follows', () => {
    const line = '(一)强化统筹推进。进一步发挥党委总揽全局的作用。';
    expect(splitLeadSentence(line)).toBe(10);
    expect(line.slice(0, 10)).toBe('(一)强化统筹推进。');
  });

  it('returns null for a whole-line heading', () => {
    expect(splitLeadSentence('(一)强化组织领导,完善法治建设工作机制')).toBeNull();
    expect(splitLeadSentence('二、存在问题')).toBeNull();
  });

  it('returns null when the 。 ends the line (trailing blanks ignored)', () => {
    expect(splitLeadSentence('(一)加强法治政府建设。')).toBeNull();
    expect(splitLeadSentence('(一)加强法治政府建设。\u3000 \r')).toBeNull();
  });

  it('keeps a closing quote or bracket with the lead sentence', () => {
    const line = '（二）开展“法治进社区。”活动丰富。';
    expect(line.slice(0, splitLeadSentence(line)!)).toBe('（二）开展“法治进社区。”');
  });

  it('splits at the first 。 even when later sentences follow', () => {
    const line = '1.完善制度。一是建立机制。二是加强考核。';
    expect(line.slice(0, splitLeadSentence(line)!)).toBe('1.完善制度。');
  });

  it('counts in UTF-16 units', () => {
    const line = '(一)𠀀字。正文';
    expect(splitLeadSentence(line)).toBe(7);
  });
});

describe('the heading-marker table', () => {
  it('has an example that each entry itself matches, with its level', () => {
    for (const entry of HEADING_MARKERS) {
      const match = matchHeadingMarker(entry.example);
      expect(match, entry.style).not.toBeNull();
      expect(match!.style).toBe(entry.style);
      expect(match!.level).toBe(entry.level);
      expect(entry.note.length).toBeGreaterThan(0);
    }
  });

  it('uses unique style names', () => {
    const styles = HEADING_MARKERS.map((e) => e.style);
    expect(new Set(styles).size).toBe(styles.length);
  });
});
