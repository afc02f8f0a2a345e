/** Examples for Footer: tests and the showcase render each named export; `invalid*` must fail the build. */
import { cityPortal, department } from '../../fixtures/demo.ts';

export default { title: '版权区', requirement: 'D3, D4' };

export const portalFooter = { site: cityPortal, pageUrl: 'https://www.shili.gov.cn/' };
/** No e-mail or address: those lines are left out, everything else is required. */
export const departmentFooter = { site: department, pageUrl: 'https://fgw.shili.gov.cn/news/' };

export const invalidWithoutSponsor = { site: { ...cityPortal, sponsor: '' }, pageUrl: 'https://www.shili.gov.cn/' };
export const invalidWithoutIcp = { site: { ...cityPortal, icp: undefined as unknown as string }, pageUrl: 'https://www.shili.gov.cn/' };
export const invalidWithoutPolice = { site: { ...cityPortal, police: undefined as unknown as typeof cityPortal.police }, pageUrl: 'https://www.shili.gov.cn/' };
export const invalidWithoutPartyGovLabel = { site: { ...cityPortal, partyGovLabel: '' }, pageUrl: 'https://www.shili.gov.cn/' };
