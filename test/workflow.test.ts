/**
 * The CI workflow is part of the supply chain of every site: it may read the repository and
 * nothing more, runs only actions pinned to a commit, and never lets a pull request write into
 * the remote cache that main releases from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from './helpers/built-sites.ts';

const dir = join(root, '.github', 'workflows');
const workflows = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps?: { uses?: string }[] }>;
}

describe.each(workflows)('%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const wf = parse(text) as Workflow;

  it('grants only read access to the repository, at the top and in every job', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(wf.jobs)) {
      for (const level of Object.values(job.permissions ?? {})) expect(level).not.toBe('write');
    }
  });

  it('pins every action to a full commit SHA, with the tag in a comment', () => {
    const uses = Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses).filter(Boolean)) as string[];
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u, u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const line of text.split('\n').filter((l) => /uses:/.test(l))) expect(line, line).toMatch(/# v\d+\.\d+\.\d+$/);
  });

  it('gives pull requests a read-only remote cache and no signing key; artifacts are signed', () => {
    const env = wf.env ?? {};
    if (!text.includes('turbo')) return; // a workflow that builds nothing through Turbo has no cache to guard
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['TURBO_TOKEN', 'TURBO_CACHE', 'TURBO_SIGNATURE', 'TURBO_REMOTE_CACHE_SIGNATURE_KEY']));
    expect(env.TURBO_SIGNATURE).toBe('1');
    // Only main gets write access and the key: a push (to main, the only branch the workflow runs
    // on for pushes) or the schedule (GitHub runs it on the default branch only); never a pull request.
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push', 'schedule']);
    expect((wf.on.push as { branches: string[] }).branches).toEqual(['main']);
    expect(env.TURBO_CACHE).toBe("${{ github.event_name != 'pull_request' && 'local:rw,remote:rw' || 'local:rw,remote:r' }}");
    expect(env.TURBO_TOKEN).toBe("${{ github.event_name != 'pull_request' && secrets.TURBO_TOKEN || secrets.TURBO_TOKEN_READ_ONLY }}");
    expect(env.TURBO_REMOTE_CACHE_SIGNATURE_KEY).toBe("${{ github.event_name != 'pull_request' && secrets.TURBO_REMOTE_CACHE_SIGNATURE_KEY || '' }}");
  });
});

describe('scheduled publishing (定时发布)', () => {
  const github = parse(readFileSync(join(dir, 'sites.yml'), 'utf8')) as {
    on: { schedule: { cron: string }[] };
    jobs: Record<string, { env?: Record<string, string>; outputs?: Record<string, string>; steps: { id?: string; run?: string }[] }>;
  };

  it('builds on a schedule, so that a scheduled item goes live within 15 minutes of its time', () => {
    expect(github.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
  });

  it('gives every job of a run the same China-time clock, set before the library step', () => {
    const plan = github.jobs.plan!;
    const clock = plan.steps.findIndex((s) => s.id === 'clock');
    expect(clock).toBe(0);
    expect(plan.steps[clock]!.run).toContain("TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M'");
    expect(plan.steps[clock]!.run).toContain('JIYUE_NOW=');
    expect(plan.outputs?.now).toBe('${{ steps.clock.outputs.now }}');
    for (const job of ['build', 'release']) expect(github.jobs[job]!.env?.JIYUE_NOW, job).toBe('${{ needs.plan.outputs.now }}');
  });

  it('GitLab runs scheduled pipelines too', () => {
    expect(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')).toContain('$CI_PIPELINE_SOURCE == "schedule"');
  });
});

describe('type checks', () => {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('pnpm test (what ./jiyue test runs) type-checks the workspace and the Astro files first', () => {
    expect(scripts.typecheck).toMatch(/\btsc --noEmit\b/);
    expect(scripts.typecheck).toMatch(/\bastro check\b/);
    expect(scripts.test).toMatch(/^pnpm typecheck && vitest run\b/);
  });

  it('both CI pipelines run them before the library step', () => {
    const github = parse(readFileSync(join(dir, 'sites.yml'), 'utf8')) as { jobs: { plan: { steps: { run?: string }[] } } };
    const runs = github.jobs.plan.steps.map((s) => s.run);
    expect(runs.indexOf('pnpm typecheck')).toBeGreaterThanOrEqual(0);
    expect(runs.indexOf('pnpm typecheck')).toBeLessThan(runs.indexOf('pnpm compile'));
    const gitlab = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as { plan: { script: string[] } };
    expect(gitlab.plan.script.slice(0, 2)).toEqual(['pnpm typecheck', 'pnpm compile']);
  });
});
