import { emailAddresses } from '../../../lib/email.ts';
import { hostAllowed } from '../../../source/links.ts';
import type { ItemRule } from '../../../types.ts';
import { atFolded, fieldAt, foldedScan } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/personal-email',
  scope: 'item',
  severity: 'error',
  title: '个人电子邮箱',
  requirements: ['C6'],
  check(source, ctx) {
    const { emailProviders, emailAllowed } = ctx.config.personal;
    // The sites' own contact addresses are published on every page anyway.
    const own = new Set(ctx.library.registry.sites.map((s) => s.contact.email?.toLowerCase()).filter(Boolean));
    const folded = foldedScan(source, ctx);
    return emailAddresses(folded.text)
      .filter((e) => !own.has(e.address) && !hostAllowed(e.domain, emailAllowed) && hostAllowed(e.domain, emailProviders))
      .map((e) =>
        atFolded(source, folded, e.offset, `${fieldAt(source, folded.offsets[e.offset]!)}含有个人电子邮箱“${e.address.replace(/^(.).*@/, '$1***@')}”（个人信息或私人联系方式）`, '删除个人邮箱，改用单位的政务邮箱（如 sites.yaml 中本网站的 contact.email 或 *.gov.cn 邮箱）。'),
      );
  },
};
