/**
 * The reference: the same pages built by Hugo with a bare template, then indexed by the
 * Pagefind CLI. One Hugo project per site, holding every item the site shows (its own and
 * shownOn ones) at the same URL (/<column>/<item-id>/), the same column lists of 20 items
 * (Hugo's pagination: /<column>/page/N/ instead of /<column>/index_N/), a home page listing
 * the latest 6 items of each column, plus /search/, /sitemap/ and 404 pages. Bodies are the
 * same Markdown; policy and guide blocks become plain tables. Only item pages carry
 * data-pagefind-body, as in Jiyue, and Pagefind runs with --force-language zh-cn, as in Jiyue.
 */
import { contentDir } from '@jiyue/content';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { City } from './generate.ts';

const layouts: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title>
<meta name="SiteName" content="{{ .Site.Title }}"><link rel="stylesheet" href="/site.css"></head>
<body><header><a href="/">{{ .Site.Title }}</a><nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}<a href="/search/">搜索</a></nav></header>
<main{{ if .IsPage }}{{ if ne .Params.layout "plain" }} data-pagefind-body{{ end }}{{ end }}>{{ block "main" . }}{{ end }}</main>
<footer>{{ .Site.Params.footer }}</footer></body></html>
`,
  '_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>发布时间：{{ .Date.Format "2006-01-02 15:04" }} 来源：{{ .Params.source }}</p>
{{ with .Params.policy }}<table>{{ range $k, $v := . }}<tr><th>{{ $k }}</th><td>{{ $v }}</td></tr>{{ end }}</table>{{ end }}
{{ with .Params.guide }}<table>{{ range $k, $v := . }}<tr><th>{{ $k }}</th><td>{{ $v }}</td></tr>{{ end }}</table>{{ end }}
<div>{{ .Content }}</div></article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
`,
  'index.html': `{{ define "main" }}{{ range .Site.Sections }}<section><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<ul>{{ range first 6 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul></section>{{ end }}{{ end }}
`,
  '_default/plain.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
`,
  '404.html': `{{ define "main" }}<h1>页面不存在</h1><p><a href="/">返回首页</a></p>{{ end }}
`,
};

/** Writes one Hugo project per site under `dir`; returns their folders. */
export function writeHugoSites(dir: string, city: City): string[] {
  rmSync(dir, { recursive: true, force: true });
  const shown = new Map(city.sites.map((s) => [s.id, [] as { item: City['items'][number]; column: string }[]]));
  for (const item of city.items) {
    shown.get(item.site)!.push({ item, column: item.column });
    for (const p of item.shownOn ?? []) shown.get(p.site)!.push({ item, column: p.column });
  }
  return city.sites.map((site) => {
    const root = join(dir, site.id);
    const config = [
      `baseURL = "https://${site.domain}/"`, 'languageCode = "zh-CN"', `title = ${JSON.stringify(site.name)}`,
      'disableKinds = ["taxonomy", "term", "RSS"]', 'paginate = 20',
      '[params]', `footer = ${JSON.stringify(`主办单位：${site.registry.sponsor} ${site.registry.icp}`)}`,
    ];
    mkdirSync(join(root, 'static'), { recursive: true });
    writeFileSync(join(root, 'config.toml'), `${config.join('\n')}\n`);
    writeFileSync(join(root, 'static/site.css'), 'body{font-family:sans-serif;max-width:60rem;margin:auto}\n');
    for (const [path, body] of Object.entries(layouts)) {
      mkdirSync(join(root, 'layouts', path, '..'), { recursive: true });
      writeFileSync(join(root, 'layouts', path), body);
    }
    const content = contentDir(root);
    for (const c of site.columns) {
      mkdirSync(join(content, c.id), { recursive: true });
      writeFileSync(join(content, c.id, '_index.md'), `${JSON.stringify({ title: c.name })}\n`);
    }
    for (const [slug, title] of [['search', '站内搜索'], ['sitemap', '网站地图']]) {
      writeFileSync(join(content, `${slug}.md`), `${JSON.stringify({ title, layout: 'plain', url: `/${slug}/` })}\n\n${title}\n`);
    }
    for (const { item, column } of shown.get(site.id)!) {
      const { policy, guide } = item.meta;
      const front = { title: item.title, date: `${item.date.replace(' ', 'T')}:00+08:00`, source: item.source, policy, guide };
      writeFileSync(join(content, column, `${item.id}.md`), `${JSON.stringify(front)}\n\n${item.body}\n`);
    }
    return root;
  });
}
