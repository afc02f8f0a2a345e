/**
 * Releases: staged under a hidden name, verified, renamed whole, then switched to atomically;
 * unchanged files are hard links to the previous release; half-made folders are never listed,
 * kept or activated; an interrupted release cancels cleanly; rollback takes only complete,
 * verified releases by name.
 */
import { appDir, appSites, contentDir } from '@jiyue/content';
import { activate, COMPLETE, currentRelease, listReleases, MANIFEST, readManifest, release } from '@jiyue/deploy';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './helpers/built-sites.ts';

const noop = () => {};
const releaseBin = join(root, 'packages/deploy/bin/release.mjs');

describe('release', () => {
  const target = mkdtempSync(join(tmpdir(), 'jiyue-srv-'));
  afterAll(() => rmSync(target, { recursive: true, force: true }));

  it('stages every site with a manifest, read-only, then switches `current` to it', async () => {
    const r = await release({ root, target, name: 'r1' });
    expect(currentRelease(target)).toBe('r1');
    expect(r.sites.sort()).toEqual(['city', 'fgw', 'minghu', 'qingchuan', 'rsj']);
    expect(readFileSync(join(target, 'current', 'city', 'index.html'), 'utf8')).toContain('示例市人民政府');
    const manifest = readManifest(join(target, 'releases', 'r1'));
    const index = manifest.files['city/index.html']!;
    expect(index.size).toBe(statSync(join(root, 'apps/city/dist/index.html')).size);
    expect(index.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(manifest.files).length).toBe(r.copied.files);
    // Read-only: no write bit on files or folders.
    expect(statSync(join(target, 'current', 'city', 'index.html')).mode & 0o222).toBe(0);
    expect(statSync(join(target, 'current', 'city')).mode & 0o222).toBe(0);
    expect(readdirSync(join(target, 'releases')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('shares every unchanged file with the previous release (hard links) and writes only what changed', async () => {
    const page = join(root, 'apps/fgw/dist/index.html');
    const saved = readFileSync(page);
    writeFileSync(page, Buffer.concat([saved, Buffer.from('<!-- r2 -->')]));
    let r;
    try {
      r = await release({ root, target, name: 'r2', build: noop });
    } finally {
      writeFileSync(page, saved);
    }
    expect(r.copied.files).toBe(1);
    expect(r.linked.files).toBe(Object.keys(readManifest(join(target, 'releases', 'r2')).files).length - 1);
    const ino = (rel: string, name: string) => statSync(join(target, 'releases', name, rel)).ino;
    expect(ino('city/index.html', 'r2')).toBe(ino('city/index.html', 'r1'));
    expect(ino('fgw/index.html', 'r2')).not.toBe(ino('fgw/index.html', 'r1'));
    expect(readFileSync(join(target, 'current', 'fgw', 'index.html'), 'utf8')).toContain('<!-- r2 -->');
    // Rollback is unchanged: r1 still has its own bytes.
    activate(target, 'r1');
    expect(readFileSync(join(target, 'current', 'fgw', 'index.html'), 'utf8')).not.toContain('<!-- r2 -->');
  });

  it('keeps the previous release serving when the library has a mistake', async () => {
    const broken = join(root, 'content/items/city/news/zz-release-test.md');
    writeFileSync(broken, '---\nid: zz-release-test\ntitle: 缺少其他字段\n---\n正文\n');
    try {
      await expect(release({ root, target, name: 'r3' })).rejects.toThrow();
    } finally {
      rmSync(broken);
    }
    expect(currentRelease(target)).toBe('r1');
    expect(existsSync(join(target, 'releases', 'r3'))).toBe(false);
  });

  it('refuses a release whose built site is incomplete, or whose built pages the inspector refuses', async () => {
    const entry = join(root, 'apps/fgw/dist/pagefind/pagefind-entry.json');
    const saved = readFileSync(entry);
    rmSync(entry);
    try {
      await expect(release({ root, target, name: 'r4', build: noop })).rejects.toThrow(/fgw: 缺少 pagefind\/pagefind-entry.json/);
    } finally {
      writeFileSync(entry, saved);
    }
    // A built page loading a script from another host: the inspector's built-page rules refuse it.
    const page = join(root, 'apps/rsj/dist/index.html');
    const html = readFileSync(page);
    writeFileSync(page, html.toString('utf8').replace('</body>', '<script src="https://evil.example/x.js"></script></body>'));
    try {
      await expect(release({ root, target, name: 'r5', build: noop })).rejects.toThrow(/检查器的网页规则[\s\S]*evil\.example/);
    } finally {
      writeFileSync(page, html);
    }
    expect(currentRelease(target)).toBe('r1');
    expect(readdirSync(join(target, 'releases')).sort()).toEqual(['r1', 'r2']);
  });

  it('never lists, keeps or activates a half-made folder; rollback takes only complete releases by name', async () => {
    const releases = join(target, 'releases');
    // What a killed release leaves, and a folder someone copied in by hand without the marker.
    cpSync(join(releases, 'r1'), join(releases, 'half'), { recursive: true });
    rmSync(join(releases, 'half', COMPLETE), { force: true });
    mkdirSync(join(releases, '.staging-old', 'city'), { recursive: true });
    expect(listReleases(target)).toEqual(['r1', 'r2']);
    for (const name of ['half', '.staging-old', '.', '..', '../../../etc', 'r1/city', '/etc', '', 'r1\n']) {
      expect(() => activate(target, name), JSON.stringify(name)).toThrow(/发布版本/);
    }
    expect(currentRelease(target)).toBe('r1');
    // Pruning counts complete releases only: the half-made folder does not push r1 or r2 out.
    await release({ root, target, name: 'r6', build: noop, keep: 3 });
    expect(listReleases(target)).toEqual(['r1', 'r2', 'r6']);
    expect(existsSync(join(releases, '.staging-old'))).toBe(false); // cleaned up under the lock
    await release({ root, target, name: 'r7', build: noop, keep: 2 });
    expect(listReleases(target)).toEqual(['r6', 'r7']);
    // A complete release whose files no longer match its manifest is not activated either.
    const file = join(releases, 'r6', 'city', '404.html');
    const saved = readFileSync(file);
    rmSync(file);
    writeFileSync(file, Buffer.concat([saved, Buffer.from(' ')]));
    expect(() => activate(target, 'r6')).toThrow(/与清单不符[\s\S]*city\/404.html/);
    expect(currentRelease(target)).toBe('r7');
    expect(readFileSync(join(releases, 'r7', MANIFEST), 'utf8')).toContain('"city/404.html"');
  });

  it('never links a changed file of the live release into the next one', async () => {
    // Behind our back, a page of the live release is changed in place (root ignores 0444).
    const live = join(target, 'releases', 'r7', 'city', 'index.html');
    const original = readFileSync(live);
    writeFileSync(live, Buffer.concat([original, Buffer.from('<!-- tampered -->')]));
    const r = await release({ root, target, name: 'r8', build: noop });
    expect(r.copied.files).toBe(1);
    const fresh = join(target, 'releases', 'r8', 'city', 'index.html');
    expect(readFileSync(fresh)).toEqual(readFileSync(join(root, 'apps/city/dist/index.html')));
    expect(statSync(fresh).ino).not.toBe(statSync(live).ino);
    expect(() => activate(target, 'r7')).toThrow(/与清单不符/);
  });
});

/** A copy of the built city with one site made large, so that a release is still copying when killed. */
function bulkyRoot(): string {
  const copy = mkdtempSync(join(tmpdir(), 'jiyue-root-'));
  cpSync(contentDir(root), contentDir(copy), { recursive: true });
  for (const id of appSites(root)) {
    for (const part of ['dist', '.jiyue']) cpSync(join(appDir(root, id), part), join(appDir(copy, id), part), { recursive: true });
  }
  const bulk = join(copy, 'apps/rsj/dist/zz-bulk');
  mkdirSync(bulk);
  const block = Buffer.alloc(256 * 1024, 7);
  for (let i = 0; i < 400; i++) writeFileSync(join(bulk, `f${i}.bin`), Buffer.concat([Buffer.from(String(i)), block]));
  return copy;
}

/** Runs the real `pnpm release` program and sends `signal` once it is copying the bulky folder. */
function killMidCopy(copy: string, target: string, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; sawStaging: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [releaseBin, '--root', copy, '--to', target, '--no-build'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    let sawStaging = false;
    const poll = setInterval(() => {
      const releases = join(target, 'releases');
      const staging = existsSync(releases) ? readdirSync(releases).find((n) => n.startsWith('.staging-')) : undefined;
      if (staging && existsSync(join(releases, staging, 'rsj', 'zz-bulk'))) {
        sawStaging = true;
        clearInterval(poll);
        child.kill(signal);
      }
    }, 5);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, stderr, sawStaging });
    });
  });
}

describe('an interrupted release', () => {
  it('cancels cleanly on SIGTERM or SIGINT mid-copy; after SIGKILL the half-made folder is ignored and cleaned up', async () => {
    const copy = bulkyRoot();
    const target = mkdtempSync(join(tmpdir(), 'jiyue-srv-'));
    try {
      await release({ root: copy, target, name: 'base', build: noop });
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        const run = await killMidCopy(copy, target, signal);
        expect(run.sawStaging, signal).toBe(true);
        expect(run.code, run.stderr).toBe(130);
        expect(run.stderr).toContain('发布已被中断');
        expect(readdirSync(join(target, 'releases')), signal).toEqual(['base']); // no staging, no lock
        expect(currentRelease(target)).toBe('base');
      }
      const killed = await killMidCopy(copy, target, 'SIGKILL');
      expect(killed.sawStaging).toBe(true);
      expect(readdirSync(join(target, 'releases')).some((n) => n.startsWith('.staging-'))).toBe(true);
      expect(listReleases(target)).toEqual(['base']);
      expect(currentRelease(target)).toBe('base');
      // The next release takes over the stale lock and removes the half-made folder.
      await release({ root: copy, target, name: 'next', build: noop });
      expect(readdirSync(join(target, 'releases')).sort()).toEqual(['base', 'next']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  });
});
