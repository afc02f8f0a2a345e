import { contentDir, deskCacheDir, inspectorCacheDir, itemCacheDir, libraryClock, loadLibrary } from '@jiyue/content';
import { checkContent, readConfig } from '@jiyue/inspector';
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A check's message, placed at the form field it is about ("" for the item as a whole). */
export interface FieldProblem {
  path: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  hint: string;
  line: number;
  column: number;
}

/**
 * Runs exactly the checks of the build on an item as the desk would save it: the library's
 * checks (schema, references, ids, placements) and the inspector's content rules, over the whole
 * library with this one file replaced, before anything is written to content/. The library is
 * mirrored by hard links into .cache/desk/check (every file stays a plain file inside the
 * library, as the checks require). The mirror is kept between checks and only what changed is
 * relinked, so the files keep their ctime and the parse cache's stat index holds; the parse cache
 * and the inspector's findings cache are the build's own (scripts/compile.ts), so the unchanged
 * items cost next to nothing and the checks stay exactly the build's.
 * Returns the messages about this file, each at its field.
 */
export function checkItemText(root: string, file: string, text: string, fields?: Set<string>): FieldProblem[] {
  const scratch = join(deskCacheDir(root), 'check');
  mirror(contentDir(root), contentDir(scratch));
  // Unlinked first: writing into the hard link would write into the library itself.
  rmSync(join(scratch, file), { force: true });
  mkdirSync(dirname(join(scratch, file)), { recursive: true });
  writeFileSync(join(scratch, file), text);

  const { library, problems } = loadLibrary({ libraryDir: contentDir(scratch), cacheDir: itemCacheDir(root), cwd: scratch, drafts: true });
  const found: Omit<FieldProblem, 'path'>[] = problems.filter((p) => p.file === file).map((p) => ({ ...p, severity: 'error' as const }));
  if (library) {
    const { config } = readConfig(contentDir(scratch), scratch);
    if (config) {
      for (const f of checkContent(library, { root: scratch, config, cacheDir: inspectorCacheDir(root), date: libraryClock(root).now.slice(0, 10) }).findings) {
        if (f.file === file) found.push({ rule: f.rule, severity: f.severity as FieldProblem['severity'], message: f.message, hint: f.hint ?? '', line: f.line ?? 1, column: f.column ?? 1 });
      }
    }
  }
  const pathAt = fieldPaths(text);
  return found.map((p) => ({ ...p, path: fields ? nearestField(pathAt(p.line), fields) : pathAt(p.line) }));
}

/** The form field that shows a key: the key itself, or the nearest enclosing key the form has ("shownOn.site" → "shownOn"). */
function nearestField(path: string, fields: Set<string>): string {
  for (let parts = path.split('.'); parts.length; parts.pop()) if (fields.has(parts.join('.'))) return parts.join('.');
  return '';
}

/** Makes `to` hold exactly the files of `from`, each a hard link of its original; links already in place stay. */
function mirror(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  const wanted = new Map(readdirSync(from, { withFileTypes: true }).filter((e) => e.isDirectory() || e.isFile()).map((e) => [e.name, e.isDirectory()]));
  for (const entry of readdirSync(to, { withFileTypes: true })) {
    if (wanted.get(entry.name) !== entry.isDirectory()) rmSync(join(to, entry.name), { recursive: true, force: true });
  }
  for (const [name, isDirectory] of wanted) {
    if (isDirectory) mirror(join(from, name), join(to, name));
    else linkFile(join(from, name), join(to, name));
  }
}

/** `dest` as a hard link of `src` (a copy with its mtime on another file system), unless it already is one. */
function linkFile(src: string, dest: string): void {
  const s = statSync(src);
  const d = statSync(dest, { throwIfNoEntry: false });
  if (d && (d.dev === s.dev ? d.ino === s.ino : d.size === s.size && d.mtimeMs === s.mtimeMs)) return;
  rmSync(dest, { force: true });
  try {
    linkSync(src, dest);
  } catch {
    copyFileSync(src, dest); // another file system: a copy does as well
    utimesSync(dest, s.atime, s.mtime);
  }
}

/**
 * Which form field a line of the file belongs to: the deepest front-matter key whose entry holds
 * the line ("policy.docNumber"; list positions left out, "attachments.file"), "body" below the
 * front matter, "" when none (a problem of the whole file).
 */
export function fieldPaths(text: string): (line: number) => string {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!m) return () => '';
  const yamlText = m[1]!;
  const fmLines = yamlText.split('\n').length + 2; // the two --- lines
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  const ranges: { path: string; from: number; to: number }[] = [];
  const lineOf = (offset: number) => counter.linePos(offset).line + 1; // +1: the opening ---
  const walk = (node: Node | null | undefined, prefix: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const path = prefix + String(pair.key.value);
        const end = (pair.value as Node | null)?.range?.[1] ?? pair.key.range[1];
        ranges.push({ path, from: lineOf(pair.key.range[0]), to: lineOf(Math.max(end - 1, pair.key.range[0])) });
        walk(pair.value as Node, `${path}.`);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node, prefix);
    }
  };
  walk(doc.contents as Node, '');
  return (line) => {
    if (line > fmLines) return 'body';
    const holding = ranges.filter((r) => r.from <= line && line <= r.to);
    return holding.sort((a, b) => b.path.split('.').length - a.path.split('.').length)[0]?.path ?? '';
  };
}

/** The library-relative form of a path inside the root (for messages). */
export const repoPath = (root: string, path: string) => relative(root, path).split('\\').join('/');
