import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '@jiyue/content';
import type { SiteRule } from '../../../types.ts';

/** A URL whose host is an IPv4 address: //a.b.c.d followed by a port, path, quote or end. */
const ipv4Url = /(?:https?:)?\/\/((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?=[:/"'?#\s)<]|$)/g;
const TEXT_FILES = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

export const rule: SiteRule = {
  id: 'site/ipv4-literal',
  scope: 'site',
  severity: 'error',
  title: 'IPv4 地址写死在页面中',
  requirements: ['D6'],
  check(ctx) {
    const out = [];
    const files = readdirSync(ctx.dist, { recursive: true, encoding: 'utf8' }).filter((f) => TEXT_FILES.test(f)).sort();
    for (const f of files) {
      const text = readFileSync(join(ctx.dist, f), 'utf8');
      if (!text.includes('//')) continue;
      let index: LineIndex | undefined;
      for (const m of text.matchAll(ipv4Url)) {
        index ??= new LineIndex(text);
        out.push({ site: ctx.site.id, file: `${ctx.distLabel}/${f.split('\\').join('/')}`, ...index.at(m.index!), element: m[0], message: `页面引用了 IPv4 地址 ${m[1]}，IPv6 用户无法访问`, hint: '改用域名（同一网站的资源用相对路径）；政府网站应支持 IPv6 访问。' });
      }
    }
    return out;
  },
};
