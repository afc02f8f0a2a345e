import { contentDir, loadLibrary } from '@jiyue/content';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArgs } from './args.ts';
import { patrol } from './patrol.ts';
import { patrolHtml, patrolJson, patrolText } from './report.ts';

const USAGE = `用法：pnpm patrol [--url <服务器地址>]… [--site <网站编号>]… [--ca <证书文件>] [--report <目录>] [--json]

通过 HTTP(S) 巡检正在提供服务的网站（日常巡检，I2）：网站地图中的每个页面、页面中的站内链接和资源、
标识区、页面标签、“政府网站找错”标识、安全响应头。

  --url <地址>      连接的服务器，例如 https://[::1]:8443 或 https://127.0.0.1:8443（可写多次，分别巡检 IPv6 和 IPv4）；
                    不写时按各网站的域名访问
  --site <编号>     只巡检这些网站（可写多次）
  --ca <文件>       额外信任的 CA 证书（PEM）
  --report <目录>   把报告写成 patrol.html 和 patrol.json
  --json            以 JSON 输出`;

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const values = readArgs(() => parseArgs({ args: argv, options: { url: { type: 'string', multiple: true }, site: { type: 'string', multiple: true }, ca: { type: 'string' }, report: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }), USAGE);
  if (typeof values === 'number') return values;
  const root = process.cwd();
  const { library, problems } = loadLibrary({ libraryDir: contentDir(root), cwd: root });
  if (!library) {
    console.error(`内容库检查未通过（${problems.length} 个问题），无法确定要巡检的网站；请先运行 pnpm compile。`);
    return 1;
  }
  const unknown = (values.site ?? []).filter((s) => !library.sites.has(s));
  if (unknown.length) {
    console.error(`网站“${unknown.join('、')}”不在登记表中；可选：${[...library.sites.keys()].join('、')}`);
    return 2;
  }
  let servers: (URL | undefined)[];
  try {
    servers = values.url?.length ? values.url.map((u) => new URL(u)) : [undefined];
  } catch {
    console.error(`--url 应为完整地址，例如 https://[::1]:8443（收到“${values.url?.join(' ')}”）`);
    return 2;
  }
  const ca = values.ca ? readFileSync(values.ca, 'utf8') : undefined;
  const reports = [];
  for (const server of servers) reports.push(await patrol(library, { server, ca, sites: values.site }));
  const merged = { date: reports[0]!.date, sites: reports.flatMap((r) => r.sites), findings: reports.flatMap((r) => r.findings) };
  console.log(values.json ? patrolJson(merged) : patrolText(merged));
  if (values.report) {
    const dir = resolve(values.report);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'patrol.html'), patrolHtml(merged));
    writeFileSync(join(dir, 'patrol.json'), patrolJson(merged));
  }
  return merged.findings.length ? 1 : 0;
}
