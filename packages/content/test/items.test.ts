import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dependencyVersions } from '../src/cache.ts';
import { parseAll } from '../src/items/parse-pool.ts';
import { parseItem } from '../src/items/parse.ts';
import { loadLibrary } from '../src/library.ts';
import { newsItem, scratchLibrary } from './fixtures.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('Markdown pipeline', () => {
  it('renders Markdown with GFM tables to HTML', () => {
    const { item, problems } = parseItem(utf8(newsItem({}, '## 一、总体要求\n\n| 指标 | 数值 |\n| --- | --- |\n| 增长 | 5.2% |')), 'a.md');
    expect(problems).toEqual([]);
    expect(item!.html).toContain('<h2>一、总体要求</h2>');
    expect(item!.html).toContain('<td>5.2%</td>');
    expect(item!.text).toContain('总体要求');
  });

  it('refuses what the sanitizer would remove, at its line, saying what it is', () => {
    const body = [
      '正文<script>alert(1)</script>',
      '<iframe src="https://evil.example/"></iframe>',
      '<img src="/a.png" alt="图" onerror="alert(2)">',
      '[点击](javascript:alert(3)) <a href="JavaScript:alert(4)">链接</a>',
      '<p style="color:red" onclick="x()">段落</p>',
    ].join('\n\n');
    const { item, problems } = parseItem(utf8(newsItem({}, body)), 'a.md');
    expect(item).toBeUndefined();
    expect(problems.every((p) => p.rule === 'item/removed-markup')).toBe(true);
    const text = problems.map((p) => `${p.line} ${p.message}`).join('\n');
    for (const what of ['<script> 元素', '<iframe> 元素', 'onerror 属性', 'javascript:alert(3)', 'JavaScript:alert(4)', 'style 属性', 'onclick 属性']) expect(text).toContain(what);
    expect(new Set(problems.map((p) => p.line)).size).toBe(5); // one problem per line, at that line
  });

  it('publishes safe raw HTML unchanged in meaning: tables, images with alt, links', () => {
    const body = '<table><tr><td>一</td></tr></table>\n\n<img src="/a.png" alt="图">\n\n<a href="https://www.gov.cn/">中国政府网</a>';
    const { item, problems } = parseItem(utf8(newsItem({}, body)), 'a.md');
    expect(problems).toEqual([]);
    expect(item!.html).toContain('<img src="/a.png" alt="图">');
    expect(item!.html).toContain('<td>一</td>');
  });
});

/** Publisher mistakes (issue: publisher experience): each names the file and line and says how to fix it. */
describe('bad items', () => {
  const gbk = new Uint8Array([...utf8('---\nid: test-news-0001\ntitle: '), 0xca, 0xbe, 0xc0, 0xfd, ...utf8('\n---\n')]);
  const cases: [string, Record<string, string | Uint8Array>, string, number][] = [
    // The parser notices the unclosed bracket where the next key starts (line 4).
    ['malformed YAML', { 'city/a.md': newsItem({ title: '[未闭合' }) }, 'yaml/syntax', 4],
    ['an unknown column', { 'city/a.md': newsItem({ column: 'nosuch' }) }, 'item/unknown-column', 6],
    ['a wrong date format', { 'city/a.md': newsItem({ date: '2026/11/20' }) }, 'item/date-format', 7],
    ['an impossible date', { 'city/a.md': newsItem({ date: '"2026-02-30 09:00"' }) }, 'item/date-invalid', 7],
    ['a missing title', { 'city/a.md': newsItem({ title: null }) }, 'item/required', 2],
    ['a duplicate id', { 'city/a.md': newsItem(), 'city/b.md': newsItem() }, 'item/duplicate-id', 2],
    ['an id reserved for lifecycle notices', { 'city/a.md': newsItem({ id: 'notice-opened-fgw' }) }, 'item/reserved-id', 2],
    ['a former address outside the cluster', { 'city/a.md': newsItem({ formerly: '[https://www.example.com/a.html]' }) }, 'item/formerly-host', 10],
    ['a malformed former address', { 'city/a.md': newsItem({ formerly: '[www.shili.gov.cn/a.html]' }) }, 'item/formerly', 10],
    ['an unknown site', { 'city/a.md': newsItem({ site: 'nosuch' }) }, 'item/unknown-site', 5],
    ['path traversal in the id', { 'city/a.md': newsItem({ id: '../../etc/passwd' }) }, 'item/id', 2],
    ['an oversized file', { 'city/a.md': newsItem({}, '很长的正文。'.repeat(40_000)) }, 'item/too-large', 1],
    ['a non-UTF-8 (GBK) file', { 'city/a.md': gbk }, 'item/encoding', 3],
    ['an empty file', { 'city/a.md': '' }, 'item/empty', 1],
    ['no front matter', { 'city/a.md': '# 标题\n\n正文' }, 'item/no-frontmatter', 1],
    ['an unknown field (at its own line)', { 'city/a.md': newsItem({ auther: '张三' }) }, 'item/unknown-field', 10],
    ['an interpretation of nothing', { 'city/a.md': newsItem({ type: 'interpretation', column: 'interpretations', interprets: 'no-such-policy' }) }, 'item/unknown-policy', 10],
    ['an item without all three sign-offs (C5)', { 'city/a.md': newsItem({ signoff: '{ editor: 林晓雯 }' }) }, 'item/unsigned', 9],
    ['an item with no sign-off at all', { 'city/a.md': newsItem({ signoff: null }) }, 'item/unsigned', 2],
    ['a policy without its metadata', { 'city/a.md': newsItem({ type: 'policy', column: 'policies' }) }, 'item/type-fields', 2],
  ];

  it.each(cases)('refuses %s', (_name, items, rule, line) => {
    const dir = scratchLibrary({ items });
    const { library, problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(library).toBeUndefined();
    const p = problems.find((x) => x.rule === rule);
    expect(p, JSON.stringify(problems, null, 1)).toBeDefined();
    expect(p!.file).toMatch(/^items\/city\/[ab]\.md$/);
    expect(p!.line).toBe(line);
    expect(p!.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(p!.hint).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses an item filed under another site', () => {
    const dir = scratchLibrary({ items: { 'fgw/a.md': newsItem() } });
    const { problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(problems.map((p) => [p.rule, p.file, p.line])).toEqual([['item/folder', 'items/fgw/a.md', 5]]);
  });

  it('reports a malformed date once', () => {
    const dir = scratchLibrary({ items: { 'city/a.md': newsItem({ date: '2026/11/20' }) } });
    expect(loadLibrary({ libraryDir: dir }).problems.map((p) => p.rule)).toEqual(['item/date-format']);
  });

  it('leaves drafts out without complaint', () => {
    const dir = scratchLibrary({ items: { 'city/a.md': newsItem({ draft: 'true', signoff: null }) } });
    const { library, problems } = loadLibrary({ libraryDir: dir });
    expect(problems).toEqual([]);
    expect(library!.items).toHaveLength(0);
  });
});

describe('parse cache', () => {
  const twoItems = () => scratchLibrary({ items: { 'city/a.md': newsItem(), 'city/b.md': newsItem({ id: 'test-news-0002' }) } });

  it('parses an unchanged item only once, and serves what a clean parse gives', () => {
    const dir = twoItems();
    const cacheDir = `${dir}/.cache`;
    const clean = loadLibrary({ libraryDir: dir });
    expect(loadLibrary({ libraryDir: dir, cacheDir }).stats).toEqual({ files: 2, parsed: 2, fromCache: 0 });
    const warm = loadLibrary({ libraryDir: dir, cacheDir });
    expect(warm.stats).toEqual({ files: 2, parsed: 0, fromCache: 2 });
    expect(warm.library!.items).toEqual(clean.library!.items);
  });

  it('keeps the cache in a few pack files and a stat index, not a file per item', () => {
    const dir = twoItems();
    loadLibrary({ libraryDir: dir, cacheDir: `${dir}/.cache` });
    expect(readdirSync(`${dir}/.cache`).every((f) => /^(index|pack-[0-9a-f])\.json$/.test(f))).toBe(true);
  });

  it('reads an edited file again even when its size and text length stay the same', () => {
    const dir = twoItems();
    const cacheDir = `${dir}/.cache`;
    loadLibrary({ libraryDir: dir, cacheDir });
    const path = join(dir, 'items/city/a.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('title: 示例市召开专题会议', 'title: 示例市召开专门会议'));
    const again = loadLibrary({ libraryDir: dir, cacheDir });
    expect(again.stats).toEqual({ files: 2, parsed: 1, fromCache: 1 });
    expect(again.library!.items.map((i) => i.meta.title)).toContain('示例市召开专门会议');
  });

  it('salts its keys with the installed version of every package the pipeline uses, transitively', () => {
    const versions = dependencyVersions(join(import.meta.dirname, '..'));
    for (const direct of ['hast-util-sanitize@', 'remark-parse@', 'rehype-raw@', 'yaml@']) expect(versions.some((v) => v.startsWith(direct))).toBe(true);
    expect(versions.some((v) => v.startsWith('parse5@'))).toBe(true); // rehype-raw's HTML parser, two levels down
  });

  it('parses many items on several threads with the same results as one thread', () => {
    const jobs = Array.from({ length: 700 }, (_, i) => ({ file: `content/items/city/n${i}.md`, bytes: utf8(newsItem({ id: `test-news-${String(i).padStart(4, '0')}` }, `第${i}条&#49;39**1234**5678。`)) }));
    expect(parseAll(jobs)).toEqual(jobs.map((j) => parseItem(j.bytes, j.file)));
  });
});
