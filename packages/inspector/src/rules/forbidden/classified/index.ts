import type { ItemRule } from '../../../types.ts';
import { findPhrases } from '../../phrases.ts';
import { at } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/classified',
  scope: 'item',
  severity: 'error',
  title: '涉密标志',
  requirements: ['C6'],
  check(source, ctx) {
    return findPhrases(source.text, [], ctx.config.forbidden.classified).map((h) =>
      at(source, h.offset, `含有涉密或内部文件标志“${h.phrase}”`, '涉密和内部文件不得在政府网站发布：撤下该条目，按保密审查程序处理；若只是引用说明，请改写措辞。'),
    );
  },
};
