import type { z } from 'zod';
import type { ContentProblem } from './errors.ts';
import type { YamlSource } from './yaml-source.ts';

/** Chinese names of fields, so that messages speak the publisher's language. */
const fieldNames: Record<string, string> = {
  id: '编号 id', name: '名称 name', title: '标题 title', type: '类型 type', site: '所属网站 site',
  column: '栏目 column', date: '发布时间 date', source: '来源 source', kind: '网站类型 kind',
  parent: '上级网站 parent', domain: '英文域名 domain', chineseDomain: '中文域名 chineseDomain',
  siteCode: '网站标识码 siteCode', icp: 'ICP备案编号 icp', police: '公安机关备案 police',
  recordcode: '公安备案 recordcode', number: '备案号 number', sponsor: '主办单位 sponsor',
  operator: '承办单位 operator', contact: '联系方式 contact', phone: '电话 phone', email: '邮箱 email',
  partyGovLabel: '党政机关网站标识 partyGovLabel', emblem: '国徽 emblem', logo: '标志 logo',
  theme: '主题 theme', roster: '人员名单 roster', editors: '编辑 editors', reviewers: '审核 reviewers',
  approvers: '签发 approvers', columns: '栏目 columns', signoff: '三审签字 signoff',
  editor: '编辑 editor', reviewer: '审核 reviewer', approver: '签发 approver', policy: '政策文件信息 policy',
  docNumber: '文号 docNumber', indexNumber: '索引号 indexNumber', issuer: '发文机关 issuer',
  writtenDate: '成文日期 writtenDate', topic: '主题分类 topic', validity: '有效性 validity',
  interprets: '所解读的政策 interprets', reprintOf: '转载原文 reprintOf', shownOn: '同时展示 shownOn',
  guide: '办事指南信息 guide', archived: '归档信息 archived', sites: '网站列表 sites', city: '城市 city',
};

export function fieldName(key: PropertyKey | undefined): string {
  if (key === undefined) return '内容';
  if (typeof key === 'number') return `第 ${key + 1} 项`;
  return fieldNames[String(key)] ?? String(key);
}

function lastKey(path: readonly PropertyKey[]): PropertyKey | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i];
  return path[path.length - 1];
}

/**
 * Validates a parsed YAML value against a zod schema; every issue becomes a problem at the
 * line of the offending value. Custom messages in the schema are written as "rule-id|消息|建议".
 */
export function validate<T extends z.ZodType>(
  schema: T,
  source: YamlSource,
  rulePrefix: string,
): { data?: z.output<T>; problems: ContentProblem[] } {
  // reportInput: without it zod leaves `issue.input` empty and a wrongly typed value would read as missing.
  const result = schema.safeParse(source.value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): ContentProblem => {
    const path = issue.path as PropertyKey[];
    // An unknown key is shown where it is written, not at the start of its map.
    const pos = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? source.keyAt(path, issue.keys[0]) : source.at(path);
    const field = fieldName(lastKey(path));
    const [rule, message, hint] = describe(issue, field, path, rulePrefix);
    return { rule, file: source.file, ...pos, message, hint };
  });
  return { problems };
}

function describe(
  issue: z.core.$ZodIssue,
  field: string,
  path: readonly PropertyKey[],
  rulePrefix: string,
): [string, string, string] {
  // Our own messages are "rule-id|消息|建议"; zod's English ones can contain `|` too ("red"|"blue"|"teal").
  const custom = issue.message.split('|');
  if (custom.length === 3 && /^[a-z]+\/[a-z0-9-]+$/.test(custom[0]!)) return custom as [string, string, string];
  const where = path.length ? `「${path.join('.')}」` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return [`${rulePrefix}/required`, `缺少必填字段：${field}${where}`, `请补充 ${field}。`];
      }
      return [
        `${rulePrefix}/type`,
        `${field}${where} 的类型不对，应为${typeName(issue.expected)}`,
        `请按${typeName(issue.expected)}填写 ${field}。`,
      ];
    case 'invalid_value':
      return [
        `${rulePrefix}/enum`,
        `${field}${where} 的取值不在允许范围内`,
        `可选值：${issue.values.map(String).join('、')}。`,
      ];
    case 'unrecognized_keys':
      return [
        `${rulePrefix}/unknown-field`,
        `出现了未知字段：${issue.keys.join('、')}${where}`,
        '检查字段名拼写；不需要的字段请删除。',
      ];
    case 'too_small':
      if (issue.origin === 'number') return [`${rulePrefix}/too-small`, `${field}${where} 的值太小，应${issue.inclusive ? '不小于' : '大于'} ${issue.minimum}`, `请改为${issue.inclusive ? '不小于' : '大于'} ${issue.minimum} 的数。`];
      return [`${rulePrefix}/too-short`, `${field}${where} 内容过少或为空`, `请填写完整的 ${field}。`];
    case 'too_big':
      if (issue.origin === 'number') return [`${rulePrefix}/too-big`, `${field}${where} 的值太大，应${issue.inclusive ? '不大于' : '小于'} ${issue.maximum}`, `请改为${issue.inclusive ? '不大于' : '小于'} ${issue.maximum} 的数。`];
      return [`${rulePrefix}/too-long`, `${field}${where} 内容过长`, `请精简 ${field}。`];
    default:
      return [`${rulePrefix}/invalid`, `${field}${where} 不符合要求`, `请检查 ${field} 的格式。`];
  }
}

function typeName(expected: string): string {
  return (
    { string: '文字', number: '数字', boolean: '是/否（true/false）', array: '列表', object: '字段组' }[
      expected
    ] ?? expected
  );
}
