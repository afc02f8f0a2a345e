import type { LibraryRule } from '../../../types.ts';
import { atKey } from '../../shared.ts';

export const rule: LibraryRule = {
  id: 'crossref/uninterpreted-policy',
  scope: 'library',
  severity: 'error',
  title: '重要政策没有解读',
  requirements: ['C3'],
  check(ctx) {
    const interpreted = new Set(ctx.library.items.map((i) => i.meta.interprets).filter(Boolean));
    return ctx.library.items
      .filter((i) => i.meta.type === 'policy' && i.meta.policy?.important && !interpreted.has(i.meta.id))
      .map((i) =>
        atKey(ctx.sourceOf(i), ['policy', 'important'], `重要政策文件“${i.meta.title}”没有政策解读`, `重要政策文件须同步发布解读：新建一篇 type: interpretation 的条目，填写 interprets: ${i.meta.id}；若该文件不属于重要政策，把 important 改为 false。`),
      );
  },
};
