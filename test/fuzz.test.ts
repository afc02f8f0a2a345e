/**
 * Fuzzing the library step: generated malformed items and registry entries (random YAML,
 * nesting, encodings, sizes, link forms) go through the real library step — the content checks
 * and the inspector's content rules, as `pnpm compile` runs them. Each must end in success or in
 * Chinese problems naming the file, never a thrown error; what is accepted must publish no
 * script, event handler or outside resource. The generator is seeded: a failure names its seed.
 */
import { appDir, appSites, compile, contentDir, loadRegistry, parseAddress, parseItem, type ParsedItem } from '@jiyue/content';
import { load } from 'cheerio';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './helpers/built-sites.ts';

/** mulberry32: a tiny seeded generator, so every run tries the same inputs. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}

const HAN = '示例市人民政府关于进一步加强政务公开工作的通知各区县部门单位要求落实';
const LINKS = [
  'https://example.com/', 'https&#58;//example.com/', '/\\example.com/', '\\\\example.com/', '//example.com/',
  ' https://exa\tmple.com/', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java&#115;cript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'vbscript:x', 'http://192.168.1.1/', 'http://[::1]/', 'http://0x7f.1/', 'files/../../etc/passwd', '/news/', '#top', 'mailto:a@b.cn',
];
const HOSTILE_HTML = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<iframe src="https://e.example/"></iframe>',
  '<a href="{L}">链接</a>', '<img src="{L}" alt="图">', '<form action="{L}"><input></form>', '<meta http-equiv="refresh" content="0;url={L}">',
  '<base href="{L}">', '<object data="{L}"></object>', '<embed src="{L}">', '<style>body{background:url({L})}</style>', '<p style="background:url({L})">段</p>',
  '<details open ontoggle=alert(1)>', '<math><mi xlink:href="{L}">x</mi></math>', '<!--', '<![CDATA[', '<noscript><img src=x onerror=alert(1)></noscript>',
];
const MARKDOWN = ['[文字]({L})', '![图]({L})', '<{L}>', '[a]: {L}\n\n[a]', '**加粗', '`代码', '> 引用', '- 列表', '1. 列表', '| a | b |\n| - | - |\n| 1 | 2 |', '---', '***', '\\', '&amp;', '&#0;', '&#x110000;'];

function body(r: ReturnType<typeof random>): string {
  const parts: string[] = [];
  const n = 1 + r.int(12);
  for (let i = 0; i < n; i++) {
    const kind = r.int(6);
    const link = r.pick(LINKS);
    if (kind === 0) parts.push(r.pick(HOSTILE_HTML).replaceAll('{L}', link));
    else if (kind === 1) parts.push(r.pick(MARKDOWN).replaceAll('{L}', link));
    else if (kind === 2) parts.push(r.pick(['>', '- ', '  - ', '*', '_', '<div>', '<span>', '[', '](', '`']).repeat(1 + r.int(r.next() < 0.2 ? 20_000 : 50)));
    else if (kind === 3) parts.push(Array.from({ length: 1 + r.int(200) }, () => HAN[r.int(HAN.length)]).join(''));
    else if (kind === 4) parts.push(String.fromCharCode(...Array.from({ length: 1 + r.int(40) }, () => r.int(0x3000))));
    else parts.push('\u200b\u00a0\ufeff\u202e'.repeat(1 + r.int(5)));
  }
  return parts.join(r.pick(['\n', '\n\n', ' ', '']));
}

const FIELD_VALUES = [
  '"2026-11-20 09:30"', '2026-11-20', '"2026-13-40 25:61"', '"false"', 'false', 'null', '~', '[]', '{}', '&a x', '*a', '!!binary aGk=',
  '"\\u0000"', "'", '"', '|', '>', '- a', '{ editor: 甲, reviewer: 甲, approver: 甲 }', '0x10', '1e400', '"a\nb"', 'city', 'news', '../../x', '"' + 'a'.repeat(5000) + '"',
];
const FIELDS = ['id', 'title', 'type', 'site', 'column', 'date', 'source', 'signoff', 'draft', 'shownOn', 'attachments', 'formerly', 'archived', 'unknown'];

function frontMatter(r: ReturnType<typeof random>): string {
  const fields: Record<string, string> = {
    id: `fuzz-${r.int(1e6)}`, title: '示例市召开专题会议', type: 'news', site: 'city', column: 'news',
    date: '"2026-11-20 09:30"', source: '示例市人民政府办公室', signoff: '{ editor: 林晓雯, reviewer: 陈立新, approver: 王建国 }',
  };
  for (let i = r.int(4); i > 0; i--) fields[r.pick(FIELDS)] = r.pick(FIELD_VALUES);
  let text = Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n');
  if (r.next() < 0.15) text = text.replace(/: /g, r.pick([':', ' : ', ':\t', ': &a ']));
  return text;
}

function itemBytes(r: ReturnType<typeof random>): Uint8Array {
  const text = `---\n${frontMatter(r)}\n---\n\n${body(r)}\n`;
  const roll = r.next();
  if (roll < 0.05) return new Uint8Array(Array.from({ length: r.int(2000) }, () => r.int(256))); // random bytes
  if (roll < 0.08) return Buffer.from(text, 'utf16le');
  if (roll < 0.1) return Buffer.from(text.slice(0, r.int(text.length)), 'utf8'); // cut anywhere, even inside a character
  if (roll < 0.12) return Buffer.from(text + 'x'.repeat(520 * 1024)); // over the size limit
  return Buffer.from(text, 'utf8');
}

const CHINESE = /[\u4e00-\u9fff]/;
const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'form', 'meta', 'base', 'style', 'link', 'svg', 'math', 'frame', 'frameset']);
const SAFE_SCHEMES = /^(?:https?:|mailto:|tel:|[^:]*$)/i;

/** Parses the published HTML as a browser would and looks for anything that could run, navigate away or load from outside. */
function expectSafe(item: ParsedItem, seed: number): void {
  const $ = load(item.html, null, false);
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    expect(UNSAFE_ELEMENTS.has(el.tagName), `seed ${seed}: <${el.tagName}>`).toBe(false);
    for (const [name, value] of Object.entries(el.attribs)) {
      expect(name, `seed ${seed}: ${name} on <${el.tagName}>`).not.toMatch(/^on/i);
      expect(name, `seed ${seed}`).not.toBe('style');
      const url = value.replace(/[\u0000-\u0020]/g, '');
      if (['href', 'src', 'srcset', 'poster', 'action', 'cite'].includes(name)) expect(url, `seed ${seed}: ${name}=${value}`).toMatch(SAFE_SCHEMES);
      if (['src', 'srcset', 'poster'].includes(name)) expect(parseAddress(value).host, `seed ${seed}: ${name}=${value}`).toBeUndefined();
    }
  });
}

describe('fuzzed items through the library step', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => 1000 + i);
  const slowest = { seed: 0, ms: 0 };
  afterAll(() => console.log(`fuzz: ${seeds.length} items, slowest seed ${slowest.seed} took ${slowest.ms.toFixed(0)} ms`));

  it('every item is accepted safely or refused in Chinese with its file', () => {
    let accepted = 0;
    for (const seed of seeds) {
      const r = random(seed);
      const file = `content/items/city/fuzz-${seed}.md`;
      const started = performance.now();
      let result: ReturnType<typeof parseItem>;
      expect(() => (result = parseItem(itemBytes(r), file)), `seed ${seed}`).not.toThrow();
      const ms = performance.now() - started;
      if (ms > slowest.ms) Object.assign(slowest, { seed, ms });
      if (result!.item) {
        accepted++;
        expectSafe(result!.item, seed);
      } else {
        expect(result!.problems.length, `seed ${seed}`).toBeGreaterThan(0);
        for (const p of result!.problems) {
          expect(p.file, `seed ${seed}`).toBe(file);
          expect(p.message, `seed ${seed}: ${p.message}`).toMatch(CHINESE);
          expect(p.message, `seed ${seed}`).not.toMatch(/\n\s+at /);
          expect(p.line, `seed ${seed}`).toBeGreaterThanOrEqual(1);
        }
      }
    }
    // The generator must exercise both outcomes, or it tests nothing.
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(seeds.length);
  });
});

describe('fuzzed registries and whole libraries', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jiyue-fuzz-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const REGISTRY_VALUES = [
    'evil.gov.cn;\n  return 200', 'x.gov.cn { }', '"a\u0000b"', '*alias', '&a [*a, *a]', '../../etc', "'", '{', 'ｗｗｗ.shili.gov.cn', 'www.shili.gov.cn.', 'xn--', '[]', '{}', 'null', '9'.repeat(400),
  ];

  it('every mutated registry is loaded into problems, never a thrown error', () => {
    const base = readFileSync(join(root, 'content', 'sites.yaml'), 'utf8');
    const lines = base.split('\n');
    for (let seed = 1; seed <= 120; seed++) {
      const r = random(seed);
      const copy = [...lines];
      for (let k = 1 + r.int(3); k > 0; k--) {
        const i = r.int(copy.length);
        const line = copy[i]!;
        const m = /^(\s*-?\s*[\w.]+:)\s?(.*)$/.exec(line);
        copy[i] = m && r.next() < 0.8 ? `${m[1]} ${r.pick(REGISTRY_VALUES)}` : r.pick(['\t', '  :', '- - -', '%YAML 9', line.slice(0, r.int(line.length))]);
      }
      const dir = join(scratch, `registry-${seed}`);
      mkdirSync(dir, { recursive: true });
      cpSync(join(root, 'content', 'logos'), join(dir, 'logos'), { recursive: true });
      writeFileSync(join(dir, 'sites.yaml'), copy.join('\n'));
      let loaded: ReturnType<typeof loadRegistry> | undefined;
      expect(() => (loaded = loadRegistry(dir, dir)), `seed ${seed}`).not.toThrow();
      for (const p of loaded!.problems) {
        expect(p.file, `seed ${seed}`).toBe('sites.yaml');
        expect(p.message, `seed ${seed}`).toMatch(CHINESE);
      }
    }
  });

  it('pnpm compile refuses a library of hostile items in Chinese, naming files, without a stack trace, and writes nothing', () => {
    const work = join(scratch, 'workspace');
    mkdirSync(work);
    cpSync(contentDir(root), contentDir(work), { recursive: true });
    for (const app of appSites(root)) {
      mkdirSync(appDir(work, app), { recursive: true });
      cpSync(join(appDir(root, app), 'package.json'), join(appDir(work, app), 'package.json'));
    }
    for (let seed = 5000; seed < 5040; seed++) writeFileSync(join(work, 'content', 'items', 'city', `fuzz-${seed}.md`), itemBytes(random(seed)));
    const inProcess = compile(work);
    expect(inProcess.ok).toBe(false);
    expect(inProcess.written).toEqual([]);
    const cli = spawnSync(process.execPath, [join(root, 'scripts', 'compile.ts')], { cwd: work, encoding: 'utf8', timeout: 120_000 });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/content\/items\/city\/fuzz-50\d\d\.md:\d+:\d+ 错误 \[/);
    expect(cli.stderr).not.toMatch(/\n\s+at \S+ \(/); // no stack frame
    expect(cli.stderr).toContain('未生成任何网站数据');
    expect(readdirSync(appDir(work, 'city'))).toEqual(['package.json']); // no bundle written
  });
});
