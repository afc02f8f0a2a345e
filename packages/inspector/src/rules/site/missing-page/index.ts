import type { SiteRule } from '../../../types.ts';
import { expectedPages } from '../shared.ts';

const what = { home: '首页', column: '栏目页', item: '信息页', sitemap: '网站地图' } as const;

export const rule: SiteRule = {
  id: 'site/missing-page',
  scope: 'site',
  severity: 'error',
  title: '应有的页面缺失',
  requirements: ['I2'],
  check(ctx) {
    const out = [];
    for (const [path, e] of expectedPages(ctx)) {
      const url = new URL(path, `https://${ctx.site.domain}`);
      if (ctx.fileExists(url) !== false) continue;
      const title = e.kind === 'item' ? `“${e.item.meta.title}”` : e.kind === 'column' ? `“${e.column.name}”` : '';
      out.push({ site: ctx.site.id, file: ctx.distLabel, line: 1, column: 1, url: url.href, message: `${what[e.kind]}${title}没有生成（${path}）`, hint: '重新运行 pnpm build；仍然缺失时请检查构建日志。' });
    }
    return out;
  },
};
