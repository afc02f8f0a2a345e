/**
 * Screenshots of every page kind of the city portal at 360 px (a phone, normal and elder mode)
 * and 1280 px, taken in Chromium from the built sites (run `pnpm build` first), written to
 * docs/images/pages/ and listed in docs/design-system.md between the screenshot markers; also the
 * README's two pictures (docs/images/portal-home.png, article-page.png).
 * `pnpm screenshots`. The first screen only, JPEG, desktop shots at half scale: about 40 KB a shot.
 */
import { readBundle } from '@jiyue/content';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/helpers/browser.ts';
import { startServers } from './serve.ts';

const root = new URL('..', import.meta.url).pathname;
const OUT = join(root, 'docs', 'images', 'pages');
const DOC = join(root, 'docs', 'design-system.md');
const BEGIN = '<!-- screenshots:begin (pnpm screenshots) -->';
const END = '<!-- screenshots:end -->';

const bundle = readBundle(root, 'city');
const first = (type: string) => bundle.items.find((i) => i.type === type && !i.archived)!.path;
const kinds: [name: string, title: string, path: string][] = [
  ['home', '首页', '/'],
  ['column', '栏目列表', bundle.columns.find((c) => c.type === 'policy')!.path],
  ['article', '新闻', first('news')],
  ['policy', '政策文件（信息公开标识）', first('policy')],
  ['guide', '办事指南（如何办理）', first('guide')],
  ['message', '留言答复', first('message')],
  ['table', '正文中的表格', bundle.items.find((i) => i.html.includes('<table'))!.path],
  ['reports', '网站工作年度报表', '/reports/'],
  ['inspection', '政府网站检查情况', '/inspection/'],
  ['search', '站内搜索', `/search/?q=${encodeURIComponent('社保')}`],
];
const shots: { file: string; width: number; elder: boolean }[] = [
  { file: '360', width: 360, elder: false },
  { file: '360-elder', width: 360, elder: true },
  { file: '1280', width: 1280, elder: false },
];

const servers = await startServers(root, 23000 + Math.floor(Math.random() * 500) * 10);
const browser = await launchChromium();
try {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const base = `http://127.0.0.1:${servers.sites.find((s) => s.id === 'city')!.port}`;
  let bytes = 0;
  for (const shot of shots) {
    const phone = shot.width === 360;
    const context = await browser.newContext({ viewport: { width: shot.width, height: phone ? 740 : 900 }, deviceScaleFactor: phone ? 1 : 0.5 });
    if (shot.elder) await context.addInitScript(() => localStorage.setItem('jiyue.elder', '1'));
    const page = await context.newPage();
    for (const [name, , path] of kinds) {
      await page.goto(base + path);
      if (name === 'search') await page.waitForFunction(() => !document.querySelector('#search-status')?.textContent?.includes('正在'));
      const file = join(OUT, `${name}-${shot.file}.jpg`);
      await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
      bytes += statSync(file).size;
    }
    await context.close();
  }
  // The two pictures the README and the publisher guide show.
  const readme = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 0.75 });
  const page = await readme.newPage();
  for (const [file, path] of [['portal-home.png', '/'], ['article-page.png', first('policy')]] as const) {
    await page.goto(base + path);
    await page.screenshot({ path: join(root, 'docs', 'images', file) });
  }
  await readme.close();
  const rows = kinds.map(([name, title]) => `| ${title} | ${shots.map((s) => `![${title} ${s.file}](images/pages/${name}-${s.file}.jpg)`).join(' | ')} |`);
  const table = [BEGIN, '', '| page | 360 px | 360 px, elder mode | 1280 px |', '| --- | --- | --- | --- |', ...rows, '', END].join('\n');
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${DOC}: the screenshot markers are missing`);
  writeFileSync(DOC, doc.slice(0, start) + table + doc.slice(end + END.length));
  console.log(`${kinds.length * shots.length} screenshots, ${(bytes / 1024).toFixed(0)} KB, in ${OUT}`);
} finally {
  await browser.close();
  await servers.stop();
}
