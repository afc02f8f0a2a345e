/**
 * Which sites CI must build, spread over N runners.
 *
 * Turbo's git-based `--affected` sees which *packages* changed; here a site's real inputs are
 * its bundle (apps/<site>/.jiyue/, written by `pnpm compile` from the whole library) and the
 * shared code. So, after `pnpm compile`, a dry run asks Turbo — local and remote cache — which
 * app builds miss: exactly the affected sites, code and content changes alike. Sites are then
 * shared out by size (items in their bundle), largest first, onto the least-loaded runner.
 *
 *   node scripts/ci-plan.ts --shards 4   →  {"include":[{"shard":1,"sites":"city fgw","filter":"--filter=@jiyue/app-city --filter=@jiyue/app-fgw"}, …]}
 *   node scripts/ci-plan.ts --shards 4 --format gitlab   →  a GitLab child pipeline, one build job per shard
 */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { appPackageName, readBundle } from '@jiyue/content';
import { plannedSites } from './turbo-tasks.ts';

export interface Shard { shard: number; sites: string; filter: string }

export function affectedSites(root: string): string[] {
  return plannedSites(root).filter((t) => t.cache === 'MISS').map((t) => t.site).sort();
}

export function shard(root: string, sites: string[], shards: number): Shard[] {
  const size = (id: string) => readBundle(root, id).items.length;
  const bins = Array.from({ length: Math.min(shards, sites.length) }, () => ({ load: 0, sites: [] as string[] }));
  for (const id of [...sites].sort((a, b) => size(b) - size(a))) {
    const bin = bins.reduce((min, b) => (b.load < min.load ? b : min));
    bin.sites.push(id);
    bin.load += size(id) + 50; // every site has a fixed cost: pages of columns, search index start-up
  }
  return bins.map((b, i) => ({ shard: i + 1, sites: b.sites.join(' '), filter: b.sites.map((s) => `--filter=${appPackageName(s)}`).join(' ') }));
}

/**
 * GitLab: a child pipeline (triggered from the plan job's artifact) with one build job per
 * shard, the same shards as GitHub's matrix. With nothing to build it still holds one job,
 * since GitLab refuses an empty pipeline.
 */
export function gitlabChildPipeline(shards: Shard[]): string {
  const jobs: Record<string, unknown> = {};
  for (const s of shards) {
    jobs[`build-shard-${s.shard}`] = {
      extends: '.site-build',
      variables: { SITES: s.sites, TURBO_FILTER: s.filter },
    };
  }
  if (!shards.length) jobs['nothing-to-build'] = { image: 'alpine:3', script: ['echo "全部网站来自缓存，无需构建"'] };
  return stringify({ include: [{ local: '.gitlab/site-build.yml' }], ...jobs });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { shards: { type: 'string', default: '4' }, format: { type: 'string', default: 'github' } } });
  const root = process.cwd();
  const shards = shard(root, affectedSites(root), Number(values.shards));
  if (values.format === 'gitlab') process.stdout.write(gitlabChildPipeline(shards));
  else if (values.format === 'github') console.log(JSON.stringify({ include: shards }));
  else {
    console.error(`--format 只能是 github 或 gitlab（收到“${values.format}”）`);
    process.exit(2);
  }
}
