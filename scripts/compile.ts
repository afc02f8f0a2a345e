/**
 * The library step of every build — `pnpm compile`, `pnpm build` and `pnpm dev` all run this one:
 * the content package's checks, then the inspector's content rules as a gate (an error stops
 * everything before a bundle is written), then the bundles, with what the build publishes from
 * the library (annual reports, inspection results).
 */
import { compile, contentDir, formatFinding, inputStamp, inspectorCacheDir, nowInChina, outputStamp, pipelineSalt, readLibraryState, sourceHash, stateHolds, writeLibraryState, type CompileResult, type Library } from '@jiyue/content';
import type { InspectionResults, SiteBundle } from '@jiyue/content/bundle';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annualReport, checkContent, readConfig, readPublishedResults, type Finding, type InspectorConfig } from '@jiyue/inspector';
import { loadVisits, type VisitsSnapshot } from '@jiyue/monitor';
import { readSynonyms, synonymsFile } from '@jiyue/search';

export interface LibraryStep {
  compiled: CompileResult;
  warnings: Finding[];
  suppressions: number;
  /** Nothing changed since the last successful step: its result was reused, nothing was read or written. */
  upToDate?: boolean;
}

/**
 * `preview` (pnpm dev, the desk) also shows drafts and items not yet due, with their 草稿 banner.
 * The publication clock is now, or JIYUE_NOW ("YYYY-MM-DD HH:MM", China time) to rehearse a scheduled release.
 */
export function compileLibrary(root: string, { preview = false } = {}): LibraryStep {
  // Nothing changed since the last successful step (files, code, options, day, scheduled times): its result holds.
  const now = process.env.JIYUE_NOW || nowInChina();
  const salt = `${stepCode()}\0${preview}`;
  const inputs = inputStamp(root, salt);
  const last = readLibraryState<LibraryStep>(root);
  if (stateHolds(last, inputs, outputStamp(root), now)) return { ...last.result, upToDate: true };

  let warnings: Finding[] = [];
  let suppressions = 0;
  const data = loadLibraryData(root);
  let gated = false;
  const compiled = compile(root, {
    preview,
    now: process.env.JIYUE_NOW || undefined,
    gate: (library) => {
      gated = true;
      if (!data.config) return data.problems;
      const checked = checkContent(library, { root, config: data.config, cacheDir: inspectorCacheDir(root) });
      warnings = checked.findings.filter((f) => f.severity !== 'error');
      suppressions = checked.suppressions.length;
      return [...data.problems, ...checked.findings.filter((f) => f.severity === 'error')];
    },
    // Runs only after the gate passed, which it cannot without a configuration.
    extend: (library, bundles) => publishReports(library, bundles, data, data.config!),
  });
  // The registry or an item stopped the step before the gate: the other files' mistakes are reported with theirs.
  if (!gated) compiled.problems.push(...data.problems);
  const step = { compiled, warnings, suppressions };
  if (compiled.ok) {
    const result = { ...step, compiled: { ...compiled, written: [], unchanged: [...compiled.written, ...compiled.unchanged], stats: { ...compiled.stats, parsed: 0, fromCache: compiled.stats.files } } };
    writeLibraryState(root, { inputs, outputs: outputStamp(root), from: now, until: compiled.nextDue, result });
  }
  return step;
}

/** The code of the step: the content pipeline (with its packages' versions) and the packages that check and extend the library. */
function stepCode(): string {
  const dirs = ['@jiyue/inspector', '@jiyue/monitor', '@jiyue/search'].map((p) => dirname(fileURLToPath(import.meta.resolve(p))));
  return [pipelineSalt(), ...dirs.map(sourceHash), sourceHash(dirname(fileURLToPath(import.meta.url)))].join('\0');
}

/**
 * The files people edit besides the registry and the items — the inspector's lists, the search
 * synonyms, the reviewed visit figures and inspection results — each loaded and checked once,
 * here, before any bundle is written; every mistake has the items' shape (file:line:column, rule, fix).
 */
function loadLibraryData(root: string) {
  const config = readConfig(contentDir(root), root);
  const synonyms = readSynonyms(synonymsFile(root), root);
  const visits = loadVisits(root);
  const results = readPublishedResults(root);
  return {
    config: config.config,
    visits: visits.visits,
    inspection: results.results,
    problems: [...config.problems, ...synonyms.problems, ...visits.problems, ...results.problems],
  };
}

/** Prints the step's warnings and problems in Chinese; returns whether it succeeded. */
export function report({ compiled, warnings }: LibraryStep): boolean {
  for (const w of warnings) console.warn(formatFinding(w));
  if (compiled.ok) return true;
  for (const p of compiled.problems) console.error(formatFinding(p));
  console.error(`\n内容检查未通过：共 ${compiled.problems.length} 个问题。未生成任何网站数据，已发布的网站不受影响。`);
  return false;
}

/**
 * I4: every site publishes its annual report (政府网站工作年度报表) for each finished year, computed
 * from the library (visit figures from the reviewed snapshot of the access logs, I5) — "finished" meaning before the year of the library's newest item, so the build
 * stays reproducible. I6: the city portal publishes the reviewed inspection results snapshot.
 */
function publishReports(library: Library, bundles: Map<string, SiteBundle>, { visits, inspection }: { visits: VisitsSnapshot; inspection?: InspectionResults }, config: InspectorConfig): void {
  let first = Infinity;
  let last = -Infinity;
  for (const item of library.items) {
    const year = Number(item.meta.date.slice(0, 4));
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
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
