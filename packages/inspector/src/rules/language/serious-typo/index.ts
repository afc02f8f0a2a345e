import type { ItemRule } from '../../../types.ts';
import { wrongWords } from '../words.ts';

export const rule: ItemRule = {
  id: 'language/serious-typo',
  scope: 'item',
  severity: 'error',
  title: '严重错误（国家、机构、领导人名称）',
  requirements: ['C7'],
  check(source, ctx) {
    return wrongWords(
      source,
      ctx.config.language.seriousTypos,
      (w, r) => `严重错误：“${w}”应为“${r}”`,
      '国家名称、党政机关名称和领导人姓名写错属于严重表述错误，请立即改正，并核对全文。',
    );
  },
};
