import type { ContentProblem } from '@jiyue/content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The reviewed visit figures the annual reports publish (I4/I5): written by `pnpm stats --publish`
 * from the servers' access logs, reviewed and committed by the platform team, read by the build.
 * A snapshot in the library rather than a live feed, so every build stays reproducible.
 */
export const VISITS_FILE = 'content/statistics/visits.json';

const count = z.number().int().nonnegative();
const schema = z.record(z.string().regex(/^\d{4}$/), z.record(z.string(), z.strictObject({ pageViews: count, uniqueVisitors: count })));
export type VisitsSnapshot = z.infer<typeof schema>;

export function loadVisits(root: string): { visits: VisitsSnapshot; problems: ContentProblem[] } {
  const path = join(root, VISITS_FILE);
  if (!existsSync(path)) return { visits: {}, problems: [] };
  const problem = (message: string): ContentProblem => ({ rule: 'statistics/visits', file: VISITS_FILE, line: 1, column: 1, message, hint: '不要手工修改该文件：用 pnpm stats --log <访问日志> --year <年份> --publish 重新生成。' });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { visits: {}, problems: [problem(`访问统计文件不是有效的 JSON（${(e as Error).message.slice(0, 60)}）`)] };
  }
  const checked = schema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { visits: {}, problems: [problem(`访问统计文件格式不正确（位置 ${issue.path.join('.') || '顶层'}）：应为 { "年份": { "网站编号": { "pageViews": 整数, "uniqueVisitors": 整数 } } }`)] };
  }
  return { visits: checked.data, problems: [] };
}
