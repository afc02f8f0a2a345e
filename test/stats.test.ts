/**
 * Use statistics without trackers (I5): the real nginx configuration logs visits with the
 * visitor's network only; `pnpm stats` counts page views and visitors per site and column from
 * that log; the reviewed figures reach the annual report through the library step.
 */
import { appDir, appSites, contentDir, loadLibrary, readBundle } from '@jiyue/content';
import { parseAccessLog, visitStats } from '@jiyue/monitor';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileLibrary } from '../scripts/compile.ts';
import { builtSites, root } from './helpers/built-sites.ts';
import { startNginx } from './helpers/nginx.ts';

const { library } = loadLibrary({ libraryDir: contentDir(root), cwd: root });
const scratch = mkdtempSync(join(tmpdir(), 'jiyue-stats-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function get(address: string, port: number, host: string, path: string, ca: string, userAgent: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, path, servername: host, headers: { host, 'user-agent': userAgent }, ca }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('visits from the servers’ own access log', () => {
  it('nginx logs the site, the page and the visitor’s network, never a full IP; the figures count what was served', async () => {
    const sites = builtSites();
    const nginx = await startNginx(sites.map((s) => s.bundle), (id) => sites.find((s) => s.id === id)!.dir);
    const city = sites.find((s) => s.id === 'city')!.bundle;
    const rsj = sites.find((s) => s.id === 'rsj')!.bundle;
    const column = city.site.columns.find((c) => c.type === 'news')!.id;
    const requests: [string, string, string, string][] = [
      ['127.0.0.1', city.site.domain, '/', 'Phone/1.0'],
      ['127.0.0.1', city.site.domain, `/${column}/`, 'Phone/1.0'],
      ['::1', city.site.domain, `/${column}/`, 'Desktop/2.0'],
      ['::1', rsj.site.domain, '/', 'Desktop/2.0'],
      ['::1', rsj.site.domain, '/no-such-page/', 'Desktop/2.0'], // 404: not a page view
    ];
    for (const [address, host, path, ua] of requests) await get(address, nginx.httpsPort, host, path, nginx.ca, ua);
    await nginx.stop();
    const log = readFileSync(join(nginx.prefix, 'access.log'), 'utf8');
    expect(log).not.toMatch(/127\.0\.0\.1/);
    expect(log).toMatch(/127\.0\.0\.0/);
    const { hits, unreadable } = parseAccessLog(log);
    expect(unreadable).toBe(0);
    expect(hits).toHaveLength(requests.length);
    const year = Number(hits[0]!.day.slice(0, 4));
    const stats = visitStats(library!, hits, year);
    const of = (id: string) => stats.sites.find((s) => s.site === id)!;
    expect(of('city').pageViews).toBe(3);
    expect(of('city').uniqueVisitors).toBe(2); // two networks/browsers on one day
    expect(of('city').byColumn.find((c) => c.column === column)!.pageViews).toBe(2);
    expect(of('rsj').pageViews).toBe(1);
    expect(of('fgw').pageViews).toBe(0);
  });

  it('replays a generated year of log: exact figures per site, column and page; assets, errors and other years left out', () => {
    const city = library!.sites.get('city')!;
    const column = city.columns[0]!.id;
    const lines: string[] = [];
    const line = (host: string, visitor: string, day: string, path: string, status = 200, ua = 'Mozilla/5.0', method = 'GET') =>
      lines.push(`${host} ${visitor} [${day}T08:00:00+08:00] "${method} ${path}" ${status} 1234 "${ua}"`);
    for (let d = 1; d <= 30; d++) {
      const day = `2025-04-${String(d).padStart(2, '0')}`;
      for (let v = 0; v < 5; v++) {
        line(city.domain, `10.0.${v}.0`, day, '/');
        line(city.domain, `10.0.${v}.0`, day, `/${column}/`);
        line(city.domain, `10.0.${v}.0`, day, '/_astro/site.css'); // a style, not a page
      }
      line(city.domain, '2001:db8:1::', day, '/no-such-page/', 404);
      line('www.example.com', '10.9.9.0', day, '/'); // not a site of the cluster
    }
    line(city.domain, '10.0.0.0', '2024-12-31', '/'); // another year
    line(city.domain, '10.0.0.0', '2025-05-01', '/', 200, 'Mozilla/5.0', 'POST');
    lines.push('这不是一行日志');
    const { hits, unreadable } = parseAccessLog(lines.join('\n'));
    expect(unreadable).toBe(1);
    const stats = visitStats(library!, hits, 2025);
    const c = stats.sites.find((s) => s.site === 'city')!;
    expect(c.pageViews).toBe(30 * 5 * 2);
    expect(c.uniqueVisitors).toBe(30 * 5);
    expect(c.byColumn.find((x) => x.column === column)!.pageViews).toBe(150);
    expect(c.topPages.slice(0, 2)).toEqual([{ path: '/', pageViews: 150 }, { path: `/${column}/`, pageViews: 150 }]);
    expect(stats.ignored).toBe(30 * 5 + 30 + 30 + 2);
  });

  it('pnpm stats --publish writes the reviewed snapshot, and the annual report publishes its figures', () => {
    const work = join(scratch, 'workspace');
    cpSync(contentDir(root), contentDir(work), { recursive: true });
    for (const app of appSites(root)) {
      mkdirSync(appDir(work, app), { recursive: true });
      cpSync(join(appDir(root, app), 'package.json'), join(appDir(work, app), 'package.json'));
    }
    const city = library!.sites.get('city')!;
    const log = join(scratch, 'access.log');
    writeFileSync(log, [1, 2, 3].map((v) => `${city.domain} 10.1.${v}.0 [2024-06-0${v}T09:00:00+08:00] "GET /" 200 99 "Mozilla/5.0"`).join('\n'));
    const cli = spawnSync(process.execPath, [join(root, 'packages', 'monitor', 'bin', 'stats.mjs'), '--log', log, '--year', '2024', '--publish'], { cwd: work, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('页面访问量 3 次，独立访客 3 个');
    const snapshot = JSON.parse(readFileSync(join(work, 'content', 'statistics', 'visits.json'), 'utf8'));
    expect(snapshot['2024'].city).toEqual({ pageViews: 3, uniqueVisitors: 3 });
    const step = compileLibrary(work);
    expect(step.compiled.problems).toEqual([]);
    const bundle = readBundle(work, 'city');
    const report = bundle.published?.annualReports.find((r) => r.year === 2024)!;
    expect(report.visits).toEqual({ pageViews: 3, uniqueVisitors: 3 });
    // A malformed snapshot stops the library step with a Chinese message naming the file.
    writeFileSync(join(work, 'content', 'statistics', 'visits.json'), '{"2024": {"city": {"pageViews": -1}}}');
    const broken = compileLibrary(work);
    expect(broken.compiled.ok).toBe(false);
    expect(broken.compiled.problems[0]).toMatchObject({ rule: 'statistics/too-small', file: 'content/statistics/visits.json', line: 1 });
  });
});
