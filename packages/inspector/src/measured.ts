import { readFileSync } from 'node:fs';

/**
 * Measured detection, as published in docs/rules.md: per rule, the defects planted in the
 * corpus (packages/inspector/test/corpus/) and how many were caught, and the false alarms on
 * the clean corpus, the precision set of near misses and the real regulations of shared/seeds.
 * packages/inspector/test/corpus.test.ts measures again on every run and fails if recall drops
 * or a false alarm appears; JIYUE_UPDATE_MEASURED=1 rewrites the file when nothing got worse.
 */
export interface Measured {
  /** Characters of clean text the false alarms were counted on. */
  cleanChars: number;
  /** Characters of the real regulations (shared/seeds) measured, 0 when they were not there. */
  seedChars: number;
  rules: Record<string, { planted: number; caught: number; falseAlarms: number; seedFalseAlarms: number }>;
}

export const MEASURED_FILE = new URL('../test/corpus/measured.json', import.meta.url).pathname;

export function readMeasured(): Measured | undefined {
  try {
    return JSON.parse(readFileSync(MEASURED_FILE, 'utf8')) as Measured;
  } catch {
    return undefined;
  }
}

/** The families the table groups rules into. */
export const FAMILIES: [name: string, test: (id: string) => boolean][] = [
  ['个人信息', (id) => ['forbidden/id-card', 'forbidden/mobile', 'forbidden/bank-card', 'forbidden/personal-email', 'forbidden/home-address'].includes(id)],
  ['广告和赌博', (id) => ['forbidden/advertising', 'forbidden/gambling'].includes(id)],
  ['链接和图片', (id) => ['forbidden/external-link', 'forbidden/ip-literal', 'forbidden/map-approval'].includes(id)],
  ['涉密', (id) => id === 'forbidden/classified'],
  ['语言文字', (id) => id.startsWith('language/')],
  ['三审和转载', (id) => id.startsWith('workflow/') || id.startsWith('crossref/')],
  ['登记表和考核', (id) => id.startsWith('registry/') || id.startsWith('inspection/')],
  ['生成的网站', (id) => id.startsWith('site/')],
  ['停用注释', (id) => id.startsWith('inspector/')],
];

export const familyOf = (id: string) => FAMILIES.find(([, t]) => t(id))?.[0] ?? '其他';

/** The Markdown section of docs/rules.md. */
export function renderMeasured(m: Measured | undefined, order: readonly string[]): string {
  if (!m) return '';
  const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '—');
  const rows: string[] = [];
  for (const [family] of FAMILIES) {
    const ids = order.filter((id) => familyOf(id) === family && m.rules[id]);
    if (!ids.length) continue;
    const sum = ids.reduce((s, id) => ({ planted: s.planted + m.rules[id]!.planted, caught: s.caught + m.rules[id]!.caught, fa: s.fa + m.rules[id]!.falseAlarms, seed: s.seed + m.rules[id]!.seedFalseAlarms }), { planted: 0, caught: 0, fa: 0, seed: 0 });
    rows.push(`| **${family}** | | **${sum.planted}** | **${sum.caught}** | **${pct(sum.caught, sum.planted)}** | **${sum.fa}** | **${m.seedChars ? sum.seed : '—'}** |`);
    for (const id of ids) {
      const r = m.rules[id]!;
      rows.push(`| | \`${id}\` | ${r.planted} | ${r.caught} | ${pct(r.caught, r.planted)} | ${r.falseAlarms} | ${m.seedChars ? r.seedFalseAlarms : '—'} |`);
    }
  }
  return `## 检出率和误报（实测）

由 \`packages/inspector/test/corpus.test.ts\` 测量（结果在 \`packages/inspector/test/corpus/measured.json\`，每次测试都重新测量：召回率下降或出现误报，测试即失败）。文本规则：把缺陷句子（\`test/corpus/defects.ts\`，个人信息每类至少 10 种真实写法：字符实体、零宽字符、全角数字、分组、+86、加粗拆开……）逐句插入干净的政务文本，在该行报告才算检出；误报在干净语料（${m.cleanChars} 字，含一份专门收集易误报写法的精确集：办公电话、对公账号、统一社会信用代码、办公地址、政务邮箱、微信公众号、防诈提醒）上统计；“真实法规”为 shared/seeds 中的 5 篇法规（${m.seedChars || '未测'}${m.seedChars ? ' 字' : ''}，去掉其中被注入的广告和赌博内容后应为 0）。其他规则在各自的 fixtures 上测量（不合格样例为植入缺陷，合格样例计误报）。

| 规则族 | 规则 | 植入缺陷 | 检出 | 召回率 | 误报（干净语料、精确集） | 误报（真实法规） |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}
