import type { SiteBundle } from '@jiyue/content/bundle';

/** The MIIT filing system (ICP备案). */
export const ICP_URL = 'https://beian.miit.gov.cn/';
export const policeUrl = (recordcode: string) => `https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${recordcode}`;
export const partyGovUrl = (id: string) => `https://bszs.conac.cn/sitename?method=show&id=${id}`;

export interface FooterIdentity {
  name: string;
  sponsor: string;
  operator: string;
  phone: string;
  email?: string;
  address?: string;
  siteCode: string;
  icp: string;
  policeNumber: string;
  recordcode: string;
  partyGovLabel: string;
}

/** D3 by construction: every identity field present and well-formed, or a build error in Chinese. */
export function footerIdentity(site: SiteBundle['site']): FooterIdentity {
  const missing: string[] = [];
  const need = (value: string | undefined, label: string) => {
    if (!value || !String(value).trim()) missing.push(label);
    return String(value ?? '').trim();
  };
  const id: FooterIdentity = {
    name: need(site.name, '网站全称 name'),
    sponsor: need(site.sponsor, '主办单位 sponsor'),
    operator: need(site.operator, '承办单位 operator'),
    phone: need(site.contact?.phone, '联系电话 contact.phone'),
    email: site.contact?.email,
    address: site.contact?.address,
    siteCode: need(site.siteCode, '网站标识码 siteCode'),
    icp: need(site.icp, 'ICP备案编号 icp'),
    policeNumber: need(site.police?.number, '公安机关备案号 police.number'),
    recordcode: need(site.police?.recordcode, '公安备案 recordcode'),
    partyGovLabel: need(site.partyGovLabel, '党政机关网站标识 partyGovLabel'),
  };
  if (missing.length) {
    throw new Error(`网站“${site.name ?? site.id}”的版权区缺少：${missing.join('、')}（D3）。请在 content/sites.yaml 中补全。`);
  }
  if (!/^\d{14}$/.test(id.recordcode)) {
    throw new Error(`网站“${id.name}”的公安备案 recordcode 应为 14 位数字，现为“${id.recordcode}”（D3）。`);
  }
  return id;
}
