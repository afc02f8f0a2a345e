import type { Draft, PageRule } from '../../../types.ts';
import { onPage, resolve } from '../shared.ts';

const LINKING = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
] as const;

export const rule: PageRule = {
  id: 'site/broken-link',
  scope: 'page',
  severity: 'error',
  title: '链接失效',
  requirements: ['I2'],
  check(page, ctx) {
    const out: Draft[] = [];
    for (const [tag, attr] of LINKING) {
      page.$(`${tag}[${attr}]`).each((_, el) => {
        const value = page.$(el).attr(attr);
        const url = resolve(page, value);
        if (!url || ctx.fileExists(url) !== false) return; // external or fine
        out.push(onPage(ctx, page, el, `链接 ${value} 指向的页面或文件不存在`, '改正链接地址；如果链接的条目已删除或改名，请同时修改引用它的条目。', attr));
      });
    }
    return out;
  },
};
