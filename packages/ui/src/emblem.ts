/// <reference types="vite/client" />
/**
 * D2: the national emblem (国徽) is never drawn by this code. Its official standard file
 * (GB 15093, used unchanged) goes in the slot content/emblem/national-emblem.svg or .png;
 * the build picks it up from there, checks it and serves it from the site's own origin.
 * Without the file, portals show a neutral labelled placeholder (see docs/design-system.md).
 */

/** Where the official file goes, relative to the repository root. */
export const EMBLEM_SLOT = 'content/emblem/national-emblem.svg（或 national-emblem.png）';

// Resolved by Vite at build time, relative to this file: packages/ui/src → <repo>/content/emblem.
// Every image there is looked at, so that a wrongly named file is reported rather than ignored.
const urls = import.meta.glob<string>('../../../content/emblem/*.{svg,png,jpg,jpeg,gif,webp,bmp}', { eager: true, query: '?url', import: 'default' });
const raw = import.meta.glob<string>('../../../content/emblem/*.{svg,png,jpg,jpeg,gif,webp,bmp}', { eager: true, query: '?raw', import: 'default' });

export interface OfficialEmblem {
  /** Same-origin URL of the file in the built site. */
  src: string;
  /** The file, relative to the repository root. */
  file: string;
}

const SLOT_NAME = /\/national-emblem\.(svg|png)$/;
const IGNORED = /\/(README\.md|\.gitkeep)$/i;
const UNSAFE_SVG = /<script|<style|\sstyle\s*=|\son[a-z]+\s*=|<foreignObject|javascript:|(?:xlink:)?href\s*=\s*["']\s*(?:https?:)?\/\//i;

/**
 * The official emblem file if the slot holds one; undefined if it is empty. A wrong file in the
 * slot stops the build with a message saying what to do. The maps are parameters for tests.
 */
export function findOfficialEmblem(urlByPath: Record<string, string> = urls, rawByPath: Record<string, string> = raw): OfficialEmblem | undefined {
  const paths = Object.keys(urlByPath).filter((p) => !IGNORED.test(p)).sort();
  if (paths.length === 0) return undefined;
  const file = (p: string) => `content/emblem/${p.split('/').pop()}`;
  const wrong = paths.filter((p) => !SLOT_NAME.test(p));
  if (wrong.length) {
    throw new Error(
      `国徽文件位置不正确：${wrong.map(file).join('、')}。国徽标准图案文件只能命名为 ${EMBLEM_SLOT}，请改名或删除多余文件（D2）。`,
    );
  }
  if (paths.length > 1) {
    throw new Error(`国徽文件重复：${paths.map(file).join('、')}。只保留一个标准图案文件（${EMBLEM_SLOT}）（D2）。`);
  }
  const path = paths[0]!;
  const text = rawByPath[path] ?? '';
  if (path.endsWith('.svg') && (!/<svg[\s>]/.test(text) || UNSAFE_SVG.test(text))) {
    throw new Error(
      `国徽文件 ${file(path)} 不是可用的 SVG：文件必须是 GB 15093 规定的标准图案，不得含有脚本、样式或外部引用（D2）。`,
    );
  }
  if (path.endsWith('.png') && !text.slice(0, 8).includes('PNG')) {
    throw new Error(`国徽文件 ${file(path)} 不是 PNG 图片：请放入 GB 15093 规定的标准图案原文件（D2）。`);
  }
  return { src: urlByPath[path]!, file: file(path) };
}
