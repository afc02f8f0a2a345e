/**
 * What each kind of content is — the one table the schemas, pages, commands, rules, reports and
 * test builders read. An item's type is also the type of the columns that show it (C2).
 */

/** A field an item of the type must have (rule item/type-fields), with what to say when it is missing. */
interface RequiredField {
  key: 'policy' | 'interprets' | 'guide' | 'message';
  message: string;
  hint: string;
}

export interface ItemTypeInfo {
  /** What citizens and publishers call it (the 类型 of a page and of the search filter). */
  name: string;
  /** The column of this type a site usually has: its id (also the items' folder) and name. */
  column: { id: string; name: string };
  /** The sites `pnpm site:new` opens with this column: every site, or portals only. */
  opensOn?: 'every-site' | 'portals';
  /** Every portal has a column of this type (政府网站发展指引), called this in the portal-columns rule. */
  portalColumn?: string;
  /** Its line of the annual report's 信息发布 (国办函〔2018〕12号): 概况类、政务动态、信息公开目录. */
  publishing?: 'overview' | 'news' | 'disclosure';
  requires?: RequiredField;
}

export const ITEM_TYPES = {
  news: { name: '动态', column: { id: 'news', name: '工作动态' }, opensOn: 'every-site', portalColumn: '政务动态', publishing: 'news' },
  notice: { name: '通知公告', column: { id: 'notices', name: '通知公告' }, opensOn: 'every-site', portalColumn: '通知公告', publishing: 'disclosure' },
  policy: {
    name: '政策文件', column: { id: 'policies', name: '政策文件' }, opensOn: 'every-site', portalColumn: '政策文件', publishing: 'disclosure',
    requires: { key: 'policy', message: '政策文件缺少 policy 信息（文号、索引号等）', hint: '补充 policy: 下的 docNumber、indexNumber、issuer、writtenDate、topic。' },
  },
  interpretation: {
    name: '政策解读', column: { id: 'interpretations', name: '政策解读' }, opensOn: 'portals', portalColumn: '政策解读',
    requires: { key: 'interprets', message: '政策解读未注明所解读的政策', hint: '填写 interprets: <政策文件的 id>。' },
  },
  response: { name: '回应关切', column: { id: 'responses', name: '回应关切' } },
  guide: {
    name: '办事指南', column: { id: 'guides', name: '办事指南' }, opensOn: 'portals', portalColumn: '办事服务',
    requires: { key: 'guide', message: '办事指南缺少 guide 信息', hint: '补充 guide: 下的设定依据、受理条件、申请材料等字段。' },
  },
  info: { name: '概况信息', column: { id: 'about', name: '概况信息' }, opensOn: 'every-site', publishing: 'overview' },
  disclosure: { name: '信息公开', column: { id: 'disclosure', name: '信息公开' }, publishing: 'disclosure' },
  statistics: { name: '统计数据', column: { id: 'statistics', name: '统计数据' }, publishing: 'disclosure' },
  topic: { name: '专题', column: { id: 'topics', name: '专题专栏' } },
  message: {
    name: '留言答复', column: { id: 'messages', name: '留言答复' },
    requires: { key: 'message', message: '留言答复缺少受理和答复信息', hint: '补充 message: 下的 received、replied、department。' },
  },
  faq: { name: '知识库', column: { id: 'faq', name: '知识库' } },
} as const satisfies Record<string, ItemTypeInfo>;

export type ItemType = keyof typeof ITEM_TYPES;

/** Every item type, in the table's order (z.enum needs a non-empty tuple; Object.keys types its result as string[]). */
export const itemTypes = Object.keys(ITEM_TYPES) as [ItemType, ...ItemType[]];

/** The table's entry of a type, typed as the general shape (the literal one knows only its own fields). */
export const itemType = (type: ItemType): ItemTypeInfo => ITEM_TYPES[type];
