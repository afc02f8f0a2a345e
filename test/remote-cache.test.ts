/**
 * The shared build cache, really exercised: a self-hosted Turborepo remote cache server
 * (turborepo-remote-cache from the npm registry, local-disk storage) on loopback, and fresh
 * clones of this repository that build through it as CI runners would (docs/scaling.md).
 */
import { appPackageName, appSites, bundleFile, contentDir, distDir, searchBelowFile } from '@jiyue/content';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/built-sites.ts';

const TOKEN = 'test-token-not-a-secret';
const KEY = 'test-signature-key-of-at-least-32-bytes';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not yet listening */ }
    if (Date.now() > deadline) throw new Error(`remote cache did not start at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every file under a folder (the cache server's storage). */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

describe('a self-hosted remote cache shared by fresh clones', { timeout: 600_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jiyue-remote-'));
  const storage = join(scratch, 'storage');
  let server: ChildProcess;
  let env: NodeJS.ProcessEnv;

  /** A fresh clone of this commit, its packages installed offline from the store, its own empty Turbo cache. */
  function cloneAt(name: string, from = root): string {
    const dir = join(scratch, name);
    execFileSync('git', ['clone', '-q', '--no-hardlinks', ...(from === root ? [] : ['--branch', 'work']), from, dir]);
    execFileSync('git', ['-C', dir, 'checkout', '-q', '-B', 'work']);
    // Tests may run on a work tree whose library has changes not yet committed: build what is on disk here.
    if (from === root) cpSync(contentDir(root), contentDir(dir), { recursive: true });
    execFileSync('npx', ['--yes', 'pnpm@10.34.8', 'install', '--offline', '--frozen-lockfile'], { cwd: dir, stdio: 'ignore' });
    return dir;
  }

  const build = (dir: string, extra: NodeJS.ProcessEnv = {}) =>
    execFileSync('npx', ['--yes', 'pnpm@10.34.8', 'build'], { cwd: dir, env: { ...env, ...extra }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const summary = (out: string) => /构建 (\d+)，来自缓存 (\d+)/.exec(out)!.slice(1).map(Number);

  beforeAll(async () => {
    const port = await freePort();
    server = spawn(process.execPath, [join(root, 'node_modules', 'turborepo-remote-cache', 'dist', 'cli.js')], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), TURBO_TOKEN: TOKEN, STORAGE_PROVIDER: 'local', STORAGE_PATH: storage, STORAGE_PATH_USE_TMP_FOLDER: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production',
        // The server only keeps and returns the runners' signatures (x-artifact-tag) when this is set; it does not sign itself.
        TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'store-tags' },
      stdio: 'ignore',
    });
    await waitFor(`http://127.0.0.1:${port}/v8/artifacts/status`);
    env = {
      ...process.env,
      TURBO_API: `http://127.0.0.1:${port}`, TURBO_TOKEN: TOKEN, TURBO_TEAM: 'team_jiyue',
      TURBO_SIGNATURE: '1', TURBO_REMOTE_CACHE_SIGNATURE_KEY: KEY, TURBO_TELEMETRY_DISABLED: '1',
    };
  }, 60_000);

  afterAll(() => {
    server?.kill();
    rmSync(scratch, { recursive: true, force: true });
  });

  let a: string;
  let b: string;

  it('clone A builds every site and uploads it; a fresh clone B builds none: all come from the remote cache', () => {
    a = cloneAt('a');
    execFileSync('git', ['-C', a, 'add', '-A']);
    execFileSync('git', ['-C', a, 'commit', '-qm', 'the library as on disk', '--allow-empty']);
    const first = summary(build(a));
    expect(first).toEqual([5, 0]);
    expect(filesUnder(storage).length).toBeGreaterThanOrEqual(5);
    b = cloneAt('b', a); // another runner: same commit, nothing in its local cache
    const replay = summary(build(b));
    expect(replay).toEqual([0, 5]);
    // The replayed output is the output A built.
    for (const site of ['city', 'rsj']) {
      expect(readFileSync(join(distDir(b, site), 'index.html'), 'utf8')).toBe(readFileSync(join(distDir(a, site), 'index.html'), 'utf8'));
    }
  });

  it('after an edit in A, CI\'s plan in B lists exactly the sites that show the item or search it', () => {
    const item = join('content', 'items', 'rsj', 'news');
    const file = readdirSync(join(a, item)).find((f) => f.endsWith('.md'))!;
    appendFileSync(join(a, item, file), '\n补充说明：本文于近日更新。\n');
    execFileSync('git', ['-C', a, 'commit', '-qam', 'edit one rsj news item']);
    execFileSync('git', ['-C', b, 'pull', '-q', a, 'work']);
    execFileSync('npx', ['--yes', 'pnpm@10.34.8', 'compile'], { cwd: b, env, stdio: 'ignore' });
    const plan = JSON.parse(execFileSync(process.execPath, ['scripts/ci-plan.ts', '--shards', '4'], { cwd: b, env, encoding: 'utf8' })) as { include: { sites: string }[] };
    const planned = plan.include.flatMap((s) => s.sites.split(' ')).sort();
    // The sites whose bundle holds the item (its own, and every site it is shown on), and the
    // portals whose search index covers it (their search-below.json holds it).
    const id = file.replace(/\.md$/, '');
    const holds = (path: string) => existsSync(path) && readFileSync(path, 'utf8').includes(id);
    const showing = appSites(b).filter((s) => holds(bundleFile(b, s)) || holds(searchBelowFile(b, s))).sort();
    expect(planned).toEqual(showing);
    expect(planned).toContain('rsj');
    expect(planned).toContain('city');
  });

  it('a pull request reads the cache but writes nothing into it', () => {
    const before = filesUnder(storage);
    const out = summary(build(b, { TURBO_CACHE: 'local:rw,remote:r', TURBO_REMOTE_CACHE_SIGNATURE_KEY: '' }));
    expect(out[0]).toBeGreaterThan(0); // the edited sites were built…
    expect(filesUnder(storage)).toEqual(before); // …and not uploaded
  });

  it('an artifact swapped in the storage fails its signature and is rebuilt, never replayed', () => {
    expect(summary(build(a))[0]).toBeGreaterThan(0); // main builds the edit and uploads it
    const dry = JSON.parse(execFileSync('npx', ['--yes', 'pnpm@10.34.8', 'exec', 'turbo', 'run', 'build', '--dry=json'], { cwd: a, env, encoding: 'utf8' })) as { tasks: { taskId: string; hash: string }[] };
    const stored = (site: string) => {
      const hash = dry.tasks.find((t) => t.taskId === `${appPackageName(site)}#build`)!.hash;
      return join(storage, filesUnder(storage).find((f) => f.includes(hash))!);
    };
    // Put the city portal's (validly made) artifact in the place of rsj's: without signatures
    // Turbo would replay the portal's pages as the department's site.
    writeFileSync(stored('rsj'), readFileSync(stored('city')));
    const c = cloneAt('c', a); // the same commit as A, its own empty local cache
    expect(summary(build(c))).toEqual([1, 4]);
    for (const site of appSites(c)) {
      expect(readFileSync(join(distDir(c, site), 'index.html'), 'utf8')).toBe(readFileSync(join(distDir(a, site), 'index.html'), 'utf8'));
    }
  });
});
