import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The manifest of a release: every file it serves with its SHA-256 and size, written as
 * releases/<name>/manifest.json next to the site folders (outside every web root):
 *
 *   { "version": 1, "release": "20261202T101500Z",
 *     "files": { "city/index.html": { "sha256": "<64 hex>", "size": 4570 }, … } }
 *
 * Paths are relative to the release folder, "/"-separated, sorted. Tamper detection
 * (verify.ts), rollback and the next release's hard links all read this one file.
 */
export interface Manifest {
  version: 1;
  release: string;
  files: Record<string, FileEntry>;
}
export interface FileEntry { sha256: string; size: number }

export const MANIFEST = 'manifest.json';
/** The completion marker, written last: a release without it (or not matching its manifest) is half-made. */
export const COMPLETE = 'release.json';

const chunk = Buffer.allocUnsafe(1 << 20);

/** SHA-256 and size of a file, read in 1 MB pieces (attachments may be large). */
export function hashFile(path: string): FileEntry {
  const fd = openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    let size = 0;
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; size += n) hash.update(chunk.subarray(0, n));
    if (size !== fstatSync(fd).size) throw new Error(`${path} 在读取时发生变化`);
    return { sha256: hash.digest('hex'), size };
  } finally {
    closeSync(fd);
  }
}

/**
 * Every regular file under `dir`, as "/"-separated paths relative to it. A symbolic link or any
 * other special file is refused: a release holds only regular files.
 */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    const st = lstatSync(join(dir, name));
    if (st.isDirectory()) out.push(...listFiles(join(dir, name), rel));
    else if (st.isFile()) out.push(rel);
    else throw new Error(`${rel} 不是普通文件（符号链接或特殊文件），不能发布`);
  }
  return out;
}

export function readManifest(releaseDir: string): Manifest {
  return JSON.parse(readFileSync(join(releaseDir, MANIFEST), 'utf8')) as Manifest;
}

export interface Difference { changed: string[]; added: string[]; missing: string[] }

/** What differs between a manifest and the files on disk (re-hashing every file). */
export function compareWithDisk(releaseDir: string, manifest: Manifest): Difference {
  const onDisk = listFiles(releaseDir).filter((f) => f !== MANIFEST && f !== COMPLETE);
  const seen = new Set(onDisk);
  const diff: Difference = { changed: [], added: [], missing: [] };
  for (const f of onDisk) {
    const want = manifest.files[f];
    if (!want) diff.added.push(f);
    else {
      const got = hashFile(join(releaseDir, f));
      if (got.sha256 !== want.sha256 || got.size !== want.size) diff.changed.push(f);
    }
  }
  for (const f of Object.keys(manifest.files)) if (!seen.has(f)) diff.missing.push(f);
  return diff;
}

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
