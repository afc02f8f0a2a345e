import type { Draft, PageRule } from '../../../types.ts';
import { onPage, resolve } from '../shared.ts';

export const rule: PageRule = {
  id: 'site/broken-anchor',
  scope: 'page',
  severity: 'error',
  title: '页内锚点不存在',
  requirements: ['I2'],
  check(page, ctx) {
    const out: Draft[] = [];
    page.$('a[href*="#"]').each((_, el) => {
      const value = page.$(el).attr('href')!;
      const url = resolve(page, value);
      const fragment = url?.hash.slice(1);
      if (!url || !fragment) return;
      const target = url.pathname === page.url.pathname && url.host === page.url.host ? page : ctx.pageAt(url);
      if (!target) return; // a missing page is reported by site/broken-link
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (target.anchors.has(id)) return;
      out.push(onPage(ctx, page, el, `链接 ${value} 中的锚点“#${id}”在目标页面中不存在`, '改正锚点名称，或在目标位置加上对应的标题（Markdown 标题会自动生成锚点）。', 'href'));
    });
    return out;
  },
};
