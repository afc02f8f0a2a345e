import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, svg as svgSchema } from 'property-information';

/**
 * SVG marks (department logos) are inlined into every page of a site, so they are parsed as a
 * browser would (parse5, via hast-util-from-html) and rebuilt from an allow-list of drawing
 * elements and presentation attributes (hast-util-sanitize). Nothing that can run, load, style
 * or navigate survives: no script, style, foreignObject, image, a, animate/set, meta, base,
 * iframe, form, event handler or reference to anything but a fragment of the same SVG.
 */
const SHAPES = ['path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect'];
const CONTAINERS = ['svg', 'g', 'defs', 'symbol', 'use', 'clipPath', 'mask', 'linearGradient', 'radialGradient', 'stop', 'text', 'tspan', 'title', 'desc'];
const PRESENTATION = [
  'id', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'clip-path', 'clip-rule',
  'mask', 'color', 'vector-effect', 'shape-rendering', 'visibility', 'display',
];
const GEOMETRY = [
  'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'width', 'height', 'points', 'pathLength',
  'viewBox', 'preserveAspectRatio', 'xmlns', 'xmlns:xlink', 'version', 'role', 'aria-label', 'aria-hidden', 'focusable',
  'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'fx', 'fy', 'fr',
  'clipPathUnits', 'maskUnits', 'maskContentUnits', 'href', 'xlink:href',
  'font-size', 'font-family', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'writing-mode',
];

const allowedTags = new Set([...SHAPES, ...CONTAINERS]);
const allowedProperties = [...PRESENTATION, ...GEOMETRY].map((name) => find(svgSchema, name).property);
const allowedPropertySet = new Set(allowedProperties);

const schema: Schema = {
  tagNames: [...allowedTags],
  attributes: { '*': allowedProperties },
  // Fragment references only (href="#id"); protocols are checked by value below.
  protocols: { href: [], xLinkHref: [] },
  strip: ['script', 'style', 'foreignObject'],
  clobber: [],
  ancestors: {},
  required: {},
};

export interface SvgResult {
  /** The rebuilt SVG, when nothing had to be removed. */
  svg?: string;
  /** What was found that an SVG mark may not contain, in Chinese; empty when the file is safe. */
  reasons: string[];
}

/** Only `url(#id)` and `#id` point somewhere; any other reference could load from outside. */
const OUTSIDE_REFERENCE = /url\(\s*['"]?\s*(?!#)|^\s*(?!#)\S/;

export function sanitizeSvg(text: string): SvgResult {
  // Editors write an XML declaration and a DOCTYPE before the drawing; nothing else may stand there.
  const drawing = text.replace(/^\uFEFF/, '').replace(/^\s*<\?xml[^>]*\?>/, '').replace(/^\s*<!DOCTYPE svg[^[>]*>/i, '');
  const tree = fromHtml(drawing, { fragment: true });
  const reasons = new Set<string>();
  const roots = tree.children.filter((n) => !(n.type === 'text' && !n.value.trim()) && n.type !== 'comment' && n.type !== 'doctype');
  if (roots.length !== 1 || roots[0]!.type !== 'element' || roots[0]!.tagName !== 'svg') {
    reasons.add('文件必须只含一个 <svg> 图形（其外不得有其他元素或文字）');
  }
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') checkElement(node, reasons);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  if (reasons.size) return { reasons: [...reasons] };
  const clean = sanitize(tree, schema) as Root;
  return { svg: toHtml(clean, { space: 'svg' }).trim(), reasons: [] };
}

function checkElement(el: Element, reasons: Set<string>): void {
  if (!allowedTags.has(el.tagName)) {
    reasons.add(`含有不允许的元素 <${el.tagName}>`);
    return;
  }
  for (const [key, value] of Object.entries(el.properties)) {
    const attr = find(svgSchema, key).attribute;
    if (!allowedPropertySet.has(key)) {
      reasons.add(/^on/i.test(attr) ? `含有事件属性 ${attr}` : `<${el.tagName}> 含有不允许的属性 ${attr}`);
      continue;
    }
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if ((key === 'href' || key === 'xLinkHref') && OUTSIDE_REFERENCE.test(text)) {
      reasons.add(`<${el.tagName}> 的 ${attr} 指向图形以外的地址：${text.slice(0, 60)}`);
    } else if (/url\(/i.test(text) && /url\(\s*['"]?\s*(?!#)/i.test(text)) {
      reasons.add(`<${el.tagName}> 的 ${attr} 引用了图形以外的资源：${text.slice(0, 60)}`);
    }
  }
}
