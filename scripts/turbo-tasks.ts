/** What Turbo plans or did for the site builds: one place that reads its task ids and dry runs. */
import { siteOfTask } from '@jiyue/content';
import { execFileSync } from 'node:child_process';

export interface PlannedSite { site: string; hash: string; cache: 'HIT' | 'MISS' }

/** A dry run: for every site build, the task hash Turbo will use and whether a cache (local or remote) has it. */
export function plannedSites(root: string, turboArgs: string[] = []): PlannedSite[] {
  const dry = JSON.parse(execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--dry=json', ...turboArgs], { cwd: root, encoding: 'utf8' }));
  return (dry.tasks as { taskId: string; hash: string; command: string; cache: { status: 'HIT' | 'MISS' } }[]).flatMap((t) => {
    const site = siteOfTask(t.taskId);
    return site && t.command !== '<NONEXISTENT>' ? [{ site, hash: t.hash, cache: t.cache.status }] : [];
  });
}
