import { itemType, itemTypes } from '@jiyue/content';
import type { LibraryRule } from '../../../types.ts';

/** Column types every government portal has (政府网站发展指引: 信息发布、解读回应、办事服务), with their names here. */
export const PORTAL_COLUMNS = itemTypes.flatMap((type) => {
  const name = itemType(type).portalColumn;
  return name ? [[type, name] as const] : [];
});

export const rule: LibraryRule = {
  id: 'registry/portal-columns',
  scope: 'library',
  severity: 'warning',
  title: '门户网站缺少基本栏目',
  requirements: ['S2', 'C2'],
  check(ctx) {
    return ctx.library.registry.sites.flatMap((site, i) => {
      if (site.kind === 'department') return [];
      const missing = PORTAL_COLUMNS.filter(([type]) => !site.columns.some((c) => c.type === type)).map(([, name]) => name);
      return missing.length
        ? [{ site: site.id, file: ctx.registryFile, ...ctx.registryAt(['sites', i, 'columns']), message: `门户网站“${site.name}”没有${missing.join('、')}栏目`, hint: `在 columns 中增加相应栏目（类型 ${PORTAL_COLUMNS.filter(([, n]) => missing.includes(n)).map(([t]) => t).join('、')}），或用 shownOn 展示上级网站的内容。` }]
        : [];
    });
  },
};
