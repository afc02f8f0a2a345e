import { minutesOf } from '../../../lib/dates.ts';
import type { LibraryRule } from '../../../types.ts';
import { atKey } from '../../shared.ts';

/** How long after its original a reprint was published, in hours (C4 measures it). */
export function reprintLagHours(reprint: string, original: string): number {
  return (minutesOf(reprint) - minutesOf(original)) / 60;
}

export const rule: LibraryRule = {
  id: 'crossref/reprint-lag',
  scope: 'library',
  severity: 'warning',
  title: '转载超过 12 小时',
  requirements: ['C4'],
  check(ctx) {
    const limit = ctx.config.inspection.reprintHours;
    const out = [];
    for (const item of ctx.library.items) {
      const original = item.meta.reprintOf ? ctx.library.byId.get(item.meta.reprintOf) : undefined;
      if (!original) continue;
      const lag = reprintLagHours(item.meta.date, original.meta.date);
      if (lag <= limit) continue;
      out.push(
        atKey(ctx.sourceOf(item), ['date'], `转载时间比原文（${original.meta.date}）晚 ${lag.toFixed(1)} 小时，超过 ${limit} 小时的时限`, `上级网站的重要信息应在 ${limit} 小时内转载；请核对发布时间是否填写正确，今后及时转载。`),
      );
    }
    return out;
  },
};
