import { describe, expect, it } from 'vitest';
import { MAX_SHARD_PAGES, planShards, QUARTERS_FROM, type IndexablePage } from '../src/shards.ts';

let n = 0;
/** `count` pages dated in `month` ("2024-05"), on day 1–28. */
const pages = (month: string, count: number): IndexablePage[] =>
  Array.from({ length: count }, (_, i) => ({ url: `/news/p${n++}/`, html: '', date: `${month}-${String((i % 28) + 1).padStart(2, '0')} 10:00` }));
const sizes = (list: IndexablePage[]) => Object.fromEntries(planShards(list, 1).map((s) => [s.id, s.pages.length]));

describe('shard plan', () => {
  it('splits a large year by quarter and a large quarter by month, newest first', () => {
    const big = MAX_SHARD_PAGES + 10;
    const list = [
      ...pages('2026-02', QUARTERS_FROM), // the newest year: by quarter from QUARTERS_FROM pages
      ...pages('2025-01', big), ...pages('2025-02', 5), // a quarter over the cap: by month
      ...pages('2025-07', 20), // the year over the cap: its other quarters stay whole
      ...pages('2024-03', 30), ...pages('2024-11', 40), // a small year: one shard
    ];
    const plan = planShards(list, 1);
    expect(plan.map((s) => s.id)).toEqual(['2026q1', '2025q3', '2025-02', '2025-01', '2024']);
    expect(sizes(list)).toEqual({ '2026q1': QUARTERS_FROM, '2025q3': 20, '2025-02': 5, '2025-01': big, '2024': 70 });
    expect(plan.reduce((s, p) => s + p.pages.length, 0)).toBe(list.length);
  });

  it('keeps an edit inside its year: adding a page elsewhere moves no page of another year', () => {
    const list = [...pages('2026-05', 10), ...pages('2023-04', MAX_SHARD_PAGES)];
    const before = planShards(list, 1).find((s) => s.id === '2023')!.pages.map((p) => p.url);
    const after = planShards([...list, ...pages('2026-06', 1)], 1).find((s) => s.id === '2023')!.pages.map((p) => p.url);
    expect(after).toEqual(before);
  });

  it('is one shard for a small site', () => {
    expect(planShards(pages('2025-01', 10)).map((s) => s.id)).toEqual(['all']);
  });
});
