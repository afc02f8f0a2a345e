/** Examples for ContactLinks: tests and the showcase render each named export. */
export default { title: '电话与邮箱链接', requirement: 'X5' };

export const landline = { text: '0999-12345678' };
export const several = { text: '0999-12333（工作日 9:00—17:00）、12345 热线，邮箱 web@shili.gov.cn' };
