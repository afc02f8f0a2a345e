import { contentDir, loadDataFile, siteKinds, type ContentProblem } from '@jiyue/content';
import type { InspectionResults } from '@jiyue/content/bundle';
import { z } from 'zod';

/** The public inspection results (I6): a reviewed snapshot in the library, published by the city portal. */
export const PUBLISHED_RESULTS = 'content/inspection/results.json';

const count = z.number().int().nonnegative();
const resultsSchema: z.ZodType<InspectionResults> = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  summary: z.strictObject({ sites: count, passed: count, failed: count }),
  sites: z.array(
    z.strictObject({
      name: z.string().min(1),
      domain: z.string().min(1),
      kind: z.enum(siteKinds),
      verdict: z.enum(['合格', '不合格']),
      reasons: z.array(z.string()),
      homepageUpdated: z.string().optional(),
      columns: z.strictObject({ total: count, fresh: count, warning: count, stale: count, empty: count, static: count }),
    }),
  ),
});

/** Reads and checks the snapshot `pnpm check --publish` wrote; none yet is no problem. */
export function readPublishedResults(root: string): { results?: InspectionResults; problems: ContentProblem[] } {
  const { data, problems } = loadDataFile(contentDir(root), 'inspection/results.json', resultsSchema, { rulePrefix: 'results', cwd: root, optional: true });
  const hint = '该文件由 pnpm check --date <检查日期> --publish 生成：请重新生成，不要手工修改。';
  return { results: data, problems: problems.map((p) => ({ ...p, hint: `${p.hint}${hint}` })) };
}
