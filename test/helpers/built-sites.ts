import { appSites, distDir, readBundle } from '@jiyue/content';
import type { SiteBundle } from '@jiyue/content/bundle';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

export interface BuiltSite { id: string; dir: string; bundle: SiteBundle }

/** Every site of the registry with its built output folder and its bundle. */
export function builtSites(): BuiltSite[] {
  return appSites(root).map((id) => ({
    id,
    dir: distDir(root, id),
    bundle: readBundle(root, id),
  }));
}

/** All HTML files of a built site, as paths relative to its folder. */
export function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

/** The file a site path is served from (directory URLs end in /index.html), or undefined. */
export function fileFor(dir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
    const p = join(dir, candidate);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return undefined;
}
