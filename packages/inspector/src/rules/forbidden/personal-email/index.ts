import { emailAddresses } from '../../../lib/email.ts';
import { hostAllowed } from '../../../source/links.ts';
import type { ItemRule } from '../../../types.ts';
import { atFolded, atLink, fieldAt, foldedScan } from '../../shared.ts';

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

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
    const personal = (e: { address: string; domain: string }) => !own.has(e.address) && !hostAllowed(e.domain, emailAllowed) && hostAllowed(e.domain, emailProviders);
    const message = (field: string, address: string) => `${field}含有个人电子邮箱“${address.replace(/^(.).*@/, '$1***@')}”（个人信息或私人联系方式）`;
    const hint = '删除个人邮箱，改用单位的政务邮箱（如 sites.yaml 中本网站的 contact.email 或 *.gov.cn 邮箱）。';
    const folded = foldedScan(source, ctx);
    const inText = emailAddresses(folded.text).filter(personal);
    const shown = new Set(inText.map((e) => e.address));
    // A mailto: link's address is on the page too (the link opens it), even when its text is only “邮箱”.
    const inLinks = source.links
      .filter((l) => /^mailto:/i.test(l.url))
      .flatMap((l) => emailAddresses(decodeURIComponentSafe(l.url.slice(7).split('?')[0]!)).map((e) => ({ ...e, link: l })))
      .filter((e) => personal(e) && !shown.has(e.address));
    return [
      ...inText.map((e) => atFolded(source, folded, e.offset, message(fieldAt(source, folded.offsets[e.offset]!), e.address), hint)),
      ...inLinks.map((e) => atLink(source, e.link, message('正文链接', e.address), hint)),
    ];
  },
};
