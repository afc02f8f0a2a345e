/** A citizen opens a site in a real browser, searches a Chinese word and finds the page. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServers } from '../scripts/serve.ts';
import { launchChromium } from './helpers/browser.ts';
import { root } from './helpers/built-sites.ts';

let browser: Browser;
let servers: Awaited<ReturnType<typeof startServers>>;

beforeAll(async () => {
  servers = await startServers(root, 20000 + Math.floor(Math.random() * 20000));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

describe('search in a real browser', () => {
  it.each(['::1', '127.0.0.1'])('finds a policy by a Chinese phrase over %s', async (host) => {
    const city = servers.sites.find((s) => s.id === 'city')!;
    const base = host.includes(':') ? `http://[${host}]:${city.port}` : `http://${host}:${city.port}`;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await page.getByLabel('站内搜索').fill('营商环境');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.waitForURL(/\/search\/\?q=/);
    const results = page.locator('#search-results li a');
    await results.first().waitFor();
    const titles = await results.allTextContents();
    expect(titles).toContain('示例市人民政府关于进一步优化营商环境的若干措施');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到 \d+ 条结果/);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    // The result leads to the page.
    await results.filter({ hasText: '若干措施' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('优化营商环境');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when nothing is found', async () => {
    const city = servers.sites.find((s) => s.id === 'city')!;
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${city.port}/search/?q=${encodeURIComponent('qxzvwkj')}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('没有找到');
    await page.close();
  });
});
