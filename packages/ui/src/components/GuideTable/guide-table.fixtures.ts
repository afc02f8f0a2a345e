/** Examples for GuideTable: tests and the showcase render each named export. */
import { items } from '../../fixtures/demo.ts';

export default { title: '办事指南', requirement: 'C8' };

export const fullGuide = { guide: items.guide.guide! };
export const withoutForms = { guide: { ...items.guide.guide!, forms: undefined, notes: undefined, onlineLevel: '二级' as const } };
