import { describe, expect, it } from 'vitest';
import { buildBundles } from '../src/bundle.ts';
import { loadLibrary } from '../src/library.ts';
import { loadRegistry } from '../src/registry/load.ts';
import { newsItem, realRegistry, scratchLibrary } from './fixtures.ts';

/** The registry with a site's lifecycle line replaced. */
const withLifecycle = (siteId: string, lifecycle: string) => {
  const start = realRegistry.indexOf(`  - id: ${siteId}\n`);
  const from = realRegistry.indexOf('    lifecycle:', start);
  const to = realRegistry.indexOf('    columns:', start);
  return `${realRegistry.slice(0, from)}    lifecycle: ${lifecycle}\n${realRegistry.slice(to)}`;
};

const rules = (registry: string) => loadRegistry(scratchLibrary({ registry })).problems.map((p) => p.rule);

describe('lifecycle rules (S4)', () => {
  it('accepts the demo city', () => {
    expect(rules(realRegistry)).toEqual([]);
  });
  it('refuses taking a portal offline', () => {
    expect(rules(withLifecycle('qingchuan', '{ offline: [{ from: "2026-03-01", to: "2026-03-05", reason: 系统升级 }] }'))).toEqual(['registry/portal-offline']);
  });
  it('refuses more than 30 days offline', () => {
    expect(rules(withLifecycle('fgw', '{ offline: [{ from: "2026-03-01", to: "2026-04-15", reason: 系统升级 }] }'))).toEqual(['registry/offline-length']);
  });
  it('refuses a second temporary offline in one year, but not an emergency shutdown', () => {
    expect(rules(withLifecycle('fgw', '{ offline: [{ from: "2026-03-01", to: "2026-03-05", reason: 系统升级 }, { from: "2026-09-01", to: "2026-09-03", reason: 机房搬迁 }] }'))).toEqual(['registry/offline-yearly']);
    expect(rules(withLifecycle('fgw', '{ offline: [{ from: "2026-03-01", to: "2026-03-05", reason: 系统升级 }], emergency: [{ date: "2026-09-01", reason: 安全事件处置 }] }'))).toEqual([]);
  });
  it('refuses a migration to an unknown site', () => {
    expect(rules(withLifecycle('fgw', '{ migrated: { date: "2026-06-30", to: nowhere, reason: 网站整合 } }'))).toEqual(['registry/migrated-target']);
  });
});

describe('lifecycle notices', () => {
  const bundlesFor = (registry: string) => {
    const dir = scratchLibrary({ registry, items: { 'fgw/a.md': newsItem({ site: 'fgw', column: 'news', signoff: '{ editor: 蒋文静, reviewer: 沈国平, approver: 韩立军 }' }) } });
    const { library, problems } = loadLibrary({ libraryDir: dir });
    expect(problems).toEqual([]);
    return buildBundles(library!);
  };

  it('puts the opening notice on the parent portal and the offline notice on the site and its parent', () => {
    const b = bundlesFor(realRegistry);
    const city = b.get('city')!.items.map((i) => i.title);
    expect(city).toContain('关于示例市发展和改革委员会正式开通的公告');
    expect(city).toContain('关于示例市发展和改革委员会临时下线的公告');
    const fgw = b.get('fgw')!.items.find((i) => i.id === 'notice-offline-fgw-2026-03-02')!;
    expect(fgw.column).toBe('notices');
    expect(fgw.html).toContain('2026-03-02 至 2026-03-08 临时下线');
  });

  it('archives a migrated site and announces where it went, on the site and on the parent', () => {
    const b = bundlesFor(withLifecycle('fgw', '{ migrated: { date: "2026-06-30", to: city, reason: 网站集约化整合 } }'));
    const fgw = b.get('fgw')!;
    const own = fgw.items.find((i) => i.id === 'test-news-0001')!;
    expect(own.archived).toEqual({ date: '2026-06-30' });
    expect(fgw.items.some((i) => i.title === '关于示例市发展和改革委员会整合迁移的公告')).toBe(true);
    expect(b.get('city')!.items.find((i) => i.title === '关于示例市发展和改革委员会去向的公告')!.html).toContain('整合迁移至示例市人民政府（https://www.shili.gov.cn/）');
  });

  it('announces a domain change on the site', () => {
    const rsj = bundlesFor(realRegistry).get('rsj')!;
    expect(rsj.items.find((i) => i.id === 'notice-domain-rsj')!.html).toContain('由 rlsbj.shili.gov.cn 变更为 rsj.shili.gov.cn');
  });
});
