import type { Draft, ItemRule } from '../../../types.ts';
import { byParagraph, findPhrases, quoted, withoutNegativeContext } from '../../phrases.ts';
import { atFolded, atLink, fieldAt, foldedScan } from '../../shared.ts';

/**
 * Whether a host name looks like a gambling site. Patterns of up to three letters (hg, xpj, bet)
 * must touch a digit (hg0088, 365bet): alone they are too often part of an honest name (hg.gov.cn).
 */
export function gamblingHost(host: string, patterns: readonly string[]): string | undefined {
  return patterns.find((p) => {
    const q = p.toLowerCase();
    return q.length > 3 ? host.includes(q) : new RegExp(`\\d${q}|${q}\\d`).test(host);
  });
}

export const rule: ItemRule = {
  id: 'forbidden/gambling',
  scope: 'item',
  severity: 'error',
  title: '赌博和非法网站',
  requirements: ['C6'],
  check(source, ctx) {
    const { gambling, negativeContext } = ctx.config.forbidden;
    // Folded (lib/fold.ts) and matched loosely (lib/loose.ts): “百 家 乐”, “彩&#37329;” and full-width letters read as written.
    const folded = foldedScan(source, ctx);
    const text = folded.text;
    // Addresses of links are judged by their host below, not as text.
    const inLink = (offset: number) => {
      const at = folded.offsets[offset]!;
      return source.links.some((l) => l.textOffset !== undefined && at >= l.textOffset && at < l.textOffset + l.url.length);
    };
    const hits = withoutNegativeContext(text, findPhrases(text, gambling.phrases, gambling.patterns), negativeContext).filter((h) => !inLink(h.offset));
    const out: Draft[] = byParagraph(text, hits).map((g) =>
      atFolded(source, folded, g.offset, `${fieldAt(source, folded.offsets[g.offset]!)}含有赌博或非法网站的内容：${quoted(g.phrases)}`, '立即删除这段文字并检查页面是否被篡改；政府网站不得出现赌博、彩票推广等内容。'),
    );
    for (const link of source.links) {
      const hit = link.host && gamblingHost(link.host, gambling.hostPatterns);
      if (hit) out.push(atLink(source, link, `链接指向疑似赌博网站 ${link.host}`, '删除该链接；政府网站不得链接赌博、非法网站。'));
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  },
};
