import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libraryFile } from '../library-files.ts';
import { sanitizeSvg } from '../svg.ts';

export type LogoResult = { svg: string } | { rule: string; message: string; hint: string };

/** A department's logo (D2), read from the library and rebuilt from the SVG allow-list, or why not. */
export function loadLogo(libraryDir: string, logo: string): LogoResult {
  const status = libraryFile(libraryDir, logo);
  if (typeof status === 'object') return { rule: 'registry/logo-file', message: `标志文件不能使用：${status.outside}`, hint: '把标志的 SVG 文件本身（不是链接）放到 content/logos/ 下。' };
  if (status === 'missing') {
    return { rule: 'registry/logo-file', message: `找不到标志文件 ${logo}`, hint: '把标志的 SVG 文件放到 content/logos/ 下，文件名与 logo 字段一致。' };
  }
  const { svg, reasons } = sanitizeSvg(readFileSync(join(libraryDir, logo), 'utf8'));
  if (!svg) {
    return {
      rule: 'registry/logo-unsafe',
      message: `标志文件 ${logo} 不能使用：${reasons.join('；')}`,
      hint: '标志只能由图形元素（path、circle、rect、g、text 等）和颜色、线宽等属性组成；请用绘图软件导出“纯 SVG 图形”，去掉脚本、链接、内嵌图片、样式和网页元素。',
    };
  }
  return { svg };
}
