/**
 * The demo city, built for real (test/setup/build-demo.ts): every site has its pages, its
 * sitemap on its own domain, its search index, its identity elements; every link resolves.
 */
import { load } from 'cheerio';
import { searchBelowFile } from '@jiyue/content';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSites, fileFor, htmlFiles, root } from './helpers/built-sites.ts';

const sites = builtSites();
const byOrigin = new Map(sites.map((s) => [s.bundle.site.origin, s]));
/** National platforms a page may link to (never load from): filing systems and the error-finder. */
const allowedExternalHosts = new Set(['beian.miit.gov.cn', 'www.beian.gov.cn', 'bszs.conac.cn', 'zfwzgl.www.gov.cn']);

describe('demo city', () => {
  it('has a city portal, at least two district portals and two department sites', () => {
    const kinds = sites.map((s) => s.bundle.site.kind);
    expect(kinds.filter((k) => k === 'city-portal')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'district-portal').length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === 'department').length).toBeGreaterThanOrEqual(2);
  });
});

describe('public inspection results (I6)', () => {
  it('are published on the city portal with every site and its verdict', () => {
    const city = sites.find((s) => s.bundle.site.kind === 'city-portal')!;
    const $ = load(readFileSync(fileFor(city.dir, '/inspection/')!, 'utf8'));
    const rows = $('tbody tr').map((_, tr) => [[$(tr).find('td').eq(0).text(), $(tr).find('td').eq(3).text()]]).get() as unknown as [string, string][];
    expect(rows.map(([name]) => name).sort()).toEqual(sites.map((s) => s.bundle.site.name).sort());
    for (const [, verdict] of rows) expect(['合格', '不合格']).toContain(verdict);
    for (const other of sites.filter((s) => s !== city)) expect(fileFor(other.dir, '/inspection/')).toBeUndefined();
  });
});

describe.each(sites.map((s) => [s.id, s] as const))('site %s', (_id, site) => {
  const { bundle, dir } = site;

  it('has the home, column, item, site-map, search and 404 pages', () => {
    for (const path of ['/', '/sitemap/', '/search/', '/404.html', ...bundle.columns.map((c) => c.path), ...bundle.items.map((i) => i.path)]) {
      expect(fileFor(dir, path), `${site.id} ${path}`).toBeDefined();
    }
  });

  it('publishes its annual report for each finished year (I4), linked from the site map', () => {
    const html = readFileSync(fileFor(dir, '/reports/')!, 'utf8');
    const $ = load(html);
    const years = $('section h2').map((_, el) => $(el).text()).get();
    expect(years.length).toBeGreaterThan(0);
    expect(years[0]).toMatch(/^\d{4} 年度$/);
    // The yearly total is the number of this site's items of that year, as the library says.
    const year = years[0]!.slice(0, 4);
    const total = bundle.items.filter((i) => i.date.startsWith(`${year}-`)).length;
    const row = $('section').first().find('tr').filter((_, tr) => $(tr).find('th').text() === '信息发布总数（条）');
    expect(Number(row.find('td').text())).toBe(total);
    expect(readFileSync(fileFor(dir, '/sitemap/')!, 'utf8')).toContain('href="/reports/"');
  });

  it('paginates long columns', () => {
    for (const c of bundle.columns.filter((c) => c.count > 20)) {
      expect(fileFor(dir, `${c.path}index_2/`), c.path).toBeDefined();
    }
  });

  it('has a sitemap of its own domain only', () => {
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`${bundle.site.origin}/sitemap-0.xml`);
    const locs = [...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(`${bundle.site.origin}/`);
    expect(locs.length).toBeGreaterThan(bundle.items.length);
    for (const loc of locs) expect(loc.startsWith(`${bundle.site.origin}/`), loc).toBe(true);
  });

  it('has a Pagefind index of its item pages (on a portal, and of the sites below it)', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    const belowFile = searchBelowFile(root, site.id);
    const below = existsSync(belowFile) ? (JSON.parse(readFileSync(belowFile, 'utf8')) as unknown[]).length : 0;
    expect(below > 0).toBe(bundle.children.length > 0);
    expect(pages).toBe(bundle.items.length + below);
    // Several pages share one fragment file (Pagefind's maxFragments, packages/search/src/shards.ts): fewer files to cache.
    const fragments = readdirSync(join(dir, 'pagefind', 'fragment')).length;
    expect(fragments).toBeGreaterThan(0);
    expect(fragments).toBeLessThan(pages);
  });

  it('shows its identity on every page and says it is a demonstration', () => {
    for (const file of htmlFiles(dir)) {
      const $ = load(readFileSync(join(dir, file), 'utf8'));
      expect($('html').attr('lang'), file).toBe('zh-CN');
      expect($('meta[name="SiteName"]').attr('content'), file).toBe(bundle.site.name);
      expect($('meta[name="SiteIDCode"]').attr('content'), file).toBe(bundle.site.siteCode);
      expect($('.banner__name').text(), file).toBe(bundle.site.name);
      expect($('.demo-ribbon').text(), file).toContain('演示网站');
      expect($('.site-footer').text(), file).toContain(bundle.site.icp);
      const jiucuo = $('a.jiucuo').attr('href') ?? '';
      expect(jiucuo, file).toContain(`site_code=${bundle.site.siteCode}`);
    }
  });

  it('resolves every internal link and anchor, and loads nothing from another host', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(dir)) {
      const $ = load(readFileSync(join(dir, file), 'utf8'));
      const pageUrl = new URL(`/${file.replace(/index\.html$/, '')}`, bundle.site.origin);
      $('[src], link[href]').each((_, el) => {
        const ref = $(el).attr('src') ?? $(el).attr('href')!;
        if (ref.startsWith('data:')) return;
        const url = new URL(ref, pageUrl);
        if (url.origin !== bundle.site.origin && $(el).attr('rel') !== 'canonical') broken.push(`${file}: loads ${ref} from another host`);
      });
      $('a[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (/^(mailto|tel):/.test(href)) return;
        const url = new URL(href, pageUrl);
        if (href.startsWith('#')) {
          if ($(`[id="${href.slice(1)}"]`).length === 0) broken.push(`${file}: anchor ${href}`);
          return;
        }
        const target = byOrigin.get(url.origin);
        if (target) {
          if (!fileFor(target.dir, url.pathname)) broken.push(`${file}: ${href}`);
        } else if (!allowedExternalHosts.has(url.hostname)) {
          broken.push(`${file}: external link ${href}`);
        }
      });
    }
    expect(broken).toEqual([]);
  });

  it('keeps raw HTML of items sanitized in the built pages', () => {
    for (const item of bundle.items) {
      const html = readFileSync(fileFor(dir, item.path)!, 'utf8');
      expect(html, item.path).not.toMatch(/<iframe|javascript:|\son[a-z]+=/i);
      expect(existsSync(join(dir, item.path.slice(1), 'index.html'))).toBe(true);
    }
  });
});
