// The outline of each real report: title, year, date and the kinds of its parts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.js';
import { readText } from '../../src/read/text-reader.js';

function outlineOf(name: string) {
  return buildOutline(readText(readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8')));
}

const topLevel = (o: ReturnType<typeof outlineOf>) => o.sections.filter((s) => s.parent === null && !s.inline).map((s) => s.kind);

describe('outline of the real reports', () => {
  it('炭步镇 2022: title after page debris, problems and plans headed, no responsibility part', () => {
    const o = outlineOf('real-2022-guangzhou-tanbu.txt');
    expect(o.title?.text).toBe('广州市花都区炭步镇人民政府2022年法治政府建设年度报告');
    expect(o.title?.line).toBe(3);
    expect(o.year).toBe(2022);
    expect(o.yearSource).toBe('title');
    expect(o.issuer).toBe('广州市花都区炭步镇人民政府');
    expect(o.date).toMatchObject({ iso: '2023-01-19', source: 'signature' });
    expect(topLevel(o)).toEqual(['achievements', 'problems', 'plans']);
    expect(o.sections.some((s) => s.kind === 'responsibility')).toBe(false);
  });

  it('柳荫镇 2024: four headed parts, date from the page', () => {
    const o = outlineOf('real-2024-chongqing-liuyin.txt');
    expect(o.title?.text).toBe('重庆市北碚区柳荫镇人民政府关于2024年法治政府建设情况的报告');
    expect(o.year).toBe(2024);
    expect(o.issuer).toBe('重庆市北碚区柳荫镇人民政府');
    expect(o.date).toMatchObject({ iso: '2025-02-27', source: 'published' });
    expect(topLevel(o)).toEqual(['achievements', 'responsibility', 'problems', 'plans']);
    const problems = o.sections.find((s) => s.kind === 'problems' && s.level === 1)!;
    expect(problems.line).toBe(40);
    expect(problems.endLine).toBe(48);
    expect(problems.text).toContain('导致宣传效果不够理想');
  });

  it('东湖区 2022: no title (metadata table), year from the opening, thematic achievements', () => {
    const o = outlineOf('real-2022-nanchang-donghu.txt');
    expect(o.title).toBeNull();
    expect(o.year).toBe(2022);
    expect(o.yearSource).toBe('opening');
    // The opening's subject names the issuer before the page's metadata (发布机构: 东湖区人民政府) does.
    expect(o.issuer).toBe('东湖区委、区政府');
    expect(o.issuerSource).toBe('opening');
    expect(o.date).toMatchObject({ iso: '2023-01-17', source: 'published' });
    expect(topLevel(o)).toEqual(['achievements', 'achievements', 'achievements', 'achievements', 'achievements', 'problems', 'plans']);
    const responsibility = o.sections.filter((s) => s.kind === 'responsibility');
    expect(responsibility.length).toBeGreaterThan(0);
    expect(responsibility.every((s) => s.inline)).toBe(true);
  });
});
