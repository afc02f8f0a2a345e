import type { Draft, PageRule } from '../../../types.ts';
import { onPage } from '../shared.ts';

export const rule: PageRule = {
  id: 'site/img-alt',
  scope: 'page',
  severity: 'error',
  title: '图片没有替代文字',
  requirements: ['D7'],
  check(page, ctx) {
    const out: Draft[] = [];
    page.$('img:not([alt]), input[type="image"]:not([alt]), area[href]:not([alt])').each((_, el) => {
      out.push(onPage(ctx, page, el, '图片没有替代文字（alt）', '在 Markdown 中写作 ![图片内容说明](图片地址)；纯装饰的图片写 alt=""。', 'src'));
    });
    return out;
  },
};
