/** Examples for PolicyTable: tests and the showcase render each named export. */
import { items } from '../../fixtures/demo.ts';

export default { title: '政策文件信息公开标识', requirement: 'C2, D8' };

export const validPolicy = { policy: items.policy.policy!, date: items.policy.date, title: items.policy.title };
export const repealedPolicy = { ...validPolicy, policy: { ...items.policy.policy!, validity: '废止' as const } };
