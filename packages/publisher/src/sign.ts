import { contentDir, loadRegistry, signoffRoles, type Site } from '@jiyue/content';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Document } from 'yaml';
import { readFrontmatter, writeFrontmatter } from './frontmatter.ts';

export type Role = (typeof signoffRoles)[number][0];
export const roles = signoffRoles.map(([r]) => r) as Role[];
export const roleName = Object.fromEntries(signoffRoles) as Record<Role, string>;
export const rosterKey: Record<Role, 'editors' | 'reviewers' | 'approvers'> = { editor: 'editors', reviewer: 'reviewers', approver: 'approvers' };

export type Signoff = Partial<Record<Role, string>>;

export class SignError extends Error {}

/**
 * The three-step review (C5) as a change of signatures: every new signature is by someone on
 * the owning site's roster for that role, comes after the earlier steps, nobody signs two steps,
 * and a signature once given is not changed or removed. `pnpm sign` adds one signature; the desk
 * checks each save with the same rules. Returns the first broken rule, in Chinese.
 */
export function signoffChangeError(site: Site, before: Signoff, after: Signoff): string | undefined {
  for (const role of roles) {
    if (before[role] && after[role] !== before[role]) {
      return `${roleName[role]}已由 ${before[role]} 签字，不能更改或撤销。`;
    }
  }
  for (const [index, role] of roles.entries()) {
    const name = after[role];
    if (!name || before[role] === name) continue;
    const roster = site.roster[rosterKey[role]];
    if (!roster.includes(name)) return `“${name}”不在${site.name}的${roleName[role]}名单中（名单：${roster.join('、')}）。`;
    const missingEarlier = roles.slice(0, index).filter((r) => !after[r]);
    if (missingEarlier.length) return `请先完成${missingEarlier.map((r) => roleName[r]).join('、')}签字，再由${roleName[role]}签字。`;
    const other = roles.find((r) => r !== role && after[r] === name);
    if (other) return `三审须由不同人员完成：${name} 已作为${roleName[other]}签字。`;
  }
  return undefined;
}

/** The signatures in a front matter, and whether all three are there. */
export function signoffOf(doc: Document): Signoff {
  return Object.fromEntries(roles.map((r) => [r, doc.getIn(['signoff', r]) as string | undefined]).filter(([, v]) => v));
}

/**
 * Signs one step of the three-step review (C5) in an item's front matter, after checking that
 * the person is on the owning site's roster for that role, that the earlier steps are signed and
 * that nobody signs two steps. The approver's signature (签发) publishes: `draft: true` is removed.
 */
export function sign(opts: { root: string; file: string; role: Role; name: string }): { published: boolean } {
  const { registry, problems } = loadRegistry(contentDir(opts.root));
  if (!registry) throw new SignError(`网站登记表有错误，无法签字：${problems[0]?.message}`);
  const fm = readFrontmatter(readFileSync(opts.file, 'utf8'));
  const siteId = String(fm.doc.get('site') ?? '');
  const site = registry.sites.find((s) => s.id === siteId);
  if (!site) throw new SignError(`条目的 site “${siteId}” 不在网站登记表中`);
  const before = signoffOf(fm.doc);
  if (before[opts.role]) throw new SignError(`${roleName[opts.role]}已由 ${before[opts.role]} 签字。`);
  const error = signoffChangeError(site, before, { ...before, [opts.role]: opts.name });
  if (error) throw new SignError(error);

  if (!fm.doc.has('signoff')) fm.doc.set('signoff', fm.doc.createNode({}));
  fm.doc.setIn(['signoff', opts.role], opts.name);
  const published = settleDraft(fm.doc);
  writeFileSync(opts.file, writeFrontmatter(fm));
  return { published };
}

/** An item is a draft until all three have signed; the approver's signature (签发) removes `draft`. */
export function settleDraft(doc: Document): boolean {
  const complete = roles.every((r) => doc.getIn(['signoff', r]));
  if (complete) doc.delete('draft');
  else doc.set('draft', true);
  return complete;
}
