/**
 * A private person's home address written down to the door: “幸福小区3栋2单元501室”,
 * “锦绣花园5-2-301”, “家住……12号楼3单元602”, “红旗村三组12号”. Run on folded text (fold.ts),
 * so full-width digits read as digits. Office addresses (“行政中心A座301室”) are not homes:
 * a building and a room count only with a residential word or an address label before them,
 * or with a unit (单元) and no office word.
 */
export interface AddressLists {
  residential: readonly string[];
  addressLabels: readonly string[];
}

export interface AddressHit {
  offset: number;
  end: number;
  /** From the residential word or label (when near) to the room. */
  written: string;
}

const NUM = '(?:\\d{1,4}|[一二三四五六七八九十百零〇两]{1,4}|[A-Za-z])';
/** Counts and measures after a number: “3栋120户”“2栋500平方米” are not rooms. */
const NOT_ROOM = '(?![\\d.]|\\s?(?:户|套|人|名|间|个|平方|㎡|米|万|元|辆|层|年|月|日|%))';
const DOOR = new RegExp(
  [
    // building, optional unit, room: 3栋2单元501室, 12号楼3单元602, A座1502室, 2栋301
    `(?<building>${NUM}\\s?(?:号楼|栋|幢|座)\\s?(?:(?<unit>${NUM}\\s?(?:单元|门))\\s?)?(?:${NUM}\\s?(?:楼|层)\\s?)?\\d{2,4}${NOT_ROOM}\\s?(?:室|号|房)?)`,
    // unit and room without a building: 2单元501
    `(?<unitRoom>${NUM}\\s?单元\\s?\\d{2,4}${NOT_ROOM}\\s?(?:室|号|房)?)`,
    // building-unit-room shorthand: 5-2-301, 5-2-301室
    `(?<short>(?<![\\d-])\\d{1,3}-\\d{1,2}-\\d{2,4}(?![\\d-])\\s?(?:室|号)?)`,
    // a rural home: 红旗村三组12号
    `(?<rural>[\\p{Script=Han}]{1,6}村\\s?${NUM}\\s?(?:组|社|队)\\s?\\d{1,4}\\s?号)`,
  ].join('|'),
  'gu',
);
/** Words of an office address: a building with a room there is a workplace, not a home. */
const OFFICE = /大厦|大楼|中心|办公|写字楼|广场|商务|公司|酒店|宾馆|医院|学校|政府|局|委员会|法院|检察院|会议室|园区|市场|银行|营业厅|服务站/;
const WINDOW = 24;

export function homeAddresses(text: string, lists: AddressLists): AddressHit[] {
  const out: AddressHit[] = [];
  for (const m of text.matchAll(DOOR)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    // The clause before the match: back to the last sentence or clause mark.
    let s = start;
    while (s > 0 && start - s < WINDOW && !/[。；;，,！？!?\n|]/.test(text[s - 1]!)) s--;
    const before = text.slice(s, start);
    const home = lastOf(before, lists.residential);
    const label = lastOf(before, lists.addressLabels);
    const office = OFFICE.test(before.slice(Math.max(home ?? -1, label ?? -1) + 1));
    let isHome: boolean;
    if (g.rural) isHome = true;
    else if (home !== undefined || label !== undefined) isHome = !office;
    else isHome = Boolean(g.unit || g.unitRoom) && !office && !OFFICE.test(before);
    if (!isHome) continue;
    const from = s + Math.min(home ?? before.length, label ?? before.length);
    out.push({ offset: from, end, written: text.slice(from, end).trim() });
  }
  return out;
}

/** Offset in `text` of the last occurrence of any word, or undefined. */
function lastOf(text: string, words: readonly string[]): number | undefined {
  let best: number | undefined;
  for (const w of words) {
    const i = text.lastIndexOf(w);
    if (i >= 0 && (best === undefined || i > best)) best = i;
  }
  return best;
}
