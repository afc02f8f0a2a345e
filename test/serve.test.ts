/** The local preview of `./jiyue start`: every site over IPv6 and IPv4, an index, Host routing, 404s. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServers } from '../scripts/serve.ts';
import { builtSites, root } from './helpers/built-sites.ts';

let servers: Awaited<ReturnType<typeof startServers>>;
const base = 45000 + Math.floor(Math.random() * 5000);
const url = (host: string, port: number, path = '/') => `http://${host.includes(':') ? `[${host}]` : host}:${port}${path}`;

beforeAll(async () => {
  servers = await startServers(root, base);
});
afterAll(() => servers?.stop());

describe('local preview', () => {
  it.each(['::1', '127.0.0.1'])('lists every site on the index over %s and serves each one', async (host) => {
    const index = await (await fetch(url(host, base))).text();
    for (const site of builtSites()) {
      const served = servers.sites.find((s) => s.id === site.id)!;
      expect(index).toContain(`>${site.bundle.site.name}</a>`);
      const home = await fetch(url(host, served.port));
      expect(home.status).toBe(200);
      expect(await home.text()).toContain(`<title>${site.bundle.site.name}</title>`);
    }
    expect(index).toContain(`${builtSites()[0]!.bundle.city.name}政府网站集群`);
  });

  it('answers a site by its Host header on the index port, and unknown paths with its 404 page', async () => {
    const fgw = builtSites().find((s) => s.id === 'fgw')!;
    const { request } = await import('node:http');
    const get = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        request({ host: '::1', port: base, path, headers: { host: fgw.bundle.site.domain } }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        }).on('error', reject).end();
      });
    expect((await get('/')).body).toContain(`<title>${fgw.bundle.site.name}</title>`);
    const missing = await get('/no/such/page/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('页面不存在');
  });
});
