/**
 * E-mail addresses however they are typed: “zhang@qq.com”, full-width “＠” (folded), and the
 * spellings that dodge harvesters, “zhang(at)163.com”, “zhang#163.com”, “li [at] 126 [dot] com”.
 * Run on folded text (fold.ts). Returns the address normalised to a@b.c with its offsets.
 */
export interface EmailHit {
  offset: number;
  end: number;
  address: string;
  domain: string;
}

const AT = String.raw`(?:@|\s?[(\[{]\s?at\s?[)\]}]\s?|\s?#\s?)`;
const DOT = String.raw`(?:\.|\s?[(\[{]\s?dot\s?[)\]}]\s?|。)`;
const EMAIL = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})${AT}([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:${DOT}[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)(?![A-Za-z0-9-])`, 'gi');

export function emailAddresses(text: string): EmailHit[] {
  const out: EmailHit[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const domain = m[2]!.replace(new RegExp(DOT, 'gi'), '.').toLowerCase();
    if (!/\.[a-z]{2,}$/.test(domain)) continue; // ends in a top-level domain, not in a number (v1#2.3)
    out.push({ offset: m.index!, end: m.index! + m[0].length, address: `${m[1]!.toLowerCase()}@${domain}`, domain });
  }
  return out;
}
