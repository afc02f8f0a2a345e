/**
 * Messages that match the situation (issue 12): the summary line never contradicts the verdict,
 * built pages older than the library are not judged, findings name the field, and the host
 * allow-list cannot admit an IP address.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_MARKER, bundleFile, contentDir, distDir, libraryStateFile, type Site } from '@jiyue/content';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { inspect } from '../src/inspect.ts';
import { staleSites } from '../src/site-check.ts';
import type { SiteVerdict } from '../src/inspection/verdict.ts';
import { formatText, verdictLine } from '../src/report/format.ts';
import { rules } from '../src/rules/index.ts';
import { rule as mobile } from '../src/rules/forbidden/mobile/index.ts';
import { cityWith, FIXTURE_DATE, item, runFixture, site } from '../src/testing/index.ts';
import { scratchRepo } from './helpers.ts';

const verdict = (over: Partial<SiteVerdict>): SiteVerdict => ({
  id: 'city', name: '示例市人民政府', domain: 'www.shili.gov.cn', kind: 'city-portal', verdict: '合格', reasons: [], errors: 0, warnings: 0, publishable: true,
  homepage: {}, columns: { total: 0, fresh: 0, warning: 0, stale: 0, empty: 0, static: 0 }, ...over,
});

describe('summary lines', () => {
  it('a site without 单项否决 but with errors is marked ✗ and not publishable', () => {
    const line = verdictLine(verdict({ errors: 3, publishable: false }));
    expect(line).toMatch(/^✗ /);
    expect(line).toContain('有 3 个错误，不得发布');
    expect(line).not.toMatch(/✓|可以发布/);
  });
  it('a failing site says why and that it may not be published', () => {
    const line = verdictLine(verdict({ verdict: '不合格', reasons: ['首页超过两周未更新'], errors: 1, publishable: false }));
    expect(line).toMatch(/^✗ 示例市人民政府（www\.shili\.gov\.cn）不合格：首页超过两周未更新；有 1 个错误，不得发布/);
  });
  it('only a site with no error at all gets ✓', () => {
    expect(verdictLine(verdict({ warnings: 2 }))).toBe('✓ 示例市人民政府（www.shili.gov.cn）合格；没有错误，可以发布；警告 2 个');
  });
});

describe('built pages older than the library', () => {
  it('are reported as stale and not judged; rebuilt, they are judged again', () => {
    const root = scratchRepo(cityWith('2026-11-20 09:30'));
    const dist = distDir(root, 'city');
    mkdirSync(dist, { recursive: true });
    // A page that would break site rules (no identity, no badge) if it were judged.
    for (const [path, html] of Object.entries({ ...site(), '/': '<!DOCTYPE html><html><body>old</body></html>' })) {
      const file = join(dist, path, 'index.html');
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, html);
    }
    writeFileSync(join(dist, BUILD_MARKER), '');
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(join(dist, BUILD_MARKER), past, past);
    const stale = inspect({ root, date: FIXTURE_DATE, sites: ['city'] });
    expect(stale.built.stale).toEqual(['city']);
    expect(stale.findings.filter((f) => f.rule.startsWith('site/'))).toEqual([]);
    expect(formatText(stale)).toContain('已生成的页面早于内容库的最近一次修改，未检查这些网站的页面：city。请先运行 pnpm build，再运行 pnpm check。');
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(join(dist, BUILD_MARKER), later, later);
    const fresh = inspect({ root, date: FIXTURE_DATE, sites: ['city'] });
    expect(fresh.built.stale).toEqual([]);
    expect(fresh.built.checked).toEqual(['city']);
    expect(fresh.findings.some((f) => f.rule.startsWith('site/'))).toBe(true);
  });
});

describe('which built sites are stale, once the library has been compiled', () => {
  const at = (path: string, ms: number) => {
    mkdirSync(join(path, '..'), { recursive: true });
    if (!existsSync(path)) writeFileSync(path, '');
    utimesSync(path, new Date(ms), new Date(ms));
  };
  it('a site whose data did not change keeps its pages; rewritten data or an edited library makes them stale', () => {
    const root = scratchRepo(cityWith('2026-11-20 09:30'));
    const t0 = Date.now() - 10 * 3_600_000;
    const hour = 3_600_000;
    for (const f of readdirSync(contentDir(root), { recursive: true, encoding: 'utf8' })) utimesSync(join(contentDir(root), f), new Date(t0), new Date(t0));
    at(libraryStateFile(root), t0 + hour); // compiled after the last edit
    at(bundleFile(root, 'city'), t0 + hour); // city's data rewritten then, fgw's long before
    at(bundleFile(root, 'fgw'), t0 - 5 * hour);
    const city = join(distDir(root, 'city'), BUILD_MARKER);
    const fgw = join(distDir(root, 'fgw'), BUILD_MARKER);
    at(city, t0 + 2 * hour); // built after
    at(fgw, t0 - 4 * hour); // replayed by Turbo: its pages are older than the edit, but its data did not change
    const site = (id: string) => ({ id }) as Site;
    let stale = staleSites(root);
    expect([stale(site('city'), distDir(root, 'city')), stale(site('fgw'), distDir(root, 'fgw'))]).toEqual([false, false]);
    at(bundleFile(root, 'fgw'), t0 + hour); // compiled again with new data for fgw, not yet built
    stale = staleSites(root);
    expect([stale(site('city'), distDir(root, 'city')), stale(site('fgw'), distDir(root, 'fgw'))]).toEqual([false, true]);
    at(join(contentDir(root), 'sites.yaml'), t0 + 3 * hour); // edited after the last compile: nothing built shows it
    stale = staleSites(root);
    expect(stale(site('city'), distDir(root, 'city'))).toBe(true);
  });
  it('the summary does not say 可以发布 for pages it did not check', () => {
    const v = verdictLine(verdict({}), true);
    expect(v).toMatch(/^⚠ /);
    expect(v).toContain('请先运行 pnpm build');
    expect(v).not.toContain('可以发布');
  });
});

describe('findings name the field', () => {
  it('标题 for the title, 正文 for the body', () => {
    const found = runFixture(mobile, { name: 'x', items: [item({ title: '失物招领：请联系18699990002认领', body: '或拨打 13899990003。' })] });
    expect(found.map((f) => f.message.slice(0, 2))).toEqual(['标题', '正文']);
  });
  // Every text rule: the same words in the title, then in the body.
  const cases: [string, string][] = [
    ['language/traditional', '本站長期提供優質服務'],
    ['language/serious-typo', '中华人名共和国成立纪念'],
    ['language/confusion', '新设备按装调试'],
    ['forbidden/classified', '机密★1年会议纪要'],
    ['forbidden/external-link', '详见 example-market.com'],
    ['forbidden/id-card', '申请人身份证号11010519491231002X'],
    ['forbidden/personal-email', '联系邮箱 zhangsan1988@163.com'],
    ['forbidden/home-address', '家住幸福小区3栋2单元501室'],
    ['forbidden/gambling', '澳门新葡京在线娱乐'],
    ['forbidden/advertising', '专业代开发票刻章办证'],
  ];
  it.each(cases)('%s', (id, words) => {
    const r = rules.find((x) => x.id === id)!;
    const inTitle = runFixture(r, { name: 'title', items: [item({ title: `${words}的通知` })] });
    const inBody = runFixture(r, { name: 'body', items: [item({ body: `${words}。` })] });
    expect(inTitle.map((f) => f.message.slice(0, 2))).toEqual(['标题']);
    expect(inBody.map((f) => f.message.slice(0, 2))).toEqual(['正文']);
  });
});

describe('hosts.yaml', () => {
  it('refuses an IP address at its line, pointing to forbidden/ip-literal', () => {
    const root = scratchRepo([]);
    const file = join(contentDir(root), 'inspector', 'hosts.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace("  - '*.gov.cn'\n", "  - '*.gov.cn'\n  - 203.0.113.10\n  - '[2001:db8::1]'\n"));
    const { problems } = readConfig(contentDir(root));
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(problems.map((p) => [p.rule, p.line])).toEqual([
      ['config/ip-host', lines.indexOf('  - 203.0.113.10') + 1],
      ['config/ip-host', lines.indexOf("  - '[2001:db8::1]'") + 1],
    ]);
    expect(problems[0]!.hint).toContain('forbidden/ip-literal');
  });
});
