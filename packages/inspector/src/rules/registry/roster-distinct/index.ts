import type { Site } from '@jiyue/content';
import type { LibraryRule } from '../../../types.ts';

/** Whether three different people can fill editor, reviewer and approver (a small matching). */
export function canSignOff(roster: Site['roster']): boolean {
  for (const e of roster.editors) for (const r of roster.reviewers) for (const a of roster.approvers) if (e !== r && r !== a && e !== a) return true;
  return false;
}

export const rule: LibraryRule = {
  id: 'registry/roster-distinct',
  scope: 'library',
  severity: 'error',
  title: '人员名单无法完成三审',
  requirements: ['S2', 'C5'],
  check(ctx) {
    return ctx.library.registry.sites.flatMap((site, i) =>
      canSignOff(site.roster)
        ? []
        : [{ site: site.id, file: ctx.registryFile, ...ctx.registryAt(['sites', i, 'roster']), message: `网站“${site.name}”的人员名单中找不到三个不同的人分别担任编辑、审核、签发`, hint: '在 roster 中补充人员，使编辑、审核、签发可以由三个不同的人担任。' }],
    );
  },
};
