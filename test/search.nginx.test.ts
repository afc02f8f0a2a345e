/**
 * Cross-site search across domains (Q2), as deployed: the generated nginx configuration on
 * loopback, every site on its own domain (resolved to [::1]), HTTPS, the strict CSP. The city
 * portal's search page merges the district and department indexes from their domains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.ts';
import { builtSites } from './helpers/built-sites.ts';
import { startNginx, type RunningNginx } from './helpers/nginx.ts';
import { countBytes, kb } from '../packages/search/bench/browser.ts';

const sites = builtSites();
let nginx: RunningNginx;
beforeAll(async () => {
  nginx = await startNginx(sites.map((s) => s.bundle), (id) => sites.find((s) => s.id === id)!.dir);
});
afterAll(() => nginx?.stop());

describe('cross-site search through nginx', () => {
  it('finds a district page from the city portal, labelled with its site, with no CSP violation', async () => {
    const rules = sites.map((s) => `MAP ${s.bundle.site.domain} [::1]`).join(',');
    const browser = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors']);
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      // The favicon is not the search's business; everything else must load cleanly.
      page.on('console', (m) => { if ((m.type() === 'error' || m.type() === 'warning') && !m.location().url.endsWith('/favicon.ico')) problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(e.message));
      const cors: string[] = [];
      page.on('response', async (r) => {
        if (r.url().includes('www.minghu.gov.cn') && r.url().includes('/pagefind/')) cors.push((await r.allHeaders())['access-control-allow-origin'] ?? 'none');
      });
      const city = `https://www.shili.gov.cn:${nginx.httpsPort}`;
      await page.goto(`${city}/search/?q=${encodeURIComponent('明湖科技城')}`);
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/找到 \d+ 条结果/);
      const item = page.locator('#search-results > li', { has: page.locator('.search-result__site', { hasText: '示例市明湖区人民政府' }) }).first();
      await item.waitFor();
      expect(await item.locator('h2 a').getAttribute('href')).toMatch(new RegExp(`^https://www\\.minghu\\.gov\\.cn:${nginx.httpsPort}/`));
      // The district's index and vocabulary were read cross-origin, granted to the city portal only.
      expect(cors.length).toBeGreaterThan(2);
      expect(new Set(cors)).toEqual(new Set([city]));
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('measures the first query on the city portal and keeps the page still when results arrive (CLS)', async () => {
    const rules = sites.map((s) => `MAP ${s.bundle.site.domain} [::1]`).join(',');
    const browser = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors']);
    try {
      const page = await browser.newPage();
      const city = `https://www.shili.gov.cn:${nginx.httpsPort}`;
      await page.goto(`${city}/search/`);
      await page.evaluate(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const bytes = countBytes(page);
      await page.locator('#search-q').fill('社保');
      await page.locator('#search-q').press('Enter');
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/找到 \d+ 条结果/);
      await page.locator('#search-results > li').first().waitFor();
      const { total, rows } = await bytes.stop();
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      if (process.env.JIYUE_BYTES_ROWS) for (const r of rows) console.log(`ROW ${r.bytes} ${r.url}`);
      console.log(`first query 社保 on the city portal through nginx: ${kb(total)} in ${rows.length} requests, CLS ${cls.toFixed(3)}`);
      // Measured 194–209 KB (was 568 KB); the aim of ≤ 150 KB is not met yet (docs/search.md,
      // "Light first search", says where the bytes go). This bound keeps what was won.
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(240 * 1024);
      expect(cls).toBeLessThanOrEqual(0.05);
    } finally {
      await browser.close();
    }
  });
});
