import { requestSite } from './site-request.ts';

/** How a page is fetched; the default goes over IPv6 only (family 6). */
export type Fetcher = (url: URL) => Promise<{ status: number; body: string; contentType: string }>;

export interface Ipv6Report {
  origin: string;
  /** Internal links found in the first `depth` levels from the home page. */
  checked: number;
  reachable: number;
  /** reachable / checked, as a percentage. */
  share: number;
  failures: string[];
  ipv4Literals: string[];
  thirdPartyHosts: string[];
}

const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;

/** Fetches over IPv6: `address` overrides DNS (e.g. ::1 for a local nginx), `ca` trusts a test CA. */
export function ipv6Fetcher(opts: { address?: string; port?: number; ca?: string } = {}): Fetcher {
  return async (url) => {
    const res = await requestSite(url, { ...opts, family: 6 });
    return { status: res.status, body: res.body.toString('utf8'), contentType: String(res.headers['content-type'] ?? '') };
  };
}

const attr = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);

/**
 * D6 readiness: from the home page, follows every internal link of the first `depth` levels,
 * fetching each over IPv6; counts what answers 2xx, and lists IPv4 literals in pages and any
 * resource loaded from another host.
 */
export async function ipv6Report(origin: string, fetcher: Fetcher, depth = 3): Promise<Ipv6Report> {
  const home = new URL('/', origin);
  const seen = new Set<string>([home.href]);
  let level = [home];
  const failures: string[] = [];
  const ipv4 = new Set<string>();
  const thirdParty = new Set<string>();
  let reachable = 0;
  for (let d = 0; d <= depth && level.length; d++) {
    const next: URL[] = [];
    for (const url of level) {
      let page;
      try {
        page = await fetcher(url);
      } catch (error) {
        failures.push(`${url.pathname}: ${(error as Error).message}`);
        continue;
      }
      if (page.status < 200 || page.status >= 300) {
        failures.push(`${url.pathname}: HTTP ${page.status}`);
        continue;
      }
      reachable++;
      if (!page.contentType.includes('html')) continue;
      for (const m of page.body.match(IPV4) ?? []) ipv4.add(`${url.pathname}: ${m}`);
      // What the page loads: src attributes and <link> resources (a canonical link loads nothing).
      const linked = (page.body.match(/<link[^>]*>/g) ?? []).filter((tag) => !/rel="canonical"/.test(tag)).flatMap((tag) => attr(tag, /href="([^"]+)"/g));
      for (const src of [...attr(page.body, /\ssrc="([^"]+)"/g), ...linked]) {
        const u = new URL(src, url);
        if (u.protocol.startsWith('http') && u.origin !== home.origin) thirdParty.add(u.host);
      }
      if (d === depth) continue;
      for (const href of attr(page.body, /<a[^>]+href="([^"#]+)/g)) {
        const u = new URL(href, url);
        u.hash = '';
        if (u.origin === home.origin && !seen.has(u.href)) {
          seen.add(u.href);
          next.push(u);
        }
      }
    }
    level = next;
  }
  const checked = reachable + failures.length;
  return {
    origin, checked, reachable, share: checked ? Math.round((reachable / checked) * 10000) / 100 : 0,
    failures, ipv4Literals: [...ipv4], thirdPartyHosts: [...thirdParty],
  };
}
