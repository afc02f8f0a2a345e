/** Examples for MessageMeta: tests and the showcase render each named export. */
import { items } from '../../fixtures/demo.ts';

export default { title: '留言答复信息', requirement: 'X5' };

export const answered = { message: items.message.message! };
