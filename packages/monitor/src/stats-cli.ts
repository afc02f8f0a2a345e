import { contentDir, loadLibrary } from '@jiyue/content';
import { esc, reportPage } from '@jiyue/inspector';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArgs } from './args.ts';
import { parseAccessLog } from './access-log.ts';
import { visitStats, type VisitStats } from './stats.ts';
import { loadVisits, VISITS_FILE } from './visits-file.ts';

const USAGE = `用法：pnpm stats --log <访问日志>… --year <年份> [--report <目录>] [--publish]

从服务器自己的访问日志统计各网站、栏目、页面的访问量（I5）：不用第三方统计代码、不设 Cookie，
日志中只有访客所在网段（IPv4 /24、IPv6 /48），不保存完整 IP 地址。

  --log <文件>      nginx 访问日志（jiyue 格式，由 pnpm nginx 生成的配置写出；可写多次）
  --year <年份>     统计的年份
  --report <目录>   写出 stats.html 和 stats.json
  --publish         把各网站该年的访问量和独立访客数写入 ${VISITS_FILE}，
                    经平台组审核提交后，由年度报表公开`;

export function statsText(s: VisitStats, names: Map<string, string>): string {
  const lines = [`${s.year} 年访问统计（来自服务器访问日志）`];
  for (const site of s.sites) {
    lines.push(`  ${names.get(site.site) ?? site.site}：页面访问量 ${site.pageViews} 次，独立访客 ${site.uniqueVisitors} 个`);
    for (const c of site.byColumn.filter((c) => c.pageViews)) lines.push(`      ${c.name}：${c.pageViews} 次`);
  }
  lines.push(`  未计入的请求（资源文件、非 200、其他年份或其他域名）：${s.ignored} 个`);
  return lines.join('\n');
}

function statsHtml(s: VisitStats, names: Map<string, string>): string {
  const body = s.sites.map((site) => `<section><h2>${esc(names.get(site.site) ?? site.site)}</h2>
<p>页面访问量 <strong>${site.pageViews}</strong> 次；独立访客 <strong>${site.uniqueVisitors}</strong> 个。</p>
<table><thead><tr><th>栏目</th><th>页面访问量（次）</th></tr></thead><tbody>${site.byColumn.map((c) => `<tr><td>${esc(c.name)}</td><td class="num">${c.pageViews}</td></tr>`).join('')}</tbody></table>
<h3>访问最多的页面</h3><table><thead><tr><th>页面</th><th>次数</th></tr></thead><tbody>${site.topPages.map((p) => `<tr><td><code>${esc(p.path)}</code></td><td class="num">${p.pageViews}</td></tr>`).join('')}</tbody></table></section>`).join('');
  return reportPage(`${s.year} 年政府网站访问统计`, '数据来自服务器访问日志；不使用第三方统计，不保存完整 IP 地址', body);
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const values = readArgs(() => parseArgs({ args: argv, options: { log: { type: 'string', multiple: true }, year: { type: 'string' }, report: { type: 'string' }, publish: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }), USAGE);
  if (typeof values === 'number') return values;
  if (!values.log?.length || !/^\d{4}$/.test(values.year ?? '')) {
    console.error(`请用 --log 指定访问日志，用 --year 指定四位年份。\n\n${USAGE}`);
    return 2;
  }
  const root = process.cwd();
  const { library } = loadLibrary({ libraryDir: contentDir(root), cwd: root });
  if (!library) {
    console.error('内容库检查未通过，无法确定网站和栏目；请先运行 pnpm compile。');
    return 1;
  }
  let text = '';
  try {
    for (const f of values.log) text += `${readFileSync(f, 'utf8')}\n`;
  } catch (e) {
    console.error(`无法读取访问日志：${(e as Error).message}`);
    return 1;
  }
  const { hits, unreadable } = parseAccessLog(text);
  const stats = visitStats(library, hits, Number(values.year));
  const names = new Map(library.registry.sites.map((s) => [s.id, s.name]));
  console.log(statsText(stats, names));
  if (unreadable) console.warn(`有 ${unreadable} 行不是 jiyue 日志格式，已跳过（用 pnpm nginx 生成的配置记录日志）。`);
  if (values.report) {
    const dir = resolve(values.report);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'stats.html'), statsHtml(stats, names));
    writeFileSync(join(dir, 'stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
  }
  if (values.publish) {
    const { visits } = loadVisits(root);
    visits[values.year!] = Object.fromEntries(stats.sites.map((s) => [s.site, { pageViews: s.pageViews, uniqueVisitors: s.uniqueVisitors }]));
    const file = join(root, VISITS_FILE);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(visits, null, 2)}\n`);
    console.log(`访问统计已写入 ${VISITS_FILE}；审核提交后，年度报表在下次构建时公开。`);
  }
  return 0;
}
