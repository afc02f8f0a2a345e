import type { Draft, ItemRule } from '../../../types.ts';
import { atKey } from '../../shared.ts';

const roles = [
  ['editor', 'editors', '编辑'],
  ['reviewer', 'reviewers', '审核'],
  ['approver', 'approvers', '签发'],
] as const;

export const rule: ItemRule = {
  id: 'workflow/signoff-roster',
  scope: 'item',
  severity: 'error',
  title: '三审人员须在本网站名单中',
  requirements: ['C5', 'S2'],
  check(source, ctx) {
    const m = source.item.meta;
    const site = ctx.library.sites.get(m.site);
    if (!site) return [];
    const out: Draft[] = [];
    for (const [key, list, role] of roles) {
      const name = m.signoff[key]?.trim();
      if (!name || site.roster[list].includes(name)) continue; // a missing role is item/unsigned (loader)
      const elsewhere = roles.filter(([, l]) => site.roster[l].includes(name)).map(([, , r]) => r);
      out.push(
        atKey(
          source,
          ['signoff', key],
          elsewhere.length
            ? `“${name}”在网站“${site.name}”的名单中是${elsewhere.join('、')}人员，不能担任${role}`
            : `${role}“${name}”不在网站“${site.name}”的${role}人员名单中`,
          `${role}人员须是 content/sites.yaml 中该网站 roster.${list} 所列的人：${site.roster[list].join('、')}。人员变动请先更新名单。`,
          true,
        ),
      );
    }
    return out;
  },
};
