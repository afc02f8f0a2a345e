// The search page (Q1–Q3), progressive enhancement of a plain GET form: reads ?q= (and the
// filters and sort), expands the query with the sites' vocabularies (pinyin, initials,
// traditional, synonyms), searches this site and the sites below it, and lists the results with
// title, date, a highlighted excerpt and, for other sites, the site's name. Nothing is loaded
// before the first keystroke or query. Without JavaScript the page links to the site map and columns.
import { didYouMean, expandQuery, FILTER, suggest, type Expansion, type Vocabulary } from '../client/index.ts';
import { combobox } from './combobox.ts';
import { SearchEngine, type Hit, type ResultSet } from './engine.ts';

const PAGE = 10;
const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('[data-search-form]');
const input = $<HTMLInputElement>('#search-q');
const status = $<HTMLElement>('#search-status');
const note = $<HTMLElement>('#search-note');
const didYouMeanBox = $<HTMLElement>('#search-didyoumean');
const list = $<HTMLOListElement>('#search-results');
const more = $<HTMLButtonElement>('#search-more');
/** "按栏目查找": shown without a query or without results; hidden while results are listed. */
const browse = $<HTMLElement>('.search-browse');
const optionsBox = $<HTMLDetailsElement>('[data-search-options]');
const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
const filterSelects = [...document.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];

const engine = new SearchEngine();
let vocabulary: Promise<Vocabulary | undefined> | undefined;
/** The vocabularies are fetched on the first keystroke or query, not with the page. */
const vocab = () => (vocabulary ??= engine.loadVocabulary().catch(() => undefined));
let current: ResultSet | undefined;
let runId = 0;

interface State { q: string; filters: Record<string, string>; sort: string }

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string> = {};
  for (const s of filterSelects) {
    const v = params.get(s.dataset.searchFilter!);
    if (v) filters[s.dataset.searchFilter!] = v;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : '' };
}

function readForm(): State {
  const filters: Record<string, string> = {};
  for (const s of filterSelects) if (s.value) filters[s.dataset.searchFilter!] = s.value;
  return { q: input.value, filters, sort: sortSelect.value };
}

function writeUrl(state: State) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [k, v] of Object.entries(state.filters)) params.set(k, v);
  if (state.sort) params.set('sort', state.sort);
  history.replaceState(null, '', `?${params}`);
}

function resultItem(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const h = document.createElement('h2');
  h.className = 'search-result__title';
  const a = document.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  if (hit.date) {
    const time = document.createElement('time');
    time.dateTime = hit.date;
    time.textContent = hit.date;
    meta.append(time);
  }
  if (hit.column) meta.append(`　${hit.column}`);
  if (hit.site) {
    const site = document.createElement('span');
    site.className = 'search-result__site';
    site.textContent = hit.site;
    meta.append('　', site);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.innerHTML = hit.excerpt; // Pagefind escapes page text and adds only <mark>
  li.append(h, meta, excerpt);
  return li;
}

async function showMore(focusFirst: boolean) {
  if (!current) return;
  const set = current;
  const hits = await set.next(PAGE);
  if (set !== current) return;
  const items = hits.map(resultItem);
  list.append(...items);
  more.hidden = set.done();
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

/** Says in words what was searched when it differs from what was typed. */
function explain(expansion: Expansion): string {
  const [main, ...others] = expansion.variants;
  if (!main) return '';
  const parts: string[] = [];
  const kinds: Record<string, string> = { pinyin: '拼音', initials: '拼音首字母', traditional: '繁体字' };
  if (main.text !== expansion.query) parts.push(`已将${kinds[main.kind] ?? ''}“${expansion.query}”按“${main.text}”搜索`);
  const extra = others.filter((v) => v.text !== expansion.query).map((v) => `“${v.text}”`);
  if (extra.length) parts.push(`同时搜索了${extra.join('、')}`);
  return parts.length ? `${parts.join('，')}。` : '';
}

function offerTerms(lead: string, terms: string[], state: State) {
  didYouMeanBox.replaceChildren(lead);
  terms.forEach((term, i) => {
    const a = document.createElement('a');
    const params = new URLSearchParams({ q: term });
    if (state.sort) params.set('sort', state.sort);
    a.href = `?${params}`;
    a.textContent = term;
    didYouMeanBox.append(...(i ? ['、', a] : [a]));
  });
  didYouMeanBox.hidden = false;
}

async function run(state: State) {
  const id = ++runId;
  list.replaceChildren();
  more.hidden = true;
  note.hidden = true;
  didYouMeanBox.hidden = true;
  current = undefined;
  const q = state.q.trim();
  // Hidden at once (in the same task as the citizen's submit), so the results that arrive later
  // move nothing on screen (no layout shift); shown again when nothing is found.
  browse.hidden = Boolean(q);
  if (!q) return void (status.textContent = '');
  status.textContent = '正在搜索…';
  // The sites' synonyms and character maps, plus the term chunks this query's pinyin may mean.
  const v = (await vocab()) && (await engine.vocabularyFor(q).catch(() => undefined));
  const expansion = expandQuery(q, v);
  if (Object.keys(state.filters).length) await loadFilters(state.filters);
  let set: Awaited<ReturnType<SearchEngine['search']>>;
  try {
    set = await engine.search(expansion.variants, state.filters, state.sort === 'date');
  } catch {
    if (id === runId) (status.textContent = '搜索暂时无法使用，请稍后再试，或通过下方栏目列表查找。'), (browse.hidden = false);
    return;
  }
  if (id !== runId) return;
  current = set;
  const notes = [explain(expansion)];
  if (set.total > 0 && !set.exact) notes.push(`没有找到完整包含“${expansion.variants[0]?.text ?? q}”的内容，以下是部分匹配的结果。`);
  note.textContent = notes.filter(Boolean).join('');
  note.hidden = !note.textContent;
  // Other readings of the query: ambiguous pinyin, or close words when nothing matched as written.
  const close = set.exact || !v ? [] : didYouMean(q, await engine.vocabularyFor(q, true).catch(() => v));
  if (id !== runId) return;
  const offers = [...expansion.alternatives, ...close];
  if (offers.length) offerTerms(set.exact ? '也可以搜索：' : '您是不是要找：', [...new Set(offers)].slice(0, 4), state);
  if (set.total === 0) return void ((status.textContent = `没有找到与“${q}”相关的内容`), (browse.hidden = false));
  await showMore(false);
  // One result per library item (copies are left out in the index), so the count is what can be listed.
  if (id === runId) status.textContent = `找到 ${set.total} 条结果`;
}

let filtersLoaded: Promise<void> | undefined;
/** Fills the filter lists (with counts) on first use: they cost a download of their own. */
function loadFilters(selected: Record<string, string> = {}): Promise<void> {
  filtersLoaded ??= (async () => {
    const counts = await engine.filters();
    for (const s of filterSelects) {
      const key = s.dataset.searchFilter!;
      const values = Object.entries(counts[key] ?? {});
      values.sort((a, b) => (key === FILTER.year ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'zh')));
      for (const [value, n] of values) s.add(new Option(`${value}（${n}）`, value));
    }
  })().catch(() => undefined);
  return filtersLoaded.then(() => {
    for (const s of filterSelects) if (selected[s.dataset.searchFilter!]) s.value = selected[s.dataset.searchFilter!]!;
  });
}

function submit() {
  const state = readForm();
  writeUrl(state);
  void run(state);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  combo.close();
  submit();
});
for (const s of [...filterSelects, sortSelect]) s.addEventListener('change', submit);
optionsBox.hidden = false;
optionsBox.addEventListener('toggle', () => {
  if (optionsBox.open) void loadFilters(readForm().filters);
});
more.addEventListener('click', () => void showMore(true));

const combo = combobox({
  input,
  listbox: $<HTMLUListElement>('#search-suggestions'),
  status: $<HTMLElement>('#search-suggest-status'),
  suggest: async (value) => {
    const v = (await vocab()) && (await engine.vocabularyFor(value, true).catch(() => undefined));
    return v ? suggest(value, v) : [];
  },
  pick: submit,
});

const initial = readUrl();
input.value = initial.q;
sortSelect.value = initial.sort;
if (Object.keys(initial.filters).length || initial.sort) optionsBox.open = true;
void run(initial);
