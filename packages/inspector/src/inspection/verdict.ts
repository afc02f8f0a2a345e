import type { SiteKind } from '@jiyue/content';
import type { Finding } from '../types.ts';
import type { SiteFreshness } from './freshness.ts';

/**
 * Errors of these rules fail a site outright (单项否决, 国办秘函〔2019〕19号): not updated,
 * columns unusable, no service, serious wording errors, illegal or classified content.
 */
export const VETO_RULES = new Set([
  'inspection/homepage-stale',
  'inspection/urgent-stale-columns',
  'inspection/stale-columns',
  'inspection/empty-columns',
  'inspection/no-guide',
  'language/serious-typo',
  'forbidden/gambling',
  'forbidden/classified',
]);

export interface SiteVerdict {
  id: string;
  name: string;
  domain: string;
  kind: SiteKind;
  verdict: '合格' | '不合格';
  /** Why it fails: the messages of its 单项否决 findings. */
  reasons: string[];
  errors: number;
  warnings: number;
  /** No error at all: the site may be published. */
  publishable: boolean;
  homepage: { newest?: string; age?: number };
  columns: { total: number; fresh: number; warning: number; stale: number; empty: number; static: number };
}

export function verdicts(freshness: SiteFreshness[], findings: Finding[]): SiteVerdict[] {
  return freshness.map((sf) => {
    const own = findings.filter((f) => f.site === sf.site.id);
    const errors = own.filter((f) => f.severity === 'error');
    const reasons = errors.filter((f) => VETO_RULES.has(f.rule)).map((f) => f.message);
    const count = (status: string) => sf.columns.filter((c) => c.status === status).length;
    return {
      id: sf.site.id,
      name: sf.site.name,
      domain: sf.site.domain,
      kind: sf.site.kind,
      verdict: reasons.length ? '不合格' : '合格',
      reasons: [...new Set(reasons)],
      errors: errors.length,
      warnings: own.length - errors.length,
      publishable: errors.length === 0,
      homepage: { newest: sf.newest, age: sf.homepageAge },
      columns: { total: sf.columns.length, fresh: count('fresh'), warning: count('warning'), stale: count('stale'), empty: count('empty'), static: count('static') },
    };
  });
}
