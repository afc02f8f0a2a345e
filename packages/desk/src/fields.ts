import { itemSchema } from '@jiyue/content';
import { z } from 'zod';

/**
 * The desk's form of an item, made from the item schema itself (through its JSON Schema), so the
 * desk cannot drift from what the build accepts: every key the schema has is a field, with the
 * schema's type, its choices and whether it is required. Only the Chinese labels live here;
 * a test fails when the schema gains a key without one.
 */
export const labels: Record<string, string> = {
  id: '编号（网址的最后一段）', title: '标题', type: '类型', site: '所属网站', column: '栏目',
  date: '发布时间', source: '来源（发布单位）', summary: '摘要', draft: '草稿', scheduled: '定时发布（到发布时间才上线）',
  shownOn: '同时在以下网站栏目展示', 'shownOn.site': '网站', 'shownOn.column': '栏目',
  reprintOf: '转载自（原文编号）', interprets: '所解读的政策文件',
  policy: '政策文件信息', 'policy.docNumber': '文号', 'policy.indexNumber': '索引号', 'policy.issuer': '发文机关',
  'policy.writtenDate': '成文日期', 'policy.topic': '主题分类', 'policy.validity': '有效性', 'policy.important': '重要政策',
  guide: '办事指南信息', 'guide.basis': '设定依据', 'guide.conditions': '受理条件', 'guide.materials': '申请材料',
  'guide.procedure': '办理流程', 'guide.timeLimit': '办理时限', 'guide.fees': '收费标准', 'guide.office': '办理机构',
  'guide.contact': '咨询电话', 'guide.notes': '注意事项', 'guide.onlineLevel': '网上办理深度', 'guide.online': '在线办理网址', 'guide.address': '办理地点', 'guide.hours': '办公时间', 'guide.forms': '表格下载',
  'guide.forms.title': '表格名称', 'guide.forms.file': '文件',
  message: '留言答复信息', 'message.received': '受理日期', 'message.replied': '答复日期', 'message.department': '答复部门',
  formerly: '原网址（旧网站上的地址，自动跳转）', archived: '归档', 'archived.date': '归档日期',
  attachments: '附件', 'attachments.title': '附件名称', 'attachments.file': '文件',
  signoff: '三审签字', 'signoff.editor': '编辑', 'signoff.reviewer': '审核', 'signoff.approver': '签发',
};

/** A Decap CMS field (only what the desk uses). `jiyuePath` tells the desk's widgets which key they edit. */
export interface DeskField {
  name: string;
  label: string;
  widget: string;
  jiyuePath: string;
  required?: boolean;
  default?: unknown;
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  fields?: DeskField[];
  field?: DeskField;
  collapsed?: boolean;
  [option: string]: unknown;
}

interface JsonSchema {
  type?: string;
  enum?: string[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

/** The item schema as JSON Schema: what a publisher writes (input), refinements left out. */
export const itemJsonSchema = (): JsonSchema => z.toJSONSchema(itemSchema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;

/** Every key path of the schema ("policy.docNumber", "attachments.title"), for the label test. */
export function schemaPaths(schema = itemJsonSchema(), prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, sub]) => {
    const path = prefix + key;
    const inner = sub.type === 'array' ? sub.items : sub;
    return [path, ...(inner?.type === 'object' ? schemaPaths(inner, `${path}.`) : [])];
  });
}

/**
 * One schema key as a field. `override` may replace any field by path (the registry's choices:
 * roster, columns, policies); the rest follows the schema's type.
 */
export function fieldOf(name: string, schema: JsonSchema, path: string, required: boolean, override: (path: string) => Partial<DeskField> | undefined): DeskField {
  const base: DeskField = { name, label: labels[path] ?? name, widget: 'string', jiyuePath: path, required };
  if (schema.default !== undefined) base.default = schema.default;
  let field: DeskField;
  if (schema.enum) field = { ...base, widget: 'select', options: schema.enum };
  else if (schema.type === 'boolean') field = { ...base, widget: 'boolean', required: false, default: schema.default ?? false };
  else if (schema.type === 'object') field = { ...base, widget: 'object', collapsed: false, fields: fieldsOf(schema, `${path}.`, override) };
  else if (schema.type === 'array' && schema.items?.type === 'object') field = { ...base, widget: 'list', fields: fieldsOf(schema.items, `${path}.`, override) };
  else if (schema.type === 'array') field = { ...base, widget: 'list', field: { name: 'value', label: base.label, widget: 'string', jiyuePath: path } };
  else field = base;
  return { ...field, ...override(path) };
}

export function fieldsOf(schema: JsonSchema, prefix: string, override: (path: string) => Partial<DeskField> | undefined): DeskField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, sub]) => fieldOf(key, sub, prefix + key, required.has(key), override));
}
