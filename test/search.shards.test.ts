/**
 * The sharded search index (issue 10 item 4): a shard whose pages did not change is copied from
 * the cache, byte for byte what a fresh build writes; an edit re-indexes only its own shard; and
 * the real search page over the shards lists exactly what it lists over one Pagefind index of the
 * same pages — same count, same results, same filter counts, same newest-first order.
 */
import { distDir } from '@jiyue/content';
import { buildShard, indexablePages, indexShards, planShards, TERMS_DIR, VOCABULARY_FILE } from '@jiyue/search';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.ts';
import { root } from './helpers/built-sites.ts';

const work = mkdtempSync(join(tmpdir(), 'jiyue-shards-'));
const cityDist = distDir(root, 'city');

/** Every file under a folder with its bytes, by relative path. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('shard cache', () => {
  it('serves an unchanged shard from the cache, identical to a fresh build, and re-indexes only an edited shard', async () => {
    const site = join(work, 'site');
    const cache = join(work, 'cache');
    cpSync(cityDist, site, { recursive: true });
    // The demo's sites are small (one shard each in a real build): shard them as a large site is.
    const first = await indexShards(site, cache, 1);
    expect(first.length).toBeGreaterThan(1);
    expect(first.every((s) => !s.cached)).toBe(true);
    const fresh = files(join(site, 'pagefind'));

    const second = await indexShards(site, cache, 1);
    expect(second.every((s) => s.cached)).toBe(true);
    expect(files(join(site, 'pagefind'))).toEqual(fresh);

    // Each cached shard equals the same shard indexed again from nothing.
    const plan = planShards(indexablePages(site), 1);
    const older = plan[plan.length - 1]!;
    const again = join(work, 'again');
    await buildShard(older.pages, again);
    const copied = files(join(site, 'pagefind', older.id));
    for (const [path, bytes] of copied) expect(bytes.equals(files(again).get(path)!), path).toBe(true);

    // Edit one page of the oldest shard: only that shard is indexed again.
    const page = join(site, older.pages[0]!.url, 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', '（修订）</h1>'));
    const third = await indexShards(site, cache, 1);
    expect(third.filter((s) => !s.cached).map((s) => s.id)).toEqual([older.id]);
    expect(third.find((s) => s.id === older.id)!.key).not.toBe(first.find((s) => s.id === older.id)!.key);
  }, 120_000);
});

describe('sharded index in the real search page', () => {
  let browser: Browser;
  const servers: Server[] = [];
  const origins: Record<'sharded' | 'single', string> = { sharded: '', single: '' };

  const serve = (dir: string) =>
    new Promise<string>((resolve) => {
      const handler = sirv(dir, { dev: false, extensions: ['html'] });
      const server = createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end(); }));
      servers.push(server);
      server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`));
    });

  beforeAll(async () => {
    const sharded = join(work, 'sharded');
    const single = join(work, 'single');
    cpSync(cityDist, sharded, { recursive: true });
    cpSync(cityDist, single, { recursive: true });
    const vocabulary = JSON.parse(readFileSync(join(cityDist, 'pagefind', VOCABULARY_FILE), 'utf8'));
    // The city portal's pages in shards by year and quarter, as a large site is indexed…
    const shards = await indexShards(sharded, join(work, 'cache-sharded'), 1);
    expect(shards.length).toBeGreaterThan(3);
    writeFileSync(join(sharded, 'pagefind', VOCABULARY_FILE), JSON.stringify({ ...vocabulary, f: shards.map((s) => s.path) }));
    // …and the same pages as one Pagefind index.
    rmSync(join(single, 'pagefind'), { recursive: true });
    await buildShard(indexablePages(single), join(single, 'pagefind'));
    writeFileSync(join(single, 'pagefind', VOCABULARY_FILE), JSON.stringify({ ...vocabulary, f: [''] }));
    // The site's terms (pinyin) live next to the vocabulary: both copies keep the city portal's.
    for (const dir of [sharded, single]) cpSync(join(cityDist, 'pagefind', TERMS_DIR), join(dir, 'pagefind', TERMS_DIR), { recursive: true });
    origins.sharded = await serve(sharded);
    origins.single = await serve(single);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) s.close();
  });

  /** What the citizen sees: the count, every result (all pages of "显示更多结果"), the filter options. */
  async function look(which: 'sharded' | 'single', query: string) {
    const page = await browser.newPage();
    await page.goto(`${origins[which]}/search/?${query}`);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/找到|没有找到/);
    while (await page.locator('#search-more').isVisible()) {
      const n = await page.locator('.search-result').count();
      await page.locator('#search-more').click();
      await expect.poll(() => page.locator('.search-result').count(), { timeout: 20_000 }).toBeGreaterThan(n);
    }
    await page.locator('[data-search-options] summary').click();
    await expect.poll(() => page.locator('[data-search-filter="年份"] option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const seen = {
      status: await page.locator('#search-status').textContent(),
      results: await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      filters: await page.locator('[data-search-filter] option').evaluateAll((os) => os.map((o) => o.textContent)),
    };
    await page.close();
    return seen;
  }

  for (const query of ['q=社保', 'q=营商环境', 'q=shebao', 'q=政策&sort=date', 'q=通知&年份=2025', 'q=公开&类型=政策文件&sort=date']) {
    it(`lists the same as one index: ${decodeURIComponent(query)}`, async () => {
      const [sharded, single] = [await look('sharded', query), await look('single', query)];
      expect(sharded.status).toBe(single.status);
      expect(sharded.filters).toEqual(single.filters);
      if (query.includes('sort=date')) expect(sharded.results).toEqual(single.results);
      else expect([...sharded.results].sort()).toEqual([...single.results].sort());
      expect(sharded.results.length).toBeGreaterThan(0);
    }, 60_000);
  }
});
