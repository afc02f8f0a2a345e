import { itemType } from '@jiyue/content';
import type { BundleItem, SearchPage } from '@jiyue/content/bundle';
import { escapeHtml, searchFieldsHtml, TITLE_ATTRIBUTE } from './markup.ts';
import type { IndexablePage } from './shards.ts';

/**
 * The pages of the sites below a portal, as its index reads them: what Pagefind would read in
 * that site's own page (the item view's <main data-pagefind-body>: title, search fields, the
 * type's own blocks, body, attachments, related policies), written from the library item, so the
 * portal indexes them without waiting for the other sites' builds.
 */
export function belowPages(pages: SearchPage[]): IndexablePage[] {
  return pages.map(({ site, url, item, column }) => ({
    url,
    date: item.date,
    html: `<html lang="zh-CN"><body><main data-pagefind-body><article>
<h1 ${Object.entries(TITLE_ATTRIBUTE).map(([k, v]) => `${k}="${v}"`).join(' ')}>${escapeHtml(item.title)}</h1>
${searchFieldsHtml({ column, type: itemType(item.type).name, date: item.date, source: item.source, site: site.name, siteId: site.id, item: item.id, owner: item.owner && { id: item.owner.id, name: item.owner.name } })}
${blockText(item).map((t) => `<p>${escapeHtml(t)}</p>`).join('')}
<div class="item__body">${item.html}</div>
${[item.reprintOf, item.policyLink, ...(item.interpretations ?? [])].filter((l) => !!l).map((l) => `<p>${escapeHtml(l.title)}</p>`).join('')}
</article></main></body></html>`,
  }));
}

/** The text of the item type's own blocks (policy table, guide, message, attachments): every written value but addresses. */
function blockText(item: BundleItem): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v && !/^(https?:|\/|files\/)/.test(v)) out.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  [item.policy, item.guide, item.message, item.attachments].forEach(walk);
  return out;
}
