import type { LibraryRule } from '../../../types.ts';

export const rule: LibraryRule = {
  id: 'registry/roster-overlap',
  scope: 'library',
  severity: 'warning',
  title: '同一人在名单中担任多个三审角色',
  requirements: ['S2', 'C5'],
  check(ctx) {
    return ctx.library.registry.sites.flatMap((site, i) => {
      const { editors, reviewers, approvers } = site.roster;
      const all = [...editors, ...reviewers, ...approvers];
      const twice = [...new Set(all.filter((n, k) => all.indexOf(n) !== k))];
      return twice.map((name) => ({
        site: site.id,
        file: ctx.registryFile,
        ...ctx.registryAt(['sites', i, 'roster']),
        message: `“${name}”在网站“${site.name}”的人员名单中担任多个三审角色`,
        hint: '同一人可以在不同条目中担任不同角色，但容易出现自审自签；建议每人只担任一个角色。',
      }));
    });
  },
};
