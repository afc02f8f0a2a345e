/**
 * Deterministic pseudo-random numbers and realistic-ish Chinese government text, assembled
 * from fragments. Nothing here is real: names, figures and documents are invented.
 */

/** mulberry32: a tiny seeded PRNG; the same seed always gives the same city. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** `n` distinct elements (fewer if the list is shorter). */
  sample<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  /** A key of `weights`, chosen in proportion to its weight. */
  weighted<K extends string>(weights: Partial<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) if ((r -= w) < 0) return k;
    return entries[entries.length - 1]![0];
  }
}

export const topics = [
  '优化营商环境', '城市更新', '乡村振兴', '稳岗就业', '养老服务', '生态环境保护', '安全生产', '数字政府建设',
  '科技创新', '招商引资', '民生实事', '义务教育', '基层医疗卫生', '文化旅游融合发展', '综合交通建设', '防汛抗旱',
  '食品安全', '提振消费', '保障性住房', '社会保险扩面', '人才引进', '低空经济', '新能源汽车推广', '老旧小区改造',
  '生活垃圾分类', '河湖长制', '森林防火', '中小企业发展', '政务服务', '一网通办', '法治政府建设', '审计整改',
  '粮食安全', '高标准农田建设', '托育服务', '全民健身', '公共文化服务', '物业管理', '燃气安全', '校园安全',
];

const concerns = ['人民群众切身利益', '全市发展大局', '高质量发展', '经济社会稳定', '民生福祉', '城市长远发展'];
const units = ['地各部门', '县区', '有关单位', '街道（乡镇）', '成员单位'];
const principles = ['以人民为中心', '系统观念', '问题导向', '目标导向', '稳中求进', '统筹发展和安全'];
const attitudes = ['提高政治站位', '压实工作责任', '坚持问题导向', '强化统筹协调', '加强督促检查', '坚持系统观念'];
const actions = [
  '细化工作方案，明确时间节点', '建立工作台账，实行清单化管理', '加大资金投入，强化要素保障',
  '完善工作机制，形成工作合力', '深入基层一线，及时解决困难问题', '推行“一件事一次办”，压减办理时限',
  '开展专项检查，消除风险隐患', '强化宣传引导，营造良好氛围', '落实惠企政策，减轻企业负担',
  '健全长效机制，巩固工作成果', '推动数据共享，提升服务效能', '优化审批流程，推动“免申即享”',
];
const results = [
  '各项工作取得积极成效', '群众满意度持续提升', '主要指标保持稳中有进', '一批重点项目顺利落地',
  '办事效率明显提高', '风险隐患得到有效管控', '工作机制更加健全',
];
const futures = [
  '持续深化改革创新', '进一步完善配套政策', '加强跟踪问效', '扩大试点范围', '强化部门协同',
  '加快项目建设进度', '提升精细化管理水平',
];
const goals = ['取得新成效', '迈上新台阶', '走深走实', '提质增效', '落地见效'];
const achievements = [
  ['新增市场主体', '户'], ['完成投资', '亿元'], ['办理业务', '件'], ['培训人员', '人次'],
  ['改造小区', '个'], ['新增就业', '人'], ['发放补贴', '万元'], ['排查隐患', '处'],
] as const;
const leaders = ['市长', '常务副市长', '副市长', '区长', '副区长', '局长', '主任', '党组书记'];
const services = [
  ['个体工商户', '设立登记'], ['灵活就业人员', '参保登记'], ['城乡居民', '医疗保险参保'], ['企业', '稳岗补贴申领'],
  ['高校毕业生', '就业见习补贴申领'], ['老年人', '高龄津贴申领'], ['残疾人', '两项补贴申领'], ['建设工程', '施工许可'],
  ['食品经营', '许可'], ['道路运输', '经营许可'], ['社会团体', '成立登记'], ['民办学校', '办学许可'],
  ['公共场所', '卫生许可'], ['排污单位', '排污许可'], ['林木', '采伐许可'], ['中小学教师', '资格认定'],
  ['失业人员', '失业保险金申领'], ['新生儿', '出生医学证明办理'], ['住房公积金', '提取'], ['不动产', '转移登记'],
];
const indicators = ['地区生产总值', '规模以上工业增加值', '社会消费品零售总额', '固定资产投资', '一般公共预算收入', '城镇居民人均可支配收入'];
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧桑荆谌银扬明沙薄伏岑习胥保和蔺';
const givenChars = '建国晓雯子航立新雨桐浩然文博振华佳怡宇轩东志强静平军晨曦明远海峰欣怡梓涵思源嘉懿俊杰婉清伟芳娜敏秀英丽强磊洋艳勇艳杰娟涛超秀兰霞刚桂英';

export const fakeName = (rng: Rng) =>
  rng.pick([...surnames]) + Array.from({ length: rng.int(1, 2) }, () => rng.pick([...givenChars])).join('');

/** What a text is about: the organisation speaking and its subject. */
export interface Voice {
  org: string; // e.g. 示例市人民政府
  short: string; // e.g. 市政府
  scope: string; // e.g. 市, 区
  topic: string;
}

const sentence = (rng: Rng, v: Voice): string => {
  const [what, unit] = rng.pick(achievements);
  return rng.pick([
    () => `会议指出，${v.topic}工作事关${rng.pick(concerns)}，各${rng.pick(units)}要${rng.pick(attitudes)}，${rng.pick(actions)}。`,
    () => `${v.short}坚持${rng.pick(principles)}，${rng.pick(actions)}，${rng.pick(results)}。`,
    () => `截至${rng.int(1, 12)}月底，全${v.scope}累计${what}${rng.int(12, 9800)}${unit}，同比增长${rng.int(1, 30)}.${rng.int(0, 9)}%。`,
    () => `下一步，${v.short}将${rng.pick(futures)}，推动${v.topic}工作${rng.pick(goals)}。`,
    () => `${v.short}有关负责人表示，将${rng.pick(actions)}，确保${v.topic}各项任务${rng.pick(goals)}。`,
    () => `会议要求，要${rng.pick(attitudes)}，${rng.pick(actions)}，切实把${v.topic}各项部署落到实处。`,
    () => `今年以来，${v.short}围绕${v.topic}，${rng.pick(actions)}，${rng.pick(results)}。`,
  ])();
};

const paragraph = (rng: Rng, v: Voice, min = 2, max = 4) =>
  Array.from({ length: rng.int(min, max) }, () => sentence(rng, v)).join('');

const paragraphs = (rng: Rng, v: Voice, min: number, max: number) =>
  Array.from({ length: rng.int(min, max) }, () => paragraph(rng, v)).join('\n\n');

const numerals = ['一', '二', '三', '四', '五', '六'];

export function newsBody(rng: Rng, v: Voice, date: string): string {
  const [, m, d] = date.slice(0, 10).split('-').map(Number);
  const lead = `${m}月${d}日，${v.org}召开${v.topic}工作推进会，${rng.pick(leaders)}出席会议并讲话。`;
  return `${lead}${paragraph(rng, v, 1, 2)}\n\n${paragraphs(rng, v, 2, 5)}`;
}

export function policyBody(rng: Rng, v: Voice): string {
  const tasks = Array.from({ length: rng.int(3, 5) }, (_, i) => `（${numerals[i]}）${rng.pick(actions)}。${paragraph(rng, v, 1, 3)}`);
  return [
    `各${rng.pick(units)}：`,
    `现将《${v.topic}实施方案》印发给你们，请结合实际认真贯彻落实。`,
    '## 一、总体要求', paragraphs(rng, v, 1, 2),
    '## 二、主要任务', ...tasks,
    '## 三、保障措施', paragraphs(rng, v, 1, 3),
    `本方案自印发之日起施行，由${v.org}负责解释。`,
  ].join('\n\n');
}

export function interpretationBody(rng: Rng, v: Voice): string {
  return ['## 一、出台背景', paragraph(rng, v), '## 二、主要内容', paragraphs(rng, v, 1, 3), '## 三、如何享受政策', paragraph(rng, v, 1, 2)].join('\n\n');
}

export function guideBody(rng: Rng, v: Voice): string {
  return `申请人可通过政务服务网、“示例办”移动端或各级政务服务中心窗口办理。${paragraph(rng, v, 1, 2)}`;
}

export function statisticsBody(rng: Rng, v: Voice): string {
  const rows = rng.sample(indicators, 4).map((name) => `| ${name} | ${rng.int(100, 9999)}.${rng.int(0, 9)} | ${rng.int(-3, 12)}.${rng.int(0, 9)} |`);
  return [paragraph(rng, v, 1, 2), '| 指标 | 绝对数（亿元） | 比上年增长（%） |', '| --- | ---: | ---: |', ...rows].join('\n') + `\n\n${paragraph(rng, v, 1, 2)}`;
}

export function messageBody(rng: Rng, v: Voice): string {
  return [
    '**留言内容：**', `您好，我想咨询一下${v.topic}方面的政策，具体应该向哪个部门申请？需要准备哪些材料？`,
    '**答复内容：**', `您好！您反映的问题已收悉。${paragraph(rng, v, 2, 3)}`, '感谢您对我们工作的关心和支持。',
  ].join('\n\n');
}

export function faqBody(rng: Rng, v: Voice): string {
  return `**问：**${v.topic}相关事项如何办理？\n\n**答：**${paragraph(rng, v, 1, 3)}`;
}

export function genericBody(rng: Rng, v: Voice): string {
  return paragraphs(rng, v, 2, 4);
}

export const serviceName = (rng: Rng) => {
  const [who, what] = rng.pick(services);
  return `${who}${what}`;
};

export { leaders };
