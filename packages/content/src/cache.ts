import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A disk cache of values keyed by content hash, kept in a few pack files rather than one file
 * per entry (20,000 small files cost more to open than to parse), plus a stat index that lets an
 * unchanged file be recognised without reading it.
 *
 * The key of an entry covers the bytes and the path of its file and a salt: the source of the
 * code that made the value and the installed version of every package it depends on, directly or
 * not (a lockfile bump must never serve HTML from the old sanitizer). The stat index is only a
 * shortcut to that key: a file whose size, mtime, ctime or inode changed is read and hashed again.
 */
export class PackCache<T> {
  readonly dir: string;
  readonly salt: string;
  hits = 0;
  misses = 0;
  private readonly packs = new Map<string, Map<string, T>>();
  private readonly dirty = new Set<string>();
  private readonly used = new Set<string>();
  private readonly stats: Record<string, [stamp: string, key: string]>;
  private readonly nextStats: Record<string, [stamp: string, key: string]> = {};

  constructor(dir: string, salt: string) {
    this.dir = dir;
    this.salt = salt;
    const index = readJson<{ salt: string; files: Record<string, [string, string]> }>(join(dir, 'index.json'));
    this.stats = index?.salt === salt ? index.files : {};
  }

  /** The key of a file's content: from the stat index when the file is unchanged, else by reading and hashing it. */
  keyOf(file: string, stat: Stats, read: () => Uint8Array): { key: string; bytes?: Uint8Array } {
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
    const known = this.stats[file];
    if (known && known[0] === stamp) {
      this.nextStats[file] = known;
      return { key: known[1] };
    }
    const bytes = read();
    const key = createHash('sha256').update(this.salt).update(file).update('\0').update(bytes).digest('hex');
    this.nextStats[file] = [stamp, key];
    return { key, bytes };
  }

  get(key: string): T | undefined {
    const value = this.pack(key).get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.used.add(key);
    return value;
  }

  set(key: string, value: T): void {
    this.pack(key).set(key, value);
    this.used.add(key);
    this.dirty.add(key[0]!);
  }

  /**
   * Writes the packs that changed (each atomically, without the entries no file uses any more)
   * and the stat index. Until then nothing on disk changed, so a crash loses only this run's work.
   */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    for (const [name, pack] of this.packs) {
      const unused = [...pack.keys()].filter((k) => !this.used.has(k));
      if (!this.dirty.has(name) && unused.length < pack.size / 4) continue;
      for (const k of unused) pack.delete(k);
      writeAtomic(join(this.dir, `pack-${name}.json`), JSON.stringify(Object.fromEntries(pack)));
    }
    writeAtomic(join(this.dir, 'index.json'), JSON.stringify({ salt: this.salt, files: this.nextStats }));
    removeLegacyEntries(this.dir);
  }

  private pack(key: string): Map<string, T> {
    const name = key[0]!;
    let pack = this.packs.get(name);
    if (!pack) {
      const stored = readJson<Record<string, T>>(join(this.dir, `pack-${name}.json`));
      pack = new Map(stored ? Object.entries(stored) : []);
      this.packs.set(name, pack);
    }
    return pack;
  }
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined; // no cache yet, or a damaged one: start afresh
  }
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path); // a reader never sees half a pack
}

/** Removes what the one-file-per-entry cache of earlier versions left (two-letter folders of JSON files). */
function removeLegacyEntries(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (/^[0-9a-f]{2}$/.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

let cachedPipelineSalt: string | undefined;

/**
 * The salt of the item cache: this package's own source and the version of every package it
 * depends on, transitively, as installed.
 */
export function pipelineSalt(): string {
  if (cachedPipelineSalt) return cachedPipelineSalt;
  const srcDir = dirname(fileURLToPath(import.meta.url));
  const h = createHash('sha256').update(sourceHash(srcDir));
  for (const version of dependencyVersions(dirname(srcDir))) h.update(version).update('\0');
  cachedPipelineSalt = h.digest('hex');
  return cachedPipelineSalt;
}

/** SHA-256 of every .ts file under a folder, by name and content. */
export function sourceHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.ts')) h.update(entry.name).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

/** "name@version" of every package a package depends on, transitively, resolved as Node would (nearest node_modules upwards). */
export function dependencyVersions(packageDir: string): string[] {
  const seen = new Map<string, string>();
  const visit = (dir: string) => {
    const manifest = readJson<{ dependencies?: Record<string, string> }>(join(dir, 'package.json'));
    for (const name of Object.keys(manifest?.dependencies ?? {})) {
      const found = resolvePackage(dir, name);
      if (!found || seen.has(found)) continue;
      const version = readJson<{ version?: string }>(join(found, 'package.json'))?.version ?? '?';
      seen.set(found, `${name}@${version}`);
      visit(found);
    }
  };
  visit(packageDir);
  return [...new Set(seen.values())].sort();
}

function resolvePackage(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    try {
      if (statSync(candidate).isDirectory()) return realpathSync(candidate);
    } catch {
      /* not here: look further up */
    }
    if (dirname(dir) === dir) return undefined;
  }
}
