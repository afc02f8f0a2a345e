import type { AnnualReport } from '@jiyue/content/bundle';
import { barChart, esc, page } from './html.ts';

/** A figure; null means the library cannot give it (filled in by the office). */
const v = (x: number | boolean | null | undefined) => (x === null || x === undefined ? '<span class="muted">（需另行填报）</span>' : typeof x === 'boolean' ? (x ? '是' : '否') : esc(x));

/** One site's 政府网站工作年度报表 as a printable page. */
export function annualHtml(r: AnnualReport): string {
  const rows: [string, string][] = [
    ['网站名称', esc(r.site.name)],
    ['首页网址', esc(r.site.homepage)],
    ['主办单位', esc(r.site.sponsor)],
    ['网站类型', esc(r.site.kind)],
    ['政府网站标识码', esc(r.site.siteCode)],
    ['ICP备案号', esc(r.site.icp)],
    ['公安机关备案号', esc(r.site.police)],
    ['独立用户访问总量（个）', v(r.visits.uniqueVisitors)],
    ['网站总访问量（次）', v(r.visits.pageViews)],
    ['信息发布总数（条）', v(r.publishing.total)],
    ['　其中：概况类信息更新量', v(r.publishing.overview)],
    ['　　　　政务动态信息更新量', v(r.publishing.news)],
    ['　　　　信息公开目录信息更新量', v(r.publishing.disclosure)],
    ['专栏专题：维护数量（个）', v(r.topics.maintained)],
    ['　　　　　新开设数量（个）', v(r.topics.opened)],
    ['解读信息发布总数（条）', v(r.interpretation.total)],
    ['　其中：解读材料数量', v(r.interpretation.materials)],
    ['　　　　解读产品数量', v(r.interpretation.products)],
    ['　　　　媒体评论文章数量', v(r.interpretation.mediaComments)],
    ['回应公众关注热点或重大舆情数量（次）', v(r.interpretation.responses)],
    ['重要政策文件（件）／其中已解读', `${v(r.interpretation.importantPolicies)}／${v(r.interpretation.importantInterpreted)}`],
    ['是否发布服务事项目录', v(r.services.catalogue)],
    ['本年发布办事指南（项）', v(r.services.guides)],
    ['是否使用统一平台', v(r.interaction.unifiedPlatform)],
    ['收到留言数量（条）', v(r.interaction.received)],
    ['办结留言数量（条）', v(r.interaction.replied)],
    ['平均办理时间（天）', r.interaction.averageDays === null ? '—' : v(r.interaction.averageDays)],
    ['公开答复数量（条）', v(r.interaction.published)],
    ['转载上级网站信息（条）／平均用时（小时）／超过时限', `${v(r.reprints.count)}／${r.reprints.averageLagHours === null ? '—' : v(r.reprints.averageLagHours)}／${v(r.reprints.late)}`],
    ['安全检测评估次数', v(r.security.checks)],
    ['发现问题数量／问题整改数量', v(r.security.incidents)],
  ];
  const table = `<table><tbody>${rows.map(([k, val]) => `<tr><th scope="row">${esc(k)}</th><td>${val}</td></tr>`).join('')}</tbody></table>`;
  const chart = barChart(r.publishing.byColumn.map((c) => ({ label: c.name, value: c.count })), `${r.site.name} ${r.year} 年各栏目发布信息数`);
  const columns = `<table><thead><tr><th>栏目</th><th>类型</th><th>发布信息数</th></tr></thead><tbody>${r.publishing.byColumn.map((c) => `<tr><td>${esc(c.name)}</td><td><code>${esc(c.type)}</code></td><td class="num">${c.count}</td></tr>`).join('')}</tbody></table>`;
  return page(
    `政府网站工作年度报表（${r.year}年度）`,
    `${r.site.name}（${r.site.homepage}）· 数据由统一信息资源库统计生成；标注“需另行填报”的项目由主办单位根据访问统计和安全检测记录填写。`,
    `<section><h2>基本情况和统计数据</h2>${table}</section><section><h2>各栏目发布信息数</h2>${chart}${columns}</section>`,
  );
}
