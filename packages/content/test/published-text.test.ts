/** The published-text model: what a reader sees, normalized, with positions back to the Markdown file. */
import { describe, expect, it } from 'vitest';
import { fieldAt, parseItem, textPosition, type ParsedItem } from '../src/index.ts';

const FRONT = ['---', 'id: city-news-0001', 'title: "关于开展专项检查的通知"', 'type: news', 'site: city', 'column: news', 'date: "2026-11-20 09:30"', 'source: 示例市人民政府办公室', 'summary: 检查安排', '---', ''];

function parse(body: string[]): { item: ParsedItem; lines: string[] } {
  const lines = [...FRONT, ...body];
  const { item, problems } = parseItem(new TextEncoder().encode(lines.join('\n')), 'content/items/city/x.md');
  expect(problems).toEqual([]);
  return { item: item!, lines };
}

/** Line and column where `written` starts in the file. */
const written = (lines: string[], s: string) => {
  const line = lines.findIndex((l) => l.includes(s));
  return { line: line + 1, column: lines[line]!.indexOf(s) + 1 };
};

describe('published text', () => {
  it.each([
    ['an HTML entity', '身份证号 &#49;10101199003071234', '身份证号 110101199003071234', '&#49;'],
    ['bold markup inside a number', '电话 139**1234**5678', '电话 13912345678', '139'],
    ['a zero-width space', '电话 139\u200B12345678', '电话 13912345678', '139'],
    ['full-width digits', '电话 １３９１２３４５６７８', '电话 13912345678', '１３９'],
    ['non-breaking and ideographic spaces', '电话\u00A0139\u30001234', '电话 139 1234', '139'],
    ['a named entity in raw HTML', '<b>中华人民&amp;共和国</b>', '中华人民&共和国', '中华'],
  ])('reads %s as it is published, at its place in the file', (_what, line, text, first) => {
    const { item, lines } = parse([line]);
    const p = item.published;
    expect(p.text).toContain(text);
    // The first character after the label: where the number (or name) starts on the page.
    const offset = p.text.indexOf(text) + (text.includes(' ') ? text.indexOf(' ') + 1 : 0);
    expect(textPosition(p, offset)).toEqual(written(lines, first));
    expect(fieldAt(p, offset)).toBe('body');
  });

  it('keeps the title, summary and source as fields, and not ids, dates or sign-offs', () => {
    const { item, lines } = parse(['正文第一段。']);
    const p = item.published;
    expect(p.text).toContain('关于开展专项检查的通知');
    expect(p.text).not.toContain('city-news-0001');
    expect(p.text).not.toContain('2026-11-20');
    const at = p.text.indexOf('专项检查');
    expect(fieldAt(p, at)).toBe('title');
    expect(textPosition(p, at)).toEqual(written(lines, '专项检查'));
    expect(fieldAt(p, p.text.indexOf('检查安排'))).toBe('summary');
  });

  it('reads image alt text and link titles, and lists link targets where they were written', () => {
    const { item, lines } = parse(['见[附件说明](https://www.gov.cn/a "说明标题")和 ![示意地图](files/city/map.png)。']);
    const p = item.published;
    expect(p.text).toContain('示意地图');
    expect(p.text).toContain('说明标题');
    expect(p.links).toEqual([
      { url: 'https://www.gov.cn/a', kind: 'link', ...written(lines, 'https://www.gov.cn/a') },
      { url: '/files/city/map.png', kind: 'image', ...written(lines, '![') },
    ]);
  });

  it('separates blocks, so that a match cannot run from one paragraph or cell into the next', () => {
    const { item } = parse(['1391234', '', '5678', '', '| 甲 | 乙 |', '| --- | --- |', '| 139 | 12345678 |']);
    expect(item.published.text).not.toMatch(/13912345678/);
    expect(item.published.text).not.toMatch(/139[ \t-]*12345678/); // rules may allow spaces inside a number, never a block boundary
  });

  it('leaves out HTML comments (never published) and records them with the line they precede', () => {
    const { item, lines } = parse(['<!-- 审核意见：电话 13912345678 -->', '', '正文。']);
    expect(item.published.text).not.toContain('13912345678');
    expect(item.comments).toEqual([{ value: '<!-- 审核意见：电话 13912345678 -->', ...written(lines, '<!--'), nextLine: written(lines, '正文').line }]);
  });

  it('ends an autolink written in Chinese text at the first Chinese character', () => {
    const { item } = parse(['各网站域名采用“www.”格式，详见 www.gov.cn为准。']);
    expect(item.html).not.toContain('%E2');
    expect(item.published.links.map((l) => l.url)).toEqual(['http://www.gov.cn']);
  });
});

describe('front-matter positions', () => {
  it('has every key and scalar value by path', () => {
    const { item, lines } = parse(['正文。']);
    expect(item.positions['title']!.key).toEqual(written(lines, 'title:'));
    expect(item.positions['title']!.value).toEqual(written(lines, '"关于'));
  });
});
