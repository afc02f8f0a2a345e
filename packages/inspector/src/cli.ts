import { findRoot } from '@jiyue/content';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from './config.ts';
import { inspect, inspectionResults } from './inspect.ts';
import { isDay } from './lib/dates.ts';
import { PUBLISHED_RESULTS } from './published-results.ts';
import { formatGithub, formatJson, formatText } from './report/format.ts';
import { writeReports } from './report/write.ts';


const USAGE = `用法：pnpm check [选项]
  --date YYYY-MM-DD   检查日期（“今天”），默认为当天；同一日期结果可重复
  --site <id>         只检查某个网站（可多次使用）
  --json              输出 JSON
  --format github     输出 GitHub Actions 注释行（::error file=…,line=…,col=…,title=规则::说明）
  --report <目录>     生成 HTML 检查报告和年度报表
  --publish           把各网站的检查结论写入 content/inspection/results.json，由市政府门户网站公开（I6）
  --year <年份>       年度报表的年份，默认为检查日期的上一年
  --no-built          不检查已生成的网站（apps/<site>/dist）
  --root <目录>       仓库根目录，默认自动查找`;

/** `jiyue-check`: exit code 1 when any error remains (publishing is blocked), 2 on bad usage. */
export async function main(argv = process.argv.slice(2)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        date: { type: 'string' },
        site: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        report: { type: 'string' },
        publish: { type: 'boolean', default: false },
        year: { type: 'string' },
        'no-built': { type: 'boolean', default: false },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.date && !isDay(values.date)) {
    console.error(`--date 应为有效日期，格式 YYYY-MM-DD，例如 --date 2026-11-21（收到“${values.date}”）`);
    return 2;
  }
  const format = values.json ? 'json' : values.format;
  if (!['text', 'github', 'json'].includes(format!)) {
    console.error(`--format 只能是 text、github 或 json（收到“${format}”）`);
    return 2;
  }
  const root = values.root ? resolve(values.root) : findRoot();
  let report;
  try {
    report = inspect({ root, date: values.date, sites: values.site, built: !values['no-built'] });
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 1;
    }
    console.error(`检查中断：${String((e as Error)?.message ?? e).split('\n')[0]}\n最近修改的文件可能有异常内容；请先运行 pnpm compile 查看具体文件，或联系平台组。`);
    return 1;
  }
  const unknown = (values.site ?? []).filter((s) => report.library && !report.library.sites.has(s));
  if (unknown.length) {
    console.error(`网站“${unknown.join('、')}”不在登记表中；可选：${[...(report.library?.sites.keys() ?? [])].join('、')}`);
    return 2;
  }
  console.log(format === 'json' ? formatJson(report) : format === 'github' ? formatGithub(report) : formatText(report));
  if (values.report) {
    const year = values.year ? Number(values.year) : Number(report.date.slice(0, 4)) - 1;
    const files = writeReports(resolve(values.report), report, year);
    if (format === 'text') console.log(`检查报告已写入 ${resolve(values.report)}（${files.length} 个文件）`);
  }
  if (values.publish) {
    // I6: the city portal publishes this snapshot at /inspection/ with its next build.
    const file = join(root, PUBLISHED_RESULTS);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(inspectionResults(report), null, 2)}\n`);
    if (format === 'text') console.log(`检查结果已写入 ${PUBLISHED_RESULTS}，市政府门户网站下次构建时公开。`);
  }
  return report.counts.errors ? 1 : 0;
}
