/**
 * The generated nginx configuration, served by the real nginx on loopback: every site answers
 * over [::1] and 127.0.0.1 by name, with its security headers, redirects, 404 page and caching.
 */
import { ipv6Fetcher, ipv6Report } from '@jiyue/deploy';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.ts';
import { builtSites } from './helpers/built-sites.ts';
import { startNginx, type RunningNginx } from './helpers/nginx.ts';

const sites = builtSites();
let nginx: RunningNginx;

interface Response { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function get(opts: { host: string; address: string; path?: string; tls?: boolean; headers?: Record<string, string> }): Promise<Response> {
  const tls = opts.tls ?? true;
  const request = tls ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: opts.address, family: opts.address.includes(':') ? 6 : 4,
        port: tls ? nginx.httpsPort : nginx.httpPort, path: opts.path ?? '/',
        headers: { host: opts.host, ...opts.headers }, servername: opts.host, ca: nginx.ca,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  nginx = await startNginx(sites.map((s) => s.bundle), (id) => sites.find((s) => s.id === id)!.dir);
});
afterAll(() => nginx?.stop());

describe.each(sites.map((s) => [s.id, s.bundle] as const))('nginx serving %s', (_id, bundle) => {
  const host = bundle.site.domain;

  it.each(['::1', '127.0.0.1'])('answers its home page over %s with the security headers', async (address) => {
    const res = await get({ host, address });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`<title>${bundle.site.name}</title>`);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['permissions-policy']).toContain('geolocation=()');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
  });

  it('redirects HTTP to HTTPS and the Chinese domain to the English one', async () => {
    const http = await get({ host, address: '::1', tls: false, path: '/sitemap/' });
    expect(http.status).toBe(301);
    expect(http.headers.location).toBe(`https://${host}:${nginx.httpsPort}/sitemap/`);
    const chinese = new URL(`https://${bundle.site.chineseDomain}/`).hostname; // punycode
    const cn = await get({ host: chinese, address: '127.0.0.1', path: '/news/' });
    expect(cn.status).toBe(301);
    expect(cn.headers.location).toBe(`https://${host}:${nginx.httpsPort}/news/`);
  });

  it("serves the site's own 404 page with status 404", async () => {
    const res = await get({ host, address: '::1', path: '/no/such/page/' });
    expect(res.status).toBe(404);
    expect((await get({ host, address: '::1', path: '/.jiyue-build' })).status).toBe(404); // build marker hidden
    expect(res.body).toContain('页面不存在');
    expect(res.body).toContain(bundle.site.name);
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const home = await get({ host, address: '::1' });
    const css = home.body.match(/href="(\/_astro\/[^"]+\.css)"/)![1]!;
    const res = await get({ host, address: '::1', path: css, headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});

describe('moved content (X4)', () => {
  it('answers every former address with a permanent redirect to the page', async () => {
    const withRedirects = sites.filter((s) => s.bundle.redirects.length);
    expect(withRedirects.length).toBeGreaterThan(0);
    for (const { bundle } of withRedirects) {
      for (const r of bundle.redirects) {
        const res = await get({ host: bundle.site.domain, address: '::1', path: r.from });
        expect(res.status, r.from).toBe(301);
        expect(res.headers.location).toBe(r.to);
      }
    }
  });
});

describe('site lifecycle (S4)', () => {
  it('redirects a changed domain permanently to the new one', async () => {
    const moved = sites.find((s) => s.bundle.site.lifecycle?.domainChanged)!;
    const old = moved.bundle.site.lifecycle!.domainChanged!.from;
    for (const tls of [true, false]) {
      const res = await get({ host: old, address: '::1', tls, path: '/news/' });
      expect(res.status).toBe(301);
      expect(res.headers.location).toBe(`https://${moved.bundle.site.domain}:${nginx.httpsPort}/news/`);
    }
  });
});

describe('cross-site search index', () => {
  const district = sites.find((s) => s.bundle.site.kind === 'district-portal')!;
  const city = sites.find((s) => s.bundle.site.kind === 'city-portal')!;
  const path = '/pagefind/pagefind-entry.json';

  it('lets the portal above read a district index, and nobody else', async () => {
    const allowed = await get({ host: district.bundle.site.domain, address: '::1', path, headers: { origin: city.bundle.site.origin } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(city.bundle.site.origin);
    const other = await get({ host: district.bundle.site.domain, address: '::1', path, headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("allows the portal's pages to connect to the sites below it", async () => {
    const res = await get({ host: city.bundle.site.domain, address: '127.0.0.1' });
    expect(String(res.headers['content-security-policy'])).toContain(district.bundle.site.origin);
  });
});

describe('Chromium through nginx over IPv6', () => {
  it('loads every home page and searches with zero console errors and zero CSP violations (reported as console errors)', async () => {
    // Every site name resolves to [::1]; the test certificates are self-signed.
    const rules = sites.map((s) => `MAP ${s.bundle.site.domain} [::1]`).join(',');
    const browser = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors']);
    try {
      for (const { bundle } of sites) {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
        page.on('pageerror', (e) => problems.push(e.message));
        page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
        const origin = `https://${bundle.site.domain}:${nginx.httpsPort}`;
        const res = await page.goto(`${origin}/`);
        expect(res?.status()).toBe(200);
        await expect.poll(() => page.locator('.banner__name').textContent()).toBe(bundle.site.name);
        // The search page runs Pagefind's WebAssembly under the strict policy.
        const first = bundle.items[0]!;
        await page.goto(`${origin}/search/?q=${encodeURIComponent(first.title.slice(0, 6))}`);
        await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/找到 \d+ 条结果/);
        expect(problems, bundle.site.id).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});

describe('IPv6 readiness report (D6)', () => {
  it.each(sites.map((s) => [s.id, s.bundle] as const))('reaches every internal link of %s over IPv6, with no IPv4 literal or third-party host', async (_id, bundle) => {
    const origin = `https://${bundle.site.domain}:${nginx.httpsPort}`;
    const report = await ipv6Report(origin, ipv6Fetcher({ address: '::1', port: nginx.httpsPort, ca: nginx.ca }));
    console.log(`IPv6 ${bundle.site.domain}: ${report.reachable}/${report.checked} (${report.share}%)`);
    expect(report.checked).toBeGreaterThan(bundle.columns.length);
    expect(report.failures).toEqual([]);
    expect(report.share).toBe(100);
    expect(report.ipv4Literals).toEqual([]);
    expect(report.thirdPartyHosts).toEqual([]);
  });
});
