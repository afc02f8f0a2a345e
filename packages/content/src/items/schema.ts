import { z } from 'zod';
import { itemType, itemTypes } from '../item-types.ts';
import { FORMER_URL } from '../grammar.ts';

const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, {
  error: 'item/date-format|发布时间格式不正确，应为“年-月-日 时:分”|例如 date: "2025-03-14 09:30"（用英文引号括起来）。',
  abort: true, // a malformed date is one mistake, not also an impossible date
}).refine((s) => isRealDate(s.slice(0, 10)) && Number(s.slice(11, 13)) < 24 && Number(s.slice(14)) < 60, {
  error: 'item/date-invalid|发布时间不是有效的日期或时间|检查月份（01–12）、日期、小时（00–23）和分钟（00–59）。',
});

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'item/day-format|日期格式不正确，应为“年-月-日”|例如 "2025-03-14"。', abort: true })
  .refine(isRealDate, { error: 'item/date-invalid|不是有效的日期|检查月份和日期。' });

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const text = z.string().trim().min(1);
/** An attachment in content/files/; it is copied into every site that shows the item. */
// Segments start with a letter or digit, so no `..`, `.` or empty segment can lead out of files/.
const file = z.string().regex(/^files(?:\/[a-z0-9][a-z0-9_.-]*)+\.(pdf|docx?|xlsx?|wps|et|ofd|zip|png|jpe?g)$/, {
  error: 'item/attachment-path|附件路径格式不正确|附件放在 content/files/ 下，路径写作 files/<文件名>，文件名只用小写英文字母、数字、连字符，例如 files/rsj/canbao-biao.pdf。',
});
const attachment = z.strictObject({ title: text, file });
const ref = z.string().regex(/^[a-z0-9][a-z0-9-]{2,80}$/, {
  error: 'item/ref|引用的编号格式不正确|填写被引用条目 frontmatter 中的 id。',
});

export const itemSchema = z
  .strictObject({
    /** Stable id; also the last part of the page's URL. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,80}$/, {
      error: 'item/id|编号 id 只能由小写英文字母、数字和连字符组成（3–81 个字符）|例如 2025-news-0001；不能含有 / 或 ..，编号会成为网址的一部分。',
    }),
    title: z.string().trim().min(2, { error: 'item/title|标题过短或为空|填写完整的标题。' }).max(120),
    type: z.enum(itemTypes),
    site: z.string(),
    column: z.string(),
    date: dateTime,
    source: text,
    summary: z.string().max(300).optional(),
    draft: z.boolean().optional(),
    /** 定时发布: `date` is a future publication time on purpose; the item stays out of every build before it. */
    scheduled: z.boolean().optional(),
    /** C1: shown on other sites' columns without being copied. */
    shownOn: z.array(z.strictObject({ site: z.string(), column: z.string() })).optional(),
    /** C4: this item reprints another library item. */
    reprintOf: ref.optional(),
    /** C3: the policy this interpretation explains. */
    interprets: ref.optional(),
    policy: z
      .strictObject({
        docNumber: text, // 文号
        indexNumber: text, // 索引号
        issuer: text, // 发文机关
        writtenDate: day, // 成文日期
        topic: text, // 主题分类
        validity: z.enum(['有效', '失效', '废止']).default('有效'),
        important: z.boolean().default(false),
      })
      .optional(),
    guide: z
      .strictObject({
        basis: text, // 设定依据
        conditions: text, // 受理条件
        materials: z.array(text).min(1), // 申请材料
        procedure: text, // 办理流程
        timeLimit: text, // 办理时限
        fees: text, // 收费标准
        office: text, // 办理机构
        contact: text, // 咨询电话
        notes: z.string().optional(), // 注意事项
        onlineLevel: z.enum(['一级', '二级', '三级', '四级']), // 网上办理深度
        /** 在线办理: the matter's page on the government service platform. */
        online: z.url({ protocol: /^https$/, error: 'item/guide-online|在线办理网址格式不正确|填写政务服务平台上该事项的完整网址，以 https:// 开头，例如 https://zwfw.shili.gov.cn/item/330100。' }).optional(),
        address: text.optional(), // 办理地点
        hours: text.optional(), // 办公时间
        forms: z.array(attachment).optional(),
      })
      .optional(),
    message: z
      .strictObject({
        received: day, // 受理日期
        replied: day, // 答复日期
        department: text, // 答复部门
      })
      .optional(),
    /** Addresses this item had before (an old CMS, another column or site): answered with 301 (X4). */
    formerly: z
      .array(
        // The exact grammar the server configuration accepts (grammar.ts), then a real URL parse.
        z.string().regex(FORMER_URL, { error: 'item/formerly|原网址格式不正确，或含有不允许的字符（空格、引号、$、;、{、} 等）|写完整网址，例如 https://www.shili.gov.cn/art/2019/3/1/art_12_345.html；中文等字符请先转成 %XX 形式。', abort: true })
          .pipe(z.url({ protocol: /^https?$/, error: 'item/formerly|原网址格式不正确|写完整网址，例如 https://www.shili.gov.cn/art/2019/3/1/art_12_345.html。' })),
      )
      .optional(),
    /** S5/D5: archived pages stay reachable, labelled 已归档 with this date. */
    archived: z.strictObject({ date: day }).optional(),
    attachments: z.array(attachment).optional(),
    /** C5: 编辑、审核、签发, filled by `pnpm sign`; a published item needs all three. */
    signoff: z
      .strictObject({ editor: text.optional(), reviewer: text.optional(), approver: text.optional() })
      .default({}),
  })
  .superRefine((item, ctx) => {
    const required = itemType(item.type).requires;
    if (required && !item[required.key]) ctx.addIssue({ code: 'custom', path: [required.key], message: `item/type-fields|${required.message}|${required.hint}` });
  });

export type ItemFrontmatter = z.output<typeof itemSchema>;
