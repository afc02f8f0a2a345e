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
