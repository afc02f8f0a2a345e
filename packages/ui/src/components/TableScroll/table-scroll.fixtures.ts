/** Examples for TableScroll: tests and the showcase render each named export (the table is the slot). */
export default { title: '可滑动表格', requirement: 'D6' };

export const inspection = { label: '全市政府网站检查结果' };
