import type { Draft, PageRule } from '../../../types.ts';
import { onPage } from '../shared.ts';

export const rule: PageRule = {
  id: 'site/identity',
  scope: 'page',
  severity: 'error',
  title: '标识区或版权区信息缺失',
  requirements: ['D1', 'D3'],
  check(page, ctx) {
    const { site } = ctx;
    const $ = page.$;
    const out: Draft[] = [];
    // The banner is whatever comes before the main content: the full name must be there.
    const main = $('main').first().get(0);
    const mainAt = main?.sourceCodeLocation?.startOffset ?? page.html.length;
    const bodyAt = $('body').get(0)?.sourceCodeLocation?.startOffset ?? 0;
    const top = page.html.slice(bodyAt, mainAt).replace(/<[^>]*>/g, '');
    if (!top.includes(site.name)) {
      out.push(onPage(ctx, page, $('body').get(0), `页面顶部标识区没有网站全称“${site.name}”`, '每个页面顶部都应醒目地显示网站全称（共用页面模板的 Banner 组件）。'));
    }
    const footer = $('footer').last();
    const text = footer.text();
    const has = (selector: string) => footer.find(selector).length > 0;
    const missing = [
      [text.includes(site.sponsor), `主办单位“${site.sponsor}”`],
      [text.includes(site.operator), `承办单位“${site.operator}”`],
      [text.includes(site.siteCode), `网站标识码 ${site.siteCode}`],
      [text.includes(site.icp) && has('a[href*="beian.miit.gov.cn"]'), `ICP备案编号 ${site.icp}（链接到工信部备案系统）`],
      [has(`a[href*="beian.gov.cn"][href*="recordcode=${site.police.recordcode}"]`), `公安机关备案号链接（recordcode=${site.police.recordcode}）`],
      [has(`a[href*="conac.cn"][href*="${site.partyGovLabel}"]`), '党政机关网站标识'],
      [has('a[href="/sitemap/"]'), '网站地图链接'],
    ]
      .filter(([ok]) => !ok)
      .map(([, what]) => what as string);
    if (missing.length) {
      out.push(onPage(ctx, page, footer.get(0) ?? $('body').get(0), `页面底部版权区缺少：${missing.join('、')}`, '版权区由共用页面模板的 Footer 组件生成，内容来自 content/sites.yaml；请检查登记信息和模板。'));
    }
    return out;
  },
};
