/** Examples for LinkTiles: tests and the showcase render each named export. */
export default { title: '首页入口（办事服务、政务公开）', requirement: 'C8, issue 15' };

export const services = {
  heading: '办事服务',
  headingId: 'services',
  links: [
    { name: '居住证申领', href: '/guides/city-guide-0002/' },
    { name: '新生儿出生一件事', href: '/guides/city-guide-0004/' },
    { name: '公积金提取', href: '/guides/city-guide-0003/' },
    { name: '我要留言', href: '/messages/' },
  ],
  more: { name: '全部办事指南', path: '/guides/' },
};
export const disclosure = {
  heading: '政务公开',
  headingId: 'open-government',
  links: [
    { name: '政策文件', href: '/policies/' },
    { name: '政策解读', href: '/interpretations/' },
    { name: '网站工作年度报表', href: '/reports/' },
    { name: '政府网站检查情况', href: '/inspection/' },
  ],
};
