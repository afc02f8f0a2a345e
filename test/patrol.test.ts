/**
 * The daily patrol against the real nginx serving the built demo city on [::1] and 127.0.0.1:
 * clean, it finds nothing; with a broken link and a removed identity element planted in what the
 * server serves, it finds both, over IPv6 and IPv4, and the command exits non-zero.
 */
import { contentDir, loadLibrary } from '@jiyue/content';
import { patrol, patrolHtml } from '@jiyue/monitor';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSites, root } from './helpers/built-sites.ts';
import { startNginx, type RunningNginx } from './helpers/nginx.ts';

const sites = builtSites();
const { library } = loadLibrary({ libraryDir: contentDir(root), cwd: root });
const served = mkdtempSync(join(tmpdir(), 'jiyue-patrol-served-'));
let nginx: RunningNginx;

beforeAll(async () => {
  chmodSync(served, 0o755); // nginx's workers read it
  for (const s of sites) cpSync(s.dir, join(served, s.id), { recursive: true });
  nginx = await startNginx(sites.map((s) => s.bundle), (id) => join(served, id));
});
afterAll(async () => {
  await nginx?.stop();
  rmSync(served, { recursive: true, force: true });
});

const servers = () => [new URL(`https://[::1]:${nginx.httpsPort}`), new URL(`https://127.0.0.1:${nginx.httpsPort}`)];

describe('daily patrol (日常巡检) of the served sites', () => {
  it('finds nothing wrong on the demo as served, over IPv6 and IPv4, and visits every sitemap page', async () => {
    for (const server of servers()) {
      const report = await patrol(library!, { server, ca: nginx.ca, sites: ['rsj'] });
      expect(report.findings).toEqual([]);
      const [rsj] = report.sites;
      const pages = readFileSync(join(served, 'rsj', 'sitemap-0.xml'), 'utf8').match(/<loc>/g)!.length;
      expect(rsj!.sitemapUrls).toBe(pages);
      expect(rsj!.fetched).toBeGreaterThan(pages); // pages, plus their styles, scripts and files
    }
  });

  it('finds a planted broken link and a removed identity element on the live server', async () => {
    const home = join(served, 'fgw', 'index.html');
    const html = readFileSync(home, 'utf8');
    const code = sites.find((s) => s.id === 'fgw')!.bundle.site.siteCode;
    expect(html).toContain(code);
    writeFileSync(home, html.replace('</main>', '<p><a href="/no-such-page/">已删除的页面</a></p></main>').replaceAll(code, ''));
    try {
      for (const server of servers()) {
        const report = await patrol(library!, { server, ca: nginx.ca, sites: ['fgw'] });
        const rules = report.findings.map((f) => f.rule);
        expect(rules).toContain('patrol/status'); // /no-such-page/ answers 404
        expect(rules).toContain('site/identity'); // the footer lost its 网站标识码
        const identity = report.findings.find((f) => f.rule === 'site/identity')!;
        expect(identity.message).toContain('网站标识码');
        expect(identity.file).toBe(`https://fgw.shili.gov.cn/`);
        expect(patrolHtml(report)).toContain('/no-such-page/');
      }
      // The command: Chinese report, exit code 1.
      const caFile = join(nginx.prefix, 'test-ca.pem');
      writeFileSync(caFile, nginx.ca);
      const cli = spawnSync(process.execPath, [join(root, 'packages', 'monitor', 'bin', 'patrol.mjs'), '--url', `https://[::1]:${nginx.httpsPort}`, '--site', 'fgw', '--ca', caFile], { cwd: root, encoding: 'utf8', timeout: 120_000 });
      expect(cli.status).toBe(1);
      expect(cli.stdout).toContain('巡检发现');
      expect(cli.stdout).toContain('[patrol/status]');
    } finally {
      writeFileSync(home, html);
    }
  });
});
