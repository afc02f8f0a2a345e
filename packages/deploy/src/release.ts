import { appSites, bundleFile, distDir } from '@jiyue/content';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync,
  readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { checkBuiltPages } from './built-check.ts';
import { COMPLETE, compareWithDisk, hashFile, listFiles, MANIFEST, readManifest, sha256, type FileEntry, type Manifest } from './manifest.ts';

export interface ReleaseOptions {
  /** The repository root. */
  root: string;
  /** The serving folder: releases/<name>/<site>/ and the `current` symlink live here. */
  target: string;
  /** Release name; defaults to a UTC timestamp. */
  name?: string;
  /** How many complete releases to keep, the new one included. */
  keep?: number;
  /** Builds the sites; by default `pnpm build` (library checks, then every site through Turbo). */
  build?: () => void | Promise<void>;
  /** Checks the built sites before anything is staged (the inspector's built-page rules); throws to refuse. */
  check?: (sites: string[]) => void | Promise<void>;
  /** Aborting it cancels the release cleanly (the CLI aborts on SIGINT and SIGTERM). */
  signal?: AbortSignal;
}

export interface ReleaseResult {
  name: string; path: string; sites: string[];
  /** Files and bytes written anew; the rest are hard links to the previous release's identical files. */
  copied: { files: number; bytes: number };
  linked: { files: number; bytes: number };
}

/** Files without which a built site must not go live. */
const REQUIRED = ['index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind-entry.json'];

/** A release name is one plain folder name: no `.`/`..`, no slash, nothing hidden. */
export const isReleaseName = (name: string) => /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/.test(name) && name.length <= 64;

/** Sites of the registry, from the bundles the build wrote. */
function registeredSites(root: string): string[] {
  return appSites(root).filter((id) => existsSync(bundleFile(root, id)));
}

/** Every problem that stops a staged release from going live. */
export function verifyRelease(dir: string, sites: string[]): string[] {
  const problems: string[] = [];
  for (const site of sites) {
    for (const f of REQUIRED) if (!existsSync(join(dir, site, f))) problems.push(`${site}: 缺少 ${f}`);
  }
  return problems;
}

class Cancelled extends Error {
  constructor() { super('发布已被中断（收到停止信号），已清理未完成的版本'); }
}

const fsyncPath = (path: string) => {
  const fd = openSync(path, 'r');
  try { fsyncSync(fd); } finally { closeSync(fd); }
};

/**
 * A complete release: a plain name, a real folder (not a link), and a completion marker that
 * names the SHA-256 of its manifest. Half-made folders (.staging-*, or anything without the
 * marker) are never listed, kept, pruned into or activated.
 */
export function isComplete(target: string, name: string): boolean {
  if (!isReleaseName(name)) return false;
  const dir = join(target, 'releases', name);
  try {
    if (!lstatSync(dir).isDirectory()) return false;
    const marker = JSON.parse(readFileSync(join(dir, COMPLETE), 'utf8')) as { release?: string; manifestSha256?: string };
    return marker.release === name && marker.manifestSha256 === sha256(readFileSync(join(dir, MANIFEST)));
  } catch {
    return false;
  }
}

/** The complete releases, oldest first. */
export function listReleases(target: string): string[] {
  const dir = join(target, 'releases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => isComplete(target, n)).sort();
}

/** The release `current` points to, or undefined before the first release. */
export function currentRelease(target: string): string | undefined {
  try {
    return readlinkSync(join(target, 'current')).replace(/^releases\//, '');
  } catch {
    return undefined;
  }
}

/**
 * Points `current` at a release (also the rollback): only a complete release, by name, whose
 * files on disk still match its manifest; then a new symlink is renamed over the old one, atomically.
 */
export function activate(target: string, name: string, options: { verify?: boolean } = {}): void {
  if (!isReleaseName(name)) throw new Error(`发布版本名“${name}”无效：只能是 releases/ 下的一个版本名（如 20261202T101500Z），不能是路径、. 或 ..`);
  if (!isComplete(target, name)) {
    throw new Error(`找不到完整的发布版本 ${name}（可用：${listReleases(target).join('、') || '无'}）；未完成的版本不能启用`);
  }
  if (options.verify ?? true) {
    const diff = compareWithDisk(join(target, 'releases', name), readManifest(join(target, 'releases', name)));
    const bad = [...diff.changed, ...diff.added, ...diff.missing];
    if (bad.length) throw new Error(`发布版本 ${name} 的文件与清单不符（${bad.slice(0, 5).join('、')}${bad.length > 5 ? ' 等' : ''}），拒绝启用；运行 pnpm verify 查看详情`);
  }
  const link = join(target, 'current');
  const tmp = `${link}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  symlinkSync(join('releases', name), tmp);
  renameSync(tmp, link);
  fsyncPath(target);
}

/** One release at a time: a lock file naming the process; a lock whose process is gone is stale. */
function lock(releases: string): () => void {
  const file = join(releases, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8'));
      if (pid && pid !== process.pid && alive(pid)) throw new Error(`另一个发布正在进行（进程 ${pid}）；等它结束后再发布`);
      rmSync(file, { force: true });
    }
  }
  throw new Error('无法取得发布锁 releases/.lock');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes a release folder that was made read-only (directories 0555). */
function removeTree(dir: string): void {
  if (!existsSync(dir)) return;
  const open = (d: string) => {
    chmodSync(d, 0o755);
    for (const n of readdirSync(d)) if (lstatSync(join(d, n)).isDirectory()) open(join(d, n));
  };
  open(dir);
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `pnpm build` as a child, killed when the release is cancelled. */
function defaultBuild(root: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn('pnpm', ['build'], { cwd: root, stdio: 'inherit', signal });
    child.on('error', (e) => reject(e.name === 'AbortError' ? new Cancelled() : e));
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(signal?.aborted ? new Cancelled() : new Error(`构建失败（pnpm build 退出码 ${code}），未发布`));
    });
  });
}

/** Lets signal handlers run between pieces of synchronous work, and stops when cancelled. */
async function checkpoint(signal?: AbortSignal): Promise<void> {
  await new Promise((r) => setImmediate(r));
  if (signal?.aborted) throw new Cancelled();
}

/**
 * Builds, checks, stages every site into releases/.staging-<name>/, verifies it, and only then
 * renames it to releases/<name>/ and switches `current` to it (an atomic rename of a symlink).
 * A file identical to one in the previous release (same SHA-256) is a hard link to it, so a
 * release writes only what changed. Every file is read-only. Any failure or cancellation leaves
 * `current` untouched and removes the half-made folder.
 */
export async function release(options: ReleaseOptions): Promise<ReleaseResult> {
  const name = options.name ?? new Date().toISOString().replace(/[-:]/g, '').replace(/\..+/, 'Z');
  if (!isReleaseName(name)) throw new Error(`发布版本名“${name}”无效：只用字母、数字、-、_ 和 .，不以 . 开头`);
  const releases = join(options.target, 'releases');
  mkdirSync(releases, { recursive: true });
  const unlock = lock(releases);
  const path = join(releases, name);
  const staging = join(releases, `.staging-${name}`);
  try {
    // Half-made folders of an earlier, killed release: nobody else is releasing (we hold the lock).
    for (const n of readdirSync(releases)) if (n.startsWith('.staging-')) removeTree(join(releases, n));
    if (existsSync(path)) throw new Error(`发布版本 ${name} 已存在`);
    await (options.build ?? (() => defaultBuild(options.root, options.signal)))();
    await checkpoint(options.signal);
    const sites = registeredSites(options.root);
    await (options.check ?? ((s: string[]) => checkBuiltPages(options.root, s)))(sites);
    await checkpoint(options.signal);

    // Share files with the release being served (or, failing that, the newest complete one).
    const live = currentRelease(options.target);
    const previous = live && isComplete(options.target, live) ? live : listReleases(options.target).at(-1);
    const result = await stage(options.root, sites, staging, previous ? join(releases, previous) : undefined, options.signal);
    const problems = verifyRelease(staging, sites);
    if (problems.length) throw new Error(`发布检查未通过，未切换版本：\n${problems.join('\n')}`);

    // Verified before the switch: every staged file is re-read and must match the manifest.
    const manifest: Manifest = { version: 1, release: name, files: result.files };
    for (const rel of await repairLinks(staging, manifest, result.linkedFrom, options.root, options.signal)) {
      const { size } = manifest.files[rel]!;
      result.linked.files--;
      result.linked.bytes -= size;
      result.copied.files++;
      result.copied.bytes += size;
    }
    const manifestText = `${JSON.stringify(manifest, null, 1)}\n`;
    writeDurable(join(staging, MANIFEST), manifestText);
    writeDurable(join(staging, COMPLETE), `${JSON.stringify({ release: name, created: new Date().toISOString(), sites, manifestSha256: sha256(manifestText) }, null, 2)}\n`);
    chmodSync(join(staging, MANIFEST), 0o444);
    chmodSync(join(staging, COMPLETE), 0o444);
    sealDirectories(staging);
    await checkpoint(options.signal);
    renameSync(staging, path);
    fsyncPath(releases);
    activate(options.target, name, { verify: false });
    prune(options.target, options.keep ?? 5, name);
    return { name, path, sites, copied: result.copied, linked: result.linked };
  } catch (error) {
    removeTree(staging);
    throw error;
  } finally {
    unlock();
  }
}

function writeDurable(file: string, text: string): void {
  writeFileSync(file, text);
  fsyncPath(file);
}

/** Directories read-only too (0555), after their files are in; fsync so the rename publishes them whole. */
function sealDirectories(dir: string): void {
  for (const n of readdirSync(dir)) if (lstatSync(join(dir, n)).isDirectory()) sealDirectories(join(dir, n));
  fsyncPath(dir);
  chmodSync(dir, 0o555);
}

interface Staged {
  files: Record<string, FileEntry>;
  /** Staged paths that are hard links, with the previous release's path they link to. */
  linkedFrom: Map<string, string>;
  copied: { files: number; bytes: number };
  linked: { files: number; bytes: number };
}

async function stage(root: string, sites: string[], staging: string, previous: string | undefined, signal?: AbortSignal): Promise<Staged> {
  // Files of the previous release by content: a file with the same SHA-256 and size is shared.
  const byHash = new Map<string, string>();
  if (previous) {
    for (const [rel, e] of Object.entries(readManifest(previous).files)) byHash.set(`${e.sha256}:${e.size}`, join(previous, rel));
  }
  const out: Staged = { files: {}, linkedFrom: new Map(), copied: { files: 0, bytes: 0 }, linked: { files: 0, bytes: 0 } };
  mkdirSync(staging, { recursive: true });
  let n = 0;
  for (const site of sites) {
    const dist = distDir(root, site);
    if (!existsSync(dist)) continue;
    for (const rel of listFiles(dist)) {
      if (++n % 256 === 0) await checkpoint(signal);
      const src = join(dist, rel);
      const key = `${site}/${rel}`;
      const dest = join(staging, key);
      const entry = hashFile(src);
      out.files[key] = entry;
      mkdirSync(dirname(dest), { recursive: true });
      const same = byHash.get(`${entry.sha256}:${entry.size}`);
      if (same && tryLink(same, dest)) {
        out.linkedFrom.set(key, same);
        out.linked.files++;
        out.linked.bytes += entry.size;
      } else {
        copyDurable(src, dest);
        out.copied.files++;
        out.copied.bytes += entry.size;
      }
    }
  }
  return out;
}

function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false; // another file system, or the link limit: copy instead
  }
}

function copyDurable(src: string, dest: string): void {
  copyFileSync(src, dest);
  chmodSync(dest, 0o444);
  fsyncPath(dest);
}

/**
 * Re-reads every staged file against the manifest. A hard link whose previous-release file was
 * changed behind our back would carry the change on: such a file is replaced by a fresh copy.
 * Anything else that differs stops the release. Returns the files so replaced.
 */
async function repairLinks(staging: string, manifest: Manifest, linkedFrom: Map<string, string>, root: string, signal?: AbortSignal): Promise<string[]> {
  const repaired: string[] = [];
  let n = 0;
  for (const [rel, want] of Object.entries(manifest.files)) {
    if (++n % 256 === 0) await checkpoint(signal);
    const got = hashFile(join(staging, rel));
    if (got.sha256 === want.sha256 && got.size === want.size) continue;
    if (!linkedFrom.has(rel)) throw new Error(`发布检查未通过：暂存文件 ${rel} 与构建结果不一致，未切换版本`);
    unlinkSync(join(staging, rel));
    const [site, ...rest] = rel.split('/');
    copyDurable(join(distDir(root, site!), ...rest), join(staging, rel));
    const again = hashFile(join(staging, rel));
    if (again.sha256 !== want.sha256) throw new Error(`发布检查未通过：${rel} 在复制时发生变化，未切换版本`);
    repaired.push(rel);
  }
  return repaired;
}

/** Keeps the newest `keep` complete releases and always the active one; half-made folders do not count. */
function prune(target: string, keep: number, newest: string): void {
  const complete = listReleases(target);
  const active = currentRelease(target);
  for (const old of complete.slice(0, Math.max(0, complete.length - Math.max(1, keep)))) {
    if (old !== active && old !== newest) removeTree(join(target, 'releases', old));
  }
}
