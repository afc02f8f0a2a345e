import { FIELD_RULES, LIBRARY_RULES, REQUIRED_FILE_PREFIXES, VALIDATED_FILES } from '@jiyue/content';
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
- **每个网站一行结论**，与最后一行一致：有任何错误即“✗ … 不得发布”（未触及单项否决的写“考核合格，但有 N 个错误”）；只有没有错误才是“✓ … 可以发布”。
- **过期的页面不检查**：内容库在最近一次 pnpm build（或 pnpm compile）之后又改过，或某网站的数据更新后还没重新生成，该网站的页面显示的是旧内容，不作判断，结论写“⚠ 页面早于内容库、未检查”，请先运行 pnpm build。
- 不写 \`--date\` 时按内容库的时间检查：正式内容库按当天（北京时间）；演示内容库（有 \`content/demo.yaml\`）按其中固定的演示时间。
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
${sections}
${renderLibraryRules()}`;
}

/** The library step's own rule ids (packages/content/src/rules.ts): what `pnpm build` refuses before any check above runs. */
function renderLibraryRules(): string {
  const own = LIBRARY_RULES.map((r) => `| \`${r.id}\` | ${r.meaning} |`).join('\n');
  const files = Object.entries(VALIDATED_FILES).map(([prefix, file]) => `\`${prefix}/…\`：${file}`).join('；');
  const fields = Object.entries(FIELD_RULES).map(([suffix, meaning]) => `| \`…/${suffix}\` | ${meaning} |`).join('\n');
  return `## 内容库规则（library rules）

\`pnpm build\` 和 \`pnpm compile\` 先读取并检查整个内容库（站点登记表、条目、检查清单、同义词表、统计和检查结果文件），有问题时什么也不发布。每个问题的格式和上面的规则相同：文件:行:列、规则编号、中文说明和修改建议。本节由 packages/content/src/rules.ts 生成；test/rule-ids.test.ts 核对代码中出现的每个规则编号都在这里。

| 规则 | 含义 |
| --- | --- |
${own}

### 字段规则

字段缺失或格式不对时，规则编号为“文件前缀/字段规则”，例如 \`item/required\`、\`registry/unknown-field\`。文件前缀：${files}。缺少必需的数据文件时为 \`前缀/missing\`（${REQUIRED_FILE_PREFIXES.map((p) => `\`${p}/missing\``).join('、')}）。

| 规则 | 含义 |
| --- | --- |
${fields}
`;
}
