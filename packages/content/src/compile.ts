import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { buildBundles, nowInChina } from './bundle.ts';
import type { SiteBundle } from './bundle-types.ts';
import type { ContentProblem } from './errors.ts';
import { appDir, appSites, bundleFile, contentDir, itemCacheDir, PUBLIC_DIR, searchBelowFile } from './layout.ts';
import { loadLibrary, type Library } from './library.ts';
import { searchBelow } from './search-below.ts';

export interface CompileResult {
  ok: boolean;
  problems: ContentProblem[];
  written: string[];
  unchanged: string[];
  stats: { files: number; parsed: number; fromCache: number };
  /** Publication time of the first item not yet due (定时发布): the bundles change then. */
  nextDue?: string;
}

/**
 * Checks the whole library and, only if everything is right, writes each site's bundle into
 * its app. A bundle whose bytes did not change is not rewritten. On any problem nothing is written.
 */
export interface CompileOptions {
  cwd?: string;
  /**
   * Further checks of the loaded library (the build passes the inspector's content rules);
   * any problem it returns stops the compile before a bundle is written.
   */
  gate?: (library: Library) => ContentProblem[];
  /** Adds what other packages publish from the library (annual reports, inspection results) to the bundles. */
  extend?: (library: Library, bundles: Map<string, SiteBundle>) => void;
  /** The publication clock and the preview flag (drafts shown with their banner): see BundleOptions. */
  now?: string;
  preview?: boolean;
}

export function compile(root: string, options: CompileOptions = {}): CompileResult {
  try {
    return compileUnguarded(root, options);
  } catch (error) {
    // Each item and the registry are guarded where they are read; this is the last line, so that
    // no input ever ends the library step in a stack trace.
    const message = `内容库处理中断：${String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 120)}`;
    return { ok: false, problems: [{ rule: 'library/internal', file: 'content/', line: 1, column: 1, message, hint: '最近修改的文件可能有异常内容；请撤回最近的修改后重试，并把该文件发给平台组。' }], written: [], unchanged: [], stats: { files: 0, parsed: 0, fromCache: 0 } };
  }
}

function compileUnguarded(root: string, options: CompileOptions): CompileResult {
  const libraryDir = contentDir(root);
  const { library, problems, stats } = loadLibrary({ libraryDir, cacheDir: itemCacheDir(root), cwd: options.cwd ?? root, drafts: options.preview });
  const result: CompileResult = { ok: false, problems, written: [], unchanged: [], stats };
  if (!library) return result;
  problems.push(...(options.gate?.(library) ?? []));
  if (problems.length) return result;

  const apps = appSites(root).filter((d) => existsSync(join(appDir(root, d), 'package.json')));
  for (const site of library.registry.sites) {
    if (!apps.includes(site.id)) {
      problems.push({ rule: 'registry/app-missing', file: 'content/sites.yaml', line: 1, column: 1, message: `网站“${site.name}”（${site.id}）没有对应的应用目录 apps/${site.id}`, hint: `用 pnpm site:new 开设网站，或复制一个现有应用目录并改名为 apps/${site.id}。` });
    }
  }
  for (const app of apps) {
    if (!library.sites.has(app)) {
      problems.push({ rule: 'registry/app-unregistered', file: `apps/${app}/package.json`, line: 1, column: 1, message: `应用目录 apps/${app} 不在网站登记表中`, hint: `在 content/sites.yaml 中登记 id 为 ${app} 的网站，或删除该目录。` });
    }
  }
  if (problems.length) return result;

  const now = options.now ?? nowInChina();
  result.nextDue = library.items.map((i) => i.meta.date).filter((d) => d > now).sort()[0];
  const bundles = buildBundles(library, { now, preview: options.preview });
  options.extend?.(library, bundles);
  for (const [id, bundle] of bundles) {
    const logo = library.logos.get(id);
    if (logo) bundle.site.logoSvg = logo;
    syncFiles(libraryDir, join(appDir(root, id), PUBLIC_DIR), bundle.files);
    // The portal's search covers the pages of the sites below it (none: no file).
    const below = bundle.children.length ? searchBelow(bundles, id) : undefined;
    if ([...bundle.items, ...(below ?? []).map((p) => p.item)].some((i) => i.preview)) bundle.preview = true;
    const changed = [writeIfChanged(bundleFile(root, id), JSON.stringify(bundle)), writeIfChanged(searchBelowFile(root, id), below && JSON.stringify(below))];
    (changed.some(Boolean) ? result.written : result.unchanged).push(id);
  }
  result.ok = true;
  return result;
}

/** Writes `text` to `path` (atomically) unless it is there already; `undefined` removes the file. Whether anything changed. */
function writeIfChanged(path: string, text: string | undefined): boolean {
  if (text === undefined) {
    if (!existsSync(path)) return false;
    rmSync(path);
    return true;
  }
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  return true;
}

/** Makes `publicDir` hold exactly the listed library files, copying only what differs. */
function syncFiles(libraryDir: string, publicDir: string, files: string[]): void {
  const wanted = new Set(files);
  if (existsSync(publicDir)) {
    for (const f of readdirSync(publicDir, { recursive: true, encoding: 'utf8' })) {
      const p = join(publicDir, f);
      if (statSync(p).isFile() && !wanted.has(f.split(sep).join('/'))) rmSync(p);
    }
  }
  for (const f of files) {
    const src = join(libraryDir, f);
    const dest = join(publicDir, f);
    if (existsSync(dest) && readFileSync(dest).equals(readFileSync(src))) continue;
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(src, dest);
  }
}
