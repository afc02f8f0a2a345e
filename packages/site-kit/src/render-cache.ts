/**
 * Where Astro keeps its page cache (experimental.incrementalBuild) and the one guard we add to it.
 * The cache lives in the workspace's .cache/astro/<site>/ — next to the parse cache, outside Turbo's
 * inputs and outputs, cleared with .cache/ — and must stay in the same folder between builds: its
 * module-graph hashes hold absolute paths (another checkout folder renders everything again).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's own file: which page was rendered under which key (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
/** Ours: present while a build runs, so a build that died is seen by the next one. */
const RUNNING = 'jiyue-build-running';

/** The cache folder of a site app (apps/<site>/ → .cache/astro/<site>/ at the workspace root). */
export function renderCacheDir(appRoot: URL, site: string): URL {
  return new URL(`../../.cache/astro/${site}/`, appRoot);
}

/**
 * Astro stores each rendered page's copy as it goes but its manifest only at the end. After a
 * build that failed half way, the old manifest would vouch for copies of newer pages; so a build
 * that finds the previous one unfinished drops the manifest and renders every page.
 */
export function startRender(cacheDir: URL): void {
  const dir = fileURLToPath(cacheDir);
  mkdirSync(dir, { recursive: true });
  if (existsSync(`${dir}${RUNNING}`)) rmSync(`${dir}${MANIFEST}`, { force: true });
  writeFileSync(`${dir}${RUNNING}`, '');
}

/** The pages and Astro's manifest are written: the cache is consistent again. */
export function finishRender(cacheDir: URL): void {
  rmSync(fileURLToPath(new URL(RUNNING, cacheDir)), { force: true });
}
