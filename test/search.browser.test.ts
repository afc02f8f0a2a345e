/**
 * A citizen searches in a real browser (Q1–Q3): Chinese, pinyin, initials, traditional characters
 * and everyday words; suggestions by keyboard; "did you mean"; filters and date order; the city
 * portal searching the sites below it (Q2) through the local preview, each result labelled with
 * its site. One browser and one preview server for the whole file.
 */
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServers } from '../scripts/serve.ts';
import { launchChromium } from './helpers/browser.ts';
import { root } from './helpers/built-sites.ts';

let browser: Browser;
let servers: Awaited<ReturnType<typeof startServers>>;
const port = (id: string) => servers.sites.find((s) => s.id === id)!.port;
const origin = (id: string) => `http://127.0.0.1:${port(id)}`;

beforeAll(async () => {
  servers = await startServers(root, 20000 + Math.floor(Math.random() * 20000));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

/** A page that records script errors, console errors (bar the missing favicon) and failed responses. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`); });
  await page.goto(url);
  return { page, problems };
}

const searchUrl = (site: string, q: string, extra = '') => `${origin(site)}/search/?q=${encodeURIComponent(q)}${extra}`;
const settled = (page: Page) => expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/找到 \d+ 条结果|没有找到/);
const titles = (page: Page) => page.locator('#search-results > li h2 a').allTextContents();

describe('search in a real browser', () => {
  it.each(['::1', '127.0.0.1'])('finds a policy by a Chinese phrase over %s', async (host) => {
    const base = host.includes(':') ? `http://[${host}]:${port('city')}` : `http://${host}:${port('city')}`;
    const { page, problems } = await open(`${base}/`);
    await page.getByLabel('站内搜索').fill('营商环境');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.waitForURL(/\/search\/\?q=/);
    const results = page.locator('#search-results li a');
    await results.first().waitFor();
    expect(await results.allTextContents()).toContain('示例市人民政府关于进一步优化营商环境的若干措施');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到 \d+ 条结果/);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    // The result leads to the page.
    await results.filter({ hasText: '若干措施' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('优化营商环境');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when nothing is found', async () => {
    const { page } = await open(searchUrl('city', 'qxzvwkj'));
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toContain('没有找到');
    await page.close();
  });

  // Each kind of query a citizen types.
  const kinds: [string, string, string, string, RegExp][] = [
    ['full pinyin', 'city', 'gongjijin', '租赁住房提取住房公积金', /拼音“gongjijin”按“公积金”/],
    ['spaced pinyin', 'city', 'zhu fang gong ji jin', '租赁住房提取住房公积金', /已将拼音“zhu fang gong ji jin”按“住房公积金”/],
    ['pinyin initials', 'rsj', 'sbk', '社会保障卡申领、补换', /拼音首字母“sbk”/],
    ['traditional characters', 'rsj', '社會保障卡', '社会保障卡申领、补换', /繁体字“社會保障卡”按“社会保障卡”/],
    ['an everyday word', 'rsj', '失业金', '失业保险金申领', /同时搜索了“失业保险金”/],
  ];
  it.each(kinds)('understands %s on %s: %s', async (_kind, site, q, title, note) => {
    const { page, problems } = await open(searchUrl(site, q));
    await settled(page);
    expect(await titles(page)).toContain(title);
    expect(await page.locator('#search-note').textContent()).toMatch(note);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('suggests words while typing, chosen with the keyboard (combobox)', async () => {
    const { page, problems } = await open(`${origin('rsj')}/search/`);
    const input = page.getByRole('combobox', { name: '搜索关键词' });
    await input.pressSequentially('shiye', { delay: 30 });
    const list = page.getByRole('listbox', { name: '搜索建议' });
    await list.waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('#search-suggest-status').textContent()).toMatch(/有 \d+ 条搜索建议/);
    const first = (await list.getByRole('option').first().textContent())!;
    expect(first).toMatch(/^失业/);
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-suggestion-0');
    await input.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(first.replace(/拼音$/, ''));
    await settled(page);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers "did you mean" for a wrong character of the same sound', async () => {
    const { page } = await open(searchUrl('city', '公机金'));
    await expect.poll(() => page.locator('#search-didyoumean').textContent(), { timeout: 15_000 }).toMatch(/您是不是要找：.*公积金/);
    await page.locator('#search-didyoumean a', { hasText: '公积金' }).first().click();
    await settled(page);
    expect(await titles(page)).toContain('租赁住房提取住房公积金');
    await page.close();
  });

  it('filters by column, type, year and publisher, and sorts by date', async () => {
    const { page, problems } = await open(searchUrl('city', '保险'));
    await settled(page);
    const all = Number((await page.locator('#search-status').textContent())!.match(/\d+/)![0]);
    await page.getByText('筛选和排序').click();
    const type = page.getByLabel('类型');
    await expect.poll(() => type.locator('option').count()).toBeGreaterThan(2);
    for (const label of ['栏目', '年份', '发布单位', '网站']) expect(await page.getByLabel(label, { exact: true }).locator('option').count()).toBeGreaterThan(1);
    await type.selectOption('办事指南');
    await expect.poll(() => new URL(page.url()).searchParams.get('类型')).toBe('办事指南');
    await settled(page);
    const guides = Number((await page.locator('#search-status').textContent())!.match(/\d+/)![0]);
    expect(guides).toBeGreaterThan(0);
    expect(guides).toBeLessThan(all);
    // Every guide sits in a column called 办事指南 on its site.
    for (const meta of await page.locator('.search-result__meta').allTextContents()) expect(meta).toContain('办事指南');
    await page.getByLabel('排序').selectOption('date');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('date');
    await settled(page);
    const dates = await page.locator('#search-results time').allTextContents();
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists an item shown on several sites once, on the site the citizen is on, and counts what it lists (C1)', async () => {
    const title = '示例市人民政府关于公布2026年市级民生实事项目的通知';
    for (const [site, path] of [['city', '/policies/city-policy-2026-002/'], ['qingchuan', '/policies/city-policy-2026-002/']] as const) {
      const { page, problems } = await open(searchUrl(site, '市级民生实事项目'));
      await settled(page);
      const listed = await titles(page);
      expect(listed.filter((t) => t === title)).toHaveLength(1);
      const item = page.locator('#search-results > li', { hasText: title });
      expect(new URL((await item.locator('h2 a').getAttribute('href'))!, page.url()).pathname).toBe(path);
      expect(await item.locator('.search-result__site').count()).toBe(0);
      if (!(await page.locator('#search-more').isVisible())) {
        expect(await page.locator('#search-status').textContent()).toBe(`找到 ${listed.length} 条结果`);
      }
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('links a district item the city portal shows on the city portal, and counts exactly what it lists (C1)', async () => {
    const { page, problems } = await open(searchUrl('city', '人才公寓'));
    await settled(page);
    // Every result, then the count against the list.
    while (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
    const hrefs = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(await page.locator('#search-status').textContent()).toBe(`找到 ${hrefs.length} 条结果`);
    expect(new Set(hrefs.map((h) => new URL(h).pathname.split('/').at(-2))).size).toBe(hrefs.length);
    // 明湖区's item, shown by the city portal in 区县动态: the city's page, without a site label.
    const item = page.locator('#search-results > li', { hasText: '明湖区首批人才公寓交付使用' });
    expect(await item.count()).toBe(1);
    expect(await item.locator('h2 a').getAttribute('href')).toBe('/district-news/minghu-news-2025-0024/');
    expect(await item.locator('.search-result__site').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets the city portal find a district page, labelled with the district site (Q2)', async () => {
    const { page, problems } = await open(searchUrl('city', '明湖科技城'));
    await settled(page);
    const item = page.locator('#search-results > li', { has: page.locator('.search-result__site', { hasText: '示例市明湖区人民政府' }) }).first();
    await item.waitFor();
    // The link goes to the district's own site (in the preview: its own port).
    expect(await item.locator('h2 a').getAttribute('href')).toMatch(new RegExp(`^${origin('minghu')}/`));
    await page.getByText('筛选和排序').click();
    const site = page.getByLabel('网站', { exact: true });
    await expect.poll(() => site.locator('option').count()).toBe(6);
    await site.selectOption('示例市明湖区人民政府');
    await settled(page);
    const labels = await page.locator('.search-result__site').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['示例市明湖区人民政府']));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("answers from the portal's own index, even with every site below it unreachable", async () => {
    const page = await browser.newPage();
    const others = servers.sites.filter((s) => s.id !== 'city').map((s) => origin(s.id));
    const asked: string[] = [];
    for (const o of others) await page.route(`${o}/**`, (route) => (asked.push(route.request().url()), route.abort()));
    await page.goto(searchUrl('city', '明湖科技城'));
    await settled(page);
    const item = page.locator('#search-results > li', { has: page.locator('.search-result__site', { hasText: '示例市明湖区人民政府' }) }).first();
    await item.waitFor();
    expect(await page.locator('#search-note').textContent()).not.toContain('无法搜索');
    expect(asked).toEqual([]);
    await page.close();
  });

  it('keeps a department search to its own site', async () => {
    const { page } = await open(searchUrl('rsj', '营商环境'));
    await settled(page);
    expect(await page.locator('.search-result__site').count()).toBe(0);
    expect(await page.getByLabel('网站', { exact: true }).count()).toBe(0);
    await page.close();
  });

  it('moves focus to the first new result when more are shown', async () => {
    const { page } = await open(searchUrl('city', '政府信息公开'));
    await settled(page);
    expect(await page.locator('#search-results > li').count()).toBe(10);
    await page.getByRole('button', { name: '显示更多结果' }).click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#search-results > li h2 a')[10])).toBe(true);
    await page.close();
  });

  it('still leads to the content without JavaScript, and has no inline script or style', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(searchUrl('city', '社保'));
    const browse = page.getByRole('navigation', { name: '按栏目查找' });
    expect(await browse.getByRole('link', { name: '网站地图' }).count()).toBe(1);
    expect(await browse.getByRole('link').count()).toBeGreaterThan(5);
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    // One named search form on the page; every search landmark's name differs (axe landmark-unique).
    expect(await page.getByRole('search', { name: '站内搜索', exact: true }).count()).toBe(1);
    const names = await page.locator('[role=search], search').evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label') ?? document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? ''),
    );
    expect(new Set(names).size).toBe(names.length);
    await context.close();
    // CSP: every script is a file; no style attribute or <style> element.
    const $ = load(readFileSync(join(root, 'apps/city/dist/search/index.html'), 'utf8'));
    expect($('script:not([src])').length).toBe(0);
    expect($('style, [style]').length).toBe(0);
  });
});
