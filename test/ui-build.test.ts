/**
 * The built demo sites, as the design system promises them (D6, D7, X3): no inline style or
 * script, no event-handler attribute, every asset same-origin, no IPv4 literal, no web font,
 * the reading-preferences script in <head> before the first paint, the showcase out of every
 * sitemap, meta descriptions, tel:/mailto: links, the home page's blocks, an article page under
 * 30 KB and a home page under 60 KB with its pictures (HTML + CSS + JS + images, gzip).
 */
import { load } from 'cheerio';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtSites, fileFor, htmlFiles } from './helpers/built-sites.ts';

const sites = builtSites();
const IPV4 = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/;
const MAX_ARTICLE_BYTES = 30 * 1024;
/** A home page with its pictures (issue 15). */
const MAX_HOME_BYTES = 60 * 1024;

function assetFiles(dir: string, ext: RegExp): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => ext.test(f) && !f.startsWith('pagefind/'));
}

describe.each(sites.map((s) => [s.id, s] as const))('built site %s', (_id, site) => {
  const { dir, bundle } = site;
  const pages = htmlFiles(dir);

  it('has no inline style, inline script or event-handler attribute (strict CSP: script-src/style-src \'self\')', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const $ = load(readFileSync(join(dir, file), 'utf8'));
      if ($('style').length) problems.push(`${file}: <style>`);
      $('[style]').each((_, el) => void problems.push(`${file}: style= on <${el.tagName}>`));
      $('script').each((_, el) => {
        const src = $(el).attr('src');
        if (!src) problems.push(`${file}: inline <script>`);
        else if (!src.startsWith('/') || src.startsWith('//')) problems.push(`${file}: script from ${src}`);
      });
      $('*').each((_, el) => {
        const { attribs = {}, tagName } = el as unknown as { attribs?: Record<string, string>; tagName: string };
        for (const name of Object.keys(attribs)) if (/^on/i.test(name)) problems.push(`${file}: ${name}= on <${tagName}>`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('loads every stylesheet, script and image from its own origin; no IPv4 literal; no web font', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(dir, file), 'utf8');
      if (IPV4.test(html.replace(/<meta name="SiteIDCode"[^>]*>/, ''))) problems.push(`${file}: IPv4 literal ${IPV4.exec(html)![0]}`);
      const $ = load(html);
      $('link[rel="stylesheet"], link[rel~="icon"], link[rel="preload"], script[src], img[src], source[src], iframe, object, embed').each((_, el) => {
        const ref = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('data') ?? '';
        if (!/^\/(?!\/)/.test(ref)) problems.push(`${file}: <${el.tagName}> ${ref || '(no source)'}`);
      });
    }
    for (const f of assetFiles(dir, /\.(css|js)$/)) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (/@font-face/.test(text)) problems.push(`${f}: @font-face (system CJK fonts only)`);
      if (/url\(\s*["']?(https?:)?\/\//.test(text) || /@import\s+["']?(https?:)?\/\//.test(text)) problems.push(`${f}: loads from another host`);
      if (IPV4.test(text)) problems.push(`${f}: IPv4 literal ${IPV4.exec(text)![0]}`);
    }
    expect(problems).toEqual([]);
  });

  it('applies reading preferences before the first paint: a classic same-origin script in <head>, before the stylesheets', () => {
    for (const file of [pages[0]!, 'index.html']) {
      const $ = load(readFileSync(join(dir, file), 'utf8'));
      const script = $('head script[src*="prefs"]');
      expect(script, file).toHaveLength(1);
      expect(script.attr('type') ?? '', file).toBe('');
      expect(script.attr('defer') ?? script.attr('async'), file).toBeUndefined();
      const head = $('head').html()!;
      expect(head.indexOf('prefs'), `${file}: before the stylesheets`).toBeLessThan(head.indexOf('rel="stylesheet"'));
      const prefs = readFileSync(join(dir, script.attr('src')!), 'utf8');
      expect(prefs).toContain('data-elder');
      expect(Buffer.byteLength(prefs), 'prefs.js stays tiny').toBeLessThan(4096);
    }
  });

  it('gives every page a meta description: an item its summary or first paragraph, other pages what they hold', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const $ = load(readFileSync(join(dir, file), 'utf8'));
      const d = $('meta[name="description"]').attr('content') ?? '';
      if (d.length < 10 || d.length > 120) problems.push(`${file}: description of ${d.length} characters`);
    }
    expect(problems).toEqual([]);
    for (const item of bundle.items.slice(0, 5)) {
      const $i = load(readFileSync(fileFor(dir, item.path)!, 'utf8'));
      const first = $i('.item__body p').filter((_, p) => $i(p).text().trim().length >= 20).first().text().trim() || item.summary;
      expect(first.startsWith($i('meta[name="description"]').attr('content')!.replace(/…$/, '')), item.path).toBe(true);
    }
  });

  it('links every phone number (tel:) and e-mail (mailto:) of the contact blocks, and the interaction platform (X5) on every page', () => {
    const digits = (t: string) => t.replace(/\D/g, '');
    const problems: string[] = [];
    const guides = bundle.items.filter((i) => i.guide).map((i) => fileFor(dir, i.path)!.slice(dir.length + 1));
    for (const file of [...pages.filter((p) => !p.startsWith('search')), ...guides]) {
      const $ = load(readFileSync(join(dir, file), 'utf8'));
      const phone = $('.site-footer__facts a[href^="tel:"]').first();
      if (digits(phone.attr('href') ?? '') !== digits(bundle.site.contact.phone)) problems.push(`${file}: footer phone not a tel: link`);
      if (bundle.site.contact.email && !$(`.site-footer__facts a[href="mailto:${bundle.site.contact.email}"]`).length) problems.push(`${file}: footer e-mail not a mailto: link`);
      if (!$('.site-footer__links a').filter((_, a) => $(a).text() === '互动交流').attr('href')) problems.push(`${file}: no 互动交流 link`);
    }
    for (const file of guides) {
      const $ = load(readFileSync(join(dir, file), 'utf8'));
      if (!$('.guide-action a[href^="tel:"]').length || !$('.guide-table a[href^="tel:"]').length) problems.push(`${file}: 咨询电话 without a tel: link`);
      if (!$('.guide-action').text().includes('窗口办理')) problems.push(`${file}: no 如何办理 block`);
    }
    expect(problems).toEqual([]);
  });

  it('leads the home page with the news, picture news with alt text, 办事服务 and 政务公开 (annual report, inspection results)', () => {
    const $ = load(readFileSync(join(dir, 'index.html'), 'utf8'));
    expect($('main .home-lead .item-list li').length, 'lead news').toBeGreaterThan(0);
    $('.picture-news img').each((_, img) => void expect($(img).attr('alt')!.trim().length, 'picture alt').toBeGreaterThan(4));
    const services = $('#services').parent().find('li a').map((_, a) => $(a).text()).get();
    if (bundle.site.services) expect(services).toEqual(bundle.site.services.map((s) => s.name));
    else expect(services.length).toBe(Math.min(6, bundle.items.filter((i) => i.type === 'guide' && !i.archived).length));
    const open = $('#open-government').parent().find('li a').map((_, a) => $(a).attr('href')).get();
    if (bundle.published?.annualReports.length) expect(open).toContain('/reports/');
    if (bundle.published?.inspection) expect(open).toContain('/inspection/');
    const disclosure = bundle.columns.find((c) => c.type === 'disclosure');
    if (disclosure && bundle.published?.inspection) {
      const $d = load(readFileSync(fileFor(dir, disclosure.path)!, 'utf8'));
      expect($d('#related-disclosure').parent().find('a').map((_, a) => $d(a).attr('href')).get()).toEqual(['/reports/', '/inspection/']);
    }
    if (_id === 'city') expect($('.picture-news img').length).toBe(3);
  });

  it('uses the theme its registry entry picks (D9)', () => {
    const $ = load(readFileSync(join(dir, 'index.html'), 'utf8'));
    expect($('html').attr('data-theme')).toBe(bundle.site.theme);
  });

  it('carries the page tags of D1 on column and item pages', () => {
    const column = bundle.columns.find((c) => c.count > 0)!;
    const $c = load(readFileSync(fileFor(dir, column.path)!, 'utf8'));
    expect($c('meta[name="ColumnName"]').attr('content')).toBe(column.name);
    expect($c('meta[name="ColumnType"]').attr('content')).toBe(column.type);
    expect($c('meta[name="ArticleTitle"]')).toHaveLength(0);
    const item = bundle.items[0]!;
    const $i = load(readFileSync(fileFor(dir, item.path)!, 'utf8'));
    expect($i('meta[name="SiteDomain"]').attr('content')).toBe(bundle.site.domain);
    expect($i('meta[name="ColumnName"]').attr('content')).toBe(bundle.columns.find((c) => c.id === item.column)!.name);
    expect($i('meta[name="ArticleTitle"]').attr('content')).toBe(item.title);
    expect($i('meta[name="PubDate"]').attr('content')).toBe(item.date);
    expect($i('meta[name="ContentSource"]').attr('content')).toBe(item.source);
    const $h = load(readFileSync(join(dir, 'index.html'), 'utf8'));
    expect($h('meta[name="ColumnName"]')).toHaveLength(0);
  });

  it('shows the archive label on archived items (D5)', () => {
    for (const item of bundle.items.filter((i) => i.archived)) {
      const $ = load(readFileSync(fileFor(dir, item.path)!, 'utf8'));
      expect($('.archive-label').text(), item.path).toContain(`已归档`);
      expect($('.archive-label').text(), item.path).toContain(item.archived!.date);
    }
  });

  it('keeps the showcase out of the public site and its sitemap', () => {
    expect(pages.some((p) => p.startsWith('showcase'))).toBe(false);
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).not.toContain('showcase');
  });
});

describe('page weight (D6)', () => {
  it(`an article page weighs at most ${MAX_ARTICLE_BYTES / 1024} KB (HTML + CSS + JS, gzip)`, () => {
    const gz = new Map<string, number>();
    const gzipped = (path: string) => {
      if (!gz.has(path)) gz.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
      return gz.get(path)!;
    };
    let heaviest = { size: 0, page: '', html: 0, css: 0, js: 0 };
    const all: number[] = [];
    for (const { dir, bundle, id } of sites) {
      for (const item of bundle.items) {
        const file = fileFor(dir, item.path)!;
        const $ = load(readFileSync(file, 'utf8'));
        const css = $('link[rel="stylesheet"]').map((_, l) => gzipped(join(dir, $(l).attr('href')!))).get().reduce((a, b) => a + b, 0);
        const js = $('script[src]').map((_, s) => gzipped(join(dir, $(s).attr('src')!))).get().reduce((a, b) => a + b, 0);
        const html = gzipped(file);
        const size = html + css + js;
        all.push(size);
        if (size > heaviest.size) heaviest = { size, page: `${id}${item.path}`, html, css, js };
      }
    }
    all.sort((a, b) => a - b);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `article pages: ${all.length}; median ${kb(all[all.length >> 1]!)}; heaviest ${kb(heaviest.size)} at ${heaviest.page} ` +
        `(HTML ${kb(heaviest.html)} + CSS ${kb(heaviest.css)} + JS ${kb(heaviest.js)}, gzip)`,
    );
    expect(heaviest.size).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
  });

  it(`a home page weighs at most ${MAX_HOME_BYTES / 1024} KB with its pictures (HTML + CSS + JS + images, gzip)`, () => {
    const sizes: string[] = [];
    for (const { dir, id } of sites) {
      const file = join(dir, 'index.html');
      const $ = load(readFileSync(file, 'utf8'));
      const refs = [...$('link[rel="stylesheet"]').map((_, l) => $(l).attr('href')!).get(), ...$('script[src]').map((_, s) => $(s).attr('src')!).get(), ...$('img[src]').map((_, i) => $(i).attr('src')!).get()];
      const size = [file, ...new Set(refs).values()].map((f) => gzipSync(readFileSync(f === file ? f : join(dir, f)), { level: 9 }).length).reduce((a, b) => a + b, 0);
      sizes.push(`${id} ${(size / 1024).toFixed(1)} KB`);
      expect(size, id).toBeLessThanOrEqual(MAX_HOME_BYTES);
    }
    console.log(`home pages (gzip, with pictures): ${sizes.join(', ')}`);
  });
});
