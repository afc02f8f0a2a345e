import { freshness, type ColumnFreshness, type SiteFreshness } from '../../inspection/freshness.ts';
import type { ContentContext, Draft } from '../../types.ts';

export const sitesFreshness = (ctx: ContentContext) => ctx.memo('freshness', () => freshness(ctx.library, ctx.config, ctx.date));

export function atSite(ctx: ContentContext, sf: SiteFreshness, message: string, hint: string, severity?: Draft['severity']): Draft {
  return { site: sf.site.id, file: ctx.registryFile, ...ctx.registryAt(['sites', sf.siteIndex, 'id']), message, hint, severity };
}

export function atColumn(ctx: ContentContext, sf: SiteFreshness, c: ColumnFreshness, message: string, hint: string, severity?: Draft['severity']): Draft {
  return { site: sf.site.id, file: ctx.registryFile, ...ctx.registryAt(['sites', sf.siteIndex, 'columns', c.index]), message, hint, severity };
}

export const columnLabel = (sf: SiteFreshness, c: ColumnFreshness) => `“${sf.site.name}”的“${c.column.name}”栏目`;
