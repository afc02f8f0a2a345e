/**
 * Lighthouse (mobile) on the home, article, column and search pages of the city portal, served by
 * the real nginx configuration over HTTPS (test/helpers/nginx.ts), in Debian's Chromium. Not part
 * of the test suite (slow, and it fetches Lighthouse from the npm registry through npx the first
 * time). Run `pnpm build` first, then `node bench/lighthouse.ts`; reports go to bench/out/lighthouse/.
 * Targets (issue 15): accessibility, SEO, best practices 100; performance ≥ 98.
 */
import { distDir } from '@jiyue/content';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSites, root } from '../test/helpers/built-sites.ts';
import { startNginx } from '../test/helpers/nginx.ts';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const out = join(root, 'bench', 'out', 'lighthouse');
mkdirSync(out, { recursive: true });
const sites = builtSites();
const city = sites.find((s) => s.id === 'city')!.bundle;
const pages: [string, string][] = [
  ['home', '/'],
  ['article', city.items.find((i) => i.type === 'news' && !i.archived)!.path],
  ['column', city.columns.find((c) => c.type === 'news')!.path],
  ['search', `/search/?q=${encodeURIComponent('社保')}`],
];
const nginx = await startNginx(sites.map((s) => s.bundle), (id) => distDir(root, id));
try {
  for (const [kind, path] of pages) {
    const report = join(out, `${kind}.json`);
    // Every domain of the cluster resolves to the local nginx (cross-site search reads the others).
    const flags = '--headless=new --no-sandbox --ignore-certificate-errors --host-resolver-rules="MAP *.gov.cn 127.0.0.1"';
    try {
      execFileSync('npx', ['--yes', LIGHTHOUSE, `https://${city.site.domain}:${nginx.httpsPort}${path}`, '--quiet', '--output=json', `--output-path=${report}`,
        '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${flags}`],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: 'pipe', timeout: 300_000 });
    } catch {
      // Lighthouse exits non-zero when Chromium's teardown fails as root; the report is what counts.
    }
    const r = JSON.parse(readFileSync(report, 'utf8'));
    if (r.runtimeError) throw new Error(`${kind}: ${r.runtimeError.message}`);
    const score = (id: string) => Math.round(r.categories[id].score * 100);
    const failing = Object.values(r.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>)
      .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0).map((a) => a.id);
    console.log(`${kind.padEnd(8)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}  SEO ${score('seo')}  LCP ${r.audits['largest-contentful-paint'].displayValue}  CLS ${r.audits['cumulative-layout-shift'].displayValue}${failing.length ? `  failing: ${failing.join(', ')}` : ''}`);
  }
} finally {
  await nginx.stop();
}
