import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithDisk, readManifest, sha256, type Difference, type Manifest } from './manifest.ts';
import { currentRelease } from './release.ts';
import { requestSite, sitemapLocs } from './site-request.ts';

/**
 * Tamper detection (网页防篡改): compares what is served with the release's manifest — the
 * release folder on disk, and what the server answers for every URL of every site's sitemaps.
 */
export interface VerifyReport {
  release: string;
  disk: Difference;
  /** Over HTTP: URLs whose body differs from the manifest, and URLs that did not answer 200. */
  http?: { checked: number; changed: string[]; missing: string[] };
}

export interface HttpOptions {
  /** Connect here instead of resolving the site's domain (like curl --connect-to), e.g. "::1". */
  address?: string;
  port?: number;
  /** Extra CA certificates (PEM) to trust, e.g. a test CA. */
  ca?: string;
}

/** The raw bytes (no compression) of a URL, as the manifest hashed them. */
const fetchRaw = (url: URL, opts: HttpOptions) => requestSite(url, { ...opts, headers: { 'accept-encoding': 'identity' } });

/** The file of a site a URL path is served from, as a manifest path. */
function manifestPath(site: string, pathname: string): string {
  const p = decodeURIComponent(pathname).replace(/^\//, '');
  return `${site}/${p === '' || p.endsWith('/') ? `${p}index.html` : p}`;
}

export async function verifyOverHttp(releaseDir: string, manifest: Manifest, opts: HttpOptions): Promise<NonNullable<VerifyReport['http']>> {
  const out = { checked: 0, changed: [] as string[], missing: [] as string[] };
  const sites = [...new Set(Object.keys(manifest.files).map((f) => f.split('/')[0]!))];
  for (const site of sites) {
    if (!manifest.files[`${site}/sitemap-index.xml`]) continue;
    // The site's address, from its own sitemap index as released (its hash is checked below too).
    const index = readFileSync(join(releaseDir, site, 'sitemap-index.xml'), 'utf8');
    const first = sitemapLocs(index)[0];
    if (!first) continue;
    const origin = new URL(first).origin;
    const queue = [new URL('/sitemap-index.xml', origin)];
    for (let i = 0; i < queue.length; i++) {
      const url = queue[i]!;
      const key = manifestPath(site, url.pathname);
      out.checked++;
      let res;
      try {
        res = await fetchRaw(url, opts);
      } catch (error) {
        out.missing.push(`${url.href}（${(error as Error).message}）`);
        continue;
      }
      const want = manifest.files[key];
      if (res.status !== 200) out.missing.push(`${url.href}（HTTP ${res.status}）`);
      else if (!want || sha256(res.body) !== want.sha256) out.changed.push(url.href);
      if (res.status === 200 && url.pathname.endsWith('.xml')) {
        for (const loc of sitemapLocs(res.body.toString('utf8'))) {
          const u = new URL(loc);
          if (u.origin === origin) queue.push(u);
        }
      }
    }
  }
  return out;
}

export async function verify(target: string, options: { release?: string; http?: HttpOptions } = {}): Promise<VerifyReport> {
  const release = options.release ?? currentRelease(target);
  if (!release) throw new Error(`${target} 下没有在线版本（current）`);
  const dir = join(target, 'releases', release);
  const manifest = readManifest(dir);
  const report: VerifyReport = { release, disk: compareWithDisk(dir, manifest) };
  if (options.http) report.http = await verifyOverHttp(dir, manifest, options.http);
  return report;
}

export const tampered = (r: VerifyReport) =>
  r.disk.changed.length + r.disk.added.length + r.disk.missing.length + (r.http ? r.http.changed.length + r.http.missing.length : 0) > 0;

/** The report in Chinese, one line per finding. */
export function formatVerify(r: VerifyReport): string {
  const lines = [`防篡改核验：版本 ${r.release}`];
  const list = (title: string, items: string[]) => { if (items.length) lines.push(`  ${title}（${items.length}）：`, ...items.map((i) => `    ${i}`)); };
  list('磁盘上被改动的文件', r.disk.changed);
  list('磁盘上多出的文件', r.disk.added);
  list('磁盘上缺失的文件', r.disk.missing);
  if (r.http) {
    list('服务器返回内容与清单不符的网址', r.http.changed);
    list('服务器未正常返回的网址', r.http.missing);
    lines.push(`  已通过 HTTP 核对 ${r.http.checked} 个网址（各网站站点地图中的全部网址）。`);
  }
  lines.push(tampered(r) ? '结论：发现篡改或不一致，请立即排查，并用 pnpm release --rollback 恢复到完整的版本。' : '结论：与发布清单一致，未发现篡改。');
  return lines.join('\n');
}
