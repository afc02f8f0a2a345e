import { hostAllowed } from '../../../source/links.ts';
import type { ItemRule } from '../../../types.ts';
import { at } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/external-link',
  scope: 'item',
  severity: 'error',
  title: '链接到允许名单以外的网站，或从其他网站加载资源',
  requirements: ['C6', 'D6', 'X3'],
  check(source, ctx) {
    const cluster = ctx.library.registry.sites.map((s) => s.domain);
    const out = [];
    for (const l of source.links) {
      if (!l.host || l.ipLiteral) continue; // IP addresses: forbidden/ip-literal
      if (l.kind === 'image') {
        // The pages' Content-Security-Policy (link-policy.ts) loads from the site's own origin only:
        // the browser would block this image, so the publisher hears it here, not from a blank box.
        out.push(at(source, l.offset, `图片或媒体来自其他网站 ${l.host}，网页的安全策略只允许加载本网站的资源`, '把图片文件放到 content/files/ 下，用相对路径 files/<文件名> 引用；不要引用其他网站（包括其他政府网站）的图片。'));
      } else if (!cluster.includes(l.host) && !hostAllowed(l.host, ctx.config.hosts.links)) {
        out.push(at(source, l.offset, `链接到允许名单以外的网站 ${l.host}`, '政府网站只链接政府网站和经审核的网站：删除该链接；确需链接的，由发布团队把域名加入 content/inspector/hosts.yaml 的 links 名单。'));
      }
    }
    return out;
  },
};
