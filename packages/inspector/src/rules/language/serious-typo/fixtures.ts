import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '正确的国家和机构名称', items: [item({ body: '根据《中华人民共和国政府信息公开条例》和国务院办公厅有关要求，市人民政府、市人大常委会、市人民检察院共同开展专项检查。' })] },
    { name: '纪检机关', items: [item({ body: '市纪律检查委员会、市监察委员会联合召开会议。' })] },
    { name: '检查与检察并用', items: [item({ body: '市人民检察院对全市安全生产检查工作开展法律监督。' })] },
  ],
  notOk: [
    { name: '国名错字', items: [item({ body: '依据《中华人名共和国行政许可法》办理。' })], expect: { count: 1, at: [[12, 4]] } },
    { name: '机构名称错字', items: [item({ body: '国物院办公厅印发通知，市人民检查院参加会议。' })], expect: { count: 2 } },
    { name: '人大名称错字', items: [item({ body: '市第十六届人民代表大汇第三次会议胜利闭幕。' })], expect: { count: 1 } },
  ],
};
