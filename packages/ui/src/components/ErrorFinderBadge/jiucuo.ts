/** The national error-finder platform (政府网站找错), reached by a plain link (D4). */
export const JIUCUO_ENDPOINT = 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html';

export function jiucuoHref(siteCode: string, pageUrl: string): string {
  if (!/^(bm\d{8}|\d{10})$/.test(siteCode)) {
    throw new Error(`“政府网站找错”需要有效的网站标识码，现为“${siteCode}”（D4）：在 content/sites.yaml 中填写 siteCode。`);
  }
  if (!/^https:\/\/[^/]+\//.test(pageUrl)) {
    throw new Error(`“政府网站找错”需要当前页面的完整网址，现为“${pageUrl}”（D4）。`);
  }
  return `${JIUCUO_ENDPOINT}?site_code=${encodeURIComponent(siteCode)}&url=${encodeURIComponent(pageUrl)}`;
}
