import { columnPath, itemPath, placements, type Column, type ParsedItem } from '@jiyue/content';
import type { Page, PageNode } from '../../source/page.ts';
import type { Draft, SiteContext } from '../../types.ts';

/** A finding on an element of a built page. */
export function onPage(ctx: SiteContext, page: Page, el: PageNode | undefined, message: string, hint: string, attr?: string): Draft {
  return {
    site: ctx.site.id,
    file: page.file,
    ...(el ? page.at(el, attr) : { line: 1, column: 1 }),
    url: page.url.href,
    element: el ? page.describe(el, attr) : undefined,
    message,
    hint,
  };
}

export type Expected = { kind: 'home' } | { kind: 'column'; column: Column } | { kind: 'item'; column: Column; item: ParsedItem } | { kind: 'sitemap' };

/** Every page the site must have, by path: home, column lists, item pages, site map. */
export function expectedPages(ctx: SiteContext): Map<string, Expected> {
  return ctx.memo('expected', () => {
    const out = new Map<string, Expected>([['/', { kind: 'home' }], ['/sitemap/', { kind: 'sitemap' }]]);
    for (const column of ctx.site.columns) out.set(columnPath(column.id), { kind: 'column', column });
    for (const { item, column } of placements(ctx.library).get(ctx.site.id) ?? []) {
      const col = ctx.site.columns.find((c) => c.id === column);
      if (col) out.set(itemPath(column, item.meta.id), { kind: 'item', column: col, item });
    }
    return out;
  });
}

/** Resolves an attribute value against the page; undefined for mailto:, tel:, javascript: and data: URLs. */
export function resolve(page: Page, value: string | undefined): URL | undefined {
  if (!value || /^(mailto|tel|javascript|data):/i.test(value.trim())) return undefined;
  try {
    return new URL(value.trim(), page.url);
  } catch {
    return undefined;
  }
}
