/** Examples for ItemList: tests and the showcase render each named export. */
import { items } from '../../fixtures/demo.ts';

export default { title: '信息列表', requirement: 'C9, S5' };

export const columnPage = { items: [items.news, items.notice, items.archived] };
