import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '打击网络赌博的通告', items: [item({ body: '公安机关将严厉打击开设网上赌场、百家乐等网络赌博违法犯罪活动。' })] },
    { name: '体育彩票公益金', items: [item({ body: '市体育局使用体育彩票公益金新建全民健身场地12处。' })] },
    { name: '普通英文单词', items: [item({ body: 'The alphabet of better betting odds is not here; 字母表 alphabet 只是示例。' })] },
  ],
  notOk: [
    { name: '被注入的博彩标题', items: [item({ body: '各区要按照分工抓好落实。\n\n365bet官方网址_365betvip5_beat365亚洲体育在线' })], expect: { count: 1, at: [[14, 1]] } },
    { name: '赌博网站链接', items: [item({ body: '详情请见[活动页面](https://www.bet365-vip.com/promo)。' })], expect: { count: 1 } },
    { name: '娱乐城推广', items: [item({ body: '真人娱乐城开户即送彩金，百家乐、老虎机24小时在线。' })], expect: { count: 1 } },
  ],
};
