/**
 * The library step of every build — `pnpm compile`, `pnpm build` and `pnpm dev` all run this one:
 * the content package's checks, then the inspector's content rules as a gate (an error stops
 * everything before a bundle is written), then the bundles, with what the build publishes from
 * the library (annual reports, inspection results).
 */
import { compile, contentDir, formatProblem, type CompileResult, type Library } from '@jiyue/content';
import type { InspectionResults, SiteBundle } from '@jiyue/content/bundle';
import { annualReport, checkContent, formatFinding, loadConfig, PUBLISHED_RESULTS, type Finding, type InspectorConfig } from '@jiyue/inspector';
import { loadVisits, type VisitsSnapshot } from '@jiyue/monitor';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LibraryStep { compiled: CompileResult; warnings: Finding[]; suppressions: number }

/**
 * `preview` (pnpm dev, the desk) also shows drafts and items not yet due, with their 草稿 banner.
 * The publication clock is now, or JIYUE_NOW ("YYYY-MM-DD HH:MM", China time) to rehearse a scheduled release.
 */
export function compileLibrary(root: string, { preview = false } = {}): LibraryStep {
  let warnings: Finding[] = [];
  let suppressions = 0;
  // The reviewed visit figures are a library file like any other: a mistake in them stops the step.
  const visits = loadVisits(root);
  const config = loadConfig(contentDir(root));
  const compiled = compile(root, {
    preview,
    now: process.env.JIYUE_NOW || undefined,
    gate: (library) => {
      const checked = checkContent(library, { root, config });
      warnings = checked.findings.filter((f) => f.severity !== 'error');
      suppressions = checked.suppressions.length;
      return [...visits.problems, ...checked.findings.filter((f) => f.severity === 'error')];
    },
    extend: (library, bundles) => publishReports(root, library, bundles, visits.visits, config),
  });
  return { compiled, warnings, suppressions };
}

/** Prints the step's warnings and problems in Chinese; returns whether it succeeded. */
export function report({ compiled, warnings }: LibraryStep): boolean {
  for (const w of warnings) console.warn(formatFinding(w));
  if (compiled.ok) return true;
  for (const p of compiled.problems) console.error(formatProblem(p));
  console.error(`\n内容检查未通过：共 ${compiled.problems.length} 个问题。未生成任何网站数据，已发布的网站不受影响。`);
  return false;
}

/**
 * I4: every site publishes its annual report (政府网站工作年度报表) for each finished year, computed
 * from the library (visit figures from the reviewed snapshot of the access logs, I5) — "finished" meaning before the year of the library's newest item, so the build
 * stays reproducible. I6: the city portal publishes the reviewed inspection results snapshot.
 */
function publishReports(root: string, library: Library, bundles: Map<string, SiteBundle>, visits: VisitsSnapshot, config: InspectorConfig): void {
  let first = Infinity;
  let last = -Infinity;
  for (const item of library.items) {
    const year = Number(item.meta.date.slice(0, 4));
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const resultsFile = join(root, PUBLISHED_RESULTS);
  const inspection: InspectionResults | undefined = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  for (const site of library.registry.sites) {
    const bundle = bundles.get(site.id)!;
    const annualReports = [];
    for (let year = last - 1; year >= first; year--) annualReports.push(annualReport(library, site, year, config.inspection.reprintHours, visits[year]?.[site.id]));
    bundle.published = { annualReports, inspection: site.kind === 'city-portal' ? inspection : undefined };
  }
}


if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const step = compileLibrary(process.cwd());
  if (!report(step)) process.exit(1);
  const { stats, written, unchanged } = step.compiled;
  console.log(`内容库：${stats.files} 个条目（重新解析 ${stats.parsed}，缓存命中 ${stats.fromCache}），警告 ${step.warnings.length} 个；网站数据：更新 ${written.length} 个，未变 ${unchanged.length} 个；用时 ${((performance.now() - started) / 1000).toFixed(2)} 秒`);
}
