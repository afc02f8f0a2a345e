import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appDir, appSites, bundleFile, contentDir, libraryStateFile, PUBLIC_DIR, searchBelowFile } from './layout.ts';

/**
 * What the last successful library step saw and wrote, so that a build where nothing changed
 * can skip the step: a stamp of every file under content/ taken before it ran, a stamp of what it
 * wrote into the apps, the code and options it ran with, and until when its output holds (the
 * day, for date rules and reports; the time of the next scheduled item, 定时发布).
 * A stamp is each file's path, size, mtime, ctime and inode: editing, adding, removing or
 * renaming any file changes it.
 */
export interface LibraryState<T> {
  inputs: string;
  outputs: string;
  /** When it ran ("YYYY-MM-DD HH:MM", Beijing), and the publication time of the first item not yet due then. */
  from: string;
  until?: string;
  result: T;
}

/** Stamp of the content library's files, salted with the code and options the step runs with. */
export function inputStamp(root: string, salt: string): string {
  return stamp([contentDir(root)], salt);
}

/** Stamp of what the step wrote: every app's bundle and public files. */
export function outputStamp(root: string): string {
  return stamp(appSites(root).flatMap((site) => [bundleFile(root, site), searchBelowFile(root, site), join(appDir(root, site), PUBLIC_DIR)]), '');
}

function stamp(paths: string[], salt: string): string {
  const h = createHash('sha256').update(salt);
  const visit = (path: string) => {
    let s;
    try {
      s = lstatSync(path);
    } catch {
      h.update(`${path}\0-\n`);
      return;
    }
    h.update(`${path}\0${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}\n`);
    if (s.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
  };
  for (const p of paths) visit(p);
  return h.digest('hex');
}

export function readLibraryState<T>(root: string): LibraryState<T> | undefined {
  try {
    return JSON.parse(readFileSync(libraryStateFile(root), 'utf8')) as LibraryState<T>;
  } catch {
    return undefined;
  }
}

export function writeLibraryState<T>(root: string, state: LibraryState<T>): void {
  const file = libraryStateFile(root);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

/**
 * Whether a saved state still describes the library and the apps at `now`: the same day (date
 * rules, reports), no earlier (a rehearsal clock set back), and before the next scheduled item.
 */
export function stateHolds<T>(state: LibraryState<T> | undefined, inputs: string, outputs: string, now: string): state is LibraryState<T> {
  return !!state && state.inputs === inputs && state.outputs === outputs && state.from.slice(0, 10) === now.slice(0, 10) && state.from <= now && (!state.until || now < state.until);
}
