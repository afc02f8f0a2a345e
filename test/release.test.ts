/** Atomic releases: a new release goes live only after every check passed; a failure changes nothing. */
import { activate, currentRelease, release } from '@jiyue/deploy';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/built-sites.ts';

describe('release', () => {
  const target = mkdtempSync(join(tmpdir(), 'jiyue-srv-'));

  it('stages every site, then switches `current` to it', () => {
    const r = release({ root, target, name: 'r1' });
    expect(currentRelease(target)).toBe('r1');
    expect(r.sites.sort()).toEqual(['city', 'fgw', 'minghu', 'qingchuan', 'rsj']);
    expect(readFileSync(join(target, 'current', 'city', 'index.html'), 'utf8')).toContain('示例市人民政府');
  });

  it('keeps the previous release serving when the library has a mistake', () => {
    const broken = join(root, 'content/items/city/news/zz-release-test.md');
    writeFileSync(broken, '---\nid: zz-release-test\ntitle: 缺少其他字段\n---\n正文\n');
    try {
      expect(() => release({ root, target, name: 'r2' })).toThrow();
    } finally {
      rmSync(broken);
    }
    expect(currentRelease(target)).toBe('r1');
    expect(existsSync(join(target, 'releases', 'r2'))).toBe(false);
    expect(readFileSync(join(target, 'current', 'city', 'index.html'), 'utf8')).toContain('示例市人民政府');
  });

  it('refuses a release whose built site is incomplete, and rolls back on demand', () => {
    const noop = () => {};
    release({ root, target, name: 'r3', build: noop });
    expect(currentRelease(target)).toBe('r3');
    activate(target, 'r1');
    expect(currentRelease(target)).toBe('r1');
    // A site whose search index is missing does not go live.
    const entry = join(root, 'apps/fgw/dist/pagefind/pagefind-entry.json');
    const saved = readFileSync(entry);
    rmSync(entry);
    try {
      expect(() => release({ root, target, name: 'r4', build: noop })).toThrow(/fgw: 缺少 pagefind\/pagefind-entry.json/);
    } finally {
      writeFileSync(entry, saved);
    }
    expect(currentRelease(target)).toBe('r1');
    expect(existsSync(join(target, 'releases', 'r4'))).toBe(false);
  });
});
