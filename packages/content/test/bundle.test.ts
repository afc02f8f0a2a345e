import { describe, expect, it } from 'vitest';
import { buildBundles } from '../src/bundle.ts';
import { loadLibrary } from '../src/library.ts';
import { newsItem, scratchLibrary } from './fixtures.ts';

const policy = newsItem({
  id: 'test-policy-0001', type: 'policy', column: 'policies', title: '示例市关于促进就业的若干措施',
  shownOn: '[{ site: rsj, column: policies }]',
  policy: '{ docNumber: 示政发〔2026〕1号, indexNumber: 999000/2026-00001, issuer: 示例市人民政府, writtenDate: "2026-11-01", topic: 劳动就业, important: true }',
});
const interpretation = newsItem({
  id: 'test-interp-0001', type: 'interpretation', site: 'fgw', column: 'interpretations', title: '促进就业若干措施解读',
  interprets: 'test-policy-0001', signoff: '{ editor: 蒋文静, reviewer: 沈国平, approver: 韩立军 }',
});
const reprint = newsItem({
  id: 'test-reprint-0001', site: 'qingchuan', column: 'city-news', title: '转发：示例市关于促进就业的若干措施',
  reprintOf: 'test-policy-0001', signoff: '{ editor: 赵雨桐, reviewer: 钱文博, approver: 李振华 }',
});

function bundles() {
  const dir = scratchLibrary({ items: { 'city/p.md': policy, 'fgw/i.md': interpretation, 'qingchuan/r.md': reprint } });
  const { library, problems } = loadLibrary({ libraryDir: dir });
  expect(problems).toEqual([]);
  return buildBundles(library!);
}

describe('site bundles', () => {
  it('gives each site exactly the items it shows (C1), without copying', () => {
    const b = bundles();
    // Library items only: lifecycle notices (notice-…) have their own tests.
    const ids = (site: string) => b.get(site)!.items.map((i) => i.id).filter((id) => !id.startsWith('notice-')).sort();
    expect(ids('city')).toEqual(['test-policy-0001']);
    expect(ids('rsj')).toEqual(['test-policy-0001']);
    expect(ids('fgw')).toEqual(['test-interp-0001']);
    expect(ids('qingchuan')).toEqual(['test-reprint-0001']);
    expect(ids('minghu')).toEqual([]);
    const onRsj = b.get('rsj')!.items.find((i) => i.id === 'test-policy-0001')!;
    expect(onRsj.owner?.id).toBe('city');
    expect(onRsj.canonical).toBe('https://www.shili.gov.cn/policies/test-policy-0001/');
    expect(onRsj.path).toBe('/policies/test-policy-0001/');
  });

  it('links a policy and its interpretation both ways across sites (C3)', () => {
    const b = bundles();
    const policyOnCity = b.get('city')!.items.find((i) => i.id === 'test-policy-0001')!;
    expect(policyOnCity.interpretations).toEqual([
      { title: '促进就业若干措施解读', href: 'https://fgw.shili.gov.cn/interpretations/test-interp-0001/', siteName: '示例市发展和改革委员会' },
    ]);
    expect(b.get('fgw')!.items.find((i) => i.id === 'test-interp-0001')!.policyLink).toEqual({
      title: '示例市关于促进就业的若干措施', href: 'https://www.shili.gov.cn/policies/test-policy-0001/', siteName: '示例市人民政府',
    });
  });

  it('names the original of a reprint (C4)', () => {
    const r = bundles().get('qingchuan')!.items.find((i) => i.id === 'test-reprint-0001')!;
    expect(r.reprintOf?.href).toBe('https://www.shili.gov.cn/policies/test-policy-0001/');
    expect(r.source).toBe('示例市人民政府办公室');
  });

  it('publishes no staff roster', () => {
    for (const bundle of bundles().values()) expect(JSON.stringify(bundle)).not.toContain('roster');
  });
});

describe('scheduled publishing and previews', () => {
  const scheduled = newsItem({ id: 'test-news-0002', date: '"2026-12-05 09:00"', scheduled: 'true' });
  const draft = newsItem({ id: 'test-news-0003', draft: 'true', signoff: '{ editor: 林晓雯 }' });
  const ids = (b: ReturnType<typeof buildBundles>) => b.get('city')!.items.map((i) => i.id).filter((id) => !id.startsWith('notice-')).sort();

  it('leaves a signed, scheduled item out of every build before its time and shows it after', () => {
    const dir = scratchLibrary({ items: { 'city/a.md': newsItem(), 'city/b.md': scheduled, 'city/c.md': draft } });
    const { library, problems } = loadLibrary({ libraryDir: dir });
    expect(problems).toEqual([]);
    expect(ids(buildBundles(library!, { now: '2026-12-05 08:59' }))).toEqual(['test-news-0001']);
    const after = buildBundles(library!, { now: '2026-12-05 09:00' });
    expect(ids(after)).toEqual(['test-news-0001', 'test-news-0002']);
    expect(after.get('city')!.items.every((i) => !i.preview)).toBe(true);
  });

  it('shows drafts and items not yet due only in a preview, each flagged for its 草稿 banner', () => {
    const dir = scratchLibrary({ items: { 'city/a.md': newsItem(), 'city/b.md': scheduled, 'city/c.md': draft } });
    const { library, problems } = loadLibrary({ libraryDir: dir, drafts: true });
    expect(problems).toEqual([]); // a draft's missing sign-offs are no problem in a preview
    const items = buildBundles(library!, { now: '2026-12-01 10:00', preview: true }).get('city')!.items;
    const state = (id: string) => items.find((i) => i.id === id)?.preview?.state;
    expect([state('test-news-0001'), state('test-news-0002'), state('test-news-0003')]).toEqual([undefined, 'scheduled', 'draft']);
  });

  it('still requires the three sign-offs of a scheduled item', () => {
    const dir = scratchLibrary({ items: { 'city/b.md': newsItem({ id: 'test-news-0002', date: '"2026-12-05 09:00"', scheduled: 'true', signoff: '{ editor: 林晓雯 }' }) } });
    expect(loadLibrary({ libraryDir: dir }).problems.map((p) => p.rule)).toEqual(['item/unsigned']);
  });
});
