/**
 * A throwaway 10,000-page site for measuring search cost: pages are generated directly as HTML
 * with the same search markup as the real item pages (views/ItemView.astro), indexed with the
 * real indexSite(), and searched with the city portal's real search page and script, served
 * by a small server that compresses like the production nginx (gzip for text, JSON and JS;
 * Pagefind's own files are already compressed).
 */
import { distDir } from '@jiyue/content';
import type { SiteBundle } from '@jiyue/content/bundle';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexSite } from '../src/index-site.ts';
import { META } from '../src/client/names.ts';
import { searchFieldsHtml } from '../src/markup.ts';
import { loadSynonyms } from '../src/synonyms.ts';
import { countBytes, launchChromium, searchOnPage } from './browser.ts';
import { serveStatic } from './static-server.ts';

const root = new URL('../../../', import.meta.url).pathname;

/** A small deterministic generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = ('社会保险 养老保险 医疗保险 失业保险金 住房公积金 义务教育 学前教育 城市更新 老旧小区改造 营商环境 市场主体 个体工商户 ' +
  '就业创业 职业技能培训 人才公寓 最低生活保障 残疾人补贴 高龄津贴 养老服务 托育服务 生态环境 大气污染防治 河湖长制 湿地公园 ' +
  '安全生产 防汛抗旱 森林防火 交通运输 公共交通 道路养护 户籍管理 居住证 居民身份证 不动产登记 政务服务 一网通办 政府信息公开 ' +
  '财政预算 政府采购 统计公报 科技创新 高新技术企业 数字经济 乡村振兴 农田水利 粮食安全 文化旅游 体育健身 食品安全 药品监管 ' +
  '消费者权益 价格监测 应急管理 疾病预防 基层治理 社区服务 物业管理 供水供电 燃气安全 垃圾分类 停车管理 公园绿地').split(' ');
const actions = ['关于做好{t}工作的通知', '{p}{t}实施方案', '{p}召开{t}工作推进会', '{t}办事指南', '关于{t}的政策解读', '{p}{t}情况通报', '关于征求{t}意见的公告', '{t}常见问题解答', '{p}开展{t}专项检查', '{p}{t}年度报告'];
const verbs = ['推进', '落实', '加强', '完善', '优化', '规范', '提升', '保障', '支持', '推动', '深化', '健全'];
const nouns = ['工作机制', '服务体系', '监督检查', '信息共享', '资金保障', '考核评价', '宣传引导', '队伍建设', '风险防控', '标准规范', '数据平台', '便民措施'];
const units = ['市人力资源和社会保障局', '市住房和城乡建设局', '市教育局', '市民政局', '市生态环境局', '市应急管理局', '市公安局', '市财政局', '市统计局', '市发展和改革委员会', '市市场监督管理局', '市卫生健康委员会'];
const columns = [['news', '工作动态', '动态'], ['notices', '通知公告', '通知公告'], ['policies', '政策文件', '政策文件'], ['guides', '办事指南', '办事指南'], ['interpretations', '政策解读', '政策解读'], ['faq', '知识库', '知识库']] as const;
const nameChars = '安宝北滨博昌成城川春大德东繁丰福富港广海和河恒红华怀淮惠吉嘉江金锦京景九俊康乐丽利林临隆龙鲁罗茂美民明南宁平浦齐前庆秋泉仁荣瑞润山善上盛胜石顺松泰天通同万文西熙祥新信兴秀旭延阳耀怡益永元源远云长昭振正中舟洲卓';

interface Page { path: string; title: string; date: string; source: string; column: string; type: string; body: string }

export function generate(n: number, seed = 7): Page[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const name = () => pick([...nameChars]) + pick([...nameChars]);
  const places = Array.from({ length: 40 }, () => `${name()}区`);
  const pages: Page[] = [];
  for (let i = 0; i < n; i++) {
    const t = pick(topics);
    const p = pick(places);
    const [col, colName, type] = pick(columns);
    const year = 2019 + Math.floor(r() * 8);
    const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')} ${String(8 + Math.floor(r() * 10)).padStart(2, '0')}:00`;
    const title = pick(actions).replace('{t}', t).replace('{p}', p) + (r() < 0.3 ? `（${year}年）` : '');
    const sentences: string[] = [];
    const len = 6 + Math.floor(r() * 10);
    for (let s = 0; s < len; s++) {
      const other = r() < 0.6 ? t : pick(topics);
      sentences.push(
        pick([
          `为进一步${pick(verbs)}${other}${pick(nouns)}，${p}${pick(verbs)}${pick(nouns)}，${name()}街道和${name()}社区共${Math.floor(r() * 900 + 10)}户居民受益。`,
          `${pick(units)}会同${name()}${pick(['有限公司', '服务中心', '研究院', '合作社'])}${pick(verbs)}${other}，全年完成投资${(r() * 90 + 1).toFixed(1)}亿元。`,
          `${other}相关事项可通过“${name()}办”或${name()}路${Math.floor(r() * 300 + 1)}号政务服务中心办理，咨询电话 12345。`,
          `各单位要${pick(verbs)}${pick(nouns)}，确保${other}各项措施落到实处，${pick(verbs)}群众满意度。`,
          `截至${year}年底，${p}${other}覆盖${Math.floor(r() * 99 + 1)}个村（社区），比上年增长${(r() * 20).toFixed(1)}%。`,
        ]),
      );
    }
    pages.push({ path: `/${col}/item-${i}/`, title, date, source: pick(units).replace(/^市/, '示例市'), column: colName, type, body: sentences.join('') });
  }
  return pages;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function pageHtml(p: Page, siteName: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(p.title)} - ${siteName}</title></head><body><main id="main" data-pagefind-body><article>
<h1 data-pagefind-meta="${META.title}">${escape(p.title)}</h1>
<p class="article-meta"><span>发布时间：${p.date}</span><span>来源：${escape(p.source)}</span></p>
${searchFieldsHtml({ column: p.column, type: p.type, date: p.date, source: p.source, site: siteName, item: p.path })}
<div class="item__body"><p>${escape(p.body)}</p></div></article></main></body></html>`;
}

/** Files whose bytes count as the Pagefind index (not the optional UI bundles Pagefind also writes). */
const isIndexFile = (f: string) => /\.(pf_meta|pf_index|pf_filter|pf_fragment)$|pagefind-entry\.json$/.test(f);

export async function syntheticBenchmark(n = 10_000) {
  const dir = join(tmpdir(), 'jiyue-search-bench');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const siteName = '示例市合成测试网站';
  const pages = generate(n);
  for (const p of pages) {
    mkdirSync(join(dir, p.path), { recursive: true });
    writeFileSync(join(dir, p.path, 'index.html'), pageHtml(p, siteName));
  }
  // The city portal's real search page and its script and styles.
  const city = distDir(root, 'city');
  cpSync(join(city, '_astro'), join(dir, '_astro'), { recursive: true });
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, 'search/index.html'), readFileSync(join(city, 'search/index.html')));
  const bundle = {
    site: { id: 'bench', name: siteName, origin: 'http://127.0.0.1' },
    children: [],
    columns: columns.map(([id, name]) => ({ id, name })),
    items: pages.map((p) => ({ title: p.title, summary: '', html: `<p>${escape(p.body)}</p>`, source: p.source })),
  } as unknown as SiteBundle;
  const t0 = performance.now();
  const stats = await indexSite(dir, bundle, loadSynonyms());
  const indexSeconds = (performance.now() - t0) / 1000;
  const files = (readdirSync(join(dir, 'pagefind'), { recursive: true, encoding: 'utf8' }) as string[]).filter(isIndexFile);
  const sizeOf = (re: RegExp) => files.filter((f) => re.test(f)).reduce((s, f) => s + statSync(join(dir, 'pagefind', f)).size, 0);
  const indexBytes = sizeOf(/./);
  const breakdown = { words: sizeOf(/\.pf_index$/), fragments: sizeOf(/\.pf_fragment$/), meta: sizeOf(/\.pf_meta$/), filters: sizeOf(/\.pf_filter$/) };
  const vocabulary = readFileSync(join(dir, 'pagefind/jiyue-vocabulary.json'));

  const { server, bodyBytes } = serveStatic(dir);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  // The search page finds its own origin in sites.json.
  writeFileSync(join(dir, 'search/sites.json'), JSON.stringify({ v: 2, self: { id: 'bench', name: siteName, origin: `http://127.0.0.1:${port}` }, below: [] }));
  const browser = await launchChromium();
  try {
    const queries = [];
    let pageLoad = { total: 0, rows: [] as { url: string; bytes: number }[] };
    // Each first query in a fresh browser context (empty cache), as a citizen's first visit.
    for (const [first, followUp] of [['住房公积金', '养老服务'], ['养老服务', undefined], ['yiwujiaoyu', undefined]] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const load = countBytes(page, bodyBytes);
      await page.goto(`http://127.0.0.1:${port}/search/`);
      await page.waitForLoadState('networkidle');
      pageLoad = await load.stop();
      for (const [label, q] of [['first query', first], ['follow-up query', followUp]] as const) {
        if (!q) continue;
        const counter = countBytes(page, bodyBytes);
        const { status } = await searchOnPage(page, q, 120_000);
        await page.waitForLoadState('networkidle');
        const { total, rows } = await counter.stop();
        queries.push({ label, q, total, rows, requests: rows.length, status });
      }
      await context.close();
    }
    return { pages: n, indexSeconds, terms: stats.terms, indexBytes, breakdown, indexFiles: files.length, vocabularyBytes: vocabulary.length, vocabularyGzip: gzipSync(vocabulary).length, pageLoad, queries };
  } finally {
    await browser.close();
    server.close();
  }
}
