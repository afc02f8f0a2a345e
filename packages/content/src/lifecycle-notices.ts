import { createHash } from 'node:crypto';
import type { ParsedItem } from './items/parse.ts';
import type { Registry, Site } from './registry/schema.ts';

/**
 * The notices S4 requires, written by the platform from the registry's lifecycle entries, so
 * none can be forgotten: opening (on the parent portal), temporary offline (on the site and the
 * parent), migration (on the old site, and the 去向公告 on the parent), domain change (on the site).
 * They are published as ordinary items of each site's notice column.
 */
export function lifecycleNotices(registry: Registry): ParsedItem[] {
  const byId = new Map(registry.sites.map((s) => [s.id, s]));
  const notices: ParsedItem[] = [];
  const add = (on: Site | undefined, id: string, title: string, date: string, paragraphs: string[]) => {
    const column = on?.columns.find((c) => c.type === 'notice');
    if (!on || !column) return; // a site without a notice column cannot carry notices
    notices.push({
      meta: {
        id, title, type: 'notice', site: on.id, column: column.id, date, source: on.sponsor,
        signoff: {}, // written by the platform from the registry, which is itself reviewed (CODEOWNERS)
      },
      html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
      text: paragraphs.join(''),
      // Written by the platform, not by a publisher: nothing for the text rules to judge or to point at.
      published: { text: '', map: [], fields: [], links: [] },
      positions: {},
      comments: [],
      file: 'content/sites.yaml',
      digest: createHash('sha256').update(`${id}\0${title}\0${date}\0${paragraphs.join('\n')}`).digest('hex'),
      lines: {},
      bodyFiles: [],
    });
  };

  for (const site of registry.sites) {
    const lc = site.lifecycle;
    if (!lc) continue;
    const parent = site.parent ? byId.get(site.parent) : undefined;
    const address = `https://${site.domain}/`;
    if (lc.opened) {
      add(parent, `notice-opened-${site.id}`, `关于${site.name}正式开通的公告`, `${lc.opened} 09:00`, [
        `经批准，${site.name}（${address}）于 ${lc.opened} 正式开通。`,
        `网站由${site.sponsor}主办，${site.operator}承办，网站标识码 ${site.siteCode}。欢迎社会各界访问并提出意见建议。`,
      ]);
    }
    for (const o of lc.offline ?? []) {
      const text = [`因${o.reason}，${site.name}（${address}）将于 ${o.from} 至 ${o.to} 临时下线，期间暂停访问。`, `由此带来的不便，敬请谅解。如需咨询，请拨打 ${site.contact.phone}。`];
      add(site, `notice-offline-${site.id}-${o.from}`, `关于${site.name}临时下线的公告`, `${o.from} 08:00`, text);
      add(parent, `notice-offline-${site.id}-${o.from}-parent`, `关于${site.name}临时下线的公告`, `${o.from} 08:00`, text);
    }
    if (lc.migrated) {
      const target = byId.get(lc.migrated.to);
      const where = target ? `${target.name}（https://${target.domain}/）` : lc.migrated.to;
      const text = [
        `因${lc.migrated.reason}，${site.name}已于 ${lc.migrated.date} 整合迁移至${where}，原网站不再更新。`,
        `原网站有价值的页面已归档保存，仍可通过原网址访问；最新信息请访问${where}。`,
      ];
      add(site, `notice-migrated-${site.id}`, `关于${site.name}整合迁移的公告`, `${lc.migrated.date} 09:00`, text);
      add(parent, `notice-migrated-${site.id}-parent`, `关于${site.name}去向的公告`, `${lc.migrated.date} 09:00`, text);
    }
    if (lc.domainChanged) {
      add(site, `notice-domain-${site.id}`, `关于${site.name}域名变更的公告`, `${lc.domainChanged.date} 09:00`, [
        `自 ${lc.domainChanged.date} 起，${site.name}域名由 ${lc.domainChanged.from} 变更为 ${site.domain}。`,
        `原域名保留三个月，访问时将自动转到新域名。请及时更新收藏夹和链接。`,
      ]);
    }
  }
  return notices;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
