import type { Site } from './schema.ts';

export interface LifecycleIssue { path: (string | number)[]; rule: string; message: string; hint: string }

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;

/** S4: portals never go offline; a site goes offline at most once a year, for at most 30 days. */
export function checkLifecycle(site: Site, siteIds: Set<string>): LifecycleIssue[] {
  const lc = site.lifecycle;
  if (!lc) return [];
  const issues: LifecycleIssue[] = [];
  const offline = lc.offline ?? [];
  if (site.kind !== 'department' && offline.length) {
    issues.push({ path: ['lifecycle', 'offline'], rule: 'registry/portal-offline', message: `政府门户网站“${site.name}”不得临时下线`, hint: '门户网站确需维护时应在不中断访问的前提下进行；突发安全事件请记录为 emergency（紧急关停）。' });
  }
  const perYear = new Map<string, number>();
  offline.forEach((o, k) => {
    const length = days(o.from, o.to);
    if (length < 0) {
      issues.push({ path: ['lifecycle', 'offline', k, 'to'], rule: 'registry/offline-length', message: `临时下线的结束日期 ${o.to} 早于开始日期 ${o.from}`, hint: '检查 from 和 to 是否写反。' });
    } else if (length > 30) {
      issues.push({ path: ['lifecycle', 'offline', k, 'to'], rule: 'registry/offline-length', message: `临时下线 ${length} 天，超过 30 天的上限`, hint: '临时下线不得超过 30 天；需要更长时间的应按整合迁移或关停程序办理。' });
    }
    const year = o.from.slice(0, 4);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
    if (perYear.get(year) === 2) {
      issues.push({ path: ['lifecycle', 'offline', k], rule: 'registry/offline-yearly', message: `${year} 年已有一次临时下线，每年最多一次`, hint: '突发情况导致的关停请记录为 emergency（紧急关停，不计入次数）。' });
    }
  });
  if (lc.migrated && (!siteIds.has(lc.migrated.to) || lc.migrated.to === site.id)) {
    issues.push({ path: ['lifecycle', 'migrated', 'to'], rule: 'registry/migrated-target', message: `整合迁移的目标网站“${lc.migrated.to}”不在登记表中`, hint: '填写接收内容的网站的 id（通常为上级门户网站）。' });
  }
  if (lc.domainChanged && (!lc.domainChanged.from.endsWith('.gov.cn') || lc.domainChanged.from === site.domain)) {
    issues.push({ path: ['lifecycle', 'domainChanged', 'from'], rule: 'registry/domain-changed', message: `原域名“${lc.domainChanged.from}”无效`, hint: '填写变更前使用的 .gov.cn 域名；它与现域名不能相同。' });
  }
  return issues;
}
