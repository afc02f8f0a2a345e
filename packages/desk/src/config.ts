import { contentDir, itemType, nowInChina, type Column, type Registry, type Site } from '@jiyue/content';
import { nextId, roles } from '@jiyue/publisher';
import { relative } from 'node:path';
import { fieldsOf, itemJsonSchema, type DeskField } from './fields.ts';

/** A policy a new interpretation may explain (C3): the choices of `interprets`. */
export interface PolicyChoice { id: string; title: string }

/** The folder of a site's column, as Decap names it: relative to the repository root, with "/". */
export const columnFolder = (root: string, site: string, column: string) =>
  [relative(root, contentDir(root)).split('\\').join('/'), 'items', site, column].join('/');

/** Decap's collection name of a site's column. */
export const collectionName = (site: string, column: string) => `${site}--${column}`;

/** The value a shownOn choice carries in the desk ("qingchuan/news"); item-file.ts turns it back. */
export const placeValue = (site: string, column: string) => `${site}/${column}`;

const rosterKey = { editor: 'editors', reviewer: 'reviewers', approver: 'approvers' } as const;

/**
 * The Decap CMS configuration, generated from the registry and the item schema: one collection
 * per site and column (named 网站 · 栏目), each with the fields of its column's item type, shownOn
 * as a choice among the other sites' columns, attachments stored in content/files/, and each
 * site's roster as the choices of its three sign-offs. `draft` is not a field: the desk sets it
 * from the sign-offs, as `pnpm sign` does.
 */
export function deskConfig(root: string, registry: Registry, policies: PolicyChoice[], now = nowInChina()) {
  const collections = registry.sites.flatMap((site) => site.columns.map((column) => collection(root, registry, site, column, policies, now)));
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: { name: 'proxy', proxy_url: '/api/v1', branch: 'main' },
    publish_mode: 'simple',
    media_folder: relative(root, contentDir(root)).split('\\').join('/') + '/files',
    public_folder: 'files',
    // Attachment names must be lower-case ASCII (item/attachment-path).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

function collection(root: string, registry: Registry, site: Site, column: Column, policies: PolicyChoice[], now: string) {
  const type = column.type;
  const requires = itemType(type).requires?.key;
  const typeOnly = new Set(['policy', 'guide', 'message', 'interprets']);
  const others = registry.sites.filter((s) => s.id !== site.id);
  const override = (path: string): Partial<DeskField> | undefined => {
    switch (path) {
      case 'id': return { default: nextId(contentDir(root), site.id, column.id, now.slice(0, 4)), hint: '自动生成，一般不用改；只用小写英文字母、数字和连字符。' };
      case 'type': return { widget: 'hidden', default: type };
      case 'site': return { widget: 'hidden', default: site.id };
      case 'column': return { widget: 'hidden', default: column.id };
      case 'date': return { default: now, hint: '格式：年-月-日 时:分，例如 2026-11-20 10:00。定时发布时写计划上线的时间。' };
      case 'source': return { default: site.sponsor };
      case 'summary': return { widget: 'text' };
      case 'shownOn': return {
        widget: 'select', multiple: true, fields: undefined,
        options: others.flatMap((s) => s.columns.map((c) => ({ label: `${s.name} · ${c.name}`, value: placeValue(s.id, c.id) }))),
        hint: '文章只写一次；选中的网站栏目同时展示它，不复制文件。',
      };
      case 'interprets': return { widget: 'select', required: true, options: policies.map((p) => ({ label: `${p.title}（${p.id}）`, value: p.id })) };
      case 'attachments.file':
      case 'guide.forms.file': return { widget: 'file', choose_url: false, hint: '文件保存在 content/files/ 下；文件名只用小写英文字母、数字和连字符。' };
      case 'signoff': return { hint: '三审依次签字：编辑保存草稿后，审核、签发人员分别选择自己的姓名并保存；同一人不能签两步，签字后不能更改。签发后文章在下次构建时发布。' };
    }
    const role = roles.find((r) => path === `signoff.${r}`);
    if (role) return { widget: 'select', required: false, options: site.roster[rosterKey[role]] };
    return undefined;
  };
  const fields = fieldsOf(itemJsonSchema(), '', override)
    .filter((f) => f.name !== 'draft' && (!typeOnly.has(f.name) || f.name === requires))
    .map((f) => (f.name === requires ? { ...f, required: true } : f.required ? f : optional(f)));
  return {
    name: collectionName(site.id, column.id),
    label: `${site.name} · ${column.name}`,
    label_singular: column.name,
    folder: columnFolder(root, site.id, column.id),
    create: true,
    extension: 'md',
    format: 'frontmatter',
    slug: '{{id}}',
    identifier_field: 'title',
    summary: '{{title}}（{{date}}）',
    sortable_fields: ['date', 'title'],
    fields: [...fields, { name: 'body', label: '正文', widget: 'markdown', jiyuePath: 'body' }],
  };
}

/** An optional block's own fields are optional too: the checks say what a filled-in block lacks. */
function optional(field: DeskField): DeskField {
  return { ...field, required: false, fields: field.fields?.map(optional), field: field.field && optional(field.field) };
}
