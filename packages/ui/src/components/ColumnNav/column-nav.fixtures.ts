/** Examples for ColumnNav: tests and the showcase render each named export. */
import { cityPortal } from '../../fixtures/demo.ts';

export default { title: '栏目导航', requirement: 'D9' };

export const onHome = { columns: cityPortal.columns.map((c) => ({ ...c, path: `/${c.id}/` })), home: true };
export const inPolicies = { columns: onHome.columns, current: 'policies' };
