import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMeasured, renderMeasured } from './measured.ts';
import { orderedRules } from './rules/index.ts';
import type { Rule } from './types.ts';

const rulesDir = new URL('./rules/', import.meta.url).pathname;
const LEVEL = { error: '错误（阻止发布）', warning: '警告' } as const;
const SCOPE = { item: '每个条目', library: '整个内容库', page: '每个生成的页面', site: '每个生成的网站', suppressions: '停用注释' } as const;

const readme = (rule: Rule) => readFileSync(join(rulesDir, rule.id, 'README.md'), 'utf8');

/** docs/rules.md, generated from the rule folders (pnpm --filter @jiyue/inspector docs). */
export function renderRulesDoc(): string {
  const table = orderedRules
    .map((r) => `| [\`${r.id}\`](#${r.id.replace(/[/]/g, '').replace(/[^a-z0-9-]/g, '')}) | ${r.title} | ${LEVEL[r.severity]} | ${r.requirements.map((q) => `R-${q}`).join('、')} |`)
    .join('\n');
  const sections = orderedRules
    .map((r) => {
      const body = readme(r)
        .replace(/^# .*\n+/, '')
        .replace(/^## /gm, '#### ');
      return `### ${r.id}\n\n${r.title}。级别：${LEVEL[r.severity]}；依据：${r.requirements.map((q) => `R-${q}`).join('、')}；检查范围：${SCOPE[r.scope]}；${r.suppressible === false ? '不能停用' : r.scope === 'item' || r.scope === 'library' ? '可用注释停用' : '不能用注释停用'}。\n\n${body.trim()}\n`;
    })
    .join('\n');
  return `<!-- 本文件由 packages/inspector/src/rules/*/README.md 生成：pnpm --filter @jiyue/inspector docs。请勿直接编辑。 -->
# 内容检查规则（Inspector rules）

\`pnpm check\` 在发布前检查内容库和生成的网站，结果可重复（“今天”由 \`--date YYYY-MM-DD\` 指定）：

\`\`\`
pnpm check --date 2026-11-21                 # 全部网站
pnpm check --site city --date 2026-11-21     # 一个网站
pnpm check --format github                   # GitHub Actions 注释行
pnpm -s check --json                         # JSON（-s 去掉 pnpm 自己的输出）
pnpm check --report report/ --year 2025      # HTML 检查报告和年度报表
\`\`\`

- **错误**阻止发布（退出码 1）；**警告**只报告。每个问题都有规则编号、位置（内容为 文件:行:列，生成的页面为 网址和元素）、中文说明和修改建议。
- **单项否决**：首页两周未更新、超期栏目或空白栏目达到数量、门户网站没有办事指南、严重表述错误、赌博或涉密内容——网站判定为“不合格”。
- **停用检查**只能在 Markdown 中用可见的注释，并写明原因；每份报告都列出全部停用：
  - \`<!-- jiyue-disable forbidden/mobile 原因：这是12345热线的说明 -->\`（全文）
  - \`<!-- jiyue-disable-next-line forbidden/mobile 原因：…… -->\`（下一个非空行）
  - \`…… <!-- jiyue-disable-line forbidden/mobile 原因：…… -->\`（本行）
- 词表、域名允许名单和更新期限由发布团队在 \`content/inspector/*.yaml\` 中维护。
- 构建调用 \`checkContent(library, { date })\`（@jiyue/inspector），有错误时不生成网站数据；构建时不运行 inspection/* 规则（栏目超期要靠发布新内容解决，不能因此阻止发布），\`pnpm check\` 运行全部规则。

| 规则 | 内容 | 级别 | 依据 |
| --- | --- | --- | --- |
${table}

${renderMeasured(readMeasured(), orderedRules.map((r) => r.id))}
${sections}`;
}
