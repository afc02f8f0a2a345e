/** Builders of built pages for the site rules' fixtures, shaped like the shared page layout. */

export interface PageSpec {
  path?: string;
  title?: string;
  column?: { name: string; type: string };
  article?: { title: string; date: string; source: string };
  /** Main content HTML. */
  main?: string;
  /** Extra HTML in head. */
  head?: string;
  /** Parts to leave out, to make a broken page. */
  omit?: ('SiteName' | 'SiteDomain' | 'SiteIDCode' | 'ColumnName' | 'ArticleTitle' | 'PubDate' | 'ContentSource' | 'banner' | 'sponsor' | 'icp' | 'police' | 'label' | 'sitemap' | 'jiucuo')[];
  /** Overrides of the error-finder link parameters. */
  jiucuo?: { siteCode?: string; url?: string };
  /** Overrides of the banner name. */
  siteName?: string;
}

const SITE = {
  name: '示例市人民政府',
  domain: 'www.shili.gov.cn',
  code: '9900000001',
  sponsor: '示例市人民政府办公室',
  operator: '示例市大数据管理局',
  icp: '演ICP备99000001号',
  police: '演公网安备99000002000001号',
  recordcode: '99000002000001',
  label: '99000000001',
};

/** A page of the fixture city portal as the shared layout renders it (identity, tags, footer, badge). */
export function sitePage(spec: PageSpec = {}): string {
  const path = spec.path ?? '/';
  const omit = new Set(spec.omit ?? []);
  const url = `https://${SITE.domain}${path}`;
  const meta = (name: string, content: string) => (omit.has(name as never) ? '' : `<meta name="${name}" content="${content}">`);
  const jiucuo = `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${encodeURIComponent(spec.jiucuo?.siteCode ?? SITE.code)}&amp;url=${encodeURIComponent(spec.jiucuo?.url ?? url)}`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${spec.title ?? SITE.name}</title>
${meta('SiteName', SITE.name)}${meta('SiteDomain', SITE.domain)}${meta('SiteIDCode', SITE.code)}
${spec.column ? `${meta('ColumnName', spec.column.name)}<meta name="ColumnType" content="${spec.column.type}">` : ''}
${spec.article ? `${meta('ArticleTitle', spec.article.title)}${meta('PubDate', spec.article.date)}${meta('ContentSource', spec.article.source)}` : ''}
<link rel="stylesheet" href="/_astro/site.css">${spec.head ?? ''}</head>
<body><a class="skip-link" href="#main">跳到主要内容</a>
<div class="banner"><a href="/"><span class="banner__name">${omit.has('banner') ? '' : (spec.siteName ?? SITE.name)}</span></a></div>
<main id="main">${spec.main ?? `<h1>${spec.article?.title ?? spec.title ?? '首页'}</h1><p>正文。</p>`}</main>
<footer class="site-footer">
${omit.has('label') ? '' : `<a href="https://bszs.conac.cn/sitename?method=show&amp;id=${SITE.label}"><img src="/_astro/dzjg.svg" alt="党政机关网站标识"></a>`}
<dl>${omit.has('sponsor') ? '' : `<dt>主办单位</dt><dd>${SITE.sponsor}</dd>`}<dt>承办单位</dt><dd>${SITE.operator}</dd><dt>网站标识码</dt><dd>${SITE.code}</dd>
${omit.has('icp') ? '' : `<dt>ICP备案</dt><dd><a href="https://beian.miit.gov.cn/">${SITE.icp}</a></dd>`}
${omit.has('police') ? '' : `<dt>公安备案</dt><dd><a href="https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${SITE.recordcode}">${SITE.police}</a></dd>`}</dl>
${omit.has('jiucuo') ? '' : `<a class="jiucuo" href="${jiucuo}"><img src="/_astro/jiucuo.svg" alt="政府网站找错"></a>`}
${omit.has('sitemap') ? '' : '<p><a href="/sitemap/">网站地图</a></p>'}
</footer></body></html>`;
}

/** Asset files every fixture site has (the stylesheet and the two badges). */
export const ASSETS: Record<string, string> = {
  '/_astro/site.css': 'body{margin:0}',
  '/_astro/dzjg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '/_astro/jiucuo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

/** A fixture site: the given pages plus a home page and a site map, so the shared links resolve. */
export function site(pages: Record<string, string> = {}): Record<string, string> {
  return { '/': sitePage({ path: '/' }), '/sitemap/': sitePage({ path: '/sitemap/', title: '网站地图' }), ...pages };
}
