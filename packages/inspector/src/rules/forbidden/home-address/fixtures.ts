import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '办公地址', items: [item({ body: '办理地点：示例市政务服务中心3号楼2楼201室。' })] },
    { name: '写字楼中的单位', items: [item({ body: '采购代理机构地址：示例市滨江路88号创业大厦A座1205室。' })] },
    { name: '只写到小区', items: [item({ body: '幸福小区老旧小区改造工程已完工，共改造住宅楼12栋、480户。' })] },
    { name: '楼栋数量', items: [item({ body: '锦绣花园项目共有住宅8栋，建筑面积12万平方米。' })] },
  ],
  notOk: [
    { name: '小区、楼栋、单元、室', items: [item({ body: '失主张某，住幸福小区3栋2单元501室，请拾到者联系社区。' })], expect: { count: 1, at: [[12, 9]] } },
    { name: '号楼和单元', items: [item({ body: '申请人李某，现住址：示例市东城区和平里12号楼3单元602。' })], expect: { count: 1 } },
    { name: '简写 5-2-301', items: [item({ body: '低保对象王某，锦绣花园5-2-301。' })], expect: { count: 1 } },
    { name: '农村门牌号', items: [item({ body: '公示对象：赵某，红旗村三组12号。' })], expect: { count: 1 } },
  ],
};
