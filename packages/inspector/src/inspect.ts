import { contentDir, findRoot, libraryClock, loadLibrary, type Library } from '@jiyue/content';
import type { InspectionResults } from '@jiyue/content/bundle';
import { loadConfig, type InspectorConfig } from './config.ts';
import { checkContent } from './content-check.ts';
import { freshness, type SiteFreshness } from './inspection/freshness.ts';
import { verdicts, type SiteVerdict } from './inspection/verdict.ts';
import { today } from './lib/dates.ts';
import { orderedRules } from './rules/index.ts';
import { checkSites, staleSites } from './site-check.ts';
import type { Finding, Severity, Suppression } from './types.ts';

export interface InspectOptions {
  root?: string;
  /** "Today", YYYY-MM-DD; by default the library's clock (the real day, or the demo library's fixed one). */
  date?: string;
  /** Only these sites (content owned by them, their columns and built pages). */
  sites?: string[];
  /** Also check the built sites in apps/<site>/dist (default true). */
  built?: boolean;
  config?: InspectorConfig;
}

export interface InspectionReport {
  date: string;
  /** The demo library's fixed clock gave the date (content/demo.yaml). */
  demoClock?: string;
  /** The library could not be loaded: its problems are the findings, nothing else was checked. */
  libraryFailed: boolean;
  findings: Finding[];
  suppressions: Suppression[];
  verdicts: SiteVerdict[];
  freshness: SiteFreshness[];
  /** Built pages checked; sites not built, or built before the library's last change (stale, not judged). */
  built: { checked: string[]; notBuilt: string[]; stale: string[]; pages: number };
  counts: { errors: number; warnings: number; items: number };
  rules: { id: string; title: string; severity: Severity; requirements: string[] }[];
  library?: Library;
  /** The configuration the library was checked with (absent when the library failed). */
  config?: InspectorConfig;
}

const bySeverity = (a: Finding, b: Finding) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);

/** Everything `pnpm check` does: load the library, check content, check built sites, judge each site. */
export function inspect(options: InspectOptions = {}): InspectionReport {
  const root = options.root ?? findRoot();
  const clock = libraryClock(root, `${today()} 00:00`);
  const date = options.date ?? clock.now.slice(0, 10);
  const demoClock = !options.date && clock.from === 'demo' ? clock.now : undefined;
  const rules = orderedRules.map((r) => ({ id: r.id, title: r.title, severity: r.severity, requirements: r.requirements }));
  const loaded = loadLibrary({ libraryDir: contentDir(root), cwd: root });
  const { library } = loaded;
  const problems = [...loaded.problems, ...clock.problems];
  if (!library || clock.problems.length) {
    const findings: Finding[] = problems.map((p) => ({ ...p, severity: 'error' }));
    return { date, demoClock, libraryFailed: true, findings, suppressions: [], verdicts: [], freshness: [], built: { checked: [], notBuilt: [], stale: [], pages: 0 }, counts: { errors: findings.length, warnings: 0, items: 0 }, rules };
  }
  const config = options.config ?? loadConfig(contentDir(root));
  const wanted = (site?: string) => !options.sites || (site !== undefined && options.sites.includes(site));
  const content = checkContent(library, { date, root, config, inspection: true });
  // Pages built before the library's last edit show the library as it was: they are reported as stale, not judged.
  const built = options.built === false ? { findings: [], checked: [], notBuilt: [], stale: [], pages: 0 } : checkSites(library, { root, config, sites: options.sites, isStale: staleSites(root) });
  const findings = [...content.findings, ...built.findings].filter((f) => wanted(f.site)).sort(bySeverity);
  const fresh = freshness(library, config, date).filter((sf) => wanted(sf.site.id));
  return {
    date,
    demoClock,
    libraryFailed: false,
    findings,
    suppressions: content.suppressions.filter((s) => wanted(s.site)),
    verdicts: verdicts(fresh, findings),
    freshness: fresh,
    built: { checked: built.checked, notBuilt: built.notBuilt, stale: built.stale, pages: built.pages },
    counts: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      items: library.items.filter((i) => wanted(i.meta.site)).length,
    },
    rules,
    library,
    config,
  };
}

/**
 * Data for the public inspection results page on the city portal (I6): each site's verdict,
 * reasons and column figures on the inspection date. No file names or people.
 */
export function inspectionResults(report: InspectionReport): InspectionResults {
  return {
    date: report.date,
    summary: {
      sites: report.verdicts.length,
      passed: report.verdicts.filter((v) => v.verdict === '合格').length,
      failed: report.verdicts.filter((v) => v.verdict === '不合格').length,
    },
    sites: report.verdicts.map((v) => ({
      name: v.name,
      domain: v.domain,
      kind: v.kind,
      verdict: v.verdict,
      reasons: v.reasons,
      homepageUpdated: v.homepage.newest,
      columns: v.columns,
    })),
  };
}
