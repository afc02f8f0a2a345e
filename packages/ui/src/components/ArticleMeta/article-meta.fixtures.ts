/** Examples for ArticleMeta: tests and the showcase render each named export; `invalid*` must fail. */
export default { title: '发布信息', requirement: 'C9, D8' };

export const ownItem = { date: '2025-03-12 10:00', source: '示例市人民政府办公室' };
export const shownFromAnotherSite = { date: '2025-03-12 10:00', source: '示例市人民政府办公室', siteName: '示例市人民政府' };
export const invalidWithoutTime = { date: '2025-03-12', source: '示例市人民政府办公室' };
export const invalidWithoutSource = { date: '2025-03-12 10:00', source: ' ' };
