import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BUILD_MARKER, bundleFile, contentDir, distDir, findRoot, libraryStateFile, type Library, type Site } from '@jiyue/content';
import { loadConfig, type InspectorConfig } from './config.ts';
import { complete } from './content-check.ts';
import { orderedRules } from './rules/index.ts';
import { parsePage, type Page } from './source/page.ts';
import type { Finding, Rule, SiteContext } from './types.ts';

export interface SiteOptions {
  root?: string;
  config?: InspectorConfig;
  rules?: readonly Rule[];
  /** Site ids to check; all by default. */
  sites?: string[];
  /** Built output of a site; apps/<site>/dist by default. */
  distOf?: (site: Site) => string;
  /** Whether a site's build is older than the library (staleSites): its pages are then not judged. Not asked when absent. */
  isStale?: (site: Site, dist: string) => boolean;
}

export interface SiteResult {
  findings: Finding[];
  /** Sites checked, and sites skipped because they are not built. */
  checked: string[];
  notBuilt: string[];
  /** Sites built before the library's last change: rebuild first (pnpm build). */
  stale: string[];
  pages: number;
}

const toPath = (file: string) => file.split(sep).join('/');

/** Path of the page a URL path is served from (directory URLs end in /index.html). */
function fileFor(dist: string, pathname: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (clean.includes('..')) return undefined;
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
    const p = join(dist, candidate);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return undefined;
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map(toPath).sort();
}

/** The public URL of a built file: index.html files are served as their folder. */
function urlOf(site: Site, file: string): URL {
  const path = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
  return new URL(path, `https://${site.domain}`);
}

/** A file's modification time in ms; 0 when it is absent. */
function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** When a site was built: its build marker, else its home page. */
const builtAt = (dist: string) => mtime(join(dist, BUILD_MARKER)) || mtime(join(dist, 'index.html'));

/** The last change of any file of the library (content/), in ms. */
function libraryChangedAt(root: string): number {
  const dir = contentDir(root);
  let newest = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) newest = Math.max(newest, mtime(join(dir, f)));
  return newest;
}

/**
 * Which built sites are older than the library, so that their pages show it as it was: the
 * library was edited after its last successful library step (pnpm compile/build), or the site's
 * data (bundle) was rewritten after the site was built. A site whose data did not change keeps
 * its pages (Turbo replays it); in a workspace never compiled, pages older than the library's
 * newest file are stale.
 */
export function staleSites(root: string): (site: Site, dist: string) => boolean {
  const edited = libraryChangedAt(root);
  const compiled = mtime(libraryStateFile(root));
  return (site, dist) => {
    const built = builtAt(dist);
    if (!compiled) return built < edited;
    return edited > compiled || built < mtime(bundleFile(root, site.id));
  };
}

/**
 * Checks the built sites (apps/<site>/dist): links and anchors, pages that should exist,
 * identity elements and page tags, the error-finder badge, IPv4 literals, third-party
 * resources and images without alt text (I2, D1, D3, D4, D6, D7).
 */
export function checkSites(library: Library, options: SiteOptions = {}): SiteResult {
  const root = options.root ?? findRoot();
  const config = options.config ?? loadConfig(contentDir(root));
  const rules = options.rules ?? orderedRules;
  const distOf = options.distOf ?? ((s: Site) => distDir(root, s.id));
  const byDomain = new Map(library.registry.sites.map((s) => [s.domain, s]));
  const pageCache = new Map<string, Page | undefined>();
  const load = (site: Site, file: string): Page | undefined => {
    const path = join(distOf(site), file);
    if (!pageCache.has(path)) {
      pageCache.set(path, existsSync(path) ? parsePage(readFileSync(path, 'utf8'), toPath(relative(root, path)), urlOf(site, file)) : undefined);
    }
    return pageCache.get(path);
  };
  const locate = (url: URL): { site: Site; file?: string } | undefined => {
    const site = byDomain.get(url.hostname);
    if (!site || !existsSync(distOf(site))) return undefined;
    const file = fileFor(distOf(site), url.pathname);
    return { site, file: file ? toPath(relative(distOf(site), file)) : undefined };
  };

  const result: SiteResult = { findings: [], checked: [], notBuilt: [], stale: [], pages: 0 };
  for (const site of library.registry.sites) {
    if (options.sites && !options.sites.includes(site.id)) continue;
    const dist = distOf(site);
    if (!existsSync(dist)) {
      result.notBuilt.push(site.id);
      continue;
    }
    if (options.isStale?.(site, dist)) {
      result.stale.push(site.id);
      continue;
    }
    const memos = new Map<string, unknown>();
    const ctx: SiteContext = {
      library,
      config,
      site,
      dist,
      distLabel: toPath(relative(root, dist)),
      pages: htmlFiles(dist).map((f) => load(site, f)!),
      pageAt: (url) => {
        const hit = locate(url);
        return hit?.file?.endsWith('.html') ? load(hit.site, hit.file) : undefined;
      },
      fileExists: (url) => {
        const hit = locate(url);
        return hit ? Boolean(hit.file) : undefined;
      },
      memo: <T>(key: string, make: () => T) => {
        if (!memos.has(key)) memos.set(key, make());
        return memos.get(key) as T;
      },
    };
    result.checked.push(site.id);
    result.pages += ctx.pages.length;
    for (const rule of rules) {
      if (rule.scope === 'site') result.findings.push(...complete(rule, rule.check(ctx)));
      if (rule.scope === 'page') for (const page of ctx.pages) result.findings.push(...complete(rule, rule.check(page, ctx)));
    }
  }
  return result;
}
