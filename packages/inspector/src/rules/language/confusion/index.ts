import type { ItemRule } from '../../../types.ts';
import { wrongWords } from '../words.ts';

export const rule: ItemRule = {
  id: 'language/confusion',
  scope: 'item',
  severity: 'warning',
  title: '常见易混错字',
  requirements: ['C7'],
  check(source, ctx) {
    return wrongWords(source, ctx.config.language.confusions, (w, r) => `疑似错别字：“${w}”一般应写作“${r}”`, '核对后改正；词表在 content/inspector/language.yaml。');
  },
};
