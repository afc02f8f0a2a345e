import { emailAddresses } from '../../../lib/email.ts';
import { hostAllowed } from '../../../source/links.ts';
import type { ItemRule } from '../../../types.ts';
import { atLink, foldedScan } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/external-link',
  scope: 'item',
  severity: 'error',
  title: '链接到允许名单以外的网站',
  requirements: ['C6', 'D6', 'X3'],
  check(source, ctx) {
    const cluster = ctx.library.registry.sites.map((s) => s.domain);
    const out = [];
    // A host written in the text that is the domain of an e-mail address (zhang(at)126.com, 李＠163.com) is not a link.
    const folded = foldedScan(source, ctx);
    const mail = emailAddresses(folded.text).map((e) => [folded.offsets[e.offset]!, folded.offsets[e.end]!] as const);
    for (const l of source.links) {
      if (!l.host || l.ipLiteral) continue; // IP addresses: forbidden/ip-literal
      if (l.textOffset !== undefined && mail.some(([s, e]) => l.textOffset! >= s && l.textOffset! < e)) continue;
      // Images and media from another host never get here: the content package refuses them
      // (items/markdown.ts), since the pages' CSP loads only from the site itself.
      if (!cluster.includes(l.host) && !hostAllowed(l.host, ctx.config.hosts.links)) {
        out.push(atLink(source, l, `链接到允许名单以外的网站 ${l.host}`, '政府网站只链接政府网站和经审核的网站：删除该链接；确需链接的，由发布团队把域名加入 content/inspector/hosts.yaml 的 links 名单。'));
      }
    }
    return out;
  },
};
