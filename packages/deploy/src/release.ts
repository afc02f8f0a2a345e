import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export interface ReleaseOptions {
  /** The repository root. */
  root: string;
  /** The serving folder: releases/<name>/<site>/ and the `current` symlink live here. */
  target: string;
  /** Release name; defaults to a UTC timestamp. */
  name?: string;
  /** How many releases to keep, the new one included. */
  keep?: number;
  /** Builds the sites; by default `pnpm build` (library checks, then every site through Turbo). */
  build?: () => void;
}

export interface ReleaseResult { name: string; path: string; sites: string[] }

/** Files without which a built site must not go live. */
const REQUIRED = ['index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind-entry.json'];

/** Sites of the registry, from the bundles the build wrote. */
function registeredSites(root: string): string[] {
  return readdirSync(join(root, 'apps')).filter((id) => existsSync(join(root, 'apps', id, '.jiyue', 'site.json')));
}

/** Every problem that stops a staged release from going live. */
export function verifyRelease(dir: string, sites: string[]): string[] {
  const problems: string[] = [];
  for (const site of sites) {
    for (const f of REQUIRED) if (!existsSync(join(dir, site, f))) problems.push(`${site}: 缺少 ${f}`);
  }
  return problems;
}

/**
 * Builds, stages every site into a new release folder, verifies it, and only then switches
 * `current` to it with an atomic rename of a symlink. Any failure leaves `current` — the
 * release being served — untouched, and removes the half-made release.
 */
export function release(options: ReleaseOptions): ReleaseResult {
  const name = options.name ?? new Date().toISOString().replace(/[-:]/g, '').replace(/\..+/, 'Z');
  const releases = join(options.target, 'releases');
  const path = join(releases, name);
  if (existsSync(path)) throw new Error(`发布版本 ${name} 已存在`);
  (options.build ?? (() => execFileSync('pnpm', ['build'], { cwd: options.root, stdio: 'inherit' })))();
  mkdirSync(path, { recursive: true });
  try {
    const sites = registeredSites(options.root);
    for (const site of sites) cpSync(join(options.root, 'apps', site, 'dist'), join(path, site), { recursive: true });
    const problems = verifyRelease(path, sites);
    if (problems.length) throw new Error(`发布检查未通过，未切换版本：\n${problems.join('\n')}`);
    activate(options.target, name);
    prune(releases, options.keep ?? 5, name);
    return { name, path, sites };
  } catch (error) {
    rmSync(path, { recursive: true, force: true });
    throw error;
  }
}

/** The release `current` points to, or undefined before the first release. */
export function currentRelease(target: string): string | undefined {
  try {
    return readlinkSync(join(target, 'current')).replace(/^releases\//, '');
  } catch {
    return undefined;
  }
}

/** Points `current` at a release (also the rollback): a new symlink renamed over the old one, atomically. */
export function activate(target: string, name: string): void {
  if (!existsSync(join(target, 'releases', name))) throw new Error(`找不到发布版本 ${name}`);
  const link = join(target, 'current');
  const tmp = `${link}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  symlinkSync(join('releases', name), tmp);
  renameSync(tmp, link);
}

function prune(releases: string, keep: number, active: string): void {
  const names = readdirSync(releases).sort();
  for (const old of names.slice(0, Math.max(0, names.length - keep))) {
    if (old !== active) rmSync(join(releases, old), { recursive: true, force: true });
  }
}
