import { formatFinding } from '@jiyue/content';
import type { InspectionReport } from '../inspect.ts';
import type { Suppression } from '../types.ts';

export { formatFinding };

export const formatSuppression = (s: Suppression) =>
  `${s.file}:${s.line}:${s.column} 已停用 [${s.rules.join(',')}]（${s.scope === 'file' ? '全文' : s.scope === 'line' ? '本行' : '下一行'}，屏蔽 ${s.suppressed} 处）原因：${s.reason}`;

/** The human-readable report printed by `pnpm check`. */
export function formatText(report: InspectionReport): string {
  const out: string[] = report.findings.map(formatFinding);
  if (report.suppressions.length) {
    out.push('', `停用检查（${report.suppressions.length} 处，均须写明原因）：`, ...report.suppressions.map((s) => `  ${formatSuppression(s)}`));
  }
  out.push('');
  if (report.libraryFailed) {
    out.push(`内容库无法加载：共 ${report.counts.errors} 个问题，未进行其他检查。`);
    return out.join('\n');
  }
  for (const v of report.verdicts) {
    const why = v.reasons.length ? `：${v.reasons.join('；')}` : '';
    out.push(`${v.verdict === '合格' ? '✓' : '✗'} ${v.name}（${v.domain}）${v.verdict}${why}；错误 ${v.errors}，警告 ${v.warnings}`);
  }
  const built = report.built.checked.length
    ? `；已检查 ${report.built.checked.length} 个已生成网站的 ${report.built.pages} 个页面`
    : '';
  const notBuilt = report.built.notBuilt.length ? `（未生成，跳过页面检查：${report.built.notBuilt.join('、')}）` : '';
  out.push(`检查日期 ${report.date}：${report.counts.items} 个条目${built}${notBuilt}；错误 ${report.counts.errors} 个，警告 ${report.counts.warnings} 个。`);
  out.push(report.counts.errors ? '有错误：不得发布。' : '没有错误，可以发布。');
  return out.join('\n');
}

/** GitHub Actions workflow commands escape %, CR and LF in messages, and also , and : in properties. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation line per finding: ::error file=…,line=…,col=…,title=rule::message */
export function formatGithub(report: InspectionReport): string {
  const lines = report.findings.map(
    (f) => `::${f.severity} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}::${escapeData(`${f.message}${f.url ? `（${f.url}）` : ''}。修改建议：${f.hint}`)}`,
  );
  for (const s of report.suppressions) lines.push(`::notice file=${escapeProperty(s.file)},line=${s.line},col=${s.column},title=${escapeProperty('jiyue-disable')}::${escapeData(`已停用 ${s.rules.join(',')}，屏蔽 ${s.suppressed} 处。原因：${s.reason}`)}`);
  lines.push(`内容检查：错误 ${report.counts.errors} 个，警告 ${report.counts.warnings} 个，停用 ${report.suppressions.length} 处。`);
  return lines.join('\n');
}

/** The JSON report (without the loaded library). */
export function formatJson(report: InspectionReport): string {
  const { library: _library, ...rest } = report;
  return JSON.stringify(rest, null, 2);
}
