import { contentDir, loadDataFile, type ContentProblem } from '@jiyue/content';
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

/** Reads and checks the snapshot; no snapshot yet is no problem. */
export function loadVisits(root: string): { visits: VisitsSnapshot; problems: ContentProblem[] } {
  const { data, problems } = loadDataFile(contentDir(root), 'statistics/visits.json', schema, { rulePrefix: 'statistics', cwd: root, optional: true });
  const hint = '该文件由 pnpm stats --log <访问日志> --year <年份> --publish 生成：请重新生成，不要手工修改。';
  return { visits: data ?? {}, problems: problems.map((p) => ({ ...p, hint: `${p.hint}${hint}` })) };
}
