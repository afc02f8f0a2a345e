/**
 * Every rule id the library step can report, with what it means — the reference that docs/rules.md
 * renders (next to the inspector's own rules, packages/inspector/src/rules). test/rule-ids.test.ts
 * reads the workspace's code and fails when an id is reported that is not listed here, or listed
 * here but reported nowhere.
 */

/** A rule the library step reports, and what it means (Chinese: publishers look ids up). */
export interface LibraryRule {
  id: string;
  meaning: string;
}

/**
 * The files the library step validates against a schema, by the prefix of their rule ids: a field
 * that is missing or malformed is reported as `<prefix>/<field rule>` (validate.ts).
 */
export const VALIDATED_FILES = {
  registry: 'content/sites.yaml（以及 pnpm site:new 的站点描述文件）',
  item: 'content/items/**/*.md 的 frontmatter',
  config: 'content/inspector/*.yaml',
  statistics: 'content/statistics/visits.json',
  results: 'content/inspection/results.json',
  demo: 'content/demo.yaml（示例城市的固定时钟）',
} as const;

/** Data files that may be missing report `<prefix>/missing` (data-file.ts). */
export const REQUIRED_FILE_PREFIXES = ['registry', 'config', 'statistics', 'results', 'demo'] as const;

/** What validate.ts reports for a field that breaks its schema, by the rule id's suffix. */
export const FIELD_RULES: Readonly<Record<string, string>> = {
  required: '缺少必填字段',
  type: '字段的类型不对（文字、数字、是/否、列表或字段组）',
  enum: '字段的取值不在允许范围内',
  'unknown-field': '出现了未知字段（多为拼写错误）',
  'too-short': '内容过少或为空',
  'too-long': '内容过长',
  'too-small': '数值太小',
  'too-big': '数值太大',
  invalid: '字段不符合要求（其他格式问题）',
};

const rules = (family: string, entries: Record<string, string>): LibraryRule[] =>
  Object.entries(entries).map(([name, meaning]) => ({ id: `${family}/${name}`, meaning }));

/** The library step's own rules (besides the field rules above). */
export const LIBRARY_RULES: readonly LibraryRule[] = [
  ...rules('yaml', {
    syntax: 'YAML（站点登记表、frontmatter 或数据文件）无法解析',
    alias: 'YAML 中使用了别名（*name），可能造成数据成倍膨胀，不允许使用',
  }),
  ...rules('registry', {
    missing: '找不到站点登记表 content/sites.yaml 或站点描述文件',
    id: '网站编号格式不正确',
    'column-id': '栏目编号格式不正确',
    hostname: '域名不是只由小写字母、数字、连字符和点组成的主机名（写入服务器配置的每个值都遵守这一格式）',
    'chinese-domain': '中文域名应为“机构名称.政务”',
    'site-code': '网站标识码格式不正确',
    icp: 'ICP 备案编号格式不正确',
    recordcode: '公安机关备案号格式不正确',
    'contact-phone': '联系电话格式不正确',
    'contact-email': '联系邮箱格式不正确',
    'party-gov-label': '党政机关网站标识的写法不正确',
    interaction: '互动交流地址格式不正确',
    'service-link': '办事服务入口地址格式不正确',
    'service-name': '办事服务入口名称过短或过长（2–10 个字）',
    'services-count': '首页办事服务入口超过 8 个',
    date: '日期格式不正确，应为“年-月-日”',
    'duplicate-id': '网站编号重复',
    'duplicate-domain': '域名重复',
    'duplicate-site-code': '网站标识码重复',
    'duplicate-column': '同一网站中栏目编号重复',
    'one-site-per-unit': '一个单位开设了第二个网站（S1）',
    'city-portal': '登记表中应有且只有一个市政府门户网站（S1）',
    parent: '上级网站设置不对：市政府门户没有上级，其他网站必须有上级且上级类型正确（S1）',
    'unknown-parent': '上级网站不存在（S1）',
    domain: '域名不符合 S3（.gov.cn；门户为 www.<拼音>.gov.cn；部门网站在门户域名之下）',
    emblem: '部门网站不得使用国徽（D2）',
    'emblem-missing': '门户网站没有设置国徽或标志（D2）',
    'logo-missing': '部门网站没有设置本部门标志（D2）',
    'logo-file': '网站标志文件不存在、是符号链接、经过符号链接的文件夹或在 content/ 之外',
    'logo-unsafe': '网站标志中含有图形以外的内容（脚本、事件、外部引用等）',
    'demo-code': '示例城市的各种代码必须使用区划代码 99',
    'app-missing': '登记的网站在 apps/ 中没有对应的应用',
    'app-unregistered': 'apps/ 中的应用没有在站点登记表中登记',
    'portal-offline': '门户网站不能下线（S4）',
    'offline-length': '临时下线不能超过 30 天（S4）',
    'offline-yearly': '一年内最多临时下线一次（S4）',
    'migrated-target': '网站迁移的目标网站不存在或不正确（S4）',
    'domain-changed': '域名变更的记录不正确（S4）',
  }),
  ...rules('item', {
    empty: '条目文件是空的',
    'too-large': '条目文件过大',
    encoding: '条目文件不是 UTF-8 编码',
    'no-frontmatter': '条目文件开头没有 frontmatter（--- 之间的字段）',
    'frontmatter-shape': 'frontmatter 不是“字段: 值”的形式',
    id: '条目编号格式不正确（编号也不能含路径）',
    ref: '引用的条目编号格式不正确',
    title: '标题过短或为空',
    'date-format': '时间格式不正确',
    'day-format': '日期格式不正确',
    'date-invalid': '日期不存在（如 2 月 30 日）',
    'attachment-path': '附件路径格式不正确',
    'guide-online': '办事指南的在线办理网址格式不正确',
    'type-fields': '政策文件、政策解读、办事指南或留言答复缺少该类型必需的字段',
    'duplicate-id': '两个条目使用了同一个编号',
    'unknown-site': '发布网站不存在',
    'unknown-column': '栏目不存在',
    'unknown-policy': '解读所对应的政策文件不存在',
    'unknown-original': '转载的原文条目不存在',
    'attachment-missing': '附件文件不存在',
    'attachment-outside': '附件是符号链接、经过符号链接的文件夹或在 content/ 之外',
    symlink: '条目文件本身是符号链接',
    'body-file-missing': '正文链接到 files/ 中不存在的文件（发布后是坏链接）',
    unsigned: '已发布的条目缺少三审中的某一个签名（C5）',
    folder: '条目不在 items/<所属网站>/ 之下（文件夹归属、CODEOWNERS）',
    'reserved-id': '以 notice- 开头的编号留给平台自动生成的网站变更公告',
    formerly: '原网址不是完整的 https 网址',
    'formerly-host': '原网址不在本集群的域名上',
    'formerly-duplicate': '同一个原网址被两个条目认领',
    'removed-markup': '正文中有会被安全过滤删除的内容（脚本、事件、javascript:/data: 链接、iframe、表单、样式等）',
    'too-complex': '正文嵌套过深或结构过于复杂，无法安全处理',
    unreadable: '条目无法读取或解析',
  }),
  ...rules('config', {
    'ip-host': '域名允许名单中写了 IP 地址',
  }),
  ...rules('synonyms', {
    shape: 'content/search/synonyms.yaml 不是“正式用语: [通俗说法…]”的形式',
    word: '正式用语或通俗说法含空格、标点或过长',
    list: '正式用语后面缺少通俗说法列表',
    duplicate: '一个词出现在两组同义词中',
    self: '通俗说法与正式用语相同',
  }),
  ...rules('demo', {
    clock: 'content/demo.yaml 的演示时间不是有效的“YYYY-MM-DD HH:MM”（北京时间）',
  }),
  ...rules('library', {
    internal: '检查内容库时发生内部错误（不是内容的问题，请报告平台团队）',
  }),
];

/** Every id the library step can report: its own rules and the field rules of every validated file. */
export function libraryRuleIds(): Set<string> {
  const ids = new Set(LIBRARY_RULES.map((r) => r.id));
  for (const prefix of Object.keys(VALIDATED_FILES)) for (const suffix of Object.keys(FIELD_RULES)) ids.add(`${prefix}/${suffix}`);
  for (const prefix of REQUIRED_FILE_PREFIXES) ids.add(`${prefix}/missing`);
  return ids;
}
