// Progressive enhancement of the search page: reads ?q=, queries the site's Pagefind index
// and lists the results. Without JavaScript the page points to the site map and columns.
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string; date?: string } }> }
interface Pagefind { search(q: string): Promise<{ results: PagefindResult[] }> }

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
let pagefind: Promise<Pagefind> | undefined;

async function run(query: string) {
  if (!status || !list) return;
  list.replaceChildren();
  if (!query.trim()) return void (status.textContent = '');
  status.textContent = '正在搜索…';
  const indexUrl = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ indexUrl) as Promise<Pagefind>;
  const { results } = await (await pagefind).search(query);
  const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  for (const r of top) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    const date = document.createElement('span');
    date.textContent = r.meta.date ? `　${r.meta.date}` : '';
    const excerpt = document.createElement('p');
    excerpt.innerHTML = r.excerpt; // Pagefind escapes page text and adds only <mark>
    li.append(a, date, excerpt);
    list.append(li);
  }
  status.textContent = results.length ? `找到 ${results.length} 条结果` : `没有找到与“${query}”相关的内容`;
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
if (input) input.value = initial;
void run(initial);
form?.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = input?.value ?? '';
  history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
  void run(q);
});
