/** Examples for SiteNotice: tests and the showcase render each named export. */
export default { title: '网站整合迁移提示', requirement: 'S4' };

export const migrated = { date: '2026-06-30', to: { name: '示例市人民政府', origin: 'https://www.shili.gov.cn' } };
