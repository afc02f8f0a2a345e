/**
 * One desk process's checks, for `pnpm bench:desk` (desk.ts): the same item checked twice, as a
 * publisher typing in the form would (the second time after an edit). Prints, as JSON, each
 * check's wall and CPU time and the process's resident memory after it.
 */
import { checkItemText } from '@jiyue/desk';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [root, file] = process.argv.slice(2) as [string, string];
const text = readFileSync(join(root, file), 'utf8');
const checks: { name: string; seconds: number; cpuSeconds: number; rssMB: number; problems: number }[] = [];
for (const [name, edited] of [['first', `${text}\n补充说明：办理地点为政务服务中心一楼。\n`], ['second', `${text}\n补充说明：办理地点为政务服务中心二楼。\n`]] as const) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const problems = checkItemText(root, file, edited);
  const used = process.cpuUsage(cpu);
  checks.push({ name, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, rssMB: process.memoryUsage().rss / 2 ** 20, problems: problems.length });
}
console.log(JSON.stringify({ checks, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
