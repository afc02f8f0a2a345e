import type { Finding as ContentFinding, Library, ParsedItem, Severity, Site } from '@jiyue/content';
import type { InspectorConfig } from './config.ts';
import type { ItemSource } from './source/item-source.ts';
import type { Page } from './source/page.ts';

export type { Severity } from '@jiyue/content';

/** One thing the inspector found: the platform's one finding shape (content/errors.ts), its severity always set. */
export type Finding = ContentFinding & { severity: Severity };

/** What a rule reports; the engine adds the rule id and the default severity. */
export type Draft = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

export interface RuleMeta {
  /** Stable id, `<category>/<name>`; also the rule's folder under src/rules/. */
  id: string;
  /** Default severity; a rule may emit early warnings below it. */
  severity: Severity;
  /** Short title in Chinese. */
  title: string;
  /** Requirement ids from the requirements catalogue (e.g. C6). */
  requirements: string[];
  /** Whether a Markdown comment may suppress it (only findings in Markdown files can be). */
  suppressible?: boolean;
  /** An item rule that reads today's date: its findings are never cached (findings-cache.ts). */
  usesDate?: boolean;
}

/** Runs once per library item (its published text, positions and links are in ItemSource). */
export interface ItemRule extends RuleMeta {
  scope: 'item';
  check(source: ItemSource, ctx: ContentContext): Draft[];
}

/** Runs once over the whole library (cross-item, registry and inspection rules). */
export interface LibraryRule extends RuleMeta {
  scope: 'library';
  check(ctx: ContentContext): Draft[];
}

/** Runs once per built HTML page of a site. */
export interface PageRule extends RuleMeta {
  scope: 'page';
  check(page: Page, ctx: SiteContext): Draft[];
}

/** Runs once per built site (e.g. pages that should exist and do not). */
export interface SiteRule extends RuleMeta {
  scope: 'site';
  check(ctx: SiteContext): Draft[];
}

/** A suppression comment as applied: which findings it silenced. */
export interface Suppression {
  file: string;
  line: number;
  column: number;
  site?: string;
  rules: string[];
  reason: string;
  scope: 'file' | 'next-line' | 'line';
  /** How many findings it suppressed. */
  suppressed: number;
}

/** Runs after suppressions are applied (e.g. to report unused ones). */
export interface SuppressionRule extends RuleMeta {
  scope: 'suppressions';
  check(suppressions: Suppression[], ctx: ContentContext): Draft[];
}

export type Rule = ItemRule | LibraryRule | PageRule | SiteRule | SuppressionRule;

export interface ContentContext {
  library: Library;
  config: InspectorConfig;
  /** "Today", YYYY-MM-DD: inspection results depend only on it and on the library. */
  date: string;
  /** Published text, positions and links of every item, by file. */
  sources: Map<string, ItemSource>;
  /** Source of one item. */
  sourceOf(item: ParsedItem): ItemSource;
  /** File name of the registry, for findings about sites and columns (e.g. content/sites.yaml). */
  registryFile: string;
  /** Line and column of a path in the registry (e.g. ['sites', 0, 'columns', 2]). */
  registryAt(path: readonly (string | number)[]): { line: number; column: number };
  /** Ids of every rule (a suppression must name one). */
  ruleIds: ReadonlySet<string>;
  /** Memo for values shared by several rules (e.g. column freshness). */
  memo<T>(key: string, make: () => T): T;
}

export interface SiteContext {
  library: Library;
  config: InspectorConfig;
  site: Site;
  /** Folder of the built site (apps/<site>/dist). */
  dist: string;
  /** dist as shown in findings, relative to the repository root. */
  distLabel: string;
  /** Every HTML page of the site. */
  pages: Page[];
  /** A page of this or another site of the cluster, by absolute URL; undefined if no such file. */
  pageAt(url: URL): Page | undefined;
  /** Whether a file exists for this URL (any file type) on a site of the cluster; undefined if not a cluster URL. */
  fileExists(url: URL): boolean | undefined;
  memo<T>(key: string, make: () => T): T;
}
