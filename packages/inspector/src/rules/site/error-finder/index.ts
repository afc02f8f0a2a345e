import type { PageRule } from '../../../types.ts';
import { onPage } from '../shared.ts';

export const JIUCUO = 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html';

export const rule: PageRule = {
  id: 'site/error-finder',
  scope: 'page',
  severity: 'error',
  title: '“政府网站找错”标识缺失或参数不对',
  requirements: ['D4'],
  check(page, ctx) {
    const link = page.$(`a[href^="${JIUCUO}"]`).first();
    if (!link.length) {
      return [onPage(ctx, page, page.$('footer').get(0) ?? page.$('body').get(0), '页面没有“政府网站找错”标识链接', `每个页面都应有链接到 ${JIUCUO} 的“政府网站找错”标识（ErrorFinderBadge 组件）。`)];
    }
    const url = new URL(link.attr('href')!);
    const problems = [];
    if (url.searchParams.get('site_code') !== ctx.site.siteCode) problems.push(`site_code 应为 ${ctx.site.siteCode}`);
    // The 404 page is served for any address, so its own URL is not known at build time.
    const isNotFound = /\/404(\.html|\/)?$/.test(page.url.pathname);
    const target = url.searchParams.get('url');
    if (!isNotFound && target !== page.url.href) problems.push(`url 应为本页地址 ${page.url.href}`);
    if (!link.find('img[alt]').length && !link.text().trim()) problems.push('缺少图片及其替代文字“政府网站找错”');
    return problems.length
      ? [onPage(ctx, page, link.get(0), `“政府网站找错”链接参数不对：${problems.join('；')}`, '检查 ErrorFinderBadge 组件传入的网站标识码和页面地址。', 'href')]
      : [];
  },
};
