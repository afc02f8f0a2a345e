/**
 * The one guard we add to Astro's page cache (experimental.incrementalBuild), which lives in the
 * layout module's renderCacheDir (.cache/astro/<site>/).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's own file: which page was rendered under which key (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
/** Ours: present while a build runs, so a build that died is seen by the next one. */
const RUNNING = 'jiyue-build-running';

/**
 * Astro stores each rendered page's copy as it goes but its manifest only at the end. After a
 * build that failed half way, the old manifest would vouch for copies of newer pages; so a build
 * that finds the previous one unfinished drops the manifest and renders every page.
 */
export function startRender(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(dir, RUNNING))) rmSync(join(dir, MANIFEST), { force: true });
  writeFileSync(join(dir, RUNNING), '');
}

/** The pages and Astro's manifest are written: the cache is consistent again. */
export function finishRender(dir: string): void {
  rmSync(join(dir, RUNNING), { force: true });
}
