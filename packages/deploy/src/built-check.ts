import { contentDir, formatFinding, loadLibrary } from '@jiyue/content';
import { checkSites } from '@jiyue/inspector';

/**
 * What `pnpm check` refuses on built pages, `pnpm release` refuses too: the inspector's
 * built-page rules (links, identity elements, outside resources, …) over the sites about to be
 * released. Errors stop the release; warnings are printed and do not.
 */
export function checkBuiltPages(root: string, sites: string[]): void {
  const { library, problems } = loadLibrary({ libraryDir: contentDir(root) });
  if (!library) throw new Error(`内容库检查未通过，未发布：\n${problems.map(formatFinding).join('\n')}`);
  // Site by site: the inspector keeps every parsed page of a call in memory, and a whole city of
  // 20,000 items at once outgrows Node's default heap (found by bench/release.ts).
  const errors = [];
  for (const site of sites) {
    const result = checkSites(library, { root, sites: [site] });
    if (result.notBuilt.length) throw new Error(`网站 ${site} 尚未构建，未发布`);
    errors.push(...result.findings.filter((f) => f.severity === 'error'));
  }
  if (errors.length) {
    throw new Error(`已生成的网页有 ${errors.length} 处错误（检查器的网页规则），未发布：\n${errors.slice(0, 20).map((f) => formatFinding(f)).join('\n')}${errors.length > 20 ? `\n……另有 ${errors.length - 20} 处，运行 pnpm check 查看全部` : ''}`);
  }
}
