/** Examples for ErrorFinderBadge: tests and the showcase render each named export; `invalid*` must fail. */
export default { title: '政府网站找错', requirement: 'D4' };

export const portalPage = { siteCode: '9900000001', pageUrl: 'https://www.shili.gov.cn/policies/city-policy-2025-003/' };
export const departmentHome = { siteCode: 'bm99000001', pageUrl: 'https://fgw.shili.gov.cn/' };
export const invalidSiteCode = { siteCode: '12345', pageUrl: 'https://www.shili.gov.cn/' };
