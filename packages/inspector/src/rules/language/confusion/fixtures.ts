import { item, type RuleFixtures } from '../../../testing/index.ts';

export const fixtures: RuleFixtures = {
  ok: [
    { name: '正确用字', items: [item({ body: '会议强调要再接再厉，厉行节约，认真部署下一阶段工作。' })] },
    { name: '“既……又……”句式', items: [item({ body: '这项改革既使企业受益，又让群众满意。' })] },
    { name: '账户', items: [item({ body: '请核对社保账户信息。' })] },
  ],
  notOk: [
    { name: '再接再励', items: [item({ body: '希望全体干部再接再励，再创佳绩。' })], expect: { count: 1, at: [[12, 7]], severity: 'warning' } },
    { name: '布署', items: [item({ body: '会议对下一步工作作出布署。' })], expect: { count: 1 } },
    { name: '座落和按装', items: [item({ body: '新馆座落于滨江路，已完成设备按装。' })], expect: { count: 2 } },
  ],
};
