import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { contentDir, distDir, findRoot, parseItem, registrySchema, type Library, type ParsedItem } from '@jiyue/content';
import { parse } from 'yaml';
import { loadConfig, type InspectorConfig } from '../config.ts';
import { checkContent } from '../content-check.ts';
import { orderedRules } from '../rules/index.ts';
import { checkSites } from '../site-check.ts';
import type { Finding, Rule, Severity } from '../types.ts';
import { FIXTURE_REGISTRY } from './registry.ts';

/** One example for a rule: a small library (and for site rules, built pages) and what the rule should find. */
export interface Fixture {
  name: string;
  /** Markdown files (see item()); they go to content/items/<site>/<id>.md. */
  items?: string[];
  /** Built pages of the fixture city portal, by URL path ('/news/' → news/index.html). */
  pages?: Record<string, string>;
  /** Other files of the built site, by URL path. */
  files?: Record<string, string>;
  /** Registry YAML; FIXTURE_REGISTRY by default. */
  registry?: string;
  /** "Today"; 2026-11-21 by default. */
  date?: string;
  /** Only findings about this site count. */
  site?: string;
  /** Other rules to run too (e.g. the rule a suppression silences). */
  withRules?: string[];
  /** For not-ok fixtures: how many findings, where ([line, column] in the first item's file), which severity. */
  expect?: { count?: number; at?: [number, number][]; severity?: Severity };
}

export interface RuleFixtures {
  ok: Fixture[];
  notOk: Fixture[];
}

export const FIXTURE_DATE = '2026-11-21';
export const repoRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const repoContent = contentDir(repoRoot);

let config: InspectorConfig | undefined;
export const fixtureConfig = () => (config ??= loadConfig(repoContent));

const field = (text: string, key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim() ?? '';

/** File name of a fixture item in findings. */
export const fileOf = (text: string) => `content/items/${field(text, 'site')}/${field(text, 'id')}.md`;

/** A checked library from item texts, without touching the disk. Invalid items throw (a fixture is wrong). */
export function fixtureLibrary(items: string[], registryText = FIXTURE_REGISTRY): { library: Library } {
  const registry = registrySchema.parse(parse(registryText));
  const parsed: ParsedItem[] = [];
  for (const text of items) {
    const file = fileOf(text);
    const { item, problems } = parseItem(new TextEncoder().encode(text), file);
    if (!item) throw new Error(`fixture item ${file} is invalid: ${problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}`).join('; ')}`);
    if (item.meta.draft) continue;
    parsed.push(item);
  }
  return {
    library: { registry, items: parsed, byId: new Map(parsed.map((i) => [i.meta.id, i])), sites: new Map(registry.sites.map((s) => [s.id, s])), logos: new Map() },
  };
}

/** Runs a rule (and the fixture's withRules) on a fixture; returns that rule's findings. */
export function runFixture(rule: Rule, fixture: Fixture): Finding[] {
  const { library } = fixtureLibrary(fixture.items ?? [], fixture.registry);
  const extra = orderedRules.filter((r) => fixture.withRules?.includes(r.id));
  const rules = [rule, ...extra];
  let findings: Finding[];
  if (rule.scope === 'page' || rule.scope === 'site') {
    const root = mkdtempSync(join(tmpdir(), 'jiyue-inspector-'));
    try {
      const dist = distDir(root, 'city');
      const write = (path: string, text: string) => {
        const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      };
      mkdirSync(dist, { recursive: true });
      for (const [path, text] of Object.entries(fixture.files ?? {})) write(path, text);
      for (const [path, html] of Object.entries(fixture.pages ?? {})) write(path, html);
      findings = checkSites(library, { root, config: fixtureConfig(), rules, sites: ['city'] }).findings;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  } else {
    findings = checkContent(library, {
      date: fixture.date ?? FIXTURE_DATE,
      config: fixtureConfig(),
      rules,
      registryText: fixture.registry ?? FIXTURE_REGISTRY,
      root: repoRoot,
    }).findings;
  }
  return findings.filter((f) => f.rule === rule.id && (!fixture.site || f.site === fixture.site));
}
