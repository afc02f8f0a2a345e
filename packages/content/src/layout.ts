/**
 * The workspace layout: where the content library, the apps, their bundles and their builds are.
 * Every path of the workspace is made here, from the workspace root.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteBundle } from './bundle-types.ts';
import { REGISTRY_FILE } from './registry/load.ts';

/** The content library, under the root. */
const CONTENT_DIR = 'content';
/** Where an app finds its bundle, relative to the app folder (git-ignored, a declared Turbo input). */
export const BUNDLE_PATH = '.jiyue/site.json';
/** The app's public folder: the library files its items link to. */
export const PUBLIC_DIR = '.jiyue/public';
/** A portal's search pages of the sites below it (search-below.ts), next to its bundle: its search index covers them. */
export const SEARCH_BELOW_PATH = '.jiyue/search-below.json';
/** In an app's dist/: the Turbo task hash of the build that made it (the build clears stale outputs by it). */
export const BUILD_MARKER = '.jiyue-build';

/** In the content library: the demo city's fixed clock (clock.ts); a real city's library has none. */
export const DEMO_CLOCK_FILE = 'demo.yaml';

const APPS_DIR = 'apps';
const APP_PACKAGE_PREFIX = '@jiyue/app-';
const BUILD_TASK_SUFFIX = '#build';

export const contentDir = (root: string) => join(root, CONTENT_DIR);
/** The parse cache of items (by content hash). */
export const itemCacheDir = (root: string) => join(root, '.cache', 'items');
/** What the last successful library step saw and wrote (library-state.ts). */
export const libraryStateFile = (root: string) => join(root, '.cache', 'library-state.json');
/** The inspector's cache of each item's findings (by item digest, rule configuration and rule code). */
export const inspectorCacheDir = (root: string) => join(root, '.cache', 'inspector');
/**
 * Astro's page cache of a site (experimental.incrementalBuild): outside Turbo's inputs and outputs,
 * cleared with .cache/; it must stay in the same folder between builds (its hashes hold absolute paths).
 */
export const renderCacheDir = (root: string, site: string) => join(root, '.cache', 'astro', site);
/** The publisher desk's working files: its browser bundle and the scratch library each check runs on. */
export const deskCacheDir = (root: string) => join(root, '.cache', 'desk');
export const appsDir = (root: string) => join(root, APPS_DIR);
export const appDir = (root: string, site: string) => join(root, APPS_DIR, site);
export const distDir = (root: string, site: string) => join(appDir(root, site), 'dist');
export const bundleFile = (root: string, site: string) => join(appDir(root, site), BUNDLE_PATH);
export const searchBelowFile = (root: string, site: string) => join(appDir(root, site), SEARCH_BELOW_PATH);

/** The site ids that have an app folder. */
export const appSites = (root: string) => (existsSync(appsDir(root)) ? readdirSync(appsDir(root)).sort() : []);

/** A site's bundle as the library step wrote it. */
export const readBundle = (root: string, site: string): SiteBundle => JSON.parse(readFileSync(bundleFile(root, site), 'utf8'));

/** The npm name of a site's app ("city" → "@jiyue/app-city"), which Turbo filters and task ids use. */
export const appPackageName = (site: string) => `${APP_PACKAGE_PREFIX}${site}`;

/** The site id of an app's build task ("@jiyue/app-city#build" → "city"), or undefined. */
export function siteOfTask(taskId: string): string | undefined {
  return taskId.startsWith(APP_PACKAGE_PREFIX) && taskId.endsWith(BUILD_TASK_SUFFIX) ? taskId.slice(APP_PACKAGE_PREFIX.length, -BUILD_TASK_SUFFIX.length) : undefined;
}

/** The workspace root: the nearest folder upwards holding content/sites.yaml (`from` itself if none). */
export function findRoot(from = process.cwd()): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(contentDir(dir), REGISTRY_FILE))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
