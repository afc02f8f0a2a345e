import { z } from 'zod';
import { HOSTNAME } from '../grammar.ts';
import { itemTypes } from '../item-types.ts';

/** Accepts a YAML number for code-like fields (a code written without quotes) and checks its form. */
const code = (re: RegExp, rule: string, message: string, hint: string) =>
  z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : v),
    z.string().regex(re, { error: `${rule}|${message}|${hint}` }),
  );

/** A link the registry gives: a path on the site itself, or a full https address. */
const address = (rule: string, message: string, hint: string) =>
  z.string().regex(/^(\/[a-z0-9/_-]*|https:\/\/[a-z0-9.-]+(\/[A-Za-z0-9/_.?=&%-]*)?)$/, {
    error: `${rule}|${message}|填写本站路径（如 /messages/）或完整的 https 网址（如 https://www.shili.gov.cn/messages/）；${hint}`,
  });

export const siteKinds = ['city-portal', 'district-portal', 'department'] as const;
export type SiteKind = (typeof siteKinds)[number];


export const themes = ['red', 'blue', 'teal'] as const;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, {
    error: 'registry/id|编号只能由小写英文字母、数字和连字符组成，并以字母开头|例如 district-east；编号一旦使用请勿更改。',
  });

const person = z.string().min(2).max(20);

/** A domain the server configuration names: lower-case ASCII host name only (see grammar.ts). */
const hostname = z.string().regex(HOSTNAME, {
  error: 'registry/hostname|域名格式不正确，只能由小写英文字母、数字、连字符和点组成|例如 fgw.shili.gov.cn；不要带 https://、路径、空格或其他符号。',
});

export const columnSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, {
    error: 'registry/column-id|栏目编号只能由小写英文字母、数字和连字符组成|例如 news、notices；它会成为网址的一部分。',
  }),
  name: z.string().min(2).max(20),
  type: z.enum(itemTypes),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
  error: 'registry/date|日期格式不正确，应为“年-月-日”|例如 "2026-03-01"（用英文引号括起来）。',
});

/** S4: what happened to a site, from which the build writes the notices the rules require. */
export const lifecycleSchema = z.strictObject({
  /** 开通日期: the opening notice goes on the parent portal. */
  opened: day.optional(),
  /** 临时下线: at most once a year, at most 30 days, never for a portal. */
  offline: z.array(z.strictObject({ from: day, to: day, reason: z.string().min(2) })).optional(),
  /** 紧急关停: recorded, not counted against the yearly limit. */
  emergency: z.array(z.strictObject({ date: day, reason: z.string().min(2) })).optional(),
  /** 整合迁移: the site was merged into another; its pages are archived, notices on both. */
  migrated: z.strictObject({ date: day, to: z.string(), reason: z.string().min(2) }).optional(),
  /** 域名变更: the old domain answers with a notice and a redirect for three months. */
  domainChanged: z.strictObject({ from: hostname, date: day }).optional(),
});

export const siteSchema = z.strictObject({
  id,
  /** 网站全称, named after the institution (S2, D1). */
  name: z.string().min(4).max(40),
  kind: z.enum(siteKinds),
  parent: id.optional(),
  domain: hostname,
  chineseDomain: z.string().regex(/^[\u4e00-\u9fa5]{2,20}\.政务$/, {
    error: 'registry/chinese-domain|中文域名格式不正确|中文域名应为“机构名称.政务”，例如 示例市.政务。',
  }),
  siteCode: code(
    /^(bm\d{8}|\d{10})$/,
    'registry/site-code',
    '网站标识码格式不正确',
    '门户网站为 10 位数字，部门网站为 bm 加 8 位数字，例如 9900000001 或 bm99000001。',
  ),
  icp: z.string().regex(/^.{1,4}ICP备\d{6,10}号(-\d+)?$/, {
    error: 'registry/icp|ICP备案编号格式不正确|应形如“演ICP备99000001号”，以工信部备案系统中的编号为准。',
  }),
  police: z.strictObject({
    number: z.string().min(6),
    recordcode: code(
      /^\d{14}$/,
      'registry/recordcode',
      '公安机关备案号（recordcode）应为 14 位数字',
      '从公安机关备案证明上抄录 14 位数字备案号。',
    ),
  }),
  sponsor: z.string().min(4), // 主办单位
  operator: z.string().min(4), // 承办单位
  contact: z.strictObject({
    phone: z.string().regex(/^[\d-]{7,20}$/, {
      error: 'registry/contact-phone|联系电话格式不正确|填写办公电话，例如 0999-12345678。',
    }),
    email: z.email({ error: 'registry/contact-email|联系邮箱格式不正确|例如 web@shili.gov.cn。' }).optional(),
    address: z.string().optional(),
  }),
  partyGovLabel: code(
    /^\d{8,14}$/,
    'registry/party-gov-label',
    '党政机关网站标识编号格式不正确',
    '从党政机关网站标识证书上抄录数字编号。',
  ),
  /** "national": the national emblem (only people's government portals, D2). */
  emblem: z.literal('national').optional(),
  /** A department's own logo, a path under content/logos/. */
  logo: z.string().regex(/^logos\/[a-z0-9-]+\.svg$/).optional(),
  theme: z.enum(themes).default('red'),
  /** 互动交流 (X5): where citizens write to the government; default: the site's message column. */
  interaction: address('registry/interaction', '互动交流地址格式不正确', '不设置时链接到本站的留言答复栏目。').optional(),
  /** 办事服务: the home page's service shortcuts (default: the site's latest service guides). */
  services: z
    .array(
      z.strictObject({
        name: z.string().min(2, { error: 'registry/service-name|办事服务入口名称过短|写 2–10 个字，例如 社保参保登记。' }).max(10, { error: 'registry/service-name|办事服务入口名称过长|写 2–10 个字，手机上一行能显示完，例如 社保参保登记。' }),
        href: address('registry/service-link', '办事服务入口地址格式不正确', '通常链接到本站的办事指南页面，例如 /guides/city-guide-0001/。'),
      }),
    )
    .max(8, { error: 'registry/services-count|办事服务入口超过 8 个|首页只放最常用的 8 项，其余可从“全部办事指南”进入。' })
    .optional(),
  roster: z.strictObject({
    editors: z.array(person).min(1),
    reviewers: z.array(person).min(1),
    approvers: z.array(person).min(1),
  }),
  columns: z.array(columnSchema).min(1),
  lifecycle: lifecycleSchema.optional(),
});

/** The entry `pnpm site:new --file` reads: a site of the registry whose columns may be left to the defaults. */
export const newSiteSchema = siteSchema.extend({ columns: siteSchema.shape.columns.optional() });

export const registrySchema = z.strictObject({
  city: z.strictObject({
    name: z.string().min(2),
    /** Pinyin of the city name; the portal's domain is www.<pinyin>.gov.cn (S3). */
    pinyin: z.string().regex(/^[a-z]{2,30}$/),
    /** A demonstration city: every page says so. */
    demo: z.boolean().default(false),
  }),
  sites: z.array(siteSchema).min(1),
});

export type Registry = z.output<typeof registrySchema>;
export type Site = z.output<typeof siteSchema>;
export type Column = z.output<typeof columnSchema>;
