import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder upwards holding content/sites.yaml. */
export function findRoot(from = process.cwd()): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', 'sites.yaml'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
