/** Examples for PolicyLinks: tests and the showcase render each named export. */
export default { title: '政策文件与解读关联', requirement: 'C3' };

export const onPolicy = {
  heading: '相关政策解读',
  links: [{ title: '《示例市人民政府关于进一步优化营商环境的若干措施》政策解读', href: '/interpretations/city-interp-2025-003/' }],
};
export const onInterpretationFromAnotherSite = {
  heading: '相关政策文件',
  links: [{ title: '示例市人民政府关于进一步优化营商环境的若干措施', href: 'https://www.shili.gov.cn/policies/city-policy-2025-003/', siteName: '示例市人民政府' }],
};
export const empty = { heading: '相关政策解读', links: [] };
