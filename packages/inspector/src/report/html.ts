/** Small helpers for the self-contained HTML reports: escaping, the page frame, inline SVG charts. */

export const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const CSS = `
:root{--red:#b5121b;--ok:#1e7b34;--warn:#b26a00;--ink:#1f2328;--muted:#5b636a;--line:#d8dde3;--bg:#f6f7f9}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:var(--red);color:#fff;padding:1rem 1.5rem}header.top h1{margin:0;font-size:1.5rem}header.top p{margin:.25rem 0 0}
main{max-width:1200px;margin:0 auto;padding:1rem 1.5rem 3rem}section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;margin:1rem 0}
h2{font-size:1.25rem;margin:.25rem 0 .75rem}h3{font-size:1.05rem;margin:1rem 0 .5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#eef1f4}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:.1rem .6rem;border-radius:1rem;color:#fff;font-weight:600}.pass{background:var(--ok)}.fail{background:var(--red)}
.st-fresh{color:var(--ok)}.st-warning{color:var(--warn);font-weight:600}.st-stale,.st-empty{color:var(--red);font-weight:600}.st-static{color:var(--muted)}
.error{color:var(--red);font-weight:600}.warning{color:var(--warn);font-weight:600}.muted{color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:1rem}.card{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;background:#fff}
.card h3{margin:0 0 .25rem}code{font-family:ui-monospace,Consolas,monospace;font-size:.85em;word-break:break-all}
details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}svg{max-width:100%;height:auto}
nav.toc a{margin-right:1rem}@media print{header.top{background:none;color:var(--ink)}}
`;

export function page(title: string, subtitle: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><header class="top"><h1>${esc(title)}</h1><p>${esc(subtitle)}</p></header><main>${body}</main></body></html>
`;
}

/** A horizontal bar chart: one labelled bar per row, scaled to the largest value. */
export function barChart(rows: { label: string; value: number; color?: string }[], caption: string): string {
  if (!rows.length) return '';
  const max = Math.max(1, ...rows.map((r) => r.value));
  const labelW = 260;
  const barW = 420;
  const rowH = 24;
  const h = rows.length * rowH + 8;
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * rowH;
      const w = Math.max(1, Math.round((r.value / max) * barW));
      return `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" font-size="13">${esc(r.label)}</text><rect x="${labelW}" y="${y + 3}" width="${w}" height="16" fill="${r.color ?? '#b5121b'}"/><text x="${labelW + w + 6}" y="${y + 16}" font-size="13">${r.value}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="${esc(caption)}" viewBox="0 0 ${labelW + barW + 60} ${h}" width="${labelW + barW + 60}"><title>${esc(caption)}</title>${bars}</svg>`;
}

/** Column age against its limit: a bar per column, with the limit drawn as a line. */
export function freshnessChart(rows: { label: string; age?: number; limit?: number; status: string }[], caption: string): string {
  const shown = rows.filter((r) => r.age !== undefined && r.limit !== undefined);
  if (!shown.length) return '';
  const labelW = 150;
  const barW = 460;
  const rowH = 22;
  const max = Math.max(...shown.map((r) => Math.max(r.age!, r.limit!)));
  const scale = (v: number) => Math.round((v / max) * barW);
  const color = (s: string) => (s === 'stale' ? '#b5121b' : s === 'warning' ? '#b26a00' : '#1e7b34');
  const body = shown
    .map((r, i) => {
      const y = 4 + i * rowH;
      return `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end" font-size="12">${esc(r.label)}</text><rect x="${labelW}" y="${y + 3}" width="${Math.max(1, scale(r.age!))}" height="14" fill="${color(r.status)}"/><line x1="${labelW + scale(r.limit!)}" x2="${labelW + scale(r.limit!)}" y1="${y}" y2="${y + rowH}" stroke="#1f2328" stroke-dasharray="3 2"/><text x="${labelW + barW + 8}" y="${y + 15}" font-size="12">${r.age}/${r.limit} 天</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="${esc(caption)}" viewBox="0 0 ${labelW + barW + 90} ${shown.length * rowH + 8}" width="${labelW + barW + 90}"><title>${esc(caption)}</title>${body}</svg>`;
}
