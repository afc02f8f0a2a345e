/** What the line above a scrolling table says (TableScroll). */
export const tableScrollHint = '表格较宽，可左右滑动查看 →';

/** Puts every <table> of an item body (sanitized HTML) in a scrolling box, as TableScroll does. */
export function wrapTables(html: string): string {
  let count = 0;
  return html
    .replace(/<table\b/g, () => `<p class="table-scroll__hint" aria-hidden="true">${tableScrollHint}</p><div class="table-scroll" role="region" tabindex="0" aria-label="表格${++count}（可左右滑动查看）"><table`)
    .replace(/<\/table>/g, '</table></div>');
}
