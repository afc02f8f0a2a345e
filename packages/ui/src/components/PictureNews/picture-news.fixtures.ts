/** Examples for PictureNews: tests and the showcase render each named export; `invalid*` must fail the build. */
export default { title: '图片新闻', requirement: 'D6, issue 15' };

const card = (n: number) => ({
  title: `示例市重点项目建设现场（${n}）`,
  path: `/news/city-news-2026-00${n}/`,
  date: '2026-11-03 16:00',
  image: { src: '/files/news/gaotie-zhanfang.jpg', alt: '示意图：示例高铁站新站房钢结构屋盖合龙' },
});
export const threeCards = { items: [card(1), card(2), card(3)] };
export const invalidWithoutAlt = { items: [{ ...card(1), image: { ...card(1).image, alt: ' ' } }] };
export const invalidForeignImage = { items: [{ ...card(1), image: { ...card(1).image, src: 'https://example.com/a.jpg' } }] };
