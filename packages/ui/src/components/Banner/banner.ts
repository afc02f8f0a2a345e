import type { SiteBundle } from '@jiyue/content/bundle';

type BannerSite = Pick<SiteBundle['site'], 'name' | 'kind' | 'emblem' | 'logo' | 'logoSvg'>;

const UNSAFE = /<script|<style|\sstyle\s*=|\son[a-z]+\s*=|<foreignObject|<image|javascript:|(?:xlink:)?href\s*=\s*["']\s*(?:https?:)?\/\//i;

/**
 * D2 by construction: which mark the banner shows, or a build error in Chinese.
 * The national emblem only on portals of people's governments; departments show their own
 * logo, an inline SVG that must be CSP-safe (no script, style, event handler, external link).
 */
export function bannerMark(site: BannerSite): { kind: 'emblem' } | { kind: 'logo'; svg: string } {
  if (!site.name?.trim()) throw new Error('标识区缺少网站全称（D1）：在 content/sites.yaml 中填写该网站的 name。');
  if (site.kind === 'department' && site.emblem) {
    throw new Error(`部门网站“${site.name}”不得使用国徽（D2）：删除 content/sites.yaml 中该网站的 emblem 字段，改用本部门标志 logo: logos/<文件名>.svg。`);
  }
  if (site.kind !== 'department' && site.emblem === 'national') return { kind: 'emblem' };
  if (!site.logo || !site.logoSvg) {
    throw new Error(
      site.kind === 'department'
        ? `部门网站“${site.name}”缺少本部门标志（D2）：把标志 SVG 放到 content/logos/ 下，并在 content/sites.yaml 中填写 logo: logos/<文件名>.svg。`
        : `门户网站“${site.name}”缺少国徽（D2）：人民政府门户网站在 content/sites.yaml 中填写 emblem: national。`,
    );
  }
  const svg = site.logoSvg
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[\s\S]*?>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  if (!/^<svg[\s>]/.test(svg) || !svg.endsWith('</svg>') || UNSAFE.test(svg)) {
    throw new Error(
      `网站“${site.name}”的标志 ${site.logo} 不能使用（D2）：标志必须是单个 SVG 图形，不得含有脚本、<style>、style 属性、事件属性、内嵌图片或外部链接；颜色请用 fill、stroke 等属性。`,
    );
  }
  return { kind: 'logo', svg };
}
