import { request } from 'node:https';

/**
 * One HTTPS request to a site of the cluster as its users make it — the site's name as Host and
 * as TLS SNI — optionally through a given server address instead of DNS (like curl --connect-to):
 * how the IPv6 report, tamper detection and the daily patrol reach a server under test or a
 * single machine of a cluster.
 */
export interface SiteRequestOptions {
  /** Connect here instead of resolving the site's domain, e.g. "::1" or "127.0.0.1". */
  address?: string;
  port?: number;
  /** Force IPv6 (6) or IPv4 (4); by default from the address. */
  family?: 4 | 6;
  /** Extra CA certificates (PEM) to trust, e.g. a test CA. */
  ca?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface SiteResponse { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

export function requestSite(url: URL, opts: SiteRequestOptions = {}): Promise<SiteResponse> {
  const address = opts.address?.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: address ?? url.hostname, port: opts.port ?? (Number(url.port) || 443), path: url.pathname + url.search,
        family: opts.family ?? (address?.includes(':') ? 6 : undefined),
        servername: url.hostname, headers: { host: url.hostname, ...opts.headers }, ca: opts.ca, timeout: opts.timeoutMs ?? 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('超时')));
    req.on('error', reject);
    req.end();
  });
}

/** The addresses a sitemap or sitemap index lists. */
export const sitemapLocs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim().replace(/&amp;/g, '&'));
