import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseItem } from '../src/items/parse.ts';
import { filesOf, loadLibrary } from '../src/library.ts';
import { sanitizeSvg } from '../src/svg.ts';
import { newsItem, realRegistry, scratchLibrary } from './fixtures.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const rules = (problems: { rule: string }[]) => problems.map((p) => p.rule);

/** A file outside every library, standing for /etc/passwd. */
function outsideFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'jiyue-outside-')), 'secret.pdf');
  writeFileSync(path, 'root:x:0:0');
  return path;
}

const withAttachment = (file: string) =>
  newsItem({ attachments: `\n  - title: 附件\n    file: ${file}` });

describe('only regular files inside the library are published', () => {
  it('refuses an attachment that is a symlink to a file outside the library', () => {
    const dir = scratchLibrary({ items: { 'city/a.md': withAttachment('files/x/passwd.pdf') } });
    mkdirSync(join(dir, 'files', 'x'), { recursive: true });
    symlinkSync(outsideFile(), join(dir, 'files', 'x', 'passwd.pdf'));
    const { library, problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(library).toBeUndefined();
    expect(problems.find((p) => p.rule === 'item/attachment-outside')?.message).toContain('符号链接');
  });

  it('refuses an attachment inside a symlinked folder', () => {
    const dir = scratchLibrary({ items: { 'city/a.md': withAttachment('files/linked/secret.pdf') } });
    mkdirSync(join(dir, 'files'), { recursive: true });
    symlinkSync(join(outsideFile(), '..'), join(dir, 'files', 'linked'));
    const { problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(rules(problems)).toContain('item/attachment-outside');
  });

  it('refuses `..` in an attachment path before any file is looked at', () => {
    const { problems } = parseItem(utf8(withAttachment('files/x/../../../../outside.pdf')), 'a.md');
    expect(rules(problems)).toEqual(['item/attachment-path']);
  });

  it('refuses an item file that is a symlink', () => {
    const dir = scratchLibrary();
    const target = join(mkdtempSync(join(tmpdir(), 'jiyue-outside-')), 'x.md');
    writeFileSync(target, newsItem());
    mkdirSync(join(dir, 'items', 'city'), { recursive: true });
    symlinkSync(target, join(dir, 'items', 'city', 'x.md'));
    const { problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(problems).toMatchObject([{ rule: 'item/symlink', file: 'items/city/x.md' }]);
  });
});

describe('department logos are rebuilt from an SVG allow-list', () => {
  const logo = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"${attrs}>${inner}</svg>`;
  const hostile: Record<string, string> = {
    'meta refresh': logo('<meta http-equiv="refresh" content="5;url=https://evil.example/"><circle r="3"/>'),
    base: logo('<base href="https://evil.example/"/>'),
    iframe: logo('<iframe src="https://evil.example/"></iframe>'),
    form: logo('<form action="https://evil.example/"><input name="q"></form>'),
    img: logo('<img src="https://evil.example/x.png">'),
    script: logo('<script>alert(1)</script>'),
    'foreignObject': logo('<foreignObject><div>文字</div></foreignObject>'),
    'event handler': logo('<rect width="4" height="4"/>', ' onload="alert(1)"'),
    'outside href': logo('<use href="https://evil.example/a.svg#x"/>'),
    'outside url()': logo('<rect width="4" height="4" fill="url(https://evil.example/p)"/>'),
    animate: logo('<animate attributeName="href" to="javascript:alert(1)"/>'),
    style: logo('<style>rect{fill:red}</style>'),
    'style attribute': logo('<rect width="4" height="4" style="fill:red"/>'),
    'link around': logo('<a href="https://evil.example/"><rect width="4" height="4"/></a>'),
    'markup after': `${logo('<rect/>')}<p>文字</p>`,
  };
  for (const [name, svg] of Object.entries(hostile)) {
    it(`refuses a logo with ${name}`, () => {
      const result = sanitizeSvg(svg);
      expect(result.svg).toBeUndefined();
      expect(result.reasons.length).toBeGreaterThan(0);
    });
  }

  it('keeps a drawing, with an XML declaration, gradients and fragment references', () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${logo('<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><circle cx="32" cy="32" r="30" fill="url(#g)"/><use href="#g"/><text x="32" y="58" font-size="9">演示</text>', ' role="img" aria-label="标志"')}`;
    const result = sanitizeSvg(svg);
    expect(result.reasons).toEqual([]);
    expect(result.svg).toMatch(/^<svg[^>]*aria-label="标志"/);
    expect(result.svg).toContain('<linearGradient id="g">');
    expect(result.svg).toContain('fill="url(#g)"');
  });

  it('names the logo file and the reason in the registry check', () => {
    const dir = scratchLibrary();
    writeFileSync(join(dir, 'logos', 'fgw.svg'), hostile['meta refresh']!);
    const { problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    const p = problems.find((x) => x.rule === 'registry/logo-unsafe');
    expect(p?.file).toBe('sites.yaml');
    expect(p?.message).toContain('logos/fgw.svg');
    expect(p?.message).toContain('<meta>');
  });

  it('refuses a logo that is a symlink', () => {
    const dir = scratchLibrary({ registry: realRegistry });
    const target = join(mkdtempSync(join(tmpdir(), 'jiyue-outside-')), 'x.svg');
    writeFileSync(target, logo('<rect/>'));
    const path = join(dir, 'logos', 'fgw.svg');
    rmSync(path);
    symlinkSync(target, path);
    const { problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(problems.find((x) => x.rule === 'registry/logo-file')?.message).toContain('符号链接');
  });
});

describe('bounded work per item', () => {
  const cases: Record<string, string> = {
    'unclosed links on one line (480 KB)': '[x]('.repeat(120_000),
    '5,000-deep list': Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(Math.min(i, 300) * 2)}- a`).join('\n').slice(0, 480_000),
    '5,000-deep blockquote': `${'>'.repeat(5_000)} a`,
    '5,000 nested <div>': `${'<div>'.repeat(5_000)}a${'</div>'.repeat(5_000)}`,
    '50,000 <span>': '<span>'.repeat(50_000),
    '5,000 emphasis markers': `${'*'.repeat(5_000)}a${'*'.repeat(5_000)}`,
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`refuses ${name} with a Chinese message at the file`, () => {
      const { item, problems } = parseItem(utf8(newsItem({}, body)), 'items/city/a.md');
      expect(item).toBeUndefined();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ rule: 'item/too-complex', file: 'items/city/a.md' });
      expect(problems[0]!.message).toMatch(/[\u4e00-\u9fff]/);
      expect(problems[0]!.line).toBeGreaterThanOrEqual(1);
    });
  }

  it('still accepts long ordinary text with many links', () => {
    const para = Array.from({ length: 2_000 }, (_, i) => `第${i}条见[通知](https://www.shili.gov.cn/n/${i}/)。`).join('');
    const { problems } = parseItem(utf8(newsItem({}, para)), 'a.md');
    expect(problems).toEqual([]);
  });

  it('refuses YAML aliases (alias bombs) at their line', () => {
    const bomb = newsItem({ source: '&a 示例市人民政府办公室', title: '*a' });
    const { problems } = parseItem(utf8(bomb), 'a.md');
    expect(problems).toMatchObject([{ rule: 'yaml/alias', line: 3 }]);
  });
});

describe('messages that name the real mistake', () => {
  it('reports a wrongly typed value as a wrong type, not a missing field', () => {
    const { problems } = parseItem(utf8(newsItem({ draft: '"false"' })), 'a.md');
    expect(problems).toMatchObject([{ rule: 'item/type' }]);
  });

  it('reports UTF-16 as UTF-16, with or without a byte-order mark', () => {
    const text = newsItem();
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) { le[2 * i] = text.charCodeAt(i) & 0xff; le[2 * i + 1] = text.charCodeAt(i) >> 8; }
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), le]) {
      const { problems } = parseItem(bytes, 'a.md');
      expect(problems).toMatchObject([{ rule: 'item/encoding' }]);
      expect(problems[0]!.message).toContain('UTF-16');
    }
  });
});

describe('what the CSP would block is refused at the source line', () => {
  for (const body of ['![示意图](https://www.gov.cn/images/a.png)', '<img src="http://img.example.net/banner.png" alt="海报">', '<img src="//cdn.example.com/a.png" alt="图">', '<img src="http&#58;//10.0.0.1/a.png" alt="图">', '<video poster="https://v.example/p.png"></video>']) {
    it(`refuses ${body}`, () => {
      const { item, problems } = parseItem(utf8(newsItem({}, `正文。\n\n${body}`)), 'a.md');
      expect(item).toBeUndefined();
      expect(problems).toMatchObject([{ rule: 'item/removed-markup', line: 14 }]);
      expect(problems[0]!.message).toMatch(/来自其他网站|<video> 元素/);
    });
  }

  it('keeps images of the site itself', () => {
    const { problems } = parseItem(utf8(newsItem({}, '![示意图](files/a.png)\n\n<img src="/files/b.png" alt="图">')), 'a.md');
    expect(problems).toEqual([]);
  });
});

describe('library files linked from the body', () => {
  const body = '正文。\n\n请下载[报名表](files/forms/baoming.pdf)，或见[说明](/files/forms/shuoming.pdf)。';

  it('are published with the page, linked site-absolute', () => {
    const dir = scratchLibrary({ items: { 'city/a.md': newsItem({}, body) } });
    mkdirSync(join(dir, 'files', 'forms'), { recursive: true });
    writeFileSync(join(dir, 'files', 'forms', 'baoming.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'files', 'forms', 'shuoming.pdf'), '%PDF-1.4');
    const { library, problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(problems).toEqual([]);
    const item = library!.items.find((i) => i.meta.id === 'test-news-0001')!;
    expect(filesOf(item)).toEqual(['files/forms/baoming.pdf', 'files/forms/shuoming.pdf']);
    expect(item.html).toContain('href="/files/forms/baoming.pdf"');
  });

  it('fail the build at the Markdown line when the file is missing', () => {
    const dir = scratchLibrary({ items: { 'city/a.md': newsItem({}, body) } });
    const { problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(problems).toMatchObject([
      { rule: 'item/body-file-missing', file: 'items/city/a.md', line: 14, column: 4 },
      { rule: 'item/body-file-missing', line: 14 },
    ]);
  });

  it('however the address is written: relative (./ ../), in HTML, as an image, by reference', () => {
    const written = [
      '[表一](./files/forms/a.xlsx)',
      '[表二](../files/forms/b.xlsx)',
      '<a href="files/forms/c.pdf">表三</a>',
      '<img src="files/forms/d.png" alt="流程图">',
      '[表五][e]\n\n[e]: files/forms/e.pdf',
    ];
    const dir = scratchLibrary({ items: { 'city/a.md': newsItem({}, `正文。\n\n${written.join('\n\n')}`) } });
    const { problems } = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(problems.map((p) => [p.rule, p.line, p.message.match(/files\/forms\/\w\.\w+/)?.[0]])).toEqual([
      ['item/body-file-missing', 14, 'files/forms/a.xlsx'],
      ['item/body-file-missing', 16, 'files/forms/b.xlsx'],
      ['item/body-file-missing', 18, 'files/forms/c.pdf'],
      ['item/body-file-missing', 20, 'files/forms/d.png'],
      ['item/body-file-missing', 22, 'files/forms/e.pdf'],
    ]);
    mkdirSync(join(dir, 'files', 'forms'), { recursive: true });
    for (const f of ['a.xlsx', 'b.xlsx', 'c.pdf', 'd.png', 'e.pdf']) writeFileSync(join(dir, 'files', 'forms', f), 'x');
    const loaded = loadLibrary({ libraryDir: dir, cwd: dir });
    expect(loaded.problems).toEqual([]);
    const { library } = loaded;
    const item = library!.items.find((i) => i.meta.id === 'test-news-0001')!;
    expect(filesOf(item)).toEqual(['files/forms/a.xlsx', 'files/forms/b.xlsx', 'files/forms/c.pdf', 'files/forms/d.png', 'files/forms/e.pdf']);
    for (const f of ['a.xlsx', 'b.xlsx', 'c.pdf', 'e.pdf']) expect(item.html).toContain(`href="/files/forms/${f}"`);
    expect(item.html).toContain('src="/files/forms/d.png"');
  });
});
