import { appDir, appSites, contentDir } from '@jiyue/content';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { root } from './built-sites.ts';

/**
 * Copies of the workspace's content library and app folders (no bundles yet) in a scratch folder
 * that is removed after the test file: a library step can run on them without touching the repo.
 */
export function scratchLibraries(prefix: string): (name: string) => string {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  return (name) => {
    const work = join(scratch, name);
    cpSync(contentDir(root), contentDir(work), { recursive: true });
    for (const app of appSites(root)) {
      mkdirSync(appDir(work, app), { recursive: true });
      cpSync(join(appDir(root, app), 'package.json'), join(appDir(work, app), 'package.json'));
    }
    return work;
  };
}
