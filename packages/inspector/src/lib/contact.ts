/**
 * Private contact handles as advertisers write them: “微信 xyz123”, “加V：dk8888”, “QQ12345678”,
 * “vx:loan668”, “扣扣 12345678”, with or without a colon. Run on folded text (fold.ts), so
 * “ｖｘ” and “微&#20449;” read as written. A handle counts only with an account after it
 * (5–20 letters, digits, _ or -), so “微信公众号”“关注微信” and “QQ群” alone are not handles.
 */
export interface HandleLists {
  handles: readonly string[];
  disguisedHandles: readonly string[];
  solicit: readonly string[];
}

export interface HandleHit {
  offset: number;
  end: number;
  /** As written, e.g. “加V：dk8888”. */
  written: string;
  /** The handle's kind in lower case (微信, qq, vx…), to count distinct ones. */
  kind: string;
  disguised: boolean;
  /** A soliciting word right before it (加, 添加, 私聊…). */
  solicited: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/** “微 信”, “Q Q”: a space between the letters of a handle does not hide it. */
const spaced = (s: string) => [...s].map(escape).join('\\s?');
const cache = new WeakMap<HandleLists, RegExp>();

function pattern(lists: HandleLists): RegExp {
  let re = cache.get(lists);
  if (!re) {
    const names = [...new Set([...lists.handles, ...lists.disguisedHandles])].sort((a, b) => b.length - a.length).map(spaced);
    const solicit = [...lists.solicit].sort((a, b) => b.length - a.length).map(escape);
    // An ASCII handle (qq, vx, tg) must start a word: “wx” inside “wx.shili.gov.cn” or “GTG” is not one.
    re = new RegExp(
      `(?<solicit>(?:${solicit.join('|')})\\s?)?(?<![A-Za-z0-9])(?<name>${names.join('|')})\\s?(?:号码|号|账号|群|id|ID)?\\s?[:：]?\\s?(?<id>@?[A-Za-z0-9][A-Za-z0-9_-]{4,19})(?![A-Za-z0-9_-])`,
      'giu',
    );
    cache.set(lists, re);
  }
  re.lastIndex = 0;
  return re;
}

export function contactHandles(text: string, lists: HandleLists): HandleHit[] {
  const disguised = new Set(lists.disguisedHandles.map((h) => h.toLowerCase()));
  const out: HandleHit[] = [];
  for (const m of text.matchAll(pattern(lists))) {
    const g = m.groups!;
    const name = g.name!.toLowerCase().replace(/\s/g, '');
    // A plain word as “id” is a sentence, not an account (“QQ email”); accounts carry a digit or an underscore, or are long.
    if (!/[\d_]/.test(g.id!) && g.id!.length < 8) continue;
    out.push({
      offset: m.index!,
      end: m.index! + m[0].length,
      written: m[0].trim(),
      kind: name.replace(/\s/g, '').replace(/号码$|号$/, ''),
      disguised: disguised.has(name),
      solicited: Boolean(g.solicit),
    });
  }
  return out;
}
