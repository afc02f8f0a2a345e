import type { Draft, ItemRule } from '../../../types.ts';
import { atKey } from '../../shared.ts';

const roles = { editor: '编辑', reviewer: '审核', approver: '签发' } as const;

export const rule: ItemRule = {
  id: 'workflow/signoff-distinct',
  scope: 'item',
  severity: 'error',
  title: '三审人员必须是三个人',
  requirements: ['C5'],
  check(source) {
    const s = source.item.meta.signoff;
    const out: Draft[] = [];
    const keys = Object.keys(roles) as (keyof typeof roles)[];
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = [keys[i]!, keys[j]!];
        // A missing role is item/unsigned, reported by the loader.
        if (s[a] && s[b] && s[a].trim() === s[b].trim()) {
          out.push(atKey(source, ['signoff', b], `“${s[a]}”同时担任${roles[a]}和${roles[b]}，三审（编辑、审核、签发）必须由三个不同的人完成`, `请由本网站名单中的另一位${roles[b]}人员${b === 'approver' ? '签发' : '审核'}，并在 signoff 中填写其姓名。`));
        }
      }
    }
    return out;
  },
};
