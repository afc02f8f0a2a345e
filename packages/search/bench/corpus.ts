/**
 * Corpora for measuring search on real text (issue 13 item 7): the demo city's item pages, the
 * real regulations in shared/seeds cut into one item per article (the spam lines the inspector
 * finds left out), and synthetic pages for size. Each is turned into item pages with the real
 * search markup (markup.ts), indexed with the real indexSite() into one throwaway site, and
 * searched through the city portal's real search page, served gzip-compressed like nginx.
 */
import { appSites, distDir } from '@jiyue/content';
import type { SiteBundle } from '@jiyue/content/bundle';
import { checkContent, rules } from '@jiyue/inspector';
import { FIXTURE_DATE, FIXTURE_REGISTRY, fixtureConfig, fixtureLibrary, item } from '@jiyue/inspector/testing';
import { load } from 'cheerio';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { META } from '../src/client/names.ts';
import { indexSite, type IndexStats } from '../src/index-site.ts';
import { searchFieldsHtml } from '../src/markup.ts';
import { EXCLUDE_SELECTORS } from '../src/shards.ts';
import { loadSynonyms } from '../src/synonyms.ts';
import { serveStatic } from './static-server.ts';

export interface CorpusItem {
  /** The library item id (one entry per item). */
  id: string;
  title: string;
  /** YYYY-MM-DD HH:MM */
  date: string;
  source: string;
  column: string;
  type: string;
  /** Plain text of the body. */
  body: string;
  /** A whole built page (demo city): written as it is instead of generated. */
  html?: string;
}

/**
 * Where the seeds are: $JIYUE_SEEDS, else shared/seeds in the nearest folder above the
 * repository that has one (beside a clone, or above a worktree); undefined without them.
 */
export function seedsDir(root: string): string | undefined {
  if (process.env.JIYUE_SEEDS) return process.env.JIYUE_SEEDS;
  for (let dir = dirname(root); dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'shared', 'seeds'))) return join(dir, 'shared', 'seeds');
  return undefined;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An item page with the same search markup as views/ItemView.astro. */
export function itemPageHtml(p: CorpusItem, siteName: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(p.title)} - ${siteName}</title></head><body><main id="main" data-pagefind-body><article>
<h1 data-pagefind-meta="${META.title}">${escape(p.title)}</h1>
<p class="article-meta"><span>发布时间：${p.date}</span><span>来源：${escape(p.source)}</span></p>
${searchFieldsHtml({ column: p.column, type: p.type, date: p.date, source: p.source, site: siteName, item: p.id })}
<div class="item__body">${p.body.split('\n').map((l) => `<p>${escape(l)}</p>`).join('')}</div></article></main></body></html>`;
}

/** The indexed text of a page (title and body, without what the index leaves out), spaces removed. */
export function indexedText(html: string): string {
  const $ = load(html);
  const main = $('main[data-pagefind-body]');
  main.find(EXCLUDE_SELECTORS.join(',')).remove();
  return main.text().replace(/\s+/g, '');
}

/** Every item of the built demo city, once (the owning site's page when several sites show it). */
export function demoCityItems(root: string): CorpusItem[] {
  const byId = new Map<string, CorpusItem & { owned: boolean }>();
  for (const site of appSites(root)) {
    const dist = distDir(root, site);
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`找不到 ${dist}：请先运行 pnpm build。`);
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('index.html')) continue;
      const html = readFileSync(join(dist, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const $ = load(html);
      const field = (kind: string, name: string) => $(`[data-pagefind-${kind}="${name}"]`).first().text();
      const id = field('meta', META.item) || file.split('/').slice(-2)[0]!;
      const owned = !$(`[data-pagefind-meta="${META.owner}"]`).length;
      if (byId.get(id)?.owned || (byId.has(id) && !owned)) continue;
      byId.set(id, { id, title: $('h1').first().text(), date: $('[data-pagefind-sort]').first().text(), source: '', column: '', type: '', body: '', html, owned });
    }
  }
  return [...byId.values()].map(({ owned: _, ...i }) => i);
}

/** A seed line the inspector's forbidden/* rules flag (an advert, a phone number, gambling): spam injected into the real page. */
function spamLines(text: string, name: string): Set<string> {
  const id = `seed-${name.slice(0, 3)}`;
  const itemText = item({ id, body: text });
  const { library } = fixtureLibrary([itemText]);
  const forbidden = rules.filter((r) => r.scope === 'item' && r.id.startsWith('forbidden/'));
  const findings = checkContent(library, { date: FIXTURE_DATE, config: fixtureConfig(), rules: forbidden, registryText: FIXTURE_REGISTRY }).findings;
  const source = itemText.split('\n');
  return new Set(findings.map((f) => source[f.line - 1]!.trim()).filter(Boolean));
}

/** A heading that starts an article: 第一条…, or a numbered section 一、… in a text without articles. */
const ARTICLE = /^\s*(第[一二三四五六七八九十百零]+条)/;
const SECTION = /^\s*([一二三四五六七八九十]+、)/;

/**
 * The regulations in shared/seeds, one item per article (第N条, or per numbered section where a
 * text has no articles), titled "<regulation> 第N条"; the spam lines are left out. Undefined when
 * the folder is absent.
 */
export function seedItems(root: string): CorpusItem[] | undefined {
  const dir = seedsDir(root);
  if (!dir) return undefined;
  const out: CorpusItem[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8').replace(/^---/gm, '——');
    const spam = spamLines(text, name);
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !spam.has(l));
    // A text without a title line (a page copied without its heading) is named by its file.
    const title = lines.find((l) => /(办法|意见|规定|细则)(（[^）]*）|\([^)]*\))?$/.test(l) && l.length <= 40 && !/^(关于|现将)/.test(l)) ?? `政府网站管理文件（${name.slice(0, 3)}）`;
    const head = lines.some((l) => ARTICLE.test(l)) ? ARTICLE : SECTION;
    let current: { heading: string; lines: string[] } | undefined;
    const flush = () => {
      if (!current || current.lines.join('').length < 20) return;
      const n = out.length;
      out.push({
        id: `seed-${name.slice(0, 3)}-${String(n).padStart(3, '0')}`,
        title: `${title} ${current.heading}`,
        date: `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')} 09:00`,
        source: '示例市人民政府办公室',
        column: '政策文件',
        type: '政策文件',
        body: current.lines.join('\n'),
      });
    };
    for (const line of lines) {
      const m = head.exec(line);
      if (m) (flush(), (current = { heading: m[1]!.replace(/、$/, ''), lines: [line] }));
      else current?.lines.push(line);
    }
    flush();
  }
  return out;
}

export interface QualitySite {
  dir: string;
  origin: string;
  stats: IndexStats;
  /** Item id → indexed text, for relevance judgments from the pages themselves. */
  texts: Map<string, string>;
  /** Encoded body bytes the server sent per path (Chromium reports none for a worker's script). */
  bodyBytes: (url: string) => number | undefined;
  close(): Promise<void>;
}

/**
 * One throwaway site holding `items`, indexed with the real indexSite() (shards, vocabulary,
 * synonyms) and served with the city portal's real search page, script and styles.
 */
export async function qualitySite(root: string, dir: string, items: CorpusItem[], siteName = '示例市搜索质量测试网站'): Promise<QualitySite> {
  const city = distDir(root, 'city');
  if (!existsSync(join(city, 'search', 'index.html'))) throw new Error(`找不到 ${city}：请先运行 pnpm build。`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const texts = new Map<string, string>();
  const docs: SiteBundle['items'] = [];
  for (const p of items) {
    const path = join(dir, 'items', p.id);
    mkdirSync(path, { recursive: true });
    const html = p.html ?? itemPageHtml(p, siteName);
    writeFileSync(join(path, 'index.html'), html);
    const text = indexedText(html);
    texts.set(p.id, text);
    docs.push({ title: p.title, summary: '', html: `<p>${escape(text)}</p>`, source: p.source } as SiteBundle['items'][number]);
  }
  cpSync(join(city, '_astro'), join(dir, '_astro'), { recursive: true });
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, 'search', 'index.html'), readFileSync(join(city, 'search', 'index.html')));
  const columns = [...new Set(items.map((i) => i.column).filter(Boolean))].map((name, n) => ({ id: `c${n}`, name }));
  const bundle = { site: { id: 'quality', name: siteName, origin: 'http://127.0.0.1' }, children: [], columns, items: docs } as unknown as SiteBundle;
  const stats = await indexSite(dir, bundle, loadSynonyms(), { cacheDir: join(dir, '..', `${dir.split('/').pop()}-cache`) });
  const { server, bodyBytes } = serveStatic(dir);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  // The search page finds its own origin in sites.json.
  writeFileSync(join(dir, 'search', 'sites.json'), JSON.stringify({ v: 2, self: { id: 'quality', name: siteName, origin }, below: [] }));
  return { dir, origin, stats, texts, bodyBytes, close: () => new Promise((r) => server.close(() => r())) };
}
