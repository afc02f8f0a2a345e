/** Examples for PageMeta: tests render each named export (the showcase lists them as code: they are <meta> tags). */
export default { title: '页面标签', requirement: 'D1', render: 'code' };

const site = { siteName: '示例市人民政府', siteDomain: 'www.shili.gov.cn', siteCode: '9900000001' };
export const homePage = site;
export const columnPage = { ...site, column: { name: '政策文件', type: 'policy' } };
export const itemPage = {
  ...columnPage,
  article: { title: '示例市人民政府关于进一步优化营商环境的若干措施', date: '2025-03-12 10:00', source: '示例市人民政府办公室' },
};
export const invalidWithoutSiteCode = { ...site, siteCode: '' };
