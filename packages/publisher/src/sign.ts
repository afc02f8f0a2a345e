import { loadRegistry, signoffRoles } from '@jiyue/content';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter, writeFrontmatter } from './frontmatter.ts';

export type Role = (typeof signoffRoles)[number][0];
export const roles = signoffRoles.map(([r]) => r) as Role[];
const roleName = Object.fromEntries(signoffRoles) as Record<Role, string>;
const rosterKey: Record<Role, 'editors' | 'reviewers' | 'approvers'> = { editor: 'editors', reviewer: 'reviewers', approver: 'approvers' };

export class SignError extends Error {}

/**
 * Signs one step of the three-step review (C5) in an item's front matter, after checking that
 * the person is on the owning site's roster for that role, that the earlier steps are signed and
 * that nobody signs two steps. The approver's signature (签发) publishes: `draft: true` is removed.
 */
export function sign(opts: { root: string; file: string; role: Role; name: string }): { published: boolean } {
  const { registry, problems } = loadRegistry(join(opts.root, 'content'));
  if (!registry) throw new SignError(`网站登记表有错误，无法签字：${problems[0]?.message}`);
  const text = readFileSync(opts.file, 'utf8');
  const fm = readFrontmatter(text);
  const siteId = String(fm.doc.get('site') ?? '');
  const site = registry.sites.find((s) => s.id === siteId);
  if (!site) throw new SignError(`条目的 site “${siteId}” 不在网站登记表中`);
  const roster = site.roster[rosterKey[opts.role]];
  if (!roster.includes(opts.name)) {
    throw new SignError(`“${opts.name}”不在${site.name}的${roleName[opts.role]}名单中（名单：${roster.join('、')}）。`);
  }
  const signed = (role: Role) => fm.doc.getIn(['signoff', role]) as string | undefined;
  const index = roles.indexOf(opts.role);
  const missingEarlier = roles.slice(0, index).filter((r) => !signed(r));
  if (missingEarlier.length) {
    throw new SignError(`请先完成${missingEarlier.map((r) => roleName[r]).join('、')}签字，再由${roleName[opts.role]}签字。`);
  }
  const other = roles.find((r) => r !== opts.role && signed(r) === opts.name);
  if (other) throw new SignError(`三审须由不同人员完成：${opts.name} 已作为${roleName[other]}签字。`);
  if (signed(opts.role)) throw new SignError(`${roleName[opts.role]}已由 ${signed(opts.role)} 签字。`);

  if (!fm.doc.has('signoff')) fm.doc.set('signoff', fm.doc.createNode({}));
  fm.doc.setIn(['signoff', opts.role], opts.name);
  const published = opts.role === 'approver';
  if (published) fm.doc.delete('draft');
  writeFileSync(opts.file, writeFrontmatter(fm));
  return { published };
}
