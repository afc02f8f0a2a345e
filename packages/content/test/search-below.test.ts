import { describe, expect, it } from 'vitest';
import type { BundleItem, SiteBundle } from '../src/bundle-types.ts';
import { searchBelow } from '../src/search-below.ts';

// Just what searchBelow reads: the tree of sites and the items each shows.
const site = (id: string, children: string[], items: BundleItem[]): SiteBundle =>
  ({ site: { id, name: `网站${id}`, origin: `https://${id}.example` }, children: children.map((c) => ({ id: c })), columns: [{ id: 'news', name: '新闻' }], items }) as unknown as SiteBundle;
const item = (id: string, date: string, owner?: string): BundleItem =>
  ({ id, date, column: 'news', path: `/news/${id}/`, ...(owner ? { owner: { id: owner, name: `网站${owner}` } } : {}) }) as unknown as BundleItem;

// city → a → c, city → b. x: c's item also shown on a; y: city's own item shown on b;
// z: b's item shown on c; w: a's item.
const tree = new Map([
  ['city', site('city', ['a', 'b'], [item('y', '2026-01-02')])],
  ['a', site('a', ['c'], [item('x', '2026-01-05', 'c'), item('w', '2026-01-01')])],
  ['b', site('b', [], [item('y', '2026-01-02', 'city'), item('z', '2026-01-04')])],
  ['c', site('c', [], [item('x', '2026-01-05'), item('z', '2026-01-04', 'b')])],
]);
const where = (portal: string) => searchBelow(tree, portal).map((p) => `${p.item.id}@${p.site.id} ${p.url}`);

describe('the pages a portal index covers of the sites below it', () => {
  it('has one page per item, on its owning site, newest first, and none the portal shows itself', () => {
    // x is found first as a's copy, then replaced by c's own page; y is the portal's own.
    expect(where('city')).toEqual(['x@c https://c.example/news/x/', 'z@b https://b.example/news/z/', 'w@a https://a.example/news/w/']);
  });
  it('links a copy when the owning site is not below the portal', () => {
    // For portal a, z's owner b is not below it: c's copy is the page (x: a shows it itself).
    expect(where('a')).toEqual(['z@c https://c.example/news/z/']);
  });
  it('is empty for a site with nothing below it', () => {
    expect(where('c')).toEqual([]);
  });
});
