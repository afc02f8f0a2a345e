/** Examples for Breadcrumb: tests and the showcase render each named export. */
export default { title: '当前位置', requirement: 'D9' };

export const columnPage = { trail: [{ title: '政务要闻' }] };
export const itemPage = { trail: [{ title: '政策文件', href: '/policies/' }, { title: '示例市人民政府关于进一步优化营商环境的若干措施' }] };
