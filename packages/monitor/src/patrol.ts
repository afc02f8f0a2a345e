import type { Library, Site } from '@jiyue/content';
import { requestSite, securityHeaders, sitemapLocs, type SiteResponse } from '@jiyue/deploy';
import { checkSites, type Finding } from '@jiyue/inspector';
import { load } from 'cheerio';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Daily patrol (日常巡检, I2) of what the servers really answer, not of the files in dist/:
 * every URL of every sitemap and every same-site link and resource of the pages is fetched over
 * HTTPS (through a given server address, IPv6 or IPv4, with the site's name as Host and SNI).
 * Statuses and security headers are checked here; the pages and files fetched are mirrored into
 * a scratch folder and judged by the inspector's own built-page rules (identity block, page
 * tags, the 找错 badge, broken links and anchors, third-party resources), so the patrol and
 * `pnpm check` apply one definition of each element.
 */
export interface PatrolOptions {
  /** Server to connect to, e.g. https://[::1]:8443; by default each site's own https://<domain>/. */
  server?: URL;
  /** Extra CA certificates (PEM), e.g. a test CA. */
  ca?: string;
  /** At most this many requests per site. */
  limit?: number;
  sites?: string[];
}

export interface PatrolSiteResult { site: string; server: string; fetched: number; sitemapUrls: number }
export interface PatrolReport { date: string; sites: PatrolSiteResult[]; findings: Finding[] }

/** Headers every response must carry (the server's own policy, packages/deploy). */
const REQUIRED_HEADERS = securityHeaders().map(([name]) => name.toLowerCase());

const finding = (site: Site, url: string, rule: string, message: string, hint: string): Finding => ({
  rule, severity: 'error', site: site.id, file: url, line: 1, column: 1, url, message, hint,
});

/** Where a fetched URL is kept in the mirror, as dist/ would hold it. */
function mirrorPath(dir: string, pathname: string): string {
  let path = decodeURIComponent(pathname);
  if (path.endsWith('/')) path += 'index.html';
  return join(dir, path.replace(/\.\.+/g, '.'));
}

/** Same-site links and resources of a page or stylesheet. */
function references(body: string, base: URL, html: boolean): URL[] {
  const out: URL[] = [];
  const add = (value: string | undefined) => {
    if (!value) return;
    try {
      const u = new URL(value, base);
      if (u.origin === base.origin) out.push(new URL(u.pathname, u.origin));
    } catch { /* not a URL */ }
  };
  if (html) {
    const $ = load(body);
    $('a[href], link[href]').each((_, el) => add($(el).attr('href')));
    $('[src]').each((_, el) => add($(el).attr('src')));
  } else {
    for (const m of body.matchAll(/url\(\s*['"]?([^'")]+)/g)) add(m[1]);
  }
  return out;
}


export async function patrol(library: Library, options: PatrolOptions = {}): Promise<PatrolReport> {
  const mirror = mkdtempSync(join(tmpdir(), 'jiyue-patrol-'));
  const report: PatrolReport = { date: new Date().toISOString().slice(0, 10), sites: [], findings: [] };
  const limit = options.limit ?? 20_000;
  try {
    for (const site of library.registry.sites) {
      if (options.sites && !options.sites.includes(site.id)) continue;
      const origin = new URL(`https://${site.domain}/`);
      const dir = join(mirror, site.id);
      const seen = new Set<string>();
      const queue: URL[] = [new URL('/sitemap-index.xml', origin), new URL('/', origin)];
      let sitemapUrls = 0;
      for (let i = 0; i < queue.length && i < limit; i++) {
        const url = queue[i]!;
        if (seen.has(url.href)) continue;
        seen.add(url.href);
        let answer: SiteResponse;
        try {
          answer = await requestSite(url, { address: options.server?.hostname, port: options.server ? Number(options.server.port || 443) : undefined, ca: options.ca, headers: { 'user-agent': 'jiyue-patrol' } });
        } catch (error) {
          report.findings.push(finding(site, url.href, 'patrol/unreachable', `无法访问 ${url.href}（${(error as Error).message}）`, '检查服务器是否运行、域名解析和 IPv6/IPv4 网络。'));
          continue;
        }
        if (answer.status !== 200) {
          report.findings.push(finding(site, url.href, 'patrol/status', `${url.pathname} 返回 HTTP ${answer.status}`, '该地址在网站地图或页面链接中出现，应能正常打开：检查发布版本是否完整，或修正链接。'));
          continue;
        }
        const missing = REQUIRED_HEADERS.filter((h) => !answer.headers[h]);
        if (missing.length) {
          report.findings.push(finding(site, url.href, 'patrol/headers', `${url.pathname} 的响应缺少安全响应头：${missing.join('、')}`, '用 pnpm nginx 重新生成服务器配置并重新加载 nginx。'));
        }
        const path = mirrorPath(dir, url.pathname);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, answer.body);
        const type = String(answer.headers['content-type'] ?? '');
        const text = answer.body.toString('utf8');
        if (url.pathname.endsWith('.xml')) {
          for (const loc of sitemapLocs(text)) {
            const u = new URL(loc);
            if (u.origin !== origin.origin) continue;
            if (!loc.endsWith('.xml')) sitemapUrls++;
            queue.push(new URL(u.pathname, origin));
          }
        } else if (type.includes('text/html') || type.includes('text/css')) {
          queue.push(...references(text, url, type.includes('text/html')));
        }
      }
      report.sites.push({ site: site.id, server: (options.server ?? origin).origin, fetched: seen.size, sitemapUrls });
    }
    // The pages as served, judged by the inspector's built-page rules.
    const checked = checkSites(library, { sites: options.sites, distOf: (s) => join(mirror, s.id) });
    for (const f of checked.findings) report.findings.push({ ...f, file: f.url ?? f.file.replace(mirror, '') });
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
  return report;
}
