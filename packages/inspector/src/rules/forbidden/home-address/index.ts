import { homeAddresses } from '../../../lib/address.ts';
import type { ItemRule } from '../../../types.ts';
import { atFolded, fieldAt, foldedScan } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/home-address',
  scope: 'item',
  severity: 'error',
  title: '个人住址（写到门牌号）',
  requirements: ['C6'],
  check(source, ctx) {
    const folded = foldedScan(source, ctx);
    return homeAddresses(folded.text, ctx.config.personal).map((a) =>
      atFolded(source, folded, a.offset, `${fieldAt(source, folded.offsets[a.offset]!)}含有个人住址“${a.written.replace(/\d{2,4}(?=\s?(?:室|号|房)?$)/, (d) => '*'.repeat(d.length))}”（写到了楼栋和门牌号，属于个人信息）`, '删除楼栋、单元和门牌号，只写到小区、村（社区）或街道（如“幸福小区”）；单位地址请写单位名称。'),
    );
  },
};
