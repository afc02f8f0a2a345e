/**
 * Serves every built site of the cluster locally, over IPv6 ([::1]) and IPv4 (127.0.0.1).
 * Port BASE shows an index page listing the sites (and also answers any site by its Host
 * header, as the production server does); site N of the registry answers on port BASE+1+N.
 * Runs until Ctrl-C.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { appSites, bundleFile, distDir, readBundle } from '@jiyue/content';

export interface ServedSite { id: string; name: string; domain: string; port: number; dir: string; parent?: string }
export const HOSTS = ['::1', '127.0.0.1'];

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The built sites under apps/, in the registry's order (read from each app's bundle). */
export function builtSites(root: string, basePort: number): ServedSite[] {
  const sites = appSites(root)
    .filter((id) => existsSync(join(distDir(root, id), 'index.html')) && existsSync(bundleFile(root, id)))
    .map((id) => {
      const bundle = readBundle(root, id);
      return { id, name: bundle.site.name, domain: bundle.site.domain, kind: bundle.site.kind, dir: distDir(root, id), parent: bundle.parent?.id };
    });
  const order = ['city-portal', 'district-portal', 'department'];
  sites.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.id.localeCompare(b.id));
  return sites.map(({ kind: _kind, ...s }, i) => ({ ...s, port: basePort + 1 + i }));
}

/** Static files of one site; unknown paths get the site's own 404 page with status 404. */
export function siteHandler(dir: string): Handler {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('404');
  return (req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
}

/**
 * Cross-site search in the preview (Q2, docs/search.md): a portal's index covers the sites below
 * it, and /search/sites.json — the one file that tells the search page where those sites are
 * served, for its result links — is answered with the preview's addresses instead of the
 * production domains. Everything else is the built file as deployed.
 */
export function searchPreview(site: ServedSite, sites: ServedSite[], basePort: number, handler: Handler): Handler {
  const below = (id: string): ServedSite[] => sites.filter((s) => s.parent === id).flatMap((s) => [s, ...below(s.id)]);
  const file = join(site.dir, 'search', 'sites.json');
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/search/sites.json' && existsSync(file)) {
      const built = JSON.parse(readFileSync(file, 'utf8'));
      const host = req.headers.host ?? `127.0.0.1:${site.port}`;
      const hostname = host.replace(/:\d+$/, '');
      // Reached by domain name on the base port (as in production) or by address on the site's own port.
      const byName = sites.some((s) => s.domain === hostname);
      const originOf = (s: ServedSite) => (byName ? `http://${s.domain}:${basePort}` : `http://${hostname}:${s.port}`);
      const local = {
        ...built,
        self: { ...built.self, origin: `http://${host}` },
        below: below(site.id).map((s) => ({ id: s.id, name: s.name, origin: originOf(s) })),
      };
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
      return void res.end(JSON.stringify(local));
    }
    handler(req, res);
  };
}

function indexPage(sites: ServedSite[], hostForLinks: string, city: { name: string; demo: boolean }): string {
  const rows = sites
    .map((s) => `<li><a href="http://${hostForLinks}:${s.port}/">${s.name}</a> <small>${s.domain} · 端口 ${s.port}</small></li>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${city.name}政府网站集群（本地预览）</title></head><body><main><h1>${city.name}政府网站集群 · 本地预览</h1><p>${city.demo ? '以下为演示城市的全部网站（演示数据，非真实政府网站）：' : '以下为本集群的全部网站：'}</p><ul>${rows}</ul></main></body></html>`;
}

function listen(handler: Handler, port: number): Promise<Server[]> {
  return Promise.all(
    HOSTS.map(
      (host) =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer(handler);
          server.once('error', reject);
          server.listen({ port, host, ipv6Only: host.includes(':') }, () => resolve(server));
        }),
    ),
  );
}

/** Starts every server; returns the sites and a function that stops them all. */
export async function startServers(root: string, basePort: number) {
  const sites = builtSites(root, basePort);
  if (sites.length === 0) throw new Error('没有找到已构建的网站：请先运行 pnpm build。');
  const { city } = readBundle(root, sites[0]!.id);
  const handlers = new Map(sites.map((s) => [s.id, searchPreview(s, sites, basePort, siteHandler(s.dir))]));
  const byDomain = new Map(sites.map((s) => [s.domain, handlers.get(s.id)!]));
  const index: Handler = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const site = byDomain.get(host);
    if (site) return site(req, res);
    const linkHost = host.startsWith('[') ? host : host.includes(':') ? `[${host}]` : host || '127.0.0.1';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(indexPage(sites, linkHost, city));
  };
  const servers = (await Promise.all([listen(index, basePort), ...sites.map((s) => listen(handlers.get(s.id)!, s.port))])).flat();
  const stop = () => Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return { sites, stop };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, root: { type: 'string', default: process.cwd() } } });
  const base = Number(values.port);
  const { sites } = await startServers(values.root!, base);
  console.log(`网站集群已启动（按 Ctrl-C 停止）。网站列表：http://127.0.0.1:${base}/  或  http://[::1]:${base}/`);
  for (const s of sites) console.log(`  ${s.name.padEnd(16, '　')} http://127.0.0.1:${s.port}/  http://[::1]:${s.port}/`);
}
