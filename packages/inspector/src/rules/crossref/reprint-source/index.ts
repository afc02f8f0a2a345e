import type { LibraryRule } from '../../../types.ts';
import { atKey } from '../../shared.ts';

/** The names a reprint may give as its source: the original's source or the original site's name. */
function acceptedSources(original: { source: string; site: string }, siteName: string | undefined): string[] {
  return [original.source, siteName].filter((s): s is string => Boolean(s));
}

export const rule: LibraryRule = {
  id: 'crossref/reprint-source',
  scope: 'library',
  severity: 'error',
  title: '转载未注明来源',
  requirements: ['C4'],
  check(ctx) {
    const out = [];
    for (const item of ctx.library.items) {
      const m = item.meta;
      const original = m.reprintOf ? ctx.library.byId.get(m.reprintOf) : undefined;
      if (!original) continue;
      const names = acceptedSources(original.meta, ctx.library.sites.get(original.meta.site)?.name);
      if (names.some((n) => m.source.includes(n))) continue;
      out.push(
        atKey(ctx.sourceOf(item), ['source'], `转载的条目应注明原文来源：来源“${m.source}”与原文（${original.meta.title}）的来源不符`, `把 source 改为原文的来源“${names[0]}”${names[1] ? `或原文网站“${names[1]}”` : ''}。`),
      );
    }
    return out;
  },
};
