/**
 * Phone first (issue 15): on a 360×740 phone, in real Chromium, the first content of a page is on
 * the first screen in normal mode and within 1.3 screens in elder mode — an article's title, the
 * home page's first list entry; the column menu works without JavaScript and by keyboard; the
 * full navigation stays on desktop.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServers } from '../scripts/serve.ts';
import { launchChromium } from './helpers/browser.ts';
import { builtSites, root } from './helpers/built-sites.ts';

const PHONE = { width: 360, height: 740 };
/** Where the first content's first line must end: the first screen, or 1.3 screens in elder mode. */
const LIMIT = { normal: PHONE.height, elder: Math.round(PHONE.height * 1.3) };

let browser: Browser;
let servers: Awaited<ReturnType<typeof startServers>>;
const sites = builtSites();
const baseOf = (id: string) => `http://127.0.0.1:${servers.sites.find((s) => s.id === id)!.port}`;

beforeAll(async () => {
  servers = await startServers(root, 20000 + Math.floor(Math.random() * 2000) * 10);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
});

async function phone(mode: 'normal' | 'elder', javaScriptEnabled = true): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
  if (mode === 'elder') await context.addInitScript(() => localStorage.setItem('jiyue.elder', '1'));
  return context;
}

/** The bottom of the first line of the first element matching `selector`, in px from the top of the page. */
async function firstLineBottom(context: BrowserContext, url: string, selector: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const bottom = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return -1;
    const line = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    const first = range.getClientRects()[0] ?? line;
    return Math.round(first.bottom + window.scrollY);
  }, selector);
  await page.close();
  return bottom;
}

describe.each(sites.map((s) => [s.id, s] as const))('site %s at 360×740', (id, site) => {
  const article = site.bundle.items.find((i) => !i.archived && (i.type === 'news' || i.type === 'notice'))!;
  const cases: [string, string, string][] = [
    ['home page, first list entry', '/', 'main .item-list li'],
    ['article, title', article.path, 'main h1'],
  ];
  for (const mode of ['normal', 'elder'] as const) {
    it(`shows the first content within ${LIMIT[mode]} px in ${mode} mode`, async () => {
      const context = await phone(mode);
      const found: string[] = [];
      const late: string[] = [];
      for (const [what, path, selector] of cases) {
        const bottom = await firstLineBottom(context, baseOf(id) + path, selector);
        found.push(`${what}: ${bottom} px`);
        if (bottom < 0 || bottom > LIMIT[mode]) late.push(`${what} (${path}) ends at ${bottom} px, limit ${LIMIT[mode]} px`);
      }
      await context.close();
      console.log(`${id} ${mode}: ${found.join(', ')}`);
      expect(late).toEqual([]);
    });
  }
});

describe('tables at 360 px', () => {
  const city = sites.find((s) => s.id === 'city')!;
  const withTable = city.bundle.items.find((i) => i.html.includes('<table'))!;
  /** Each kind of label–value table: its page and the table. */
  const pairs: [string, string, string][] = [
    ['policy disclosure table', city.bundle.items.find((i) => i.type === 'policy')!.path, '.policy-table'],
    ['service guide', city.bundle.items.find((i) => i.type === 'guide')!.path, '.guide-table'],
    ['annual report', '/reports/', 'main table'],
  ];
  for (const mode of ['normal', 'elder'] as const) {
    it(`stacks every label–value table, label over value (${mode} mode)`, async () => {
      const context = await phone(mode);
      const wrong: string[] = [];
      for (const [what, path, selector] of pairs) {
        const page = await context.newPage();
        await page.goto(baseOf('city') + path);
        const rows = await page.locator(`${selector} tr`).evaluateAll((trs) =>
          trs.map((tr) => {
            const th = tr.querySelector('th')!.getBoundingClientRect();
            const td = tr.querySelector('td')!.getBoundingClientRect();
            const label = tr.querySelector('th')!;
            const range = document.createRange();
            range.selectNodeContents(label);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
            return { label: label.textContent, below: td.top >= th.bottom - 1, fullWidth: td.width >= th.width - 1 && td.width > 250, lines };
          }),
        );
        expect(rows.length, what).toBeGreaterThan(3);
        for (const r of rows) if (!r.below || !r.fullWidth || r.lines > 1) wrong.push(`${what}: ${JSON.stringify(r)}`);
        await page.close();
      }
      await context.close();
      expect(wrong).toEqual([]);
    });
  }

  it('keeps every label of the message metadata, the footer and the 如何办理 block on one line (elder mode)', async () => {
    const context = await phone('elder');
    const wrong: string[] = [];
    for (const path of [city.bundle.items.find((i) => i.type === 'message')!.path, city.bundle.items.find((i) => i.type === 'guide')!.path]) {
      const page = await context.newPage();
      await page.goto(baseOf('city') + path);
      const labels = await page.locator('.message-meta dt, .site-footer__facts dt, .guide-action dt').evaluateAll((dts) =>
        dts.map((dt) => {
          const range = document.createRange();
          range.selectNodeContents(dt);
          return { text: dt.textContent, lines: new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size };
        }),
      );
      expect(labels.length, path).toBeGreaterThan(5);
      for (const l of labels) if (l.lines !== 1) wrong.push(`${path}: ${l.text} on ${l.lines} lines`);
      await page.close();
    }
    await context.close();
    expect(wrong).toEqual([]);
  });

  it('scrolls a wide data table inside its own box, with a visible hint, never the page', async () => {
    for (const mode of ['normal', 'elder'] as const) {
      const context = await phone(mode);
      for (const path of ['/inspection/', withTable.path]) {
        const page = await context.newPage();
        await page.goto(baseOf('city') + path);
        const box = page.locator('main .table-scroll').first();
        const state = await box.evaluate((el) => ({
          scrolls: el.scrollWidth > el.clientWidth,
          fits: el.getBoundingClientRect().right <= window.innerWidth,
          page: document.documentElement.scrollWidth <= window.innerWidth,
          cell: Math.min(...[...el.querySelectorAll('td')].map((td) => td.getBoundingClientRect().width)),
        }));
        expect(state.fits && state.page, `${path} ${mode}`).toBe(true);
        expect(state.cell, `${path} ${mode}: narrowest cell`).toBeGreaterThan(60);
        if (state.scrolls) expect(await page.locator('main .table-scroll__hint').first().isVisible(), `${path} ${mode}: hint`).toBe(true);
        if (path === '/inspection/') expect(state.scrolls, `${mode}: the five-column table is wider than a phone`).toBe(true);
        await page.close();
      }
      await context.close();
    }
  });
});

describe('the column menu', () => {
  it('opens on a phone without JavaScript, by keyboard, and shows every column', async () => {
    const context = await phone('normal', false);
    const page = await context.newPage();
    await page.goto(`${baseOf('city')}/news/`);
    const toggle = page.locator('.column-nav summary');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.textContent()).toContain('政务要闻');
    expect(await page.locator('.column-nav a', { hasText: '政策文件' }).isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const columns = sites.find((s) => s.id === 'city')!.bundle.columns;
    for (const c of columns) expect(await page.locator('.column-nav a', { hasText: c.name }).first().isVisible(), c.name).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('首页');
    await context.close();
  });

  it('is collapsed in elder mode on a desktop screen, and a full bar in normal mode', async () => {
    for (const [mode, menu] of [['normal', false], ['elder', true]] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      if (mode === 'elder') await context.addInitScript(() => localStorage.setItem('jiyue.elder', '1'));
      const page = await context.newPage();
      await page.goto(`${baseOf('city')}/`);
      expect(await page.locator('.column-nav summary').isVisible(), mode).toBe(menu);
      expect(await page.locator('.column-nav a', { hasText: '政策文件' }).isVisible(), mode).toBe(!menu);
      await context.close();
    }
  });

  it('keeps the demonstration notice to one line on a phone, inside the header landmark', async () => {
    for (const mode of ['normal', 'elder'] as const) {
      const context = await phone(mode);
      const page = await context.newPage();
      await page.goto(`${baseOf('city')}/`);
      const lines = await page.locator('.demo-ribbon').evaluate((el) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        return tops.size;
      });
      expect(lines, mode).toBe(1);
      expect(await page.locator('header .demo-ribbon').count()).toBe(1);
      await context.close();
    }
  });
});
