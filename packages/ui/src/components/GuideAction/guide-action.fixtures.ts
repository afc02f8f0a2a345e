/** Examples for GuideAction: tests and the showcase render each named export. */
import { items } from '../../fixtures/demo.ts';

export default { title: '如何办理', requirement: 'C8' };

export const online = {
  guide: { ...items.guide.guide!, online: 'https://zwfw.shili.gov.cn/item/330100', address: '示例市政务大道1号市民中心二楼', hours: '工作日 9:00—17:00' },
};
export const officeOnly = { guide: { ...items.guide.guide!, online: undefined, address: undefined, hours: undefined } };
