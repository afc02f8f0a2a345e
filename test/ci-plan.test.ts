/**
 * One plan, two CI systems: the shards scripts/ci-plan.ts computes become GitHub's build matrix
 * and GitLab's child pipeline. Both outputs are parsed as the CI system would read them.
 */
import { appPackageName } from '@jiyue/content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gitlabChildPipeline, shard } from '../scripts/ci-plan.ts';
import { root } from './helpers/built-sites.ts';

const sites = ['city', 'fgw', 'minghu', 'qingchuan', 'rsj'];

describe('the CI plan', () => {
  const shards = shard(root, sites, 3);

  it('spreads the sites over the runners, each site once', () => {
    expect(shards).toHaveLength(3);
    expect(shards.flatMap((s) => s.sites.split(' ')).sort()).toEqual(sites);
    for (const s of shards) expect(s.filter.split(' ')).toEqual(s.sites.split(' ').map((id) => `--filter=${appPackageName(id)}`));
  });

  it('is a GitLab child pipeline with one build job per shard, on the shared job template', () => {
    const child = parse(gitlabChildPipeline(shards)) as Record<string, any>;
    expect(child.include).toEqual([{ local: '.gitlab/site-build.yml' }]);
    const jobs = Object.entries(child).filter(([name]) => name.startsWith('build-shard-')) as [string, { extends: string; variables: Record<string, string> }][];
    expect(jobs.map(([, j]) => j.variables!.SITES)).toEqual(shards.map((s) => s.sites));
    for (const [, job] of jobs) expect(job.extends).toBe('.site-build');
    const template = parse(readFileSync(join(root, '.gitlab', 'site-build.yml'), 'utf8')) as Record<string, { script?: string[]; extends?: string }>;
    expect(template['.site-build']!.script).toContain('pnpm exec turbo run build $TURBO_FILTER');
    expect(template['.site-build']!.extends).toBe('.jiyue');
  });

  it('keeps one job when nothing is to be built (GitLab refuses an empty pipeline)', () => {
    const child = parse(gitlabChildPipeline([])) as Record<string, unknown>;
    expect(Object.keys(child)).toEqual(['include', 'nothing-to-build']);
  });

  it('.gitlab-ci.yml runs plan → the child pipeline → release, and releases only main', () => {
    const ci = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as Record<string, any>;
    expect(ci.stages).toEqual(['plan', 'build', 'release']);
    expect(ci.plan.script.join('\n')).toContain('scripts/ci-plan.ts --shards "$SHARDS" --format gitlab > child-pipeline.yml');
    expect(ci.plan.artifacts.paths).toContain('child-pipeline.yml');
    expect(ci.build.trigger.include).toEqual([{ artifact: 'child-pipeline.yml', job: 'plan' }]);
    expect(ci.build.trigger.strategy).toBe('depend');
    expect(ci.release.needs).toEqual(['build']);
    expect(ci.release.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
  });

  it('gives merge requests a read-only cache and no signing key on GitLab too', () => {
    const template = readFileSync(join(root, '.gitlab', 'site-build.yml'), 'utf8');
    expect(template).toMatch(/TURBO_SIGNATURE: "1"/);
    expect(template).toMatch(/TURBO_CACHE=local:rw,remote:r TURBO_TOKEN="\$TURBO_TOKEN_READ_ONLY" TURBO_REMOTE_CACHE_SIGNATURE_KEY=/);
  });
});
