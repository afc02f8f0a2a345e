import { readFileSync } from 'node:fs';
import { hostAllowed } from '../../../source/links.ts';
import type { Page } from '../../../source/page.ts';
import type { Draft, PageRule, SiteContext } from '../../../types.ts';
import { onPage, resolve } from '../shared.ts';

/** Elements and attributes through which a page loads something (not plain links). */
const LOADERS: [string, string][] = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[type="image"][src]', 'src'],
];
const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|preconnect|dns-prefetch)\b/i;
const cssUrls = /url\(\s*["']?([^"')\s]+)|@import\s+["']([^"']+)/g;

function foreign(ctx: SiteContext, url: URL | undefined): boolean {
  if (!url || !/^https?:$/.test(url.protocol)) return false;
  return url.hostname !== ctx.site.domain && !hostAllowed(url.hostname, ctx.config.hosts.resources);
}

/** Addresses loaded by a same-origin stylesheet (url(), @import), read once per file. */
function stylesheetUrls(ctx: SiteContext, page: Page, href: string): string[] {
  const url = resolve(page, href);
  if (!url || url.hostname !== ctx.site.domain) return [];
  return ctx.memo(`css:${url.pathname}`, () => {
    try {
      const css = readFileSync(`${ctx.dist}${decodeURIComponent(url.pathname)}`, 'utf8');
      return [...css.matchAll(cssUrls)].map((m) => m[1] ?? m[2]!).filter((u) => /^(https?:)?\/\//.test(u));
    } catch {
      return [];
    }
  });
}

export const rule: PageRule = {
  id: 'site/third-party',
  scope: 'page',
  severity: 'error',
  title: '加载第三方资源',
  requirements: ['D6', 'X3'],
  check(page, ctx) {
    const $ = page.$;
    const out: Draft[] = [];
    const report = (el: Parameters<Page['at']>[0], value: string, attr?: string) =>
      out.push(onPage(ctx, page, el, `页面从第三方网站加载资源：${value}`, '脚本、样式、字体和图片都放在本网站（同源）或允许名单中的政府网站上；不使用境外 CDN 和字体服务。名单在 content/inspector/hosts.yaml。', attr));
    for (const [selector, attr] of LOADERS) {
      $(selector).each((_, el) => {
        const value = $(el).attr(attr)!;
        const candidates = attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [value];
        for (const v of candidates) if (foreign(ctx, resolve(page, v))) report(el, v, attr);
      });
    }
    $('link[href]').each((_, el) => {
      const rel = $(el).attr('rel') ?? '';
      if (!LOADING_RELS.test(rel)) return;
      const href = $(el).attr('href')!;
      if (foreign(ctx, resolve(page, href))) report(el, href, 'href');
      // A stylesheet shared by every page is reported once per site, on the first page that loads it.
      const reported = ctx.memo('css-reported', () => new Set<string>());
      if (/stylesheet/i.test(rel) && !reported.has(href)) {
        reported.add(href);
        for (const u of stylesheetUrls(ctx, page, href)) if (foreign(ctx, resolve(page, u))) report(el, `${href} 中的 ${u}`, 'href');
      }
    });
    $('style, [style]').each((_, el) => {
      const css = el.tagName === 'style' ? $(el).text() : ($(el).attr('style') ?? '');
      for (const m of css.matchAll(cssUrls)) {
        const u = m[1] ?? m[2]!;
        if (foreign(ctx, resolve(page, u))) report(el, u);
      }
    });
    return out;
  },
};
