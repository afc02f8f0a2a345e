import { item, type RuleFixtures } from '../../../testing/index.ts';

const IMG = 'files/news/gaotie-zhanfang.jpg';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '普通照片', items: [item({ body: `![会议现场](${IMG})\n\n图为会议现场。` })] },
    { name: '说明中写明审图号', items: [item({ body: `![示例市区位图](${IMG})\n\n示例市区位图（审图号：GS(2024)1234号）` })] },
    { name: '全角括号的省级审图号', items: [item({ body: `![示例市交通图](${IMG})\n\n审图号：粤S（2021）023号` })] },
    { name: '审图号中有“第”', items: [item({ body: `![示例市地形图](${IMG})\n\n审图号：GS（2023）第2150号` })] },
    { name: '标准地图', items: [item({ body: `![示例市行政区划图](${IMG})\n\n来源：自然资源部标准地图服务网站，底图无修改。` })] },
    { name: '替代文字中的审图号', items: [item({ body: `![示例市地图 GS京(2023)0123号](${IMG})` })] },
    { name: '“路线图”是工作计划', items: [item({ body: `![数字政府建设路线图](${IMG})` })] },
    { name: '描写照片内容的说明', items: [item({ body: `![执法人员在书店检查地图产品](${IMG})` })] },
    { name: '正文宣传使用标准地图不算说明', items: [item({ body: `![示例市区位图 GS(2024)1234号](${IMG})\n\n请使用标准地图。` })] },
    { name: '长段落中提到地图的照片', items: [item({ body: `![工作人员在现场](${IMG})\n\n11月20日，市自然资源局组织开展地图市场专项检查，工作人员对辖区内书店、文具店销售的地图产品逐一检查，重点查看是否存在“问题地图”，共检查经营单位36家。` })] },
  ],
  notOk: [
    { name: '替代文字是区位图', items: [item({ body: `![示例市区位图](${IMG})` })], expect: { count: 1, at: [[12, 1]] } },
    { name: '图片说明是地图', items: [item({ body: `![图1](${IMG})\n\n图1 示例市城区交通示意图` })], expect: { count: 1 } },
    { name: '文件名是地图', items: [item({ body: '![图2](files/news/shili-map-2026.png)' })], expect: { count: 1 } },
    { name: '中文文件名是地图', items: [item({ body: '![图5](files/news/示例市区位图.png)' })], expect: { count: 1 } },
    { name: '替代文字中夹零宽字符', items: [item({ body: `![示例市地\u200b图](${IMG})` })], expect: { count: 1 } },
    { name: 'HTML 图片', items: [item({ body: `<img src="${IMG}" alt="示例市政区图" title="示例市政区图">` })], expect: { count: 1 } },
    { name: '写了“审图号”却没有号码', items: [item({ body: `![示例市地图](${IMG})\n\n审图号：待补充` })], expect: { count: 1 } },
    { name: '前一段宣传标准地图，图片本身没有审图号', items: [item({ body: `引导市民自觉使用标准地图，共同维护国家版图尊严。\n\n![示例市旅游导览图](${IMG})` })], expect: { count: 1 } },
    { name: '非标准地图', items: [item({ body: `![示例市旅游导览图](${IMG})\n\n本图为非标准地图，仅供参考。` })], expect: { count: 1 } },
  ],
};
