/**
 * The generated nginx configuration, served by the real nginx on loopback: every site answers
 * over [::1] and 127.0.0.1 by name, with its security headers, redirects, 404 page and caching.
 */
import { contentDir, loadRegistry, parseItem } from '@jiyue/content';
import { ConfigValueError, ipv6Fetcher, ipv6Report, nginxFiles, release, verify } from '@jiyue/deploy';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.ts';
import { builtSites, root } from './helpers/built-sites.ts';
import { startNginx, type RunningNginx } from './helpers/nginx.ts';
import { observatoryGrade } from './helpers/observatory.ts';

const sites = builtSites();
let nginx: RunningNginx;

interface Response { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function get(opts: { host: string; address: string; path?: string; tls?: boolean; headers?: Record<string, string>; method?: string; servername?: string }): Promise<Response> {
  const tls = opts.tls ?? true;
  const request = tls ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: opts.address, family: opts.address.includes(':') ? 6 : 4,
        port: tls ? nginx.httpsPort : nginx.httpPort, path: opts.path ?? '/',
        headers: { host: opts.host, ...opts.headers }, servername: opts.servername ?? opts.host, ca: nginx.ca, method: opts.method ?? 'GET',
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

describe('every HTTPS response (pages, errors, redirects, security.txt, refused methods)', () => {
  const expectAPlus = (res: Response, what: string) => {
    expect(res.headers['strict-transport-security'], what).toMatch(/max-age=31536000/);
    const grade = observatoryGrade(res.headers);
    expect(grade.grade, `${what}: ${JSON.stringify(grade.results)}`).toBe('A+');
  };

  it.each(sites.map((s) => [s.id, s.bundle] as const))('grades A+ (Observatory header tests) on every kind of response of %s', async (_id, bundle) => {
    const host = bundle.site.domain;
    const chinese = new URL(`https://${bundle.site.chineseDomain}/`).hostname;
    const home = await get({ host, address: '::1' });
    const css = home.body.match(/href="(\/_astro\/[^"]+\.css)"/)![1]!;
    const cases: [string, Promise<Response>, number][] = [
      ['home', Promise.resolve(home), 200],
      ['asset', get({ host, address: '::1', path: css }), 200],
      ['search index', get({ host, address: '::1', path: '/pagefind/pagefind-entry.json' }), 200],
      ['sitemap', get({ host, address: '127.0.0.1', path: '/sitemap-index.xml' }), 200],
      ['404', get({ host, address: '::1', path: '/no/such/page/' }), 404],
      ['dotfile', get({ host, address: '::1', path: '/.jiyue-build' }), 404],
      ['Chinese domain redirect', get({ host: chinese, address: '::1', path: '/news/' }), 301],
      ['security.txt', get({ host, address: '::1', path: '/.well-known/security.txt' }), 200],
      ['POST refused', get({ host, address: '::1', method: 'POST' }), 405],
      ['PUT refused', get({ host, address: '127.0.0.1', method: 'PUT', path: '/index.html' }), 405],
      ['DELETE refused', get({ host, address: '::1', method: 'DELETE', path: '/index.html' }), 405],
    ];
    for (const r of bundle.redirects.slice(0, 1)) cases.push(['moved content redirect', get({ host, address: '::1', path: r.from }), 301]);
    const old = bundle.site.lifecycle?.domainChanged?.from;
    if (old) cases.push(['changed domain redirect', get({ host: old, address: '::1', path: '/news/' }), 301]);
    for (const [what, pending, status] of cases) {
      const res = await pending;
      expect(res.status, what).toBe(status);
      expectAPlus(res, what);
      if (status === 405) expect(res.headers.allow).toBe('GET, HEAD');
    }
  });

  it('HTTP answers only with a redirect to HTTPS (no HSTS over plain HTTP), except ACME challenges', async () => {
    const { bundle } = sites[0]!;
    mkdirSync(join(nginx.acmeRoot, '.well-known', 'acme-challenge'), { recursive: true });
    writeFileSync(join(nginx.acmeRoot, '.well-known', 'acme-challenge', 'tok-123'), 'tok-123.thumbprint');
    const acme = await get({ host: bundle.site.domain, address: '::1', tls: false, path: '/.well-known/acme-challenge/tok-123' });
    expect(acme.status).toBe(200);
    expect(acme.body).toBe('tok-123.thumbprint');
    const redirect = await get({ host: bundle.site.domain, address: '127.0.0.1', tls: false, path: '/.well-known/security.txt' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`https://${bundle.site.domain}:${nginx.httpsPort}/.well-known/security.txt`);
    expect(redirect.headers['strict-transport-security']).toBeUndefined();
    expect(redirect.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publishes security.txt from the registry contact (RFC 9116)', async () => {
    for (const { bundle } of sites) {
      const res = await get({ host: bundle.site.domain, address: '::1', path: '/.well-known/security.txt' });
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      if (bundle.site.contact.email) expect(res.body).toContain(`Contact: mailto:${bundle.site.contact.email}\n`);
      expect(res.body).toMatch(/^Expires: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/m);
      expect(new Date(/^Expires: (.+)$/m.exec(res.body)![1]!).getTime()).toBeGreaterThan(Date.now());
      expect(res.body).toContain(`Canonical: https://${bundle.site.domain}/.well-known/security.txt`);
    }
  });

  it('compresses XML sitemaps and JSON', async () => {
    const { bundle } = sites.find((s) => s.id === 'city')!;
    for (const path of ['/sitemap-0.xml', '/pagefind/jiyue-vocabulary.json']) {
      const res = await get({ host: bundle.site.domain, address: '::1', path, headers: { 'accept-encoding': 'gzip' } });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('gzip');
    }
  });
});

describe('the default server', () => {
  it('refuses the TLS handshake for an unknown name, and closes plain HTTP or an unknown Host without an answer', async () => {
    for (const address of ['::1', '127.0.0.1']) {
      const handshake = await new Promise<string>((resolve) => {
        const socket = tlsConnect({ host: address, port: nginx.httpsPort, servername: 'unknown.example', ca: nginx.ca });
        socket.on('secureConnect', () => { socket.destroy(); resolve('connected'); });
        socket.on('error', (e) => resolve(e.message));
      });
      expect(handshake, address).toMatch(/alert|handshake/i);
      await expect(get({ host: 'unknown.example', address, tls: false })).rejects.toThrow(/socket hang up|ECONNRESET/);
      // A known name in the handshake does not open the door to another Host header.
      await expect(get({ host: 'unknown.example', servername: sites[0]!.bundle.site.domain, address })).rejects.toThrow(/socket hang up|ECONNRESET/);
    }
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

describe('search index: every site reads only its own', () => {
  const district = sites.find((s) => s.bundle.site.kind === 'district-portal')!;
  const city = sites.find((s) => s.bundle.site.kind === 'city-portal')!;

  it("grants no other origin a site's index (a portal's own index covers the sites below it)", async () => {
    const res = await get({ host: district.bundle.site.domain, address: '::1', path: '/pagefind/pagefind-entry.json', headers: { origin: city.bundle.site.origin } });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("lets a portal's pages connect to their own origin only", async () => {
    const res = await get({ host: city.bundle.site.domain, address: '127.0.0.1' });
    expect(String(res.headers['content-security-policy'])).toContain("connect-src 'self';");
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

describe('config injection (every registry and item value that reaches nginx)', () => {
  // Each attempt tries to end the directive or the string and add one of its own.
  const payloads = [';', '\n    return 200 pwned;\n#', '{', '"', '$host', ' evil.example', "'"];
  const library = contentDir(root);
  const registryText = readFileSync(join(library, 'sites.yaml'), 'utf8');

  function registryWith(from: string, to: string) {
    const dir = mkdtempSync(join(tmpdir(), 'jiyue-reg-'));
    cpSync(join(library, 'logos'), join(dir, 'logos'), { recursive: true });
    expect(registryText).toContain(from);
    writeFileSync(join(dir, 'sites.yaml'), registryText.replace(from, to));
    return loadRegistry(dir, dir);
  }

  it.each(payloads)('the library step refuses %j in every host-name field, in Chinese at the line', (payload) => {
    const fields: [string, string, string][] = [
      ['domain: www.shili.gov.cn', `domain: ${JSON.stringify(`www.shili.gov.cn${payload}`)}`, 'registry/hostname'],
      ['chineseDomain: 示例市人民政府.政务', `chineseDomain: ${JSON.stringify(`示例市人民政府${payload}.政务`)}`, 'registry/chinese-domain'],
      ['from: rlsbj.shili.gov.cn', `from: ${JSON.stringify(`rlsbj.shili.gov.cn${payload}`)}`, 'registry/hostname'],
    ];
    for (const [from, to, rule] of fields) {
      const { registry, problems } = registryWith(from, to);
      expect(registry, to).toBeUndefined();
      const p = problems.find((x) => x.rule === rule);
      expect(p, `${to}: ${JSON.stringify(problems)}`).toBeDefined();
      expect(p!.file).toBe('sites.yaml');
      expect(p!.line).toBe(registryText.slice(0, registryText.indexOf(from)).split('\n').length);
      expect(p!.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it.each(payloads)('the library step refuses %j in a former address (formerly)', (payload) => {
    const file = join(library, 'items/city/policies/city-policy-2025-003.md');
    const text = readFileSync(file, 'utf8');
    const url = 'https://www.shili.gov.cn/art/2025/3/12/art_1229_3345.html';
    expect(text).toContain(url);
    for (const planted of [`${url}${payload}`, url.replace('/art/', `/art${payload}/`), `${url}?a=${payload}`]) {
      const { item, problems } = parseItem(Buffer.from(text.replace(url, JSON.stringify(planted))), 'content/items/city/policies/city-policy-2025-003.md');
      expect(item, planted).toBeUndefined();
      expect(problems.map((p) => p.rule), planted).toContain('item/formerly');
      expect(problems[0]!.line).toBeGreaterThan(1);
    }
  });

  it.each(payloads)('the nginx writer refuses %j planted in a bundle behind the library step, so nginx -t never sees it', (payload) => {
    const bundles = () => sites.map((s) => structuredClone(s.bundle));
    const options = { webRoot: (id: string) => `/srv/jiyue/current/${id}`, certDir: '/etc/jiyue/certs' };
    const plants: [string, (b: ReturnType<typeof bundles>) => void][] = [
      ['domain', (b) => { b[0]!.site.domain += payload; }],
      ['chineseDomain', (b) => { b[0]!.site.chineseDomain = `示例${payload}.政务`; }],
      ['lifecycle.domainChanged.from', (b) => { b.find((x) => x.site.lifecycle?.domainChanged)!.site.lifecycle!.domainChanged!.from += payload; }],
      ['redirect from', (b) => { b.find((x) => x.redirects.length)!.redirects[0]!.from += payload; }],
      ['redirect to', (b) => { b.find((x) => x.redirects.length)!.redirects[0]!.to += payload; }],
      ['contact.email', (b) => { b[0]!.site.contact.email = `web${payload}@shili.gov.cn`; }],
    ];
    for (const [field, plant] of plants) {
      const b = bundles();
      plant(b);
      expect(() => nginxFiles(b, options), field).toThrow(ConfigValueError);
    }
    // Paths from the command line are held to a path grammar too.
    expect(() => nginxFiles(bundles(), { ...options, webRoot: () => `/srv/x${payload}` })).toThrow(ConfigValueError);
    expect(() => nginxFiles(bundles(), { ...options, certDir: `/etc/x${payload}` })).toThrow(ConfigValueError);
    expect(() => nginxFiles(bundles(), { ...options, acmeRoot: `/var/x${payload}` })).toThrow(ConfigValueError);
  });

  it('writes free-text names into comments only, on one line, and the result passes nginx -t', () => {
    const b = sites.map((s) => structuredClone(s.bundle));
    b[0]!.site.name = '示例市\n}\nserver { listen 9; return 200 pwned; }\n#';
    const prefix = mkdtempSync(join(tmpdir(), 'jiyue-inject-'));
    mkdirSync(join(prefix, 'tmp'));
    const files = nginxFiles(b, { webRoot: (id) => join(prefix, id), certDir: join(nginx.prefix, 'certs'), httpPort: 1, httpsPort: 2, addresses: ['127.0.0.1'], prefix });
    for (const [name, text] of files) {
      mkdirSync(dirname(join(prefix, name)), { recursive: true });
      writeFileSync(join(prefix, name), text);
      expect(text, name).not.toMatch(/^\s*(server \{ listen 9|return 200 pwned)/m);
    }
    execFileSync('nginx', ['-t', '-q', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'pipe' });
  });
});

describe('tamper detection (网页防篡改) on a live release', () => {
  it('reports one changed byte of one page, on disk and in what nginx serves, and exits non-zero', async () => {
    const target = mkdtempSync(join(tmpdir(), 'jiyue-live-'));
    chmodSync(target, 0o755); // nginx's workers (user nobody) read the release
    await release({ root, target, name: 'live', build: () => {}, check: () => {} });
    const live = await startNginx(sites.map((s) => s.bundle), (id) => join(target, 'current', id));
    const caFile = join(live.prefix, 'ca.pem');
    writeFileSync(caFile, live.ca);
    const run = () => new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [join(root, 'packages/deploy/bin/verify.mjs'), '--to', target, '--connect', '::1', '--port', String(live.httpsPort), '--ca', caFile], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c) => (out += c));
      child.stderr.on('data', (c) => (out += c));
      child.on('exit', (code) => resolve({ code, out }));
    });
    try {
      const clean = await run();
      expect(clean.out).toContain('未发现篡改');
      expect(clean.code, clean.out).toBe(0);
      const urls = Number(/核对 (\d+) 个网址/.exec(clean.out)![1]);
      expect(urls).toBeGreaterThan(sites.reduce((n, s) => n + s.bundle.items.length, 0));

      // Behind the server's back: one byte of one page of the live release (root ignores 0444).
      const page = sites.find((s) => s.id === 'fgw')!.bundle.items[0]!.path;
      const file = join(target, 'current', 'fgw', page, 'index.html');
      const bytes = readFileSync(file);
      const at = bytes.indexOf('</body>');
      bytes[at + 2] = 'B'.charCodeAt(0);
      writeFileSync(file, bytes);
      const report = await verify(target, { http: { address: '::1', port: live.httpsPort, ca: live.ca } });
      expect(report.disk.changed).toEqual([`fgw${page}index.html`]);
      expect(report.http!.changed).toEqual([`https://${sites.find((s) => s.id === 'fgw')!.bundle.site.domain}${page}`]);
      const tamperedRun = await run();
      expect(tamperedRun.code).toBe(1);
      expect(tamperedRun.out).toContain('磁盘上被改动的文件（1）');
      expect(tamperedRun.out).toContain('服务器返回内容与清单不符的网址（1）');
      expect(tamperedRun.out).toContain('发现篡改');

      // An added file and a removed one are reported too.
      const extra = join(target, 'current', 'city', 'evil.html');
      chmodSync(join(target, 'current', 'city'), 0o755);
      writeFileSync(extra, '<p>x</p>');
      rmSync(join(target, 'current', 'city', '404.html'));
      const more = await verify(target);
      expect(more.disk.added).toEqual(['city/evil.html']);
      expect(more.disk.missing).toEqual(['city/404.html']);
    } finally {
      await live.stop();
      rmSync(target, { recursive: true, force: true });
    }
  });
});
