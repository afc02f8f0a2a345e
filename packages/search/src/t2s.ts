/// <reference path="./opencc-dict.d.ts" />
/**
 * Traditional → simplified, limited to what a site needs: a citizen typing 社會保險 must find
 * pages that say 社会保险. The full OpenCC tables are far too large for a search page, so the
 * build keeps only the traditional (and Taiwan / Hong Kong variant) characters whose simplified
 * form occurs on the site, as one string of pairs: "會会險险…".
 */
import * as OpenCC from 'opencc-js';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

let toSimplified: ((s: string) => string)[] | undefined;
let candidates: string[] | undefined;

/** Keys of an OpenCC dictionary string ("A a|B b c|…"), single characters only. */
function keys(dict: string): string[] {
  return dict.split('|').map((pair) => pair.split(' ')[0]!).filter((k) => [...k].length === 1);
}

export function traditionalMap(siteChars: Set<string>): string {
  toSimplified ??= [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  candidates ??= [...new Set([...keys(TSCharacters), ...keys(TWVariantsRev), ...keys(HKVariantsRev)])].sort();
  let out = '';
  for (const t of candidates) {
    for (const convert of toSimplified) {
      const s = convert(t);
      if (s !== t && [...s].length === 1 && siteChars.has(s)) {
        out += t + s;
        break;
      }
    }
  }
  return out;
}
