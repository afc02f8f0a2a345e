import type { InspectionReport } from '../inspect.ts';
import { limitText, type SiteFreshness } from '../inspection/freshness.ts';
import type { Finding } from '../types.ts';
import { barChart, esc, freshnessChart, page } from './html.ts';

const STATUS = { fresh: '正常', warning: '预警', stale: '超期未更新', empty: '空白', static: '无更新要求' } as const;
const LEVEL = { error: '错误', warning: '警告' } as const;

function findingRows(findings: Finding[]): string {
  if (!findings.length) return '<p class="muted">没有发现问题。</p>';
  const rows = findings
    .map((f) => `<tr><td class="${f.severity}">${LEVEL[f.severity]}</td><td><code>${esc(f.rule)}</code></td><td><code>${esc(`${f.file}:${f.line}:${f.column}`)}</code>${f.url ? `<br><code>${esc(f.url)}</code>` : ''}${f.element ? `<br><code>${esc(f.element)}</code>` : ''}</td><td>${esc(f.message)}<br><span class="muted">修改建议：${esc(f.hint)}</span></td></tr>`)
    .join('');
  return `<table><thead><tr><th>级别</th><th>规则</th><th>位置</th><th>问题和修改建议</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function freshnessSection(sf: SiteFreshness): string {
  const rows = sf.columns
    .map((c) => `<tr><td>${esc(c.column.name)}</td><td><code>${esc(c.column.type)}</code></td><td class="num">${c.count}</td><td>${esc(c.newest ?? '—')}</td><td class="num">${c.age ?? '—'}</td><td>${c.limit ? limitText(c.limit) : '—'}</td><td class="st-${c.status}">${STATUS[c.status]}</td></tr>`)
    .join('');
  const chart = freshnessChart(
    sf.columns.map((c) => ({ label: c.column.name, age: c.age, limit: c.limitDays, status: c.status })),
    `${sf.site.name}各栏目距上次更新的天数（虚线为更新期限）`,
  );
  return `<h3>栏目更新情况</h3>${chart}<table><thead><tr><th>栏目</th><th>类型</th><th>信息数</th><th>最近更新</th><th>距今（天）</th><th>更新期限</th><th>状态</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The publishing team's dashboard: verdicts, column freshness, findings by rule, suppressions. */
export function dashboardHtml(report: InspectionReport, annualLinks: { site: string; href: string }[] = []): string {
  const cards = report.verdicts
    .map((v) => `<div class="card"><h3><a href="#site-${esc(v.id)}">${esc(v.name)}</a></h3><p><span class="badge ${v.verdict === '合格' ? 'pass' : 'fail'}">${v.verdict}</span>${v.publishable ? '' : ' <span class="badge fail">有错误，不得发布</span>'} <span class="muted">${esc(v.domain)}</span></p><p>错误 <span class="error">${v.errors}</span>，警告 <span class="warning">${v.warnings}</span>；首页最近更新 ${esc(v.homepage.newest ?? '无')}</p>${v.reasons.length ? `<ul>${v.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : '<p class="muted">无单项否决问题。</p>'}</div>`)
    .join('');

  const byRule = new Map<string, { errors: number; warnings: number }>();
  for (const f of report.findings) {
    const r = byRule.get(f.rule) ?? { errors: 0, warnings: 0 };
    r[f.severity === 'error' ? 'errors' : 'warnings']++;
    byRule.set(f.rule, r);
  }
  const titles = new Map(report.rules.map((r) => [r.id, r.title]));
  const ruleRows = [...byRule.entries()].sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings));
  const ruleChart = barChart(
    ruleRows.map(([id, n]) => ({ label: `${titles.get(id) ?? id}`, value: n.errors + n.warnings, color: n.errors ? '#b5121b' : '#b26a00' })),
    '各规则发现的问题数',
  );
  const ruleTable = ruleRows.length
    ? `<table><thead><tr><th>规则</th><th>说明</th><th>错误</th><th>警告</th></tr></thead><tbody>${ruleRows.map(([id, n]) => `<tr><td><code>${esc(id)}</code></td><td>${esc(titles.get(id) ?? '')}</td><td class="num">${n.errors}</td><td class="num">${n.warnings}</td></tr>`).join('')}</tbody></table>`
    : '<p class="muted">没有发现问题。</p>';

  const suppressions = report.suppressions.length
    ? `<table><thead><tr><th>位置</th><th>规则</th><th>范围</th><th>屏蔽</th><th>原因</th></tr></thead><tbody>${report.suppressions.map((s) => `<tr><td><code>${esc(`${s.file}:${s.line}`)}</code></td><td><code>${esc(s.rules.join(','))}</code></td><td>${s.scope === 'file' ? '全文' : s.scope === 'line' ? '本行' : '下一行'}</td><td class="num">${s.suppressed}</td><td>${esc(s.reason)}</td></tr>`).join('')}</tbody></table>`
    : '<p class="muted">没有停用任何检查。</p>';

  const general = report.findings.filter((f) => !f.site || !report.verdicts.some((v) => v.id === f.site));
  const sites = report.freshness
    .map((sf) => {
      const v = report.verdicts.find((x) => x.id === sf.site.id)!;
      const own = report.findings.filter((f) => f.site === sf.site.id);
      const annual = annualLinks.filter((a) => a.site === sf.site.id).map((a) => `<a href="${esc(a.href)}">年度报表</a>`).join(' ');
      return `<section id="site-${esc(sf.site.id)}"><h2>${esc(sf.site.name)} <span class="badge ${v.verdict === '合格' ? 'pass' : 'fail'}">${v.verdict}</span></h2><p class="muted">${esc(sf.site.domain)} · ${sf.counts.items} 条信息 · 首页最近更新 ${esc(sf.newest ?? '无')}（${sf.homepageAge ?? '—'} 天前） ${annual}</p>${freshnessSection(sf)}<details ${own.some((f) => f.severity === 'error') ? 'open' : ''}><summary>问题清单（${own.length}）</summary>${findingRows(own)}</details></section>`;
    })
    .join('');

  const body = `
<section><h2>总体情况</h2><p>检查日期 ${esc(report.date)}：${report.counts.items} 条信息，${report.built.pages} 个页面；错误 <span class="error">${report.counts.errors}</span> 个，警告 <span class="warning">${report.counts.warnings}</span> 个，停用检查 ${report.suppressions.length} 处。${report.counts.errors ? '<strong class="error">有错误，不得发布。</strong>' : report.built.stale.length ? '<strong class="error">内容没有错误；页面已过期、未检查，请先运行 pnpm build。</strong>' : '<strong>没有错误，可以发布。</strong>'}</p>
${report.built.notBuilt.length ? `<p class="muted">以下网站尚未生成，未检查页面：${esc(report.built.notBuilt.join('、'))}</p>` : ''}${report.built.stale.length ? `<p class="error">以下网站的页面早于内容库的最近一次修改，未检查页面（请先运行 pnpm build）：${esc(report.built.stale.join('、'))}</p>` : ''}
<div class="cards">${cards}</div></section>
<section><h2>按规则统计</h2>${ruleChart}${ruleTable}</section>
<section><h2>停用检查</h2>${suppressions}</section>
${sites}
${general.length ? `<section><h2>其他问题</h2>${findingRows(general)}</section>` : ''}`;
  return page('政府网站内容检查', `检查日期 ${report.date} · 单项否决依据《政府网站与政务新媒体检查指标》`, body);
}
