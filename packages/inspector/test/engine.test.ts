import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, inspect, inspectionResults, rules as orderedRules } from '../src/index.ts';
import { main } from '../src/cli.ts';
import { annualReport } from '../src/report/annual.ts';
import { writeReports } from '../src/report/write.ts';
import { cityWith, FIXTURE_DATE, FIXTURE_REGISTRY, fixtureConfig, fixtureLibrary, item } from '../src/testing/index.ts';
import { scratchRepo } from './helpers.ts';

const check = (items: string[]) => {
  const { library } = fixtureLibrary(items);
  const rules = orderedRules.filter((r) => !r.id.startsWith('inspection/') && !r.id.startsWith('registry/'));
  return checkContent(library, { date: FIXTURE_DATE, config: fixtureConfig(), rules, registryText: FIXTURE_REGISTRY });
};

describe('checkContent and suppressions', () => {
  it('a visible comment with a reason suppresses the named rule, and the suppression is listed', () => {
    const r = check([item({ id: 'hotline', body: '<!-- jiyue-disable forbidden/mobile 原因：反诈通报中公布的涉案号码，经公安机关同意 -->\n\n请勿接听13899990003的来电。' })]);
    expect(r.findings.filter((f) => f.rule === 'forbidden/mobile')).toEqual([]);
    expect(r.suppressions).toEqual([expect.objectContaining({ rules: ['forbidden/mobile'], reason: '反诈通报中公布的涉案号码，经公安机关同意', suppressed: 1, scope: 'file', line: 12 })]);
  });

  it('a comment without a reason suppresses nothing and is itself an error', () => {
    const r = check([item({ id: 'hotline', body: '<!-- jiyue-disable forbidden/mobile -->\n\n请勿接听13899990003的来电。' })]);
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['forbidden/mobile', 'inspector/disable-reason']);
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(r.suppressions).toEqual([]);
  });

  it('next-line suppression covers only that line', () => {
    const r = check([item({ id: 'two', body: '<!-- jiyue-disable-next-line forbidden/mobile 原因：涉案号码 -->\n请勿接听13899990003的来电。\n\n联系人手机13899990004。' })]);
    expect(r.findings.filter((f) => f.rule === 'forbidden/mobile').map((f) => f.line)).toEqual([15]);
  });

  it('every finding has a rule id, severity, place and Chinese message and hint', () => {
    const r = check([item({ body: '推動經濟發展，联系13899990003。' })]);
    expect(r.findings.length).toBeGreaterThan(1);
    for (const f of r.findings) {
      expect(f).toMatchObject({ rule: expect.stringMatching(/^[a-z]+\/[a-z0-9-]+$/), severity: expect.stringMatching(/^(error|warning)$/), file: expect.stringMatching(/\.md$/) });
      expect(f.line).toBe(12);
      expect(f.message + f.hint).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('inspect: verdicts and reproducibility', () => {
  it('a site whose columns went stale fails (不合格) with the reasons; a fresh one passes', () => {
    const root = scratchRepo(cityWith('2026-04-01 09:00'));
    const report = inspect({ root, date: FIXTURE_DATE, built: false });
    const city = report.verdicts.find((v) => v.id === 'city')!;
    expect(city.verdict).toBe('不合格');
    expect(city.reasons.join('\n')).toMatch(/首页/);
    expect(city.reasons.join('\n')).toMatch(/动态要闻、通知公告或政策文件类栏目超期未更新/);
    const fresh = inspect({ root, date: '2026-04-02', built: false }).verdicts.find((v) => v.id === 'city')!;
    expect(fresh.verdict).toBe('合格');
    expect(fresh.homepage.age).toBe(1);
  });

  it('the same library and date give the same report', () => {
    const root = scratchRepo(cityWith('2026-11-10 09:00'));
    const a = inspect({ root, date: FIXTURE_DATE, built: false });
    const b = inspect({ root, date: FIXTURE_DATE, built: false });
    expect(JSON.stringify({ ...a, library: undefined })).toBe(JSON.stringify({ ...b, library: undefined }));
  });

  it('public inspection results carry verdicts and figures, not files or people', () => {
    const root = scratchRepo(cityWith('2026-11-10 09:00'));
    const results = inspectionResults(inspect({ root, date: FIXTURE_DATE, built: false }));
    expect(results.summary.sites).toBe(2);
    const text = JSON.stringify(results);
    expect(text).not.toMatch(/content\/items|林晓雯|roster/);
    expect(results.sites[0]).toMatchObject({ name: '示例市人民政府', verdict: '合格' });
  });
});

describe('jiyue-check', () => {
  const logs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    logs.length = 0;
  });
  const capture = () => {
    vi.spyOn(console, 'log').mockImplementation((...a) => void logs.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void logs.push(a.join(' ')));
  };

  it('exits 1 on errors and prints GitHub annotation lines', async () => {
    const root = scratchRepo([...cityWith('2026-11-20 09:00'), item({ id: 'spam', body: '正文。\n\n请拨打13899990003咨询。' })]);
    capture();
    expect(await main(['--root', root, '--date', FIXTURE_DATE, '--format', 'github', '--no-built'])).toBe(1);
    const out = logs.join('\n');
    expect(out).toMatch(/^::error file=content\/items\/city\/spam\.md,line=14,col=4,title=forbidden\/mobile::正文含有手机号码/m);
  });

  it('exits 0 without errors; --json is parseable; --site narrows', async () => {
    const root = scratchRepo([...cityWith('2026-11-20 09:00'), item({ id: 'fgw-1', site: 'fgw', column: 'news', date: '2026-11-20 10:00' }), item({ id: 'fgw-2', site: 'fgw', type: 'policy', column: 'policies', date: '2026-11-20 10:00' })]);
    capture();
    expect(await main(['--root', root, '--date', FIXTURE_DATE, '--json', '--no-built'])).toBe(0);
    const report = JSON.parse(logs.join('\n'));
    expect(report.counts.errors).toBe(0);
    logs.length = 0;
    expect(await main(['--root', root, '--date', FIXTURE_DATE, '--json', '--no-built', '--site', 'fgw'])).toBe(0);
    expect(JSON.parse(logs.join('\n')).verdicts.map((v: { id: string }) => v.id)).toEqual(['fgw']);
  });

  it('refuses a bad date', async () => {
    capture();
    expect(await main(['--date', '2026-13-01'])).toBe(2);
  });
});

describe('reports', () => {
  it('writes a self-contained zh-CN dashboard, the annual reports and the public results', () => {
    const root = scratchRepo([...cityWith('2025-06-01 09:00'), item({ id: 'spam', body: '365bet官方网址_365betvip5_beat365亚洲体育在线', date: '2025-07-01 09:00' })]);
    const report = inspect({ root, date: '2025-07-10', built: false });
    const dir = mkdtempSync(join(tmpdir(), 'jiyue-report-'));
    writeReports(dir, report, 2025);
    for (const f of ['index.html', 'report.json', 'results.json', 'annual-2025.json', 'annual-2025-city.html', 'annual-2025-fgw.html']) expect(existsSync(join(dir, f)), f).toBe(true);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toMatch(/不合格/);
    expect(html).toMatch(/<svg role="img"/);
    expect(html).toMatch(/forbidden\/gambling/);
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*(src|href)=/i);
    const annual = readFileSync(join(dir, 'annual-2025-city.html'), 'utf8');
    expect(annual).toMatch(/政府网站工作年度报表（2025年度）/);
    expect(annual).not.toMatch(/<(script|link|img)\b[^>]*(src|href)=/i);
  });

  it('the annual report counts the year\'s items from the library', () => {
    const items = [
      ...cityWith('2025-05-01 09:00'),
      item({ id: 'n-2024', date: '2024-12-31 23:00' }),
      item({ id: 'n-2025b', date: '2025-12-31 09:00' }),
      item({ id: 'rep', site: 'fgw', column: 'news', date: '2025-05-01 23:00', source: '示例市人民政府办公室', extra: 'reprintOf: n-2025b' }),
    ];
    const { library } = fixtureLibrary(items);
    const a = annualReport(library, library.sites.get('city')!, 2025, fixtureConfig().inspection.reprintHours);
    expect(a.publishing.total).toBe(16);
    expect(a.publishing.news).toBe(4);
    expect(a.publishing.byColumn.find((c) => c.column === 'news')!.count).toBe(2);
    expect(a.interpretation.materials).toBe(1);
    expect(a.interaction).toMatchObject({ received: 0, replied: 0, averageDays: null, published: 1 });
    expect(annualReport(library, library.sites.get('city')!, 2026, fixtureConfig().inspection.reprintHours).interaction).toMatchObject({ received: 1, replied: 1, averageDays: 8, published: 0 });
    expect(a.visits.pageViews).toBeNull();
    const f = annualReport(library, library.sites.get('fgw')!, 2025, fixtureConfig().inspection.reprintHours);
    expect(f.reprints.count).toBe(1);
  });

  it('the annual report counts late reprints against the deadline it is given (inspection.yaml reprintHours)', () => {
    const items = [
      ...cityWith('2025-05-01 09:00'),
      item({ id: 'orig', date: '2025-03-01 09:00' }),
      item({ id: 'rep', site: 'fgw', column: 'news', date: '2025-03-01 15:00', source: '示例市人民政府办公室', extra: 'reprintOf: orig' }),
    ];
    const { library } = fixtureLibrary(items);
    const fgw = library.sites.get('fgw')!;
    expect(annualReport(library, fgw, 2025, 12).reprints).toEqual({ count: 1, averageLagHours: 6, late: 0 });
    expect(annualReport(library, fgw, 2025, 4).reprints).toEqual({ count: 1, averageLagHours: 6, late: 1 });
  });
});
