/** Builders of Markdown items for fixtures and corpus tests. */
import { itemType, itemTypes } from '@jiyue/content';

export interface ItemSpec {
  id?: string;
  title?: string;
  type?: string;
  site?: string;
  column?: string;
  date?: string;
  source?: string;
  /** Extra front-matter lines (YAML, already indented as needed), e.g. 'reprintOf: city-news-1'. */
  extra?: string;
  signoff?: { editor: string; reviewer: string; approver: string };
  body?: string;
}

let counter = 0;

const SIGNOFF = {
  city: { editor: '林晓雯', reviewer: '陈立新', approver: '王建国' },
  fgw: { editor: '蒋文静', reviewer: '沈国平', approver: '韩立军' },
} as Record<string, ItemSpec['signoff']>;

/** A valid item of the fixture registry; `body` is the Markdown after the front matter. */
export function item(spec: ItemSpec = {}): string {
  const site = spec.site ?? 'city';
  const type = spec.type ?? 'news';
  const s = spec.signoff ?? SIGNOFF[site] ?? SIGNOFF.city!;
  const lines = [
    '---',
    `id: ${spec.id ?? `fixture-${type}-${String(++counter).padStart(4, '0')}`}`,
    `title: ${spec.title ?? '示例市召开专题会议研究部署重点工作'}`,
    `type: ${type}`,
    `site: ${site}`,
    `column: ${spec.column ?? defaultColumn(type)}`,
    `date: "${spec.date ?? '2026-11-20 09:30'}"`,
    `source: ${spec.source ?? (site === 'fgw' ? '示例市发展和改革委员会' : '示例市人民政府办公室')}`,
    ...(spec.extra ? [spec.extra] : []),
    ...typeFields(type, spec.extra ?? ''),
    `signoff: { editor: ${s!.editor}, reviewer: ${s!.reviewer}, approver: ${s!.approver} }`,
    '---',
    '',
    spec.body ?? '11月20日，示例市召开专题会议，研究部署近期重点工作。会议要求各部门压实责任，确保各项任务按期完成。',
    '',
  ];
  return lines.join('\n');
}

function defaultColumn(type: string): string {
  const known = itemTypes.find((t) => t === type);
  return known ? itemType(known).column.id : 'news';
}

/** The fields a type requires, unless `extra` already gives them. */
function typeFields(type: string, extra: string): string[] {
  if (type === 'policy' && !/^policy:/m.test(extra)) {
    return ['policy:', '  docNumber: 示政发〔2026〕9号', '  indexNumber: 999000/2026-00031', '  issuer: 示例市人民政府', '  writtenDate: "2026-11-18"', '  topic: 综合政务/其他'];
  }
  if (type === 'interpretation' && !/^interprets:/m.test(extra)) return ['interprets: fixture-policy'];
  if (type === 'guide' && !/^guide:/m.test(extra)) {
    return ['guide:', '  basis: 《示例市政务服务管理办法》', '  conditions: 本市户籍居民', '  materials: [居民身份证原件]', '  procedure: 申请、受理、审核、办结', '  timeLimit: 5个工作日', '  fees: 不收费', '  office: 示例市政务服务中心', '  contact: 0999-12345678', '  onlineLevel: 四级'];
  }
  if (type === 'message' && !/^message:/m.test(extra)) return ['message:', '  received: "2026-11-02"', '  replied: "2026-11-10"', '  department: 示例市住房和城乡建设局'];
  return [];
}

/** One item in each listed column of the city portal, all dated `date` (interpretations explain an fgw policy). */
export function fillColumns(date: string, columns: [string, string][], prefix = 'fill'): string[] {
  const out = columns.map(([column, type], i) =>
    item({ id: `${prefix}-${column}-${i}`, column, type, date, extra: type === 'interpretation' ? `interprets: ${prefix}-policy` : undefined }),
  );
  if (columns.some(([, t]) => t === 'interpretation')) out.push(item({ id: `${prefix}-policy`, site: 'fgw', type: 'policy', column: 'policies', date }));
  return out;
}

/** Every column of the fixture city portal, as [id, type]. */
export const CITY_COLUMNS: [string, string][] = [
  ['news', 'news'], ['district-news', 'news'], ['work', 'news'], ['notices', 'notice'], ['bulletins', 'notice'], ['policies', 'policy'],
  ['interpretations', 'interpretation'], ['responses', 'response'], ['guides', 'guide'], ['about', 'info'], ['disclosure', 'disclosure'],
  ['statistics', 'statistics'], ['topics', 'topic'], ['messages', 'message'], ['faq', 'faq'],
];

/** Every column of the fixture city portal filled with one item, dated `date` unless `dates` says otherwise; `skip` leaves columns empty. */
export function cityWith(date: string, dates: Record<string, string> = {}, skip: string[] = []): string[] {
  return CITY_COLUMNS.filter(([c]) => !skip.includes(c)).flatMap(([column, type]) => fillColumns(dates[column] ?? date, [[column, type]], `fill-${column}`));
}
