import type { Draft, PageRule } from '../../../types.ts';
import { expectedPages, onPage } from '../shared.ts';

export const rule: PageRule = {
  id: 'site/meta-tags',
  scope: 'page',
  severity: 'error',
  title: '网页标签（meta）缺失或不符',
  requirements: ['D1'],
  check(page, ctx) {
    const { site } = ctx;
    const want: [string, string | undefined][] = [
      ['SiteName', site.name],
      ['SiteDomain', site.domain],
      ['SiteIDCode', site.siteCode],
    ];
    const expected = expectedPages(ctx).get(page.url.pathname);
    if (expected?.kind === 'column' || expected?.kind === 'item') {
      want.push(['ColumnName', expected.column.name], ['ColumnType', expected.column.type]);
    }
    if (expected?.kind === 'item') {
      const m = expected.item.meta;
      want.push(['ArticleTitle', m.title], ['PubDate', m.date], ['ContentSource', m.source]);
    }
    const out: Draft[] = [];
    for (const [name, value] of want) {
      const el = page.$(`meta[name="${name}"]`).first();
      const actual = el.attr('content');
      if (actual === undefined) {
        out.push(onPage(ctx, page, page.$('head').get(0), `缺少网页标签 <meta name="${name}">`, `页面的 head 中应有 <meta name="${name}" content="${value}">（由共用页面模板生成，请检查模板）。`));
      } else if (value !== undefined && actual.trim() !== value) {
        out.push(onPage(ctx, page, el.get(0), `网页标签 ${name} 的值“${actual}”应为“${value}”`, '网页标签的值来自网站登记表和条目信息，请检查页面模板。', 'content'));
      }
    }
    return out;
  },
};
