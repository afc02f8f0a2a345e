/**
 * Accessibility and 适老化 in a real browser (D6, D7): axe-core (WCAG 2.2 A/AA) on every page
 * kind of every demo site at 360, 768 and 1280 px and in elder mode (there also the 7:1 contrast
 * rule; best practices `region` and `landmark-unique` everywhere), no horizontal scrolling,
 * elder-mode text ≥ 24px and targets ≥ 44px, a keyboard-only walk
 * with visible focus, preferences applied before the first paint and remembered, print and
 * no-JavaScript reading. Screenshots of every page kind go to test-results/screenshots/.
 * One browser, one set of servers for the whole file.
 */
import { bundleFile, distDir } from '@jiyue/content';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServers } from '../scripts/serve.ts';
import { launchChromium } from './helpers/browser.ts';
import { builtSites, root, type BuiltSite } from './helpers/built-sites.ts';

vi.setConfig({ maxConcurrency: 2 });

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Best practices held too: all content inside landmarks, no two landmarks of one role with one name. */
const BEST_PRACTICE = ['region', 'landmark-unique'];
const axeAll = async (page: Page) => [...(await axe(page, { type: 'tag', values: WCAG_TAGS })), ...(await axe(page, { type: 'rule', values: BEST_PRACTICE }))];
const WIDTHS = [360, 768, 1280];
const SHOTS = join(root, 'test-results', 'screenshots');

let browser: Browser;
let servers: Awaited<ReturnType<typeof startServers>>;
const sites = builtSites();
/** The built sites are served from a snapshot, so that a rebuild elsewhere cannot change them mid-test. */
const snapshot = mkdtempSync(join(tmpdir(), 'jiyue-a11y-'));
const baseOf = (id: string) => `http://127.0.0.1:${servers.sites.find((s) => s.id === id)!.port}`;

beforeAll(async () => {
  for (const s of sites) {
    // A site being rebuilt right now has no index.html yet: wait for it.
    for (let i = 0; i < 120 && !existsSync(join(s.dir, 'index.html')); i++) await new Promise((r) => setTimeout(r, 1000));
    cpSync(s.dir, distDir(snapshot, s.id), { recursive: true });
    cpSync(bundleFile(root, s.id), bundleFile(snapshot, s.id));
  }
  servers = await startServers(snapshot, 20000 + Math.floor(Math.random() * 20000));
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await servers?.stop();
  rmSync(snapshot, { recursive: true, force: true });
});

/** One page of each kind the site has (D9: one template per kind). */
function pageKinds(site: BuiltSite): [kind: string, path: string][] {
  const { bundle } = site;
  const items = bundle.items;
  const first = (pred: (i: (typeof items)[number]) => boolean) => items.find(pred)?.path;
  const long = bundle.columns.find((c) => c.count > 20);
  const kinds: [string, string | undefined][] = [
    ['home', '/'],
    ['column', bundle.columns.find((c) => c.count > 0)?.path],
    ['paginated', long && `${long.path}index_2/`],
    ['article', first((i) => (i.type === 'news' || i.type === 'notice') && !i.archived)],
    ['policy', first((i) => i.type === 'policy')],
    ['interpretation', first((i) => i.type === 'interpretation')],
    ['guide', first((i) => i.type === 'guide')],
    ['message', first((i) => i.type === 'message')],
    ['archived', first((i) => !!i.archived)],
    ['table', first((i) => i.html.includes('<table'))],
    ['sitemap', '/sitemap/'],
    ['reports', bundle.published?.annualReports?.length ? '/reports/' : undefined],
    ['inspection', bundle.published?.inspection ? '/inspection/' : undefined],
    ['search', `/search/?q=${encodeURIComponent('政府')}`],
    ['404', '/no-such-page/'],
  ];
  return kinds.filter((k): k is [string, string] => !!k[1]);
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForLoadState('load');
  if (url.includes('/search/?q=')) await expectPoll(() => page.locator('#search-status').textContent(), (t) => !!t && !t.includes('正在'));
  expect(errors, url).toEqual([]);
  return page;
}

async function expectPoll<T>(get: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting, last value: ${String(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }
async function axe(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(axeSource);
    // axe's AAA contrast rule asks only 4.5:1 of large text, and elder-mode text is all large
    // (≥ 18pt): require the 7:1 of our elder-mode promise for every size, below 4.5:1 included.
    await page.evaluate(() => {
      const axe = (window as unknown as { axe: { _audit: { checks: Record<string, { options: object }> }; configure(c: object): void } }).axe;
      const options = axe._audit.checks['color-contrast-enhanced']!.options;
      axe.configure({ checks: [{ id: 'color-contrast-enhanced', options: { ...options, contrastRatio: { normal: { expected: 7 }, large: { expected: 7 } } } }] });
    });
  }
  const violations = (await page.evaluate(
    (opts) => (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: opts, resultTypes: ['violations'] }).then((r) => r.violations),
    runOnly,
  )) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= window.innerWidth) return '';
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).slice(-3);
    return `scrollWidth ${doc.scrollWidth} > ${window.innerWidth}: ${wide.map((el) => `${el.tagName.toLowerCase()}.${el.className}`).join(', ')}`;
  });

/** Elder mode: visible text ≥ 24px; controls and navigation targets ≥ 44 × 44 px. */
const elderProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim() || el.closest('svg, .visually-hidden, [hidden], script, noscript')) continue;
      seen.add(el);
      const rects = el.getClientRects();
      if (!rects.length || getComputedStyle(el).visibility === 'hidden') continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 24) problems.push(`text ${size}px: <${el.tagName.toLowerCase()} class="${el.className}"> ${n.textContent.trim().slice(0, 20)}`);
    }
    const targets = document.querySelectorAll('button, input:not([type=hidden]), select, .column-nav a, .pagination a, .site-footer__links a, .banner__home');
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      if (r.height < 44 - 0.5 || r.width < 44 - 0.5) problems.push(`target ${Math.round(r.width)}×${Math.round(r.height)}: <${t.tagName.toLowerCase()}> ${t.textContent?.trim().slice(0, 12)}`);
    }
    return problems.slice(0, 10);
  });

// Sites run two at a time: the browser works while the test waits.
describe.concurrent.each(sites.map((s) => [s.id, s] as const))('site %s', (id, site) => {
  const kinds = pageKinds(site);

  it('has the page kinds of a site of its kind', () => {
    const names = kinds.map(([k]) => k);
    for (const k of ['home', 'column', 'article', 'sitemap', 'search', '404']) expect(names, id).toContain(k);
    if (id === 'city') expect(names).toEqual(['home', 'column', 'paginated', 'article', 'policy', 'interpretation', 'guide', 'message', 'archived', 'table', 'sitemap', 'reports', 'inspection', 'search', '404']);
  });

  it('passes axe (WCAG 2.2 A/AA) on every page kind at 360/768/1280 px and in elder mode, without horizontal scrolling', async () => {
    const started = Date.now();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const failures: string[] = [];
    const screenshots = id === 'city' ? kinds : kinds.filter(([k]) => k === 'home' || k === 'article');
    for (const [kind, path] of kinds) {
      const page = await open(context, baseOf(id) + path);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await horizontalOverflow(page);
        if (overflow) failures.push(`${kind} @${width}: ${overflow}`);
        for (const v of await axeAll(page)) failures.push(`${kind} @${width}: ${v}`);
        if (screenshots.some(([k]) => k === kind)) await page.screenshot({ path: join(SHOTS, `${id}-${kind}-${width}.png`), fullPage: true });
      }
      // Elder mode, as a citizen turns it on: stored, then every page opens in it. Colours and
      // sizes do not depend on the width, so the 7:1 and 24px/44px checks run once, at 360 px.
      await page.evaluate(() => localStorage.setItem('jiyue.elder', '1'));
      await page.reload();
      if (path.includes('/search/?q=')) await expectPoll(() => page.locator('#search-status').textContent(), (t) => !!t && !t.includes('正在'));
      for (const width of [1280, 768, 360]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await horizontalOverflow(page);
        if (overflow) failures.push(`${kind} elder @${width}: ${overflow}`);
        if (width !== 768) for (const v of await axeAll(page)) failures.push(`${kind} elder @${width}: ${v}`);
      }
      for (const v of await axe(page, { type: 'rule', values: ['color-contrast-enhanced'] })) failures.push(`${kind} elder (7:1): ${v}`);
      for (const p of await elderProblems(page)) failures.push(`${kind} elder @360: ${p}`);
      if (screenshots.some(([k]) => k === kind)) await page.screenshot({ path: join(SHOTS, `${id}-${kind}-360-elder.png`), fullPage: true });
      await page.evaluate(() => localStorage.removeItem('jiyue.elder'));
      await page.close();
    }
    await context.close();
    console.log(`${id}: ${kinds.length} page kinds checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(failures).toEqual([]);
  });
});

describe('keyboard, reading preferences, print and no JavaScript (city portal)', () => {
  it('walks skip link, tools, banner, search and navigation by Tab, always with a visible focus', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, `${baseOf('city')}/`);
    const steps: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || '';
        return {
          name: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}:${name}`,
          focusVisible: el.matches(':focus-visible'),
          ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
          onScreen: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.width > 0,
        };
      });
      steps.push(info.name);
      if (!info.focusVisible || !info.ring || !info.onScreen) invisible.push(JSON.stringify(info));
    }
    expect(steps).toEqual([
      'a.skip-link:跳到主要内容',
      'button.button:大号字',
      'button.button:中号字',
      'button.button:小号字',
      'button.button:长者模式',
      'a.banner__home:国徽示例市人民政府',
      'input.field:站内搜索',
      'button.button:搜索',
      'a:首页',
      'a:政务要闻',
      'a:区县动态',
      'a:通知公告',
    ]);
    expect(invisible).toEqual([]);
    // The skip link leads to the content.
    for (let i = 0; i < steps.length - 1; i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('sets 大/中/小 and elder mode by keyboard, remembers them on the next page before the first paint', async () => {
    const context = await browser.newContext({ viewport: { width: 768, height: 900 } });
    // On every document: record whether <html data-elder> is already set when <body> is parsed.
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (!document.body) return;
        (window as unknown as { elderAtBody: boolean }).elderAtBody = document.documentElement.hasAttribute('data-elder');
        obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await open(context, `${baseOf('city')}/`);
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await rootSize()).toBe(16);
    await page.getByRole('button', { name: '大号字' }).focus();
    await page.keyboard.press('Enter');
    expect(await rootSize()).toBe(18);
    expect(await page.getByRole('button', { name: '大号字' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '小号字' }).focus();
    await page.keyboard.press('Space');
    expect(await rootSize()).toBe(14);
    await page.getByRole('button', { name: '长者模式' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rootSize()).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.item-list time')!).fontSize))).toBeGreaterThanOrEqual(24);
    // Next page: already in elder mode when <body> starts, i.e. before anything is painted.
    // In elder mode the columns are behind the 栏目导航 menu button.
    await page.locator('.column-nav summary').click();
    await page.locator('.column-nav a', { hasText: '政策文件' }).click();
    await page.waitForURL(/\/policies\/$/);
    expect(await page.evaluate(() => (window as unknown as { elderAtBody: boolean }).elderAtBody)).toBe(true);
    expect(await rootSize()).toBeGreaterThanOrEqual(24);
    expect(await page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed')).toBe('true');
    // Elder mode does not depend on the browser's default font size.
    // A browser set to a 10px default font: normal pages follow it, elder mode stays ≥ 24px.
    const small = await browser.newContext({ viewport: { width: 768, height: 900 } });
    const p2 = await small.newPage();
    const cdp = await small.newCDPSession(p2);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 10, fixed: 10 } });
    await p2.goto(`${baseOf('city')}/`);
    expect(await p2.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(10);
    await p2.evaluate(() => localStorage.setItem('jiyue.elder', '1'));
    await p2.reload();
    expect(await p2.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(24);
    expect(await p2.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.site-footer__facts')!).fontSize))).toBeGreaterThanOrEqual(24);
    await small.close();
    // Back to normal.
    await page.getByRole('button', { name: '长者模式' }).click();
    await page.getByRole('button', { name: '中号字' }).click();
    expect(await rootSize()).toBe(16);
    expect(await page.evaluate(() => [localStorage.getItem('jiyue.font'), localStorage.getItem('jiyue.elder')])).toEqual([null, null]);
    await context.close();
  });

  it('passes axe without horizontal scrolling in the large font size (字号 大) at 360/768/1280 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.addInitScript(() => localStorage.setItem('jiyue.font', 'large'));
    const failures: string[] = [];
    const city = sites.find((s) => s.id === 'city')!;
    for (const [kind, path] of pageKinds(city).filter(([k]) => ['home', 'article', 'policy', 'guide', 'message', 'reports', 'inspection', 'table'].includes(k))) {
      const page = await open(context, baseOf('city') + path);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), kind).toBe(18);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 740 });
        const overflow = await horizontalOverflow(page);
        if (overflow) failures.push(`${kind} large @${width}: ${overflow}`);
        for (const v of await axeAll(page)) failures.push(`${kind} large @${width}: ${v}`);
      }
      await page.close();
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  it('prints the content without navigation, tools or badges', async () => {
    const city = sites.find((s) => s.id === 'city')!;
    const policy = city.bundle.items.find((i) => i.type === 'policy')!;
    const context = await browser.newContext();
    const page = await open(context, `${baseOf('city')}${policy.path}`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.column-nav', '.search-box', '.site-tools', '.jiucuo', '.print-button', '.breadcrumb']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    for (const shown of ['.banner__name', 'h1', '.article-meta', '.policy-table', '.item__body', '.site-footer__facts']) expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await context.close();
  });

  it('works under a strict Content-Security-Policy (no inline script or style anywhere)', async () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const city = sites.find((s) => s.id === 'city')!;
    const paths = ['/', ...['policy', 'guide', 'message'].map((t) => city.bundle.items.find((i) => i.type === t)!.path), '/sitemap/', '/no-such-page/'];
    for (const path of paths) {
      const page = await open(context, `${baseOf('city')}${path}`);
      await page.getByRole('button', { name: '长者模式' }).click();
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-elder')), path).toBe(true);
      await page.getByRole('button', { name: '长者模式' }).click();
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor), `${path}: stylesheets applied`).not.toBe('rgba(0, 0, 0, 0)');
      await page.close();
    }
    await context.close();
  });

  it('reads without JavaScript: content and identity shown, script-only controls hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const city = sites.find((s) => s.id === 'city')!;
    const page = await context.newPage();
    await page.goto(`${baseOf('city')}${city.bundle.items[0]!.path}`);
    for (const shown of ['.banner__name', 'h1', '.article-meta', '.item__body', '.site-footer', 'a.jiucuo', '.search-box']) expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    for (const hidden of ['.reading-controls', '.print-button', '.site-tools']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    await context.close();
  });
});
