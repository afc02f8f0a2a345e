/**
 * The build graph for real: a no-change rebuild comes entirely from Turbo's cache, and editing
 * one item rebuilds exactly the sites that show it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchBelowFile } from '@jiyue/content';
import { item } from '@jiyue/inspector/testing';
import { describe, expect, it } from 'vitest';
import { affectedSites, shard } from '../scripts/ci-plan.ts';
import { builtSites, root } from './helpers/built-sites.ts';

/** Runs `pnpm build`; returns which apps were rebuilt and which came from cache. */
function build(): { rebuilt: string[]; cached: string[] } {
  const out = execFileSync('pnpm', ['build', '--output-logs=hash-only'], { cwd: root, encoding: 'utf8' });
  const status = (kind: string) => [...out.matchAll(new RegExp(`@jiyue/app-([a-z0-9-]+):build: cache ${kind}`, 'g'))].map((m) => m[1]!).sort();
  return { rebuilt: status('miss'), cached: status('hit') };
}

/**
 * Marks this run's edits: Turbo's local cache outlives a run, so an edit written the same way
 * twice would be replayed from the first run's cache and the rebuild assertions could not hold.
 */
const RUN = `运行${Date.now().toString(36)}`;

describe('build cache', () => {
  const allSites = builtSites().map((s) => s.id).sort();

  it('rebuilds nothing when nothing changed', () => {
    build(); // settle: whatever changed since the suite's first build
    expect(build()).toEqual({ rebuilt: [], cached: allSites });
    expect(affectedSites(root)).toEqual([]); // CI's plan: nothing to build
  });

  it('rebuilds only the sites that show an edited item', () => {
    const file = join(root, 'content/items/city/policies/city-policy-2025-003.md');
    const original = readFileSync(file, 'utf8');
    const showing = builtSites().filter((s) => s.bundle.items.some((i) => i.id === 'city-policy-2025-003' && i.html.includes('优化营商环境'))).map((s) => s.id).sort();
    expect(showing).toEqual(['city', 'fgw']);
    try {
      writeFileSync(file, `${original}\n（本条为缓存测试追加的一句话，${RUN}。）\n`);
      execFileSync('pnpm', ['compile'], { cwd: root });
      expect(affectedSites(root)).toEqual(showing); // CI's plan names the same sites…
      expect(shard(root, showing, 4).map((s) => s.sites.split(' ').length)).toEqual([1, 1]); // …one per runner
      const { rebuilt, cached } = build();
      expect(rebuilt).toEqual(showing);
      expect(cached).toEqual(allSites.filter((s) => !showing.includes(s)));
    } finally {
      writeFileSync(file, original);
    }
    // Back to the original bytes: every site comes from the cache again.
    expect(build().rebuilt).toEqual([]);
  });

  it('does not keep a removed page when a site is replayed from the cache', () => {
    const file = join(root, 'content/items/fgw/news/zz-cache-test.md');
    const page = join(root, 'apps/fgw/dist/news/zz-cache-test/index.html');
    writeFileSync(file, item({ id: 'zz-cache-test', site: 'fgw', column: 'news', title: '缓存测试条目', body: `市发展改革委召开缓存测试专题会议（${RUN}）。` }));
    try {
      // fgw shows it; the city portal rebuilds too, as its search index covers fgw's pages.
      expect(build().rebuilt).toEqual(['city', 'fgw']);
      expect(existsSync(page)).toBe(true);
      expect(readFileSync(searchBelowFile(root, 'city'), 'utf8')).toContain('zz-cache-test');
    } finally {
      rmSync(file);
    }
    expect(build()).toEqual({ rebuilt: [], cached: allSites }); // fgw's and the city's earlier output, from the cache…
    expect(existsSync(page)).toBe(false); // …without the page of the removed item
    expect(readFileSync(searchBelowFile(root, 'city'), 'utf8')).not.toContain('zz-cache-test');
  });
});

