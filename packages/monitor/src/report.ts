import { esc, reportPage } from '@jiyue/inspector';
import type { PatrolReport } from './patrol.ts';

/** One line per finding, like `pnpm check`, and a closing verdict that cannot contradict it. */
export function patrolText(r: PatrolReport): string {
  const lines = [`日常巡检 ${r.date}`];
  for (const s of r.sites) lines.push(`  ${s.site}（经 ${s.server}）：访问 ${s.fetched} 个地址，网站地图列出 ${s.sitemapUrls} 个页面`);
  for (const f of r.findings) lines.push(`${f.url ?? f.file} 错误 [${f.rule}] ${f.message}\n    修改建议：${f.hint}`);
  lines.push(r.findings.length ? `巡检发现 ${r.findings.length} 个问题，请尽快处理。` : '巡检未发现问题。');
  return lines.join('\n');
}

export function patrolJson(r: PatrolReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

export function patrolHtml(r: PatrolReport): string {
  const sites = r.sites.map((s) => `<tr><td>${esc(s.site)}</td><td><code>${esc(s.server)}</code></td><td class="num">${s.fetched}</td><td class="num">${s.sitemapUrls}</td><td class="num">${r.findings.filter((f) => f.site === s.site).length}</td></tr>`).join('');
  const rows = r.findings.map((f) => `<tr><td>${esc(f.site)}</td><td><code>${esc(f.url ?? f.file)}</code></td><td><code>${esc(f.rule)}</code></td><td>${esc(f.message)}</td><td>${esc(f.hint)}</td></tr>`).join('');
  const verdict = r.findings.length ? `<p><span class="badge fail">发现 ${r.findings.length} 个问题</span></p>` : '<p><span class="badge pass">未发现问题</span></p>';
  return reportPage('政府网站日常巡检报告', `巡检日期 ${r.date}`, `<section><h2>结论</h2>${verdict}
<table><thead><tr><th>网站</th><th>访问的服务器</th><th>访问地址数</th><th>网站地图页面数</th><th>问题数</th></tr></thead><tbody>${sites}</tbody></table></section>
<section><h2>问题清单</h2>${rows ? `<table><thead><tr><th>网站</th><th>地址</th><th>规则</th><th>问题</th><th>修改建议</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>无。</p>'}</section>`);
}
